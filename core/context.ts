import type { Viewer } from './auth';
import type { Logger } from './logger';

export type { Viewer };

export interface RequestContext {
  /** Who is asking, as the gateway verified it; subgraphs read this, never the raw headers. */
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  /** One clock reading per request, so every field agrees on what "now" is. */
  now: Date;
}
