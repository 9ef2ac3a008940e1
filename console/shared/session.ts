import * as oauth from 'oauth4webapi';
import type { Role } from '../../core/auth';
import type { REGIONS } from '../../core/domain';

/** What the gateway serves at /console/config.json: the issuer staff sign in with and the console's client. */
export interface ConsoleConfig {
  issuer: string;
  clientId: string;
  scope: string;
}

/** The signed-in staff member, as the gateway read their token (so the claim mapping is the gateway's one). */
export interface ConsoleStaff {
  id: string;
  name: string;
  role: Role;
  provider?: string;
  region?: (typeof REGIONS)[number];
  organisation?: string;
}

export interface Session {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  idToken: string | null;
  staff: ConsoleStaff;
}

// sessionStorage: the tab's own, gone when it closes; a hospital's shared computer keeps no token on disk.
const SESSION_KEY = 'mt-console-session';
const PENDING_KEY = 'mt-console-sign-in';
/** A token this close to its expiry is not used: a save must not fail halfway through. */
const EXPIRY_MARGIN_MS = 30_000;

interface PendingSignIn {
  state: string;
  codeVerifier: string;
}

const redirectUri = () => new URL('./', location.href).href.replace(/[?#].*$/, '');

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch(new URL('config.json', redirectUri()));
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return (await response.json()) as ConsoleConfig;
}

/** http:// only reaches the embedded issuer in development and tests (the gateway refuses it in production). */
const insecure = (config: ConsoleConfig) =>
  new URL(config.issuer).protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};

async function authorizationServer(config: ConsoleConfig): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(config.issuer);
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, insecure(config)));
}

/** Sends the browser to the issuer's sign-in page: authorization code with PKCE (S256) and a state. */
export async function beginSignIn(config: ConsoleConfig): Promise<void> {
  const server = await authorizationServer(config);
  if (!server.authorization_endpoint) throw new Error('the issuer has no authorization endpoint');
  const pending: PendingSignIn = {
    state: oauth.generateRandomState(),
    codeVerifier: oauth.generateRandomCodeVerifier(),
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(server.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: config.scope,
    state: pending.state,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url);
}

/** Whether this page load is the issuer sending the browser back with a code (or an error). */
export function isSignInCallback(): boolean {
  const params = new URLSearchParams(location.search);
  return params.has('state') && (params.has('code') || params.has('error'));
}

/**
 * Exchanges the code the issuer sent back for tokens, asks the gateway who they belong to, and keeps the session.
 * The address bar loses the code at once, so a reload or a bookmark never replays it.
 */
export async function completeSignIn(config: ConsoleConfig): Promise<Session> {
  const callback = new URL(location.href);
  history.replaceState(null, '', redirectUri());
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as PendingSignIn | null;
  sessionStorage.removeItem(PENDING_KEY);
  if (!pending) throw new Error('this sign-in was not started here; start again');
  const server = await authorizationServer(config);
  const client: oauth.Client = { client_id: config.clientId };
  const parameters = oauth.validateAuthResponse(server, client, callback, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    parameters,
    redirectUri(),
    pending.codeVerifier,
    insecure(config),
  );
  const tokens = await oauth.processAuthorizationCodeResponse(server, client, response);
  const claims = oauth.getValidatedIdTokenClaims(tokens);
  const staff = await whoIs(tokens.access_token);
  const session: Session = {
    accessToken: tokens.access_token,
    expiresAt: Date.now() + (tokens.expires_in ?? 3600) * 1000,
    idToken: tokens.id_token ?? null,
    staff: { ...staff, name: typeof claims?.['name'] === 'string' ? claims['name'] : staff.id },
  };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return session;
}

/** The gateway verifies the token as it will for every request, and says which staff member and scope it carries. */
async function whoIs(accessToken: string): Promise<Omit<ConsoleStaff, 'name'>> {
  const response = await fetch(new URL('session', redirectUri()), {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const body = (await response.json()) as { staff?: Omit<ConsoleStaff, 'name'>; message?: string };
  if (!response.ok || !body.staff) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body.staff;
}

/** The kept session, or null when there is none or its token is (about to be) expired. */
export function currentSession(): Session | null {
  const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
  return session && session.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? session : null;
}

/** Forgets the session here and ends it at the issuer too, when the issuer offers that (a shared computer). */
export async function signOut(config: ConsoleConfig): Promise<void> {
  const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
  sessionStorage.removeItem(SESSION_KEY);
  const server = await authorizationServer(config).catch(() => null);
  if (!server?.end_session_endpoint) return;
  const url = new URL(server.end_session_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    post_logout_redirect_uri: redirectUri(),
    ...(session?.idToken && { id_token_hint: session.idToken }),
  }).toString();
  location.assign(url);
}
