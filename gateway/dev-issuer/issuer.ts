import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { parse } from 'yaml';
import { z } from 'zod';
import { staffSchema, type Staff } from '../../core/auth';
import type { Settings } from '../../core/config';
import { escapeHtml } from '../../core/html';
import type { HttpRoute } from '../../core/http';
import { EMBEDDED_ISSUER_PATH, embeddedIssuer, embeddedIssuerKeys, staffClaims } from '../../core/oidc';
import { secretsEqual } from '../../core/secrets';
import { repoPath } from '../../core/subgraph-sdl';

const ACCOUNTS_FILE = 'gateway/dev-issuer/accounts.yaml';
/** A sign-in form is a login and a password: anything longer is not one. */
const FORM_LIMIT_BYTES = 4_096;

const accountSchema = z
  .object({
    email: z.email(),
    password: z.string().min(12),
    name: z.string().min(1),
    role: z.string(),
    provider: z.string().optional(),
    region: z.string().optional(),
    organisation: z.string().optional(),
  })
  .transform(({ email, password, name, ...scope }, context) => {
    const staff = staffSchema.safeParse({ kind: 'staff', id: email, ...scope });
    if (!staff.success) {
      context.addIssue({ code: 'custom', message: `${email}: ${staff.error.issues[0]?.message ?? 'no staff role'}` });
      return z.NEVER;
    }
    return { email, password, name, staff: staff.data };
  });

export type DevAccount = z.output<typeof accountSchema>;

/** The seeded staff accounts, one per role and scope (`gateway/dev-issuer/accounts.yaml`). */
export function readDevAccounts(): Map<string, DevAccount> {
  const parsed = z
    .object({ accounts: z.array(accountSchema).min(1) })
    .safeParse(parse(readFileSync(repoPath(ACCOUNTS_FILE), 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${ACCOUNTS_FILE} is not valid:\n  ${problems.join('\n  ')}`);
  }
  return new Map(parsed.data.accounts.map((account) => [account.email, account]));
}

async function readForm(request: IncomingMessage): Promise<string | null> {
  let text = '';
  for await (const chunk of request) {
    text += (chunk as Buffer).toString('utf8');
    if (text.length > FORM_LIMIT_BYTES) return null;
  }
  return text;
}

const refusalPage = (retry: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Sign-in</title></head><body><p>That e-mail address and password do not match a development account
(the accounts and their passwords are listed in the README).</p><p><a href="${escapeHtml(retry)}">Try again</a></p>
</body></html>`;

/**
 * The embedded OpenID provider (oidc-provider) for development and tests: issuer `<PUBLIC_URL>/auth`, signing with
 * the ES256 key kept in DATA_DIR, the seeded accounts, and JWT access tokens for the graph carrying each account's
 * role and scope, verified by the gateway like any external issuer's. None in production or with OIDC_ISSUER set.
 */
export async function devIssuerRoutes(settings: Settings): Promise<HttpRoute[]> {
  if (settings.NODE_ENV === 'production' || settings.OIDC_ISSUER) return [];
  // Loaded only here: production never carries the development issuer in its process.
  const { default: Provider, errors } = await import('oidc-provider');
  const accounts = readDevAccounts();
  const staffOf = (id: string | undefined): Staff | undefined => (id ? accounts.get(id)?.staff : undefined);
  // The indicator oidc-provider needs is a URI; the audience in the token is OIDC_AUDIENCE.
  const graph = `${settings.PUBLIC_URL}/graphql`;
  const provider = new Provider(embeddedIssuer(settings), {
    jwks: await embeddedIssuerKeys(settings),
    // The staff console, the one client (public: authorization code with PKCE).
    clients: [
      {
        client_id: settings.OIDC_CONSOLE_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [`${settings.PUBLIC_URL}/console/`],
        // Signing out of the console ends the issuer's session too, then comes back to the console.
        post_logout_redirect_uris: [`${settings.PUBLIC_URL}/console/`],
        id_token_signed_response_alg: 'ES256',
      },
    ],
    // The console calls the token endpoint from its page (the gateway's origin, as the issuer's): that origin only.
    clientBasedCORS: (_context, origin, client) =>
      client.clientId === settings.OIDC_CONSOLE_CLIENT_ID && origin === new URL(settings.PUBLIC_URL).origin,
    findAccount: (_context: unknown, id: string) => {
      const account = accounts.get(id);
      return account && { accountId: id, claims: () => ({ sub: id, email: account.email, name: account.name }) };
    },
    claims: { openid: ['sub'], email: ['email'], profile: ['name'] },
    // Sessions last as long as this process: a restart signs staff out, their access tokens stay valid.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    features: {
      // oidc-provider's own login and consent pages, behind the password check below; the console brings its own.
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => graph,
        useGrantedResource: () => true,
        getResourceServerInfo: (_context: unknown, indicator: string) => {
          if (indicator !== graph) throw new errors.InvalidTarget('the graph is the only resource here');
          return {
            scope: 'openid',
            audience: settings.OIDC_AUDIENCE,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    // Client-credentials tokens have no account, so no staff claims.
    extraTokenClaims: (_context, token) => {
      const staff = 'accountId' in token ? staffOf(token.accountId) : undefined;
      return staff && staffClaims(staff);
    },
  });
  // The development login pages take any login; here it must be a seeded account with its password.
  provider.use(async (context, next) => {
    if (context.method === 'POST' && /^\/interaction\/[^/]+$/.test(context.path)) {
      const form = await readForm(context.req);
      if (form === null) {
        context.status = 413;
        context.type = 'text';
        context.body = 'A sign-in form is a login and a password';
        return;
      }
      const fields = new URLSearchParams(form);
      if (fields.get('prompt') === 'login') {
        const account = accounts.get(fields.get('login') ?? '');
        if (!account || !secretsEqual(fields.get('password') ?? '', account.password)) {
          context.status = 401;
          context.type = 'html';
          context.body = refusalPage(`${EMBEDDED_ISSUER_PATH}${context.path}`);
          return;
        }
      }
      // oidc-provider reads a body already read from here.
      Object.assign(context.req, { body: form });
    }
    await next();
  });
  const handle = provider.callback();
  return [
    {
      prefix: EMBEDDED_ISSUER_PATH,
      async handle(request, response, url) {
        if (url.pathname !== EMBEDDED_ISSUER_PATH && !url.pathname.startsWith(`${EMBEDDED_ISSUER_PATH}/`)) {
          return false;
        }
        // Mounted under /auth: oidc-provider routes the rest of the path and builds its URLs from originalUrl.
        const original = request.url ?? EMBEDDED_ISSUER_PATH;
        Object.assign(request, { originalUrl: original, url: original.slice(EMBEDDED_ISSUER_PATH.length) || '/' });
        await handle(request, response);
        return true;
      },
    },
  ];
}
