import type { SubgraphContext } from '../../core/subgraph-server';
import type { ItineraryLoaders } from './loaders';
import type * as tables from './schema';

export type ItinerariesContext = SubgraphContext<typeof tables, ItineraryLoaders>;
