import type { Viewer } from './auth';
import type { Logger } from './logger';

export type { Viewer };

export interface RequestContext {
  /** Who is asking, as the gateway verified it; subgraphs read this, never the raw headers. */
  viewer: Viewer;
  /**
   * The embed site key the gateway checked against the requesting page's Origin, or null (a server without an
   * Origin, or a page whose key was not verified). Only this, never a `siteKey` argument, says where a request came from.
   */
  site: string | null;
  requestId: string;
  logger: Logger;
  /** One clock reading per request, so every field agrees on what "now" is. */
  now: Date;
}
