import type { SubgraphContext } from '../../core/subgraph-server';
import type { ProviderLoaders } from './loaders';
import type * as tables from './schema';

export type ProvidersContext = SubgraphContext<typeof tables, ProviderLoaders>;
