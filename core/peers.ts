import { GraphQLError } from 'graphql';
import { signingHeaders } from './signing';
import type { SubgraphName } from './subgraph-sdl';

/** A failed internal call, named after the service (never its address), typed like the gateway's own. */
export function unavailable(name: SubgraphName, timedOut: boolean, timeoutMs: number): GraphQLError {
  return new GraphQLError(
    timedOut ? `The ${name} service did not answer within ${timeoutMs} ms` : `The ${name} service is unavailable`,
    { extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', serviceName: name } },
  );
}

/** One signed, time-bounded internal GraphQL call, as the gateway makes them; anonymous unless `viewer` is given. */
export async function signedCall<T>(
  target: { name: SubgraphName; url: string },
  secret: string,
  timeoutMs: number,
  operation: { query: string; variables?: Record<string, unknown> },
): Promise<T> {
  const body = JSON.stringify(operation);
  let response: Response;
  try {
    response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signingHeaders(secret, { subgraph: target.name, method: 'POST', url: target.url }, body),
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw unavailable(target.name, error instanceof DOMException && error.name === 'TimeoutError', timeoutMs);
  }
  const answer = (await response.json().catch(() => ({}))) as { data?: T | null };
  if (!answer.data) throw unavailable(target.name, false, timeoutMs);
  return answer.data;
}

/**
 * The other subgraphs, as a subgraph sees them: used to check that ids it stores for another service's entities
 * (a package's providers, a campaign's packages) exist before anything is written.
 */
export interface Peers {
  /**
   * The entities of `typename` that exist among `ids`, with the requested `fields` (GraphQL selection). The call is
   * anonymous, so it sees what the public sees: an entity hidden by its owner's visibility rule (a draft package)
   * is absent, as if it did not exist. Callers still check the state they need (e.g. `status: PUBLISHED`) explicitly.
   */
  entities(
    owner: SubgraphName,
    typename: string,
    ids: readonly string[],
    fields?: string,
  ): Promise<Map<string, Record<string, unknown>>>;
}

/** Peers reached at the URLs `urlOf` gives at call time (so tests can start services on ephemeral ports). */
export function createPeers(urlOf: (name: SubgraphName) => string, secret: string, timeoutMs: number): Peers {
  return {
    async entities(owner, typename, ids, fields = 'id') {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Map();
      const data = await signedCall<{ _entities: (Record<string, unknown> | null)[] }>(
        { name: owner, url: urlOf(owner) },
        secret,
        timeoutMs,
        {
          query: `query Exists($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${fields} } } }`,
          variables: { representations: unique.map((id) => ({ __typename: typename, id })) },
        },
      );
      const found = new Map<string, Record<string, unknown>>();
      data._entities.forEach((entity, index) => {
        const id = unique[index];
        if (entity && id) found.set(id, entity);
      });
      return found;
    },
  };
}
