import type { SubgraphModule } from '../../core/subgraph-server';
import { createCampaignLoaders, type CampaignLoaders } from './loaders';
import { resolvers } from './resolvers';
import * as tables from './schema';
import { seedCampaigns } from './seed';

export const campaignsSubgraph: SubgraphModule<typeof tables, CampaignLoaders> = {
  name: 'campaigns',
  tables,
  createLoaders: createCampaignLoaders,
  resolvers,
  seed: seedCampaigns,
};
