import type { SubgraphModule } from '../../core/subgraph-server';
import { createProviderLoaders, type ProviderLoaders } from './loaders';
import { resolvers } from './resolvers';
import * as tables from './schema';
import { seedProviders } from './seed';

export const providersSubgraph: SubgraphModule<typeof tables, ProviderLoaders> = {
  name: 'providers',
  tables,
  createLoaders: createProviderLoaders,
  resolvers,
  seed: seedProviders,
};
