import { createMailer } from '../../core/mail';
import type { SubgraphModule } from '../../core/subgraph-server';
import { startDelivery } from './delivery';
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
  // The booking messages' delivery worker (subgraphs/providers/delivery.ts), one per process: replicas share the work.
  background(services, settings) {
    const mailer = createMailer(settings);
    services.logger.info(
      mailer.kind === 'mailbox' ? { mailbox: settings.MAILBOX_DIR } : { transport: 'smtp' },
      'delivering booking messages',
    );
    const delivery = startDelivery({
      db: services.db,
      mailer,
      logger: services.logger,
      serviceKey: services.serviceKey,
      publicUrl: settings.PUBLIC_URL,
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
