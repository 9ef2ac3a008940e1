import { writeFileSync } from 'node:fs';
import { API_SCHEMA_PATH, composeApiSchema, composeSupergraph, SUPERGRAPH_PATH } from '../gateway/compose';
import { repoPath } from '../core/subgraph-sdl';

writeFileSync(repoPath(SUPERGRAPH_PATH), composeSupergraph());
writeFileSync(repoPath(API_SCHEMA_PATH), composeApiSchema());
console.log(`wrote ${SUPERGRAPH_PATH} and ${API_SCHEMA_PATH}`);
