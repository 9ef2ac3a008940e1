import { loadSettings } from '../core/config';
import { openDatabase } from '../core/db';
import { databaseLocation, type SubgraphModule } from '../core/subgraph-server';
import { campaignsSubgraph } from '../subgraphs/campaigns/index';
import { itinerariesSubgraph } from '../subgraphs/itineraries/index';
import { providersSubgraph } from '../subgraphs/providers/index';

/** `npm run db:seed` seeds empty databases; `npm run db:seed -- --reset` replaces all data with the demo data. */
const reset = process.argv.includes('--reset');
const settings = loadSettings();

async function seed<TTables extends Record<string, unknown>, TLoaders>(module: SubgraphModule<TTables, TLoaders>) {
  const database = await openDatabase(module.name, module.tables, databaseLocation(settings, module.name));
  try {
    const { seeded } = await module.seed(database.db, { reset, now: new Date() });
    console.log(`${module.name}: ${seeded ? 'seeded with demo data' : 'already has data (use --reset to replace it)'}`);
  } finally {
    await database.close();
  }
}

await seed(providersSubgraph);
await seed(itinerariesSubgraph);
await seed(campaignsSubgraph);
