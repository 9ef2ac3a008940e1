import { runSubgraphMain } from '../../core/main';
import { itinerariesSubgraph } from './index';

await runSubgraphMain(itinerariesSubgraph);
