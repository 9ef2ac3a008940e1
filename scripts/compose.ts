import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../gateway/compose';
import { repoPath } from '../core/subgraph-sdl';

writeFileSync(repoPath(SUPERGRAPH_PATH), composeSupergraph());
console.log(`wrote ${SUPERGRAPH_PATH}`);
