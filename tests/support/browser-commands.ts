import type { BrowserCommand } from 'vitest/node';
import type { Staff } from '../../core/auth';
import { issueDevToken } from '../../core/oidc';
import { testSettings } from './subgraph';

/**
 * Runs a GraphQL request from Node, as a partner's server would (no origin, no site key, query text allowed):
 * browser tests use it to set up and check data, since pages themselves may only send registered operations.
 */
export const serverGraphql: BrowserCommand<
  [url: string, query: string, variables?: Record<string, unknown>, token?: string]
> = async (_context, url, query, variables = {}, token) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as unknown;
};

/** A staff token signed as the test stack expects, for widgets staff use (the marketing dashboard). */
export const issueStaffToken: BrowserCommand<[staff: Staff]> = async (_context, staff) =>
  issueDevToken(staff, { settings: testSettings, lifetimeSeconds: 600 });
