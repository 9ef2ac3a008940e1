import { composeServices } from '@apollo/composition';
import { SUBGRAPH_NAMES, subgraphTypeDefs } from '../core/subgraph-sdl';

export const SUPERGRAPH_PATH = 'gateway/supergraph.graphql';

/** Composes the supergraph from the subgraphs' schema files; the URLs are placeholders the gateway overrides. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: `http://${name}.internal/graphql`,
      typeDefs: subgraphTypeDefs(name),
    })),
  );
  if (result.errors) {
    const messages = result.errors.map((error) => `- ${error.message}`).join('\n');
    throw new Error(`Supergraph composition failed:\n${messages}`);
  }
  return result.supergraphSdl;
}
