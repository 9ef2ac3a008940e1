import type { SubgraphContext } from '../../core/subgraph-server';
import type { CampaignLoaders } from './loaders';
import type * as tables from './schema';

export type CampaignsContext = SubgraphContext<typeof tables, CampaignLoaders>;
