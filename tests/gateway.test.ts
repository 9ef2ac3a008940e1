import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackageSeed } from '../subgraphs/itineraries/seed';
import { readProviderSeed } from '../subgraphs/providers/seed';
import { databaseTargets } from './support/databases';
import { persistedSearch } from './support/persisted';
import { startStack, type Stack } from './support/stack';

const packageSeeds = readPackageSeed();
const providerSeeds = readProviderSeed();
/** What <mt-package-list> asks for first. */
const LIST_VARIABLES = { first: 1, locale: 'EN', currency: 'KRW' };

const PACKAGE_LIST = `query PackageList($first: Int!, $after: String) {
  packages(first: $first, after: $after) {
    totalCount
    edges { cursor node { id slug title(locale: ZH) durationDays
      priceFrom { amount currency }
      providers { id name(locale: ZH) eVisaDesignated languages procedures { id name(locale: ZH) } }
      procedures { id }
      campaigns { id name(locale: ZH) creative(locale: ZH) { headline } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type PackageListData = {
  packages: {
    totalCount: number;
    edges: {
      cursor: string;
      node: {
        slug: string;
        title: string;
        priceFrom: { amount: number; currency: string };
        providers: { id: string; name: string; eVisaDesignated: boolean; languages: string[] }[] | null;
        campaigns: { id: string; name: string }[] | null;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

describe.each(databaseTargets())('the gateway over HTTP on $name', (target) => {
  let stack: Stack;
  const run = target.skipReason ? it.skip : it;

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
  });
  afterAll(() => stack?.stop());

  run('answers the package list across all three subgraphs in Chinese', async () => {
    const result = await stack.query<PackageListData>(PACKAGE_LIST, { first: 5 });
    expect(result.errors).toBeUndefined();
    const connection = result.data?.packages;
    expect(connection?.totalCount).toBe(packageSeeds.length);
    expect(connection?.edges).toHaveLength(5);
    expect(connection?.pageInfo.hasNextPage).toBe(true);
    for (const { node } of connection?.edges ?? []) {
      const seed = packageSeeds.find((candidate) => candidate.slug === node.slug);
      expect(node.title).toBe(seed?.title.ZH);
      expect(node.priceFrom).toEqual({
        amount: seed?.prices.reduce((sum, line) => sum + line.amountKrw, 0),
        currency: 'KRW',
      });
      expect(node.providers?.length).toBeGreaterThan(0);
      for (const provider of node.providers ?? []) {
        const providerSeed = providerSeeds.find((candidate) => candidate.name.ZH === provider.name);
        expect(providerSeed, `provider named ${provider.name}`).toBeDefined();
        expect(provider.languages.length).toBeGreaterThan(0);
      }
    }
  });

  run('shows at least one package carrying an active campaign', async () => {
    const result = await stack.query<PackageListData>(PACKAGE_LIST, { first: 100 });
    const withCampaigns = result.data?.packages.edges.filter((edge) => (edge.node.campaigns?.length ?? 0) > 0) ?? [];
    expect(withCampaigns.length).toBeGreaterThan(0);
    expect(withCampaigns[0]?.node.campaigns?.[0]?.name).toMatch(/\S/);
  });

  run('sends as many SQL statements for 8 packages as for 2 (no N+1 across subgraphs)', async () => {
    // Start the window at a package with an active campaign so both lists exercise every nested loader.
    const listing = await stack.query<PackageListData>(PACKAGE_LIST, { first: 100 });
    const edges = listing.data?.packages.edges ?? [];
    const firstPromoted = edges.findIndex((edge) => (edge.node.campaigns?.length ?? 0) > 0);
    expect(edges.length - firstPromoted).toBeGreaterThanOrEqual(8);
    const after = firstPromoted > 0 ? edges[firstPromoted - 1]?.cursor : null;
    const measure = async (first: number) => {
      const before = stack.statementCount();
      const result = await stack.query<PackageListData>(PACKAGE_LIST, { first, after });
      expect(result.errors).toBeUndefined();
      expect(result.data?.packages.edges).toHaveLength(first);
      return stack.statementCount() - before;
    };
    const forTwo = await measure(2);
    const forEight = await measure(8);
    expect(forTwo).toBeGreaterThan(0);
    expect(forEight).toBe(forTwo);
  });

  run('lists a provider’s packages, contributed by the itineraries subgraph', async () => {
    const seed = packageSeeds[0];
    const medical = seed?.days.flatMap((day) => day.steps).find((step) => step.kind === 'MEDICAL');
    const providerSlug = medical?.kind === 'MEDICAL' ? medical.provider : '';
    const result = await stack.query<{ provider: { slug: string; packages: { slug: string }[] } }>(
      `query($slug: String!) { provider(slug: $slug) { slug packages { slug } } }`,
      { slug: providerSlug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.provider.packages.map((pkg) => pkg.slug)).toContain(seed?.slug);
  });

  run('resolves the packages a campaign promotes through the itineraries subgraph', async () => {
    const result = await stack.query<{
      activeCampaigns: { slug: string; packages: { slug: string; title: string }[] }[];
    }>(`{ activeCampaigns(country: "JP", locale: JA) { slug packages { slug title(locale: JA) } } }`);
    expect(result.errors).toBeUndefined();
    const promoted = result.data?.activeCampaigns.flatMap((campaign) => campaign.packages) ?? [];
    expect(promoted.length).toBeGreaterThan(0);
    for (const pkg of promoted) {
      expect(pkg.title).toBe(packageSeeds.find((seed) => seed.slug === pkg.slug)?.title.JA);
    }
  });

  run('answers health and readiness', async () => {
    const health = await fetch(`${stack.gateway.url}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${stack.gateway.url}/ready`);
    expect(await ready.json()).toEqual({
      ready: true,
      subgraphs: { providers: true, itineraries: true, campaigns: true },
    });
  });

  run('answers malformed JSON with 400 BAD_REQUEST, not a server error', async () => {
    const response = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ packages { totalCount } "',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  run('refuses a body over the size limit with 413', async () => {
    const response = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ packages { totalCount } }`, variables: { padding: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  run('keeps introspection off outside development', async () => {
    const result = await stack.query(`{ __schema { queryType { name } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  run('serves the demo folder and nothing outside it', async () => {
    const index = await fetch(`${stack.gateway.url}/demo/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    const escape = await fetch(`${stack.gateway.url}/demo/..%2fpackage.json`);
    expect(escape.status).toBe(404);
  });

  run('lets a page on an origin its site key allows call the graph, with CORS headers', async () => {
    const preflight = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-headers': 'content-type, x-site-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-site-key');

    const response = await fetch(`${stack.gateway.url}/graphql?${persistedSearch('PackageList', LIST_VARIABLES)}`, {
      headers: { origin: 'http://localhost:5173', 'x-site-key': 'demo-site' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const body = (await response.json()) as { data: { packages: { totalCount: number } } };
    expect(body.data.packages.totalCount).toBe(packageSeeds.length);
  });

  run('refuses a page whose origin or site key is not registered, in words the widget can show', async () => {
    const attempt = async (origin: string, siteKey?: string) => {
      const response = await fetch(`${stack.gateway.url}/graphql?${persistedSearch('PackageList', LIST_VARIABLES)}`, {
        headers: { origin, ...(siteKey ? { 'x-site-key': siteKey } : {}) },
      });
      const body = (await response.json()) as { errors?: { message: string; extensions: { code: string } }[] };
      return {
        status: response.status,
        cors: response.headers.get('access-control-allow-origin'),
        error: body.errors?.[0],
      };
    };
    expect(await attempt('https://copycat.example', 'demo-site')).toMatchObject({
      status: 403,
      cors: 'https://copycat.example',
      error: {
        extensions: { code: 'ORIGIN_NOT_ALLOWED' },
        message: 'The site key demo-site is not allowed on https://copycat.example',
      },
    });
    expect(await attempt('http://localhost:5173')).toMatchObject({
      status: 403,
      error: { extensions: { code: 'SITE_KEY_REQUIRED' } },
    });
    expect(await attempt('http://localhost:5173', 'no-such-site')).toMatchObject({
      status: 403,
      error: { extensions: { code: 'UNKNOWN_SITE_KEY' } },
    });
    expect(await attempt('https://www.lumiere-derm.test', 'lumiere-clinic-site')).toMatchObject({ status: 200 });
  });

  run('with the campaigns subgraph down, still lists packages and names the failed part', async () => {
    await stack.subgraphs.campaigns.close();
    const result = await stack.query<PackageListData>(PACKAGE_LIST, { first: 3 });
    expect(result.data?.packages.edges).toHaveLength(3);
    for (const { node } of result.data?.packages.edges ?? []) {
      expect(node.campaigns).toBeNull();
      expect(node.providers?.length).toBeGreaterThan(0);
    }
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) {
      expect(error).toMatchObject({
        message: 'The campaigns service is unavailable',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'campaigns' },
      });
    }
    const ready = await fetch(`${stack.gateway.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, subgraphs: { campaigns: false, providers: true } });
  });

  run('with the providers subgraph down too, still lists packages with their providers left out', async () => {
    await stack.subgraphs.providers.close();
    const result = await stack.query<PackageListData>(PACKAGE_LIST, { first: 3 });
    expect(result.data?.packages.totalCount).toBe(packageSeeds.length);
    for (const { node } of result.data?.packages.edges ?? []) {
      expect(node.title).toBe(packageSeeds.find((seed) => seed.slug === node.slug)?.title.ZH);
      expect(node.providers).toBeNull();
    }
    const failed = new Set(result.errors?.map((error) => error.extensions?.serviceName));
    expect(failed).toEqual(new Set(['providers', 'campaigns']));
  });
});
