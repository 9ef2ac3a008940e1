import { createMailer } from '../../core/mail';
import type { SubgraphModule } from '../../core/subgraph-server';
import { startReplyDelivery } from './delivery';
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
  // The staff's replies to inquiries go out through this worker (subgraphs/itineraries/delivery.ts), one per process.
  background(services, settings) {
    const mailer = createMailer(settings);
    const delivery = startReplyDelivery({
      db: services.db,
      mailer,
      logger: services.logger,
      mailFrom: settings.MAIL_FROM,
      pollMs: settings.MAIL_POLL_MS,
      retryMaxSeconds: settings.MAIL_RETRY_MAX_SECONDS,
    });
    return {
      async stop() {
        await delivery.stop();
        mailer.close();
      },
    };
  },
};
