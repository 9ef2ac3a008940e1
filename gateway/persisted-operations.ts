import { readFileSync } from 'node:fs';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { z } from 'zod';
import { repoPath } from '../core/subgraph-sdl';

/** Written by codegen from widgets/**\/*.graphql: sha256 of each operation's normalised text → that text. */
export const PERSISTED_OPERATIONS_PATH = 'widgets/generated/persisted-documents.json';

const manifestSchema = z.record(z.string().regex(/^sha256:[0-9a-f]{64}$/), z.string().min(1));

const operationParamsSchema = z.object({
  query: z.unknown().optional(),
  extensions: z
    .object({ persistedQuery: z.object({ sha256Hash: z.string() }).optional() })
    .passthrough()
    .optional(),
});

export interface OperationRefusal {
  status: number;
  code: string;
  message: string;
}

/**
 * The operations the widgets were built with. Browsers (requests with a site key) may run only these, by hash:
 * partner pages cannot be turned into a way to send arbitrary queries, every widget request is a small GET a
 * browser or CDN can cache, and the gateway parses and plans each of them once.
 */
export class PersistedOperations {
  private constructor(private readonly byHash: Map<string, string>) {}

  static load(path = repoPath(PERSISTED_OPERATIONS_PATH)): PersistedOperations {
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    return new PersistedOperations(
      new Map(Object.entries(manifest).map(([hash, text]) => [hash.slice('sha256:'.length), text])),
    );
  }

  get size(): number {
    return this.byHash.size;
  }

  /**
   * Apollo Server's persisted-query store, read-only: registered operations are found by hash, and a client
   * sending an unknown hash with its text cannot add it (the text is still run as an ordinary query, where
   * the shape and cost limits apply).
   */
  store(): KeyValueCache<string> {
    const prefix = 'apq:';
    return {
      get: async (key) => (key.startsWith(prefix) ? this.byHash.get(key.slice(prefix.length)) : undefined),
      set: async () => undefined,
      delete: async () => undefined,
    };
  }

  /** A request from a partner page must name a registered operation by hash and carry no query text. */
  admit(siteKey: string | undefined, params: unknown): OperationRefusal | null {
    if (!siteKey) return null;
    const parsed = operationParamsSchema.safeParse(params);
    const hash = parsed.success ? parsed.data.extensions?.persistedQuery?.sha256Hash : undefined;
    if (!parsed.success || parsed.data.query !== undefined || !hash) {
      return {
        status: 400,
        code: 'PERSISTED_OPERATION_REQUIRED',
        message: 'Pages with a site key send registered operations by hash (extensions.persistedQuery), not query text',
      };
    }
    if (!this.byHash.has(hash)) {
      return { status: 400, code: 'UNKNOWN_OPERATION', message: 'This operation is not registered for the widgets' };
    }
    return null;
  }
}

/** The GraphQL parameters of a request: the JSON body of a POST, or the URL parameters of a GET. */
export function operationParams(method: string, body: unknown, search: string): unknown {
  if (method !== 'GET') return body;
  const url = new URLSearchParams(search);
  const extensions = url.get('extensions');
  let parsedExtensions: unknown;
  try {
    parsedExtensions = extensions ? JSON.parse(extensions) : undefined;
  } catch {
    parsedExtensions = null;
  }
  return { query: url.get('query') ?? undefined, extensions: parsedExtensions };
}
