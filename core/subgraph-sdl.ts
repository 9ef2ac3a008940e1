import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DocumentNode } from 'graphql';

export const SUBGRAPH_NAMES = ['providers', 'itineraries', 'campaigns'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export function repoPath(relative: string): string {
  return `${repoRoot}${relative}`;
}

/** A subgraph's SDL: the shared types followed by its own schema.graphql. */
export function subgraphSdl(name: SubgraphName): string {
  const common = readFileSync(repoPath('core/graphql/common.graphql'), 'utf8');
  const own = readFileSync(repoPath(`subgraphs/${name}/schema.graphql`), 'utf8');
  return `${own}\n${common}`;
}

export function subgraphTypeDefs(name: SubgraphName): DocumentNode {
  return parse(subgraphSdl(name));
}
