import { runMain } from '../core/main';
import { startGateway } from './gateway';

await runMain(async (settings) => [await startGateway(settings)]);
