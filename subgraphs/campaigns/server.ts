import { runSubgraphMain } from '../../core/main';
import { campaignsSubgraph } from './index';

await runSubgraphMain(campaignsSubgraph);
