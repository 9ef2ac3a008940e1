import { runMain } from '../core/main';
import { startGateway } from '../gateway/gateway';
import { campaignsSubgraph } from '../subgraphs/campaigns/index';
import { itinerariesSubgraph } from '../subgraphs/itineraries/index';
import { providersSubgraph } from '../subgraphs/providers/index';
import { startSubgraph } from '../core/subgraph-server';
import { EMBEDDED_ISSUER_PATH } from '../core/oidc';

/** All four services in one process, on the embedded database unless DATABASE_URL says otherwise. */
await runMain(async (settings) => {
  const subgraphs = await Promise.all([
    startSubgraph(providersSubgraph, settings),
    startSubgraph(itinerariesSubgraph, settings),
    startSubgraph(campaignsSubgraph, settings),
  ]);
  const gateway = await startGateway(settings);
  const storage = subgraphs.map((subgraph) => `${subgraph.name}: ${subgraph.database.driver}`).join(', ');
  console.log(`
  Korea medical tourism graph is running (${storage})

    GraphQL          ${gateway.url}/graphql${settings.NODE_ENV === 'development' ? '   (open it in a browser for the sandbox)' : ''}
    Demo pages       ${gateway.url}/demo/
    Widgets bundle   ${gateway.url}/widgets/widgets.js
    Health / ready   ${gateway.url}/health   ${gateway.url}/ready
    Subgraphs        ${subgraphs.map((subgraph) => subgraph.graphqlUrl).join('  ')}${
      settings.NODE_ENV === 'development' && !settings.SMTP_URL
        ? `\n    Mailbox          ${gateway.url}/dev/mailbox   (the booking messages, instead of sending them)`
        : ''
    }${
      settings.OIDC_ISSUER
        ? ''
        : `\n    Staff sign-in    ${gateway.url}${EMBEDDED_ISSUER_PATH}   (the embedded OpenID issuer; accounts in the README)`
    }
`);
  return [...subgraphs, gateway];
});
