import { Agent, request } from 'node:http';

export interface LoadRequest {
  method: 'GET' | 'POST';
  /** A function gives each request its own URL (e.g. its own variables). */
  url: string | (() => string);
  headers?: Record<string, string>;
  /** Called per request, so each can carry fresh values (a new idempotency key, a new signature). */
  body?: () => string;
  headersFor?: (body: string) => Record<string, string>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** One HTTP request on a keep-alive agent; resolves with status and body, never rejects. */
function send(agent: Agent, spec: LoadRequest): Promise<{ status: number; text: string }> {
  const body = spec.body?.() ?? '';
  const url = new URL(typeof spec.url === 'string' ? spec.url : spec.url());
  return new Promise((resolve) => {
    const outgoing = request(
      {
        agent,
        method: spec.method,
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        headers: {
          ...spec.headers,
          ...spec.headersFor?.(body),
          ...(spec.method === 'POST' && {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        response.on('error', () => resolve({ status: 0, text: '' }));
      },
    );
    outgoing.on('error', () => resolve({ status: 0, text: '' }));
    if (spec.method === 'POST') outgoing.write(body);
    outgoing.end();
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * A closed-loop load generator: `concurrency` clients send one request after another until `durationMs` has
 * passed or `maxRequests` were sent, whichever comes first; requests in the warm-up are not counted. A
 * response counts as an error when it is not 200 or `ok` says so.
 */
export async function runLoad(
  spec: LoadRequest,
  options: { concurrency: number; durationMs: number; maxRequests: number; warmupMs?: number },
  ok: (status: number, text: string) => boolean = (status) => status === 200,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const warmupEnds = performance.now() + (options.warmupMs ?? 1_000);
  while (performance.now() < warmupEnds)
    await Promise.all(Array.from({ length: options.concurrency }, () => send(agent, spec)));
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline && sent < options.maxRequests) {
        sent += 1;
        const at = performance.now();
        const { status, text } = await send(agent, spec);
        latencies.push(performance.now() - at);
        if (!ok(status, text)) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1_000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

/** Sends `spec` once and returns the parsed JSON body (for checks between measurements). */
export async function once<T>(spec: LoadRequest): Promise<{ status: number; body: T }> {
  const agent = new Agent({ keepAlive: false });
  const { status, text } = await send(agent, spec);
  return { status, body: JSON.parse(text) as T };
}
