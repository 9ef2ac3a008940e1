import { runSubgraphMain } from '../../core/main';
import { providersSubgraph } from './index';

await runSubgraphMain(providersSubgraph);
