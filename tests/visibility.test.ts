import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { issueDevToken } from '../core/oidc';
import { databaseTargets } from './support/databases';
import { persistedBody } from './support/persisted';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

/**
 * A hidden entity behaves as a missing one on every way in. Each row of the table is one entity reached by one path
 * (root fields, lists with their counts, federated references, the widgets' registered operations); each is asked by
 * every kind of viewer, and only those the entity's rule lets in see its fields.
 */

const CLINIC = 'gangnam-lumiere-dermatology';
const DAY = 86_400_000;
const PAGE = { origin: 'http://localhost:5173', 'x-site-key': 'demo-site' };

const VIEWERS = {
  anonymous: null,
  'Seoul tourism (owns the package)': { kind: 'staff', id: 'v1', role: 'tourism-admin', region: 'SEOUL' },
  'Busan tourism': { kind: 'staff', id: 'v2', role: 'tourism-admin', region: 'BUSAN' },
  'Daejeon marketing (owns the campaign)': {
    kind: 'staff',
    id: 'v3',
    role: 'marketing',
    organisation: 'daejeon-tourism',
  },
  'Seoul marketing': { kind: 'staff', id: 'v4', role: 'marketing', organisation: 'seoul-global-health' },
  'the clinic’s provider-admin': { kind: 'staff', id: 'v5', role: 'provider-admin', provider: CLINIC },
  'platform admin': { kind: 'staff', id: 'v6', role: 'platform-admin' },
} satisfies Record<string, Staff | null>;
type ViewerName = keyof typeof VIEWERS;
const viewerNames = Object.keys(VIEWERS) as ViewerName[];

const seoulTourism = VIEWERS['Seoul tourism (owns the package)'];
const daejeonMarketing = VIEWERS['Daejeon marketing (owns the campaign)'];
const busanTourism = VIEWERS['Busan tourism'];
const seoulMarketing = VIEWERS['Seoul marketing'];
const admin = VIEWERS['platform admin'];

const PACKAGE_SEEN_BY: ViewerName[] = ['Seoul tourism (owns the package)', 'platform admin'];
const CAMPAIGN_SEEN_BY: ViewerName[] = ['Daejeon marketing (owns the campaign)', 'platform admin'];

const RELAUNCH_TITLE = 'Unreleased relaunch tour';
const RELAUNCH_PRICE = 990_000;
const DRAFT_NAME = 'Unannounced winter festival';
const DRAFT_HEADLINE = 'Secret winter line-up';
const PROBE_PLACEMENT = 'visibility-probe';

const en = (text: string) => [{ locale: 'EN', text }];

interface Answer<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions: { code: string } }[];
}
interface Node {
  id: string;
  [field: string]: unknown;
}
interface Connection {
  totalCount: number;
  edges: { node: Node }[];
}

