import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { RequestContext } from './context';

/** Anonymous reads of public catalogue data: a minute is fresh enough for packages, providers and campaigns. */
export const DEFAULT_MAX_AGE_SECONDS = 60;

/**
 * Each subgraph sends `Cache-Control` with its answer, computed from the @cacheControl hints in its schema
 * (default 60 s); the gateway keeps the strictest of them for the whole response. Staff answers (drafts,
 * personal data) and mutations are never cacheable, whatever the fields say.
 */
export function cachePolicyPlugins<C extends RequestContext>(): ApolloServerPlugin<C>[] {
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: DEFAULT_MAX_AGE_SECONDS }),
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, contextValue, overallCachePolicy }) {
            if (operation?.operation !== 'query' || contextValue.viewer.kind === 'staff') {
              overallCachePolicy.restrict({ maxAge: 0 });
            }
          },
        };
      },
    },
  ];
}
