import type { SubgraphModule } from '../../core/subgraph-server';
import { createItineraryLoaders, type ItineraryLoaders } from './loaders';
import { resolvers } from './resolvers';
import * as tables from './schema';
import { seedItineraries } from './seed';

export const itinerariesSubgraph: SubgraphModule<typeof tables, ItineraryLoaders> = {
  name: 'itineraries',
  tables,
  createLoaders: createItineraryLoaders,
  resolvers,
  seed: seedItineraries,
};
