import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { describeError, type Logger } from './logger';
import type { CachedResponse, ResponseCache } from './response-cache';
import { textProblem } from './validation';

export interface StaticMount {
  /** URL prefix such as /widgets/ */
  prefix: string;
  directory: string;
  /** Cache-Control for a file, by its path inside the mount; default no-cache (revalidate every time). */
  cacheControl?: (relativePath: string) => string;
  /** Extra headers for every file of the mount. */
  headers?: Record<string, string>;
}

/** Requests under `prefix` a handler answers itself, tried before the static mounts; false passes the URL on. */
export interface HttpRoute {
  prefix: string;
  handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean>;
}

export interface HttpAppOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (request: IncomingMessage) => Promise<C>;
  /** Readiness for load balancers; extra fields explain it. */
  ready: () => Promise<{ ready: boolean } & Record<string, unknown>>;
  logger: Logger;
  maxBodyBytes: number;
  /** Keeps public answers to anonymous GETs (the gateway); absent or 0 entries: every request is executed. */
  responseCache?: ResponseCache;
  routes?: HttpRoute[];
  staticMounts?: StaticMount[];
  /** Checks a request and its raw body before GraphQL sees it (subgraphs: the gateway's signature). */
  verify?: (
    request: IncomingMessage,
    rawBody: string,
  ) => Promise<{ status: number; code: string; message: string } | null>;
  /** Browser access rules for /graphql (CORS and site keys); absent on internal services. */
  access?: {
    check: (request: IncomingMessage) => Promise<{
      allowed: boolean;
      headers: Record<string, string>;
      refusal?: { status: number; code: string; message: string };
    }>;
    preflightHeaders: Record<string, string>;
    /** Checks the GraphQL parameters themselves (the gateway: partner pages send registered operations only). */
    admit?: (
      request: IncomingMessage,
      params: { method: string; body: unknown; search: string },
    ) => { status: number; code: string; message: string } | null;
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function sendProblem(response: ServerResponse, problem: HttpProblem): void {
  sendJson(response, problem.status, { errors: [{ message: problem.message, extensions: { code: problem.code } }] });
}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpProblem(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new HttpProblem(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJsonBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpProblem(400, 'BAD_REQUEST', 'Request body is not valid JSON');
  }
}

async function handleGraphql<C extends BaseContext>(
  options: HttpAppOptions<C>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const rawBody = request.method === 'POST' ? await readBody(request, options.maxBodyBytes) : '';
  const refusal = await options.verify?.(request, rawBody);
  if (refusal) throw new HttpProblem(refusal.status, refusal.code, refusal.message);
  const body = request.method === 'POST' ? parseJsonBody(rawBody) : undefined;
  if (Array.isArray(body))
    throw new HttpProblem(400, 'BATCH_NOT_ALLOWED', 'Send one operation per request, not a batch');
  const method = request.method ?? 'GET';
  const inadmissible = options.access?.admit?.(request, { method, body, search: url.search });
  if (inadmissible) throw new HttpProblem(inadmissible.status, inadmissible.code, inadmissible.message);
  const execute = async (): Promise<CachedResponse> => {
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: () => options.context(request),
    });
    let text = '';
    if (result.body.kind === 'complete') text = result.body.string;
    else for await (const chunk of result.body.asyncIterator) text += chunk;
    return { status: result.status ?? 200, headers: [...result.headers], body: text, expiresAt: 0 };
  };
  const cache = options.responseCache;
  const anonymousRead = method === 'GET' && !request.headers.authorization;
  const answer =
    cache && cache.maxEntries > 0 && anonymousRead
      ? (await cache.answer(url.search, execute)).response
      : await execute();
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.statusCode = answer.status;
  response.end(answer.body);
}

/** The file path a URL names inside a mount; malformed percent-encoding or a control character is the client's error. */
function decodedPath(encoded: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    throw new HttpProblem(400, 'BAD_REQUEST', 'The path has malformed percent-encoding');
  }
  if (textProblem(decoded)) throw new HttpProblem(400, 'BAD_REQUEST', 'The path contains control characters');
  return decoded;
}

async function serveStatic(mount: StaticMount, pathname: string, response: ServerResponse): Promise<boolean> {
  const relative = decodedPath(pathname.slice(mount.prefix.length)) || 'index.html';
  const root = resolve(mount.directory);
  const file = resolve(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return false;
  const info = await stat(file).catch(() => null);
  const target = info?.isDirectory() ? resolve(file, 'index.html') : file;
  const targetInfo = info?.isDirectory() ? await stat(target).catch(() => null) : info;
  if (!targetInfo?.isFile()) return false;
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
    'content-length': targetInfo.size,
    'x-content-type-options': 'nosniff',
    'cache-control': mount.cacheControl?.(relative) ?? 'no-cache',
    ...mount.headers,
  });
  createReadStream(target).pipe(response);
  return true;
}

export function createHttpApp<C extends BaseContext>(options: HttpAppOptions<C>): Server {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/graphql') {
        if (options.access) {
          const decision = await options.access.check(request);
          for (const [name, value] of Object.entries(decision.headers)) response.setHeader(name, value);
          if (request.method === 'OPTIONS') {
            for (const [name, value] of Object.entries(options.access.preflightHeaders))
              response.setHeader(name, value);
            response.writeHead(204);
            return response.end();
          }
          if (decision.refusal) {
            const { status, code, message } = decision.refusal;
            return sendProblem(response, new HttpProblem(status, code, message));
          }
        }
        return await handleGraphql(options, request, response, url);
      }
      if (url.pathname === '/health') return sendJson(response, 200, { status: 'ok' });
      if (url.pathname === '/ready') {
        const readiness = await options.ready();
        return sendJson(response, readiness.ready ? 200 : 503, readiness);
      }
      for (const route of options.routes ?? []) {
        if (url.pathname.startsWith(route.prefix) && (await route.handle(request, response, url))) return;
      }
      for (const mount of options.staticMounts ?? []) {
        if (url.pathname.startsWith(mount.prefix) && (await serveStatic(mount, url.pathname, response))) return;
        if (url.pathname === mount.prefix.slice(0, -1)) {
          response.writeHead(301, { location: mount.prefix });
          return response.end();
        }
      }
      sendProblem(response, new HttpProblem(404, 'NOT_FOUND', `Nothing at ${url.pathname}`));
    } catch (error) {
      if (error instanceof HttpProblem) return sendProblem(response, error);
      options.logger.error({ error: describeError(error), path: url.pathname }, 'request failed');
      if (!response.headersSent)
        sendProblem(response, new HttpProblem(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
      else response.end();
    }
  });
  server.keepAliveTimeout = 65_000;
  return server;
}

const DRAIN_GRACE_MS = 5_000;

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens, and on close stops accepting, lets in-flight requests finish, then runs `onClose`. */
export async function listen(
  server: Server,
  host: string,
  port: number,
  onClose: () => Promise<void>,
): Promise<RunningServer> {
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        // Keep-alive sockets go as soon as they are idle, including those whose request finishes during the
        // drain; in-flight requests get a grace period to finish, after which every socket is cut.
        const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
        server.close(() => {
          clearInterval(idleSweep);
          resolveClose();
        });
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), DRAIN_GRACE_MS).unref();
      }).then(onClose);
      return closing;
    },
  };
}
