import type { Logger } from './logger';

/** Who is asking. Anonymous until staff sign-in arrives; subgraphs read it, never the raw headers. */
export type Viewer = { kind: 'anonymous' };

export interface RequestContext {
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  /** One clock reading per request, so every field agrees on what "now" is. */
  now: Date;
}
