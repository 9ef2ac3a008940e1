import { readFileSync } from 'node:fs';
import { repoPath } from '../../core/subgraph-sdl';
import { PERSISTED_OPERATIONS_PATH } from '../../gateway/persisted-operations';

const manifest = JSON.parse(readFileSync(repoPath(PERSISTED_OPERATIONS_PATH), 'utf8')) as Record<string, string>;

/** The hash the widgets send for their operation of this name, e.g. PackageList. */
export function operationHash(name: string): string {
  const entry = Object.entries(manifest).find(([, text]) => new RegExp(`^(query|mutation) ${name}\\b`).test(text));
  if (!entry) throw new Error(`no registered widget operation named ${name}`);
  return entry[0].replace(/^sha256:/, '');
}

/** A POST body naming a registered widget operation by hash, as the widgets send it. */
export function persistedBody(name: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(name) } } });
}

/** The query string of a GET for a registered widget operation, as the widgets send it. */
export function persistedSearch(name: string, variables: Record<string, unknown> = {}): string {
  return new URLSearchParams({
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: operationHash(name) } }),
  }).toString();
}
