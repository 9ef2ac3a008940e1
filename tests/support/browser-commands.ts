import type { BrowserCommand } from 'vitest/node';

/**
 * Runs a GraphQL request from Node, as a partner's server would (no origin, no site key, query text allowed):
 * browser tests use it to set up and check data, since pages themselves may only send registered operations.
 */
export const serverGraphql: BrowserCommand<[url: string, query: string, variables?: Record<string, unknown>]> = async (
  _context,
  url,
  query,
  variables = {},
) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as unknown;
};
