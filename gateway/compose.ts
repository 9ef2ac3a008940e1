import { composeServices } from '@apollo/composition';
import { printSchema } from '@apollo/federation-internals';
import { SUBGRAPH_NAMES, subgraphTypeDefs } from '../core/subgraph-sdl';

export const SUPERGRAPH_PATH = 'gateway/supergraph.graphql';

export const API_SCHEMA_PATH = 'gateway/schema.graphql';

/** Composes the supergraph from the subgraphs' schema files; the URLs are placeholders the gateway overrides. */
export function composeSupergraph(): string {
  return compose().supergraphSdl;
}

/** The public graph as clients see it (no federation directives): the widgets' codegen reads it. */
export function composeApiSchema(): string {
  return printSchema(compose().schema.toAPISchema());
}

function compose() {
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
  return result;
}