describe.each(databaseTargets())('what is hidden stays hidden on every path, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  const suffix = target.name.toLowerCase();
  let stack: Stack;
  /** A package, published, linked to campaigns and an event, then set back to DRAFT with a new title and price. */
  let hiddenPackage: { id: string; slug: string };
  /** A published package linked beside it, which everyone keeps seeing. */
  let publicPackageId: string;
  /** An approved, running campaign presenting both packages. */
  let activeCampaign: { id: string; slug: string; trackingCode: string };
  /** A campaign still in DRAFT (as createCampaign makes it), with a creative. */
  let draftCampaign: { id: string; slug: string; trackingCode: string };
  /** A FAM tour supporting the draft campaign and following the hidden package. */
  let promotionEventId: string;

  const gql = async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    staff: Staff | null = null,
  ) => {
    const answer = (await stack.query<T>(query, variables, staff)) as Answer<T>;
    expect(answer.errors, `${query.slice(0, 80)}: ${JSON.stringify(answer.errors)}`).toBeUndefined();
    return answer.data;
  };

  /** A widget's registered operation, sent by hash from a partner page as the widget sends it. */
  const registered = async <T>(name: string, variables: Record<string, unknown>, staff: Staff | null) => {
    const response = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        ...PAGE,
        'content-type': 'application/json',
        ...(staff && {
          authorization: `Bearer ${await issueDevToken(staff, { settings: testSettings, lifetimeSeconds: 600 })}`,
        }),
      },
      body: persistedBody(name, variables),
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer<T>;
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };

  /** The node with this id in a connection, after checking the count agrees with what is listed. */
  const inConnection = (connection: Connection, id: string) => {
    expect(connection.totalCount).toBe(connection.edges.length);
    return connection.edges.find((edge) => edge.node.id === id)?.node ?? null;
  };
  const inList = (list: Node[] | null, id: string) => {
    expect(list).not.toBeNull();
    return list?.find((node) => node.id === id) ?? null;
  };

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    const seeded = await gql<{ provider: { id: string; procedures: { id: string }[] }; package: { id: string } }>(
      `query($clinic: String!) {
        provider(slug: $clinic) { id procedures { id } }
        package(slug: "seoul-k-beauty-skin-reset") { id }
      }`,
      { clinic: CLINIC },
    );
    publicPackageId = seeded.package.id;

    const packageInput = (title: string, medicalKrw: number) => ({
      slug: `seoul-partner-preview-${suffix}`,
      title: en(title),
      summary: en('A familiarisation tour of Gangnam clinics for partner agencies.'),
      theme: 'FAM_TOUR',
      segment: 'GROUP',
      region: 'SEOUL',
      durationDays: 1,
      maxGuardians: 0,
      visa: { recommended: 'K_ETA_EXEMPT' },
      prices: [{ kind: 'MEDICAL', label: en('Clinic visits'), amountKrw: medicalKrw }],
      days: [
        {
          title: en('Clinics'),
          steps: [
            {
              kind: 'MEDICAL',
              title: en('Skin clinic visit'),
              providerId: seeded.provider.id,
              procedureId: seeded.provider.procedures[0]?.id,
            },
          ],
        },
      ],
    });
    const created = await gql<{ createPackage: { id: string; slug: string } }>(
      `mutation($input: PackageInput!) { createPackage(input: $input) { ... on Package { id slug } } }`,
      { input: packageInput('Seoul partner preview tour', 300_000) },
      seoulTourism,
    );
    hiddenPackage = created.createPackage;
    const setStatus = (status: string) =>
      gql<{ setPackageStatus: { status: string } }>(
        `mutation($id: ID!, $status: PackageStatus!) { setPackageStatus(id: $id, status: $status) { ... on Package { status } } }`,
        { id: hiddenPackage.id, status },
        seoulTourism,
      );
    expect((await setStatus('PUBLISHED')).setPackageStatus.status).toBe('PUBLISHED');

    const CAMPAIGN = `mutation($input: CampaignInput!) {
      createCampaign(input: $input) { __typename ... on Campaign { id slug trackingCode status } }
    }`;
    const campaignInput = (slug: string, name: string, startsInDays: number, packageIds: string[]) => ({
      slug: `${slug}-${suffix}`,
      name: en(name),
      theme: 'FESTIVAL',
      startsAt: new Date(Date.now() + startsInDays * DAY).toISOString(),
      endsAt: new Date(Date.now() + (startsInDays + 30) * DAY).toISOString(),
      targetCountries: ['MN'],
      channels: ['FACEBOOK'],
      placements: [PROBE_PLACEMENT],
      packageIds,
      providerIds: [],
    });
    const creative = (headline: string) => ({
      locale: 'EN',
      headline,
      body: 'Festival days with a health check-up.',
      imageUrl: '/demo/img/festival.svg',
      ctaLabel: 'See the packages',
      ctaUrl: 'https://daejeon.example/winter',
    });
    const setCreative = (id: string, headline: string) =>
      gql(
        `mutation($id: ID!, $input: CreativeInput!) { setCampaignCreative(campaignId: $id, input: $input) { __typename } }`,
        { id, input: creative(headline) },
        daejeonMarketing,
      );

    const running = await gql<{ createCampaign: typeof activeCampaign }>(
      CAMPAIGN,
      {
        input: campaignInput('ulaanbaatar-preview', 'Ulaanbaatar preview days', -1, [
          hiddenPackage.id,
          publicPackageId,
        ]),
      },
      daejeonMarketing,
    );
    activeCampaign = running.createCampaign;
    await setCreative(activeCampaign.id, 'Preview days in Seoul');
    const scheduled = await gql<{ scheduleCampaign: { status: string } }>(
      `mutation($id: ID!) { scheduleCampaign(id: $id) { ... on Campaign { status } } }`,
      { id: activeCampaign.id },
      daejeonMarketing,
    );
    expect(scheduled.scheduleCampaign.status).toBe('ACTIVE');

    const draft = await gql<{ createCampaign: typeof draftCampaign & { status: string } }>(
      CAMPAIGN,
      { input: campaignInput('winter-unannounced', DRAFT_NAME, -1, [publicPackageId]) },
      daejeonMarketing,
    );
    expect(draft.createCampaign.status).toBe('DRAFT');
    draftCampaign = draft.createCampaign;
    await setCreative(draftCampaign.id, DRAFT_HEADLINE);

    const event = await gql<{ createPromotionEvent: { __typename: string; id: string } }>(
      `mutation($input: PromotionEventInput!) { createPromotionEvent(input: $input) { __typename ... on PromotionEvent { id } } }`,
      {
        input: {
          slug: `ulaanbaatar-agency-fam-${suffix}`,
          kind: 'FAM_TOUR',
          title: en('Gangnam FAM tour for Ulaanbaatar agencies'),
          startsAt: new Date(Date.now() + 20 * DAY).toISOString(),
          endsAt: new Date(Date.now() + 22 * DAY).toISOString(),
          city: 'Seoul',
          country: 'KR',
          targetCountries: ['MN'],
          partners: ['Blue Sky Travel'],
          campaignId: draftCampaign.id,
          packageIds: [hiddenPackage.id, publicPackageId],
          providerIds: [],
          itineraryPackageId: hiddenPackage.id,
        },
      },
      daejeonMarketing,
    );
    expect(event.createPromotionEvent.__typename).toBe('PromotionEvent');
    promotionEventId = event.createPromotionEvent.id;

    // The region's staff take the package back to DRAFT and rework it: nobody else may see the new version.
    expect((await setStatus('DRAFT')).setPackageStatus.status).toBe('DRAFT');
    const reworked = await gql<{ updatePackage: { __typename: string } }>(
      `mutation($id: ID!, $input: PackageInput!) { updatePackage(id: $id, input: $input) { __typename } }`,
      { id: hiddenPackage.id, input: packageInput(RELAUNCH_TITLE, RELAUNCH_PRICE) },
      seoulTourism,
    );
    expect(reworked.updatePackage.__typename).toBe('Package');
  });
  afterAll(() => stack?.stop());

  // ------------------------------------------------------------------------------------------------------------
  // The draft package, on every path that can reach it

  const PACKAGE_FIELDS = `id title priceFrom { amount }`;
  const relaunched = () => ({ id: hiddenPackage.id, title: RELAUNCH_TITLE, priceFrom: { amount: RELAUNCH_PRICE } });

  /** Each path reads the entity as `read` finds it (null: not there) and says what a viewer allowed in must see. */
  interface Path {
    path: string;
    read: (staff: Staff | null) => Promise<Node | null>;
    shows?: () => Record<string, unknown>;
  }

  const PACKAGE_PATHS: Path[] = [
    {
      path: 'package(id)',
      read: async (staff) =>
        (
          await gql<{ package: Node | null }>(
            `query($id: ID!) { package(id: $id) { ${PACKAGE_FIELDS} } }`,
            { id: hiddenPackage.id },
            staff,
          )
        ).package,
    },
    {
      path: 'package(slug)',
      read: async (staff) =>
        (
          await gql<{ package: Node | null }>(
            `query($slug: String!) { package(slug: $slug) { ${PACKAGE_FIELDS} } }`,
            { slug: hiddenPackage.slug },
            staff,
          )
        ).package,
    },
    {
      path: 'packages (the list and its totalCount)',
      read: async (staff) =>
        inConnection(
          (
            await gql<{ packages: Connection }>(
              `{ packages(filter: { region: SEOUL }, first: 100) { totalCount edges { node { ${PACKAGE_FIELDS} } } } }`,
              {},
              staff,
            )
          ).packages,
          hiddenPackage.id,
        ),
    },
    {
      path: 'Provider.packages (contributed by itineraries)',
      read: async (staff) =>
        inList(
          (
            await gql<{ provider: { packages: Node[] } }>(
              `query($slug: String!) { provider(slug: $slug) { packages { ${PACKAGE_FIELDS} } } }`,
              { slug: CLINIC },
              staff,
            )
          ).provider.packages,
          hiddenPackage.id,
        ),
    },
    {
      path: 'Campaign.packages',
      read: async (staff) => {
        const { campaign } = await gql<{ campaign: { packages: Node[] } }>(
          `query($id: ID!) { campaign(id: $id) { packages { ${PACKAGE_FIELDS} } } }`,
          { id: activeCampaign.id },
          staff,
        );
        // The published package beside it stays: the hidden one is dropped, not the list nulled.
        expect(inList(campaign.packages, publicPackageId)).not.toBeNull();
        return inList(campaign.packages, hiddenPackage.id);
      },
    },
    {
      path: 'Campaign.packages asking only ids',
      read: async (staff) => {
        const { campaign } = await gql<{ campaign: { packages: Node[] } }>(
          `query($id: ID!) { campaign(id: $id) { packages { id } } }`,
          { id: activeCampaign.id },
          staff,
        );
        return inList(campaign.packages, hiddenPackage.id);
      },
      shows: () => ({ id: hiddenPackage.id }),
    },
    {
      path: 'PromotionEvent.packages',
      read: async (staff) => {
        const { promotionEvents } = await gql<{ promotionEvents: { edges: { node: Node & { packages: Node[] } }[] } }>(
          `{ promotionEvents(filter: { targetCountry: "MN", kind: FAM_TOUR }, first: 100) { edges { node { id packages { ${PACKAGE_FIELDS} } } } } }`,
          {},
          staff,
        );
        const event = promotionEvents.edges.find((edge) => edge.node.id === promotionEventId)?.node;
        expect(inList(event?.packages ?? null, publicPackageId)).not.toBeNull();
        return inList(event?.packages ?? null, hiddenPackage.id);
      },
    },
    {
      path: 'PromotionEvent.itinerary (the FAM tour’s package)',
      read: async (staff) => {
        const { promotionEvents } = await gql<{
          promotionEvents: { edges: { node: Node & { itinerary: Node | null } }[] };
        }>(
          `{ promotionEvents(filter: { targetCountry: "MN", kind: FAM_TOUR }, first: 100) { edges { node { id itinerary { ${PACKAGE_FIELDS} } } } } }`,
          {},
          staff,
        );
        const event = promotionEvents.edges.find((edge) => edge.node.id === promotionEventId)?.node;
        expect(event).toBeDefined();
        return event?.itinerary ?? null;
      },
    },
    {
      path: 'the banner’s registered ActiveCampaign',
      read: async (staff) => {
        const { activeCampaigns } = await registered<{ activeCampaigns: (Node & { packages: Node[] })[] }>(
          'ActiveCampaign',
          { country: 'MN', locale: 'EN', placement: PROBE_PLACEMENT },
          staff,
        );
        expect(activeCampaigns.map((campaign) => campaign.id)).toEqual([activeCampaign.id]);
        return inList(activeCampaigns[0]?.packages ?? null, hiddenPackage.id);
      },
      shows: () => ({ id: hiddenPackage.id, slug: hiddenPackage.slug, title: RELAUNCH_TITLE }),
    },
    {
      path: 'the package list’s registered PackageList',
      read: async (staff) => {
        const { packages } = await registered<{ packages: Connection }>(
          'PackageList',
          { filter: { region: 'SEOUL', theme: 'FAM_TOUR' }, first: 100, locale: 'EN', currency: 'KRW' },
          staff,
        );
        return inConnection(packages, hiddenPackage.id);
      },
      shows: () => ({
        id: hiddenPackage.id,
        title: RELAUNCH_TITLE,
        price: { amount: RELAUNCH_PRICE, currency: 'KRW' },
      }),
    },
  ];

  describe.each(PACKAGE_PATHS)('a package set back to DRAFT, through $path', ({ read, shows = relaunched }) => {
    run.each(viewerNames)('as %s', async (viewer) => {
      const seen = await read(VIEWERS[viewer]);
      if (PACKAGE_SEEN_BY.includes(viewer)) expect(seen).toMatchObject(shows());
      else expect(seen).toBeNull();
    });
  });

  // ------------------------------------------------------------------------------------------------------------
  // The draft campaign, on every path that can reach it

  const CAMPAIGN_FIELDS = `id name trackingCode creative { headline }`;
  const drafted = () => ({
    id: draftCampaign.id,
    name: DRAFT_NAME,
    trackingCode: draftCampaign.trackingCode,
    creative: { headline: DRAFT_HEADLINE },
  });

  const CAMPAIGN_PATHS: Path[] = [
    {
      path: 'campaign(id)',
      read: async (staff) =>
        (
          await gql<{ campaign: Node | null }>(
            `query($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`,
            { id: draftCampaign.id },
            staff,
          )
        ).campaign,
    },
    {
      path: 'campaign(slug)',
      read: async (staff) =>
        (
          await gql<{ campaign: Node | null }>(
            `query($slug: String!) { campaign(slug: $slug) { ${CAMPAIGN_FIELDS} } }`,
            { slug: draftCampaign.slug },
            staff,
          )
        ).campaign,
    },
    {
      path: 'campaigns (the list and its totalCount)',
      read: async (staff) =>
        inConnection(
          (
            await gql<{ campaigns: Connection }>(
              `{ campaigns(filter: { country: "MN" }, first: 100) { totalCount edges { node { ${CAMPAIGN_FIELDS} } } } }`,
              {},
              staff,
            )
          ).campaigns,
          draftCampaign.id,
        ),
    },
    {
      path: 'campaigns filtered by status DRAFT',
      read: async (staff) =>
        inConnection(
          (
            await gql<{ campaigns: Connection }>(
              `{ campaigns(filter: { status: DRAFT }, first: 100) { totalCount edges { node { ${CAMPAIGN_FIELDS} } } } }`,
              {},
              staff,
            )
          ).campaigns,
          draftCampaign.id,
        ),
    },
    {
      path: 'PromotionEvent.campaign',
      read: async (staff) => {
        const { promotionEvents } = await gql<{
          promotionEvents: { edges: { node: Node & { campaign: Node | null } }[] };
        }>(
          `{ promotionEvents(filter: { targetCountry: "MN" }, first: 100) { totalCount edges { node { id campaign { ${CAMPAIGN_FIELDS} } } } } }`,
          {},
          staff,
        );
        // The event itself is public: only the campaign it links to is hidden.
        const event = promotionEvents.edges.find((edge) => edge.node.id === promotionEventId)?.node;
        expect(event).toBeDefined();
        return event?.campaign ?? null;
      },
    },
  ];

  describe.each(CAMPAIGN_PATHS)('a DRAFT campaign, through $path', ({ read }) => {
    run.each(viewerNames)('as %s', async (viewer) => {
      const seen = await read(VIEWERS[viewer]);
      if (CAMPAIGN_SEEN_BY.includes(viewer)) expect(seen).toMatchObject(drafted());
      else expect(seen).toBeNull();
    });
  });

  run.each(viewerNames)('a draft never runs on partner pages, whoever asks: the banner, as %s', async (viewer) => {
    const { activeCampaigns } = await registered<{ activeCampaigns: Node[] }>(
      'ActiveCampaign',
      { country: 'MN', locale: 'EN', placement: PROBE_PLACEMENT },
      VIEWERS[viewer],
    );
    expect(activeCampaigns.map((campaign) => campaign.id)).not.toContain(draftCampaign.id);
  });

  // ------------------------------------------------------------------------------------------------------------
  // Writes: peers' checks and changes to what the caller cannot see

  run('a campaign presents published packages only: its own region’s draft is refused, even to an admin', async () => {
    const attempt = (staff: Staff, organisation?: string) =>
      gql<{ createCampaign: { __typename: string; fields: { field: string; message: string }[] } }>(
        `mutation($input: CampaignInput!) { createCampaign(input: $input) { __typename ... on InvalidInput { fields { field message } } } }`,
        {
          input: {
            slug: `links-a-draft-${suffix}-${staff.id}`,
            name: en('Links a draft'),
            theme: 'FESTIVAL',
            startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
            endsAt: new Date(Date.now() + 9 * DAY).toISOString(),
            targetCountries: ['MN'],
            channels: ['FACEBOOK'],
            placements: ['hero'],
            packageIds: [publicPackageId, hiddenPackage.id],
            providerIds: [],
            ...(organisation && { organisation }),
          },
        },
        staff,
      );
    for (const answer of [await attempt(daejeonMarketing), await attempt(admin, 'daejeon-tourism')]) {
      expect(answer.createCampaign).toEqual({
        __typename: 'InvalidInput',
        fields: [{ field: 'packageIds.1', message: 'is not a published package' }],
      });
    }
  });

  run('a FAM tour cannot follow a draft package', async () => {
    const answer = await gql<{ updatePromotionEvent: { __typename: string; fields: { field: string }[] } }>(
      `mutation($id: ID!, $input: PromotionEventInput!) {
        updatePromotionEvent(id: $id, input: $input) { __typename ... on InvalidInput { fields { field } } }
      }`,
      {
        id: promotionEventId,
        input: {
          slug: `ulaanbaatar-agency-fam-${suffix}`,
          kind: 'FAM_TOUR',
          title: en('Gangnam FAM tour for Ulaanbaatar agencies'),
          startsAt: new Date(Date.now() + 20 * DAY).toISOString(),
          endsAt: new Date(Date.now() + 22 * DAY).toISOString(),
          city: 'Seoul',
          country: 'KR',
          targetCountries: ['MN'],
          partners: ['Blue Sky Travel'],
          packageIds: [],
          providerIds: [],
          itineraryPackageId: hiddenPackage.id,
        },
      },
      daejeonMarketing,
    );
    expect(answer.updatePromotionEvent).toEqual({
      __typename: 'InvalidInput',
      fields: [{ field: 'itineraryPackageId' }],
    });
  });

  run('staff who do not manage a draft are refused a change without learning anything of it', async () => {
    const refusals = [
      await stack.query(
        `mutation($id: ID!) { setPackageStatus(id: $id, status: PUBLISHED) { __typename ... on Package { title } } }`,
        { id: hiddenPackage.id },
        busanTourism,
      ),
      await stack.query(
        `mutation($id: ID!) { pauseCampaign(id: $id) { __typename ... on Campaign { name trackingCode } } }`,
        { id: draftCampaign.id },
        seoulMarketing,
      ),
    ];
    for (const refusal of refusals) {
      expect(refusal.data).toBeNull();
      expect(refusal.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      const said = JSON.stringify(refusal);
      for (const secret of [RELAUNCH_TITLE, DRAFT_NAME, draftCampaign.trackingCode]) expect(said).not.toContain(secret);
    }
    // Both are still there, unchanged, for those who manage them.
    expect(
      await gql(`query($id: ID!) { package(id: $id) { status } }`, { id: hiddenPackage.id }, seoulTourism),
    ).toEqual({ package: { status: 'DRAFT' } });
    expect(
      await gql(`query($id: ID!) { campaign(id: $id) { status } }`, { id: draftCampaign.id }, daejeonMarketing),
    ).toEqual({ campaign: { status: 'DRAFT' } });
  });
});
