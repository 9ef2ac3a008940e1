import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { campaigns } from '../subgraphs/campaigns/schema';
import { packages } from '../subgraphs/itineraries/schema';
import { slots } from '../subgraphs/providers/schema';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';

const CLINIC = 'gangnam-lumiere-dermatology';
const OTHER_HOSPITAL = 'saebit-transplant-center';
const DAY = 86_400_000;

const clinicStaff: Staff = { kind: 'staff', id: 'p1', role: 'provider-admin', provider: CLINIC };
const hospitalStaff: Staff = { kind: 'staff', id: 'p2', role: 'provider-admin', provider: OTHER_HOSPITAL };
const seoulTourism: Staff = { kind: 'staff', id: 't1', role: 'tourism-admin', region: 'SEOUL' };
const busanTourism: Staff = { kind: 'staff', id: 't2', role: 'tourism-admin', region: 'BUSAN' };
const daejeonMarketing: Staff = { kind: 'staff', id: 'm1', role: 'marketing', organisation: 'daejeon-tourism' };
const seoulMarketing: Staff = { kind: 'staff', id: 'm2', role: 'marketing', organisation: 'seoul-global-health' };
const platformAdmin: Staff = { kind: 'staff', id: 'a1', role: 'platform-admin' };

interface Answer<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions: { code: string } }[];
}

const en = (text: string) => [{ locale: 'EN', text }];

describe.each(databaseTargets())('staff change what they manage, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let stack: Stack;
  let clinic: { id: string; procedures: { id: string }[] };
  let hospital: { id: string; procedures: { id: string }[] };
  let publishedPackageId: string;

  const gql = async <T = Record<string, never>>(
    query: string,
    variables: Record<string, unknown> = {},
    staff: Staff | null = null,
  ) => (await stack.query<T>(query, variables, staff)) as Answer<T>;

  const rowCount = async (
    subgraph: keyof Stack['subgraphs'],
    table: typeof slots | typeof packages | typeof campaigns,
  ) => {
    const [row] = await stack.subgraphs[subgraph].database.db.select({ value: count() }).from(table);
    return row?.value ?? 0;
  };

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    const providers = await gql<{
      clinic: typeof clinic;
      hospital: typeof hospital;
      packages: { edges: { node: { id: string } }[] };
    }>(
      `query($clinic: String!, $hospital: String!) {
        clinic: provider(slug: $clinic) { id procedures { id } }
        hospital: provider(slug: $hospital) { id procedures { id } }
        packages(first: 1, filter: { region: SEOUL }) { edges { node { id } } }
      }`,
      { clinic: CLINIC, hospital: OTHER_HOSPITAL },
    );
    clinic = providers.data.clinic;
    hospital = providers.data.hospital;
    publishedPackageId = providers.data.packages.edges[0]?.node.id ?? '';
  });
  afterAll(() => stack?.stop());

  // ------------------------------------------------------------------------------------------------------------
  // Slots and bookings

  const PUBLISH = `mutation($input: PublishSlotsInput!) {
    publishSlots(input: $input) { __typename ... on SlotsPublished { slots { id capacity remaining startsAt } } ... on InvalidInput { fields { field message } } }
  }`;
  const UPDATE_SLOT = `mutation($input: UpdateSlotInput!) {
    updateSlot(input: $input) {
      __typename
      ... on Slot { id capacity remaining startsAt endsAt interpreterLanguage }
      ... on InvalidInput { fields { field message } }
    }
  }`;
  const HOLD = `mutation($input: HoldSlotInput!) { holdSlot(input: $input) { __typename ... on Appointment { reference status } } }`;
  const CANCEL = `mutation($input: CancelAppointmentInput!) {
    cancelAppointment(input: $input) { __typename ... on Appointment { status } }
  }`;

  let keys = 0;
  const hold = (slotId: string, partySize: number) =>
    gql<{ holdSlot: { __typename: string; reference: string } }>(HOLD, {
      input: {
        slotId,
        partySize,
        consent: true,
        idempotencyKey: `staff-writes-${target.name}-${(keys += 1)}`,
        // A patient per booking: one contact may hold only a few times (core/contact-throttle.ts).
        contact: { name: 'Nguyen Lan', email: `lan.${keys}@example.vn`, nationality: 'VN', locale: 'VI' },
      },
    });

  async function publishOne(capacity: number, startsAt = new Date(Date.now() + 40 * DAY)) {
    const answer = await gql<{ publishSlots: { slots: { id: string }[] } }>(
      PUBLISH,
      {
        input: {
          providerId: clinic.id,
          mode: 'IN_PERSON',
          startsAt: [startsAt.toISOString()],
          durationMinutes: 60,
          capacity,
        },
      },
      clinicStaff,
    );
    const slotId = answer.data.publishSlots.slots[0]?.id;
    if (!slotId) throw new Error(`publishing failed: ${JSON.stringify(answer)}`);
    return slotId;
  }

  run('a clinic raises and lowers a slot’s capacity, keeping the places already held', async () => {
    const slotId = await publishOne(4);
    expect((await hold(slotId, 3)).data.holdSlot.__typename).toBe('Appointment');

    const raised = await gql<{ updateSlot: { capacity: number; remaining: number } }>(
      UPDATE_SLOT,
      { input: { slotId, capacity: 6, interpreterLanguage: 'VI' } },
      clinicStaff,
    );
    expect(raised.data.updateSlot).toMatchObject({ capacity: 6, remaining: 3, interpreterLanguage: 'VI' });

    const tooLow = await gql<{ updateSlot: { __typename: string; fields: { field: string; message: string }[] } }>(
      UPDATE_SLOT,
      { input: { slotId, capacity: 2 } },
      clinicStaff,
    );
    expect(tooLow.data.updateSlot.__typename).toBe('InvalidInput');
    expect(tooLow.data.updateSlot.fields).toEqual([
      { field: 'capacity', message: 'must be at least the 3 places already held' },
    ]);

    const exact = await gql<{ updateSlot: { capacity: number; remaining: number } }>(
      UPDATE_SLOT,
      { input: { slotId, capacity: 3 } },
      clinicStaff,
    );
    expect(exact.data.updateSlot).toMatchObject({ capacity: 3, remaining: 0 });
  });

  run('a booked slot keeps its time; an empty one can move and change length', async () => {
    const booked = await publishOne(2);
    await hold(booked, 1);
    const moved = await gql<{ updateSlot: { __typename: string; fields: { field: string }[] } }>(
      UPDATE_SLOT,
      { input: { slotId: booked, startsAt: new Date(Date.now() + 41 * DAY).toISOString() } },
      clinicStaff,
    );
    expect(moved.data.updateSlot).toMatchObject({ __typename: 'InvalidInput', fields: [{ field: 'startsAt' }] });

    const empty = await publishOne(2);
    const newStart = new Date(Date.now() + 42 * DAY);
    newStart.setUTCMilliseconds(0);
    const ok = await gql<{ updateSlot: { startsAt: string; endsAt: string } }>(
      UPDATE_SLOT,
      { input: { slotId: empty, startsAt: newStart.toISOString(), durationMinutes: 90 } },
      clinicStaff,
    );
    expect(new Date(ok.data.updateSlot.startsAt).getTime()).toBe(newStart.getTime());
    expect(new Date(ok.data.updateSlot.endsAt).getTime() - newStart.getTime()).toBe(90 * 60_000);
  });

  run('a closed slot cannot be edited', async () => {
    const slotId = await publishOne(2);
    await gql(`mutation($id: ID!) { closeSlot(slotId: $id) { __typename } }`, { id: slotId }, clinicStaff);
    const answer = await gql<{ updateSlot: { __typename: string; fields: { message: string }[] } }>(
      UPDATE_SLOT,
      { input: { slotId, capacity: 5 } },
      clinicStaff,
    );
    expect(answer.data.updateSlot).toEqual({
      __typename: 'InvalidInput',
      fields: [{ field: 'slotId', message: 'is closed; publish a new slot instead' }],
    });
  });

  run('lowering capacity while patients book never sells more than the new capacity', async () => {
    const slotId = await publishOne(20);
    const [holds, lowered] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, () => hold(slotId, 1))),
      gql<{ updateSlot: { __typename: string } }>(UPDATE_SLOT, { input: { slotId, capacity: 10 } }, clinicStaff),
    ]);
    const sold = holds.filter((answer) => answer.data.holdSlot.__typename === 'Appointment').length;
    const [slot] = await stack.subgraphs.providers.database.db.select().from(slots).where(eq(slots.id, slotId));
    expect(slot?.remaining).toBeGreaterThanOrEqual(0);
    expect(sold).toBe((slot?.capacity ?? 0) - (slot?.remaining ?? 0));
    if (lowered.data.updateSlot.__typename === 'Slot') expect(slot?.capacity).toBe(10);
    else expect(sold).toBeGreaterThan(10);
  });

  run('the clinic cancels a booking without the patient’s secret and gets the place back', async () => {
    const slotId = await publishOne(1);
    const booked = await hold(slotId, 1);
    const reference = booked.data.holdSlot.reference;

    const anonymous = await gql(CANCEL, { input: { reference } });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const otherHospital = await gql<{ cancelAppointment: { __typename: string } }>(
      CANCEL,
      { input: { reference } },
      hospitalStaff,
    );
    expect(otherHospital.data.cancelAppointment.__typename).toBe('NotFound');

    const cancelled = await gql<{ cancelAppointment: { status: string } }>(
      CANCEL,
      { input: { reference } },
      clinicStaff,
    );
    expect(cancelled.data.cancelAppointment.status).toBe('CANCELLED');
    expect((await hold(slotId, 1)).data.holdSlot.__typename).toBe('Appointment');
  });

  // ------------------------------------------------------------------------------------------------------------
  // Packages

  const SAVE_FIELDS = `__typename
    ... on Package { id slug status visa { eVisaEligible } priceFrom { amount } days { day steps { __typename } } }
    ... on InvalidInput { fields { field message } }`;
  const CREATE_PACKAGE = `mutation($input: PackageInput!) { createPackage(input: $input) { ${SAVE_FIELDS} } }`;
  const UPDATE_PACKAGE = `mutation($id: ID!, $input: PackageInput!) { updatePackage(id: $id, input: $input) { ${SAVE_FIELDS} } }`;
  const SET_STATUS = `mutation($id: ID!, $status: PackageStatus!) { setPackageStatus(id: $id, status: $status) { __typename ... on Package { status } } }`;

  interface SavedPackage {
    __typename: string;
    id: string;
    slug: string;
    status: string;
    visa: { eVisaEligible: boolean };
    priceFrom: { amount: number };
    days: { day: number; steps: { __typename: string }[] }[];
    fields: { field: string; message: string }[];
  }

  const packageInput = (slug: string, overrides: Record<string, unknown> = {}) => ({
    slug,
    title: [...en('Gangnam glow weekend'), { locale: 'JA', text: '江南グロウ週末' }],
    summary: en('Two days of skin care with a K-beauty tour.'),
    theme: 'K_BEAUTY',
    segment: 'STANDARD',
    region: 'SEOUL',
    durationDays: 2,
    maxGuardians: 1,
    visa: { recommended: 'K_ETA_EXEMPT' },
    prices: [
      { kind: 'MEDICAL', label: en('Skin treatment'), amountKrw: 450_000 },
      { kind: 'TOURISM', label: en('Seongsu tour'), amountKrw: 80_000 },
    ],
    days: [
      {
        title: en('Treatment'),
        steps: [
          {
            kind: 'MEDICAL',
            title: en('Laser toning'),
            providerId: clinic.id,
            procedureId: clinic.procedures[0]?.id,
          },
        ],
      },
      { title: en('Tour'), steps: [{ kind: 'TOUR', title: en('Seongsu cafés'), category: 'K_BEAUTY' }] },
    ],
    ...overrides,
  });

  run('a region’s tourism staff create a draft package that only they see until it is published', async () => {
    const created = await gql<{ createPackage: SavedPackage }>(
      CREATE_PACKAGE,
      { input: packageInput(`glow-weekend-${target.name.toLowerCase()}`) },
      seoulTourism,
    );
    const pkg = created.data.createPackage;
    expect(pkg).toMatchObject({ __typename: 'Package', status: 'DRAFT', priceFrom: { amount: 530_000 } });
    expect(pkg.days.map((day) => day.steps.map((step) => step.__typename))).toEqual([['MedicalStep'], ['TourStep']]);

    const lookup = `query($slug: String!) { package(slug: $slug) { status } }`;
    expect((await gql<{ package: null }>(lookup, { slug: pkg.slug })).data.package).toBeNull();
    expect((await gql<{ package: null }>(lookup, { slug: pkg.slug }, busanTourism)).data.package).toBeNull();
    expect((await gql(lookup, { slug: pkg.slug }, seoulTourism)).data).toEqual({ package: { status: 'DRAFT' } });

    const published = await gql(SET_STATUS, { id: pkg.id, status: 'PUBLISHED' }, seoulTourism);
    expect(published.data).toEqual({ setPackageStatus: { __typename: 'Package', status: 'PUBLISHED' } });
    expect((await gql(lookup, { slug: pkg.slug })).data).toEqual({ package: { status: 'PUBLISHED' } });
  });

  run('saving a package replaces its days and prices, and the e-visa follows its providers', async () => {
    const created = await gql<{ createPackage: SavedPackage }>(
      CREATE_PACKAGE,
      { input: packageInput(`glow-replace-${target.name.toLowerCase()}`) },
      seoulTourism,
    );
    const designated = await gql<{ provider: { eVisaDesignated: boolean } }>(
      `query($slug: String!) { provider(slug: $slug) { eVisaDesignated } }`,
      { slug: CLINIC },
    );
    expect(created.data.createPackage.visa.eVisaEligible).toBe(designated.data.provider.eVisaDesignated);

    const updated = await gql<{ updatePackage: SavedPackage }>(
      UPDATE_PACKAGE,
      {
        id: created.data.createPackage.id,
        input: packageInput(created.data.createPackage.slug, {
          durationDays: 1,
          prices: [{ kind: 'TOURISM', label: en('Tour only'), amountKrw: 90_000 }],
          days: [{ title: en('Tour'), steps: [{ kind: 'TOUR', title: en('Myeongdong'), category: 'SHOPPING' }] }],
        }),
      },
      seoulTourism,
    );
    expect(updated.data.updatePackage).toMatchObject({
      priceFrom: { amount: 90_000 },
      visa: { eVisaEligible: false },
      days: [{ day: 1, steps: [{ __typename: 'TourStep' }] }],
    });
  });

  run(
    'a package with an unknown provider or another provider’s procedure is refused and nothing is stored',
    async () => {
      const before = await rowCount('itineraries', packages);
      const answer = await gql<{ createPackage: SavedPackage }>(
        CREATE_PACKAGE,
        {
          input: packageInput(`glow-bad-refs-${target.name.toLowerCase()}`, {
            days: [
              {
                title: en('Treatment'),
                steps: [
                  { kind: 'MEDICAL', title: en('Unknown'), providerId: '00000000-0000-4000-8000-000000000000' },
                  {
                    kind: 'MEDICAL',
                    title: en('Mismatched'),
                    providerId: clinic.id,
                    procedureId: hospital.procedures[0]?.id,
                  },
                ],
              },
            ],
          }),
        },
        seoulTourism,
      );
      expect(answer.data.createPackage.fields).toEqual([
        { field: 'days.0.steps.0.providerId', message: 'is not a known provider' },
        { field: 'days.0.steps.1.procedureId', message: "is not a procedure of the step's provider" },
      ]);
      expect(await rowCount('itineraries', packages)).toBe(before);
    },
  );

  run('package rules are checked field by field', async () => {
    const answer = await gql<{ createPackage: SavedPackage }>(
      CREATE_PACKAGE,
      {
        input: packageInput('Not A Slug', {
          title: [{ locale: 'JA', text: '日本語だけ' }],
          durationDays: 9,
          visa: { recommended: 'TRANSIT_VISA_FREE', transferVisaFree: true },
          prices: [{ kind: 'MEDICAL', label: en('Too much'), amountKrw: -5 }],
          days: [{ title: en('Transfer'), steps: [{ kind: 'TRANSFER', title: en('To Jeju'), from: 'Incheon' }] }],
        }),
      },
      seoulTourism,
    );
    expect(answer.data.createPackage.fields.map((problem) => problem.field).sort()).toEqual([
      'days.0.steps.0.to',
      'days.0.steps.0.transport',
      'prices.0.amountKrw',
      'slug',
      'title',
      'visa.transferVisaFree',
    ]);
  });

  run('a taken slug is refused without touching the existing package', async () => {
    const existing = await gql<{ package: { slug: string } }>(`query($id: ID!) { package(id: $id) { slug } }`, {
      id: publishedPackageId,
    });
    const answer = await gql<{ createPackage: SavedPackage }>(
      CREATE_PACKAGE,
      { input: packageInput(existing.data.package.slug) },
      seoulTourism,
    );
    expect(answer.data.createPackage.fields).toEqual([
      { field: 'slug', message: 'is already used by another package' },
    ]);
  });

  run('tourism staff of another region may neither create nor edit a Seoul package', async () => {
    const created = await gql(CREATE_PACKAGE, { input: packageInput('busan-tries-seoul') }, busanTourism);
    expect(created.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const edited = await gql(SET_STATUS, { id: publishedPackageId, status: 'CLOSED' }, busanTourism);
    expect(edited.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  // ------------------------------------------------------------------------------------------------------------
  // Campaigns

  const CAMPAIGN_FIELDS = `__typename
    ... on Campaign { id slug status trackingCode organisation packages { id } creative(locale: JA) { locale headline } }
    ... on InvalidInput { fields { field message } }
    ... on InvalidTransition { status message }`;
  interface SavedCampaign {
    __typename: string;
    id: string;
    slug: string;
    status: string;
    trackingCode: string;
    organisation: string;
    packages: { id: string }[];
    creative: { locale: string; headline: string } | null;
    fields: { field: string; message: string }[];
    message: string;
  }
  const CREATE_CAMPAIGN = `mutation($input: CampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
  const step = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { ${CAMPAIGN_FIELDS} } }`;
  const SET_CREATIVE = `mutation($id: ID!, $input: CreativeInput!) { setCampaignCreative(campaignId: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;

  const campaignInput = (slug: string, startsInDays: number, overrides: Record<string, unknown> = {}) => ({
    slug,
    name: en('Daejeon science festival for Japan'),
    theme: 'FESTIVAL',
    startsAt: new Date(Date.now() + startsInDays * DAY).toISOString(),
    endsAt: new Date(Date.now() + (startsInDays + 30) * DAY).toISOString(),
    targetCountries: ['jp', 'TW'],
    channels: ['LINE', 'INSTAGRAM'],
    placements: ['hero'],
    packageIds: [publishedPackageId],
    providerIds: [clinic.id],
    ...overrides,
  });
  const creative = (locale: string) => ({
    locale,
    headline: locale === 'JA' ? '大田サイエンスフェスティバル' : 'Daejeon Science Festival',
    body: 'Health check-up and festival in one trip.',
    imageUrl: '/demo/img/festival.svg',
    ctaLabel: 'See the package',
    ctaUrl: 'https://daejeon.example/festival',
  });

  async function createCampaign(slug: string, startsInDays: number) {
    const answer = await gql<{ createCampaign: SavedCampaign }>(
      CREATE_CAMPAIGN,
      { input: campaignInput(`${slug}-${target.name.toLowerCase()}`, startsInDays) },
      daejeonMarketing,
    );
    return answer.data.createCampaign;
  }

  run('a marketing team plans a draft, adds creatives, and schedules it for later', async () => {
    const draft = await createCampaign('festival-japan', 10);
    expect(draft).toMatchObject({ __typename: 'Campaign', status: 'DRAFT', organisation: 'daejeon-tourism' });
    expect(draft.trackingCode).toMatch(/^FESTIVAL-JAPAN-/);
    expect(draft.packages).toEqual([{ id: publishedPackageId }]);

    const lookup = `query($slug: String!) { campaign(slug: $slug) { status } }`;
    expect((await gql<{ campaign: null }>(lookup, { slug: draft.slug })).data.campaign).toBeNull();
    expect((await gql<{ campaign: null }>(lookup, { slug: draft.slug }, seoulMarketing)).data.campaign).toBeNull();

    const tooEarly = await gql<{ scheduleCampaign: SavedCampaign }>(
      step('scheduleCampaign'),
      { id: draft.id },
      daejeonMarketing,
    );
    expect(tooEarly.data.scheduleCampaign.fields).toEqual([
      { field: 'creatives', message: 'an EN or KO creative is needed before scheduling' },
    ]);

    await gql(SET_CREATIVE, { id: draft.id, input: creative('EN') }, daejeonMarketing);
    const preview = await gql<{ setCampaignCreative: SavedCampaign }>(
      SET_CREATIVE,
      { id: draft.id, input: creative('JA') },
      daejeonMarketing,
    );
    expect(preview.data.setCampaignCreative.creative).toEqual({
      locale: 'JA',
      headline: '大田サイエンスフェスティバル',
    });

    const scheduled = await gql<{ scheduleCampaign: SavedCampaign }>(
      step('scheduleCampaign'),
      { id: draft.id },
      daejeonMarketing,
    );
    expect(scheduled.data.scheduleCampaign.status).toBe('SCHEDULED');
    expect((await gql(lookup, { slug: draft.slug })).data).toEqual({ campaign: { status: 'SCHEDULED' } });
  });

  run('a running campaign shows on partner pages until it is paused, and again when resumed', async () => {
    const draft = await createCampaign('festival-now', -1);
    await gql(SET_CREATIVE, { id: draft.id, input: creative('EN') }, daejeonMarketing);
    const active = await gql<{ scheduleCampaign: SavedCampaign }>(
      step('scheduleCampaign'),
      { id: draft.id },
      daejeonMarketing,
    );
    expect(active.data.scheduleCampaign.status).toBe('ACTIVE');

    const banner = `{ activeCampaigns(country: "JP", placement: "hero", first: 20) { slug } }`;
    const showing = async () =>
      (await gql<{ activeCampaigns: { slug: string }[] }>(banner)).data.activeCampaigns.some(
        (campaign) => campaign.slug === draft.slug,
      );
    expect(await showing()).toBe(true);

    const paused = await gql<{ pauseCampaign: SavedCampaign }>(
      step('pauseCampaign'),
      { id: draft.id },
      daejeonMarketing,
    );
    expect(paused.data.pauseCampaign.status).toBe('PAUSED');
    expect(await showing()).toBe(false);

    const resumed = await gql<{ resumeCampaign: SavedCampaign }>(
      step('resumeCampaign'),
      { id: draft.id },
      daejeonMarketing,
    );
    expect(resumed.data.resumeCampaign.status).toBe('ACTIVE');
    expect(await showing()).toBe(true);
  });

  run('a campaign aimed at some embed sites shows only on their pages', async () => {
    const answer = await gql<{ createCampaign: SavedCampaign }>(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(`festival-sites-${target.name.toLowerCase()}`, -1, { siteKeys: ['daejeon-tourism-site'] }),
      },
      daejeonMarketing,
    );
    const draft = answer.data.createCampaign;
    await gql(SET_CREATIVE, { id: draft.id, input: creative('EN') }, daejeonMarketing);
    await gql(step('scheduleCampaign'), { id: draft.id }, daejeonMarketing);
    const shownOn = async (siteKey: string) =>
      (
        await gql<{ activeCampaigns: { slug: string }[] }>(
          `query($siteKey: String) { activeCampaigns(country: "JP", placement: "hero", siteKey: $siteKey, first: 20) { slug } }`,
          { siteKey },
        )
      ).data.activeCampaigns.some((campaign) => campaign.slug === draft.slug);
    expect(await shownOn('daejeon-tourism-site')).toBe(true);
    expect(await shownOn('lumiere-clinic-site')).toBe(false);

    const unknown = await gql<{ createCampaign: SavedCampaign }>(
      CREATE_CAMPAIGN,
      { input: campaignInput(`festival-nosite-${target.name.toLowerCase()}`, 3, { siteKeys: ['no-such-site'] }) },
      daejeonMarketing,
    );
    expect(unknown.data.createCampaign.fields).toEqual([
      { field: 'siteKeys.0', message: 'is not a registered embed site' },
    ]);
  });

  run('an ended campaign stays ended and can no longer change', async () => {
    const draft = await createCampaign('festival-ended', -1);
    await gql(SET_CREATIVE, { id: draft.id, input: creative('EN') }, daejeonMarketing);
    await gql(step('scheduleCampaign'), { id: draft.id }, daejeonMarketing);
    const ended = await gql<{ endCampaign: SavedCampaign }>(step('endCampaign'), { id: draft.id }, daejeonMarketing);
    expect(ended.data.endCampaign.status).toBe('ENDED');

    const again = await gql<{ resumeCampaign: SavedCampaign }>(
      step('resumeCampaign'),
      { id: draft.id },
      daejeonMarketing,
    );
    expect(again.data.resumeCampaign).toMatchObject({ __typename: 'InvalidTransition', status: 'ENDED' });
    const edit = await gql<{ updateCampaign: SavedCampaign }>(
      `mutation($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`,
      { id: draft.id, input: campaignInput(draft.slug, 5) },
      daejeonMarketing,
    );
    expect(edit.data.updateCampaign).toMatchObject({
      __typename: 'InvalidTransition',
      message: 'An ended campaign cannot be changed',
    });
  });

  run('a campaign can only promote published packages and known providers', async () => {
    const before = await rowCount('campaigns', campaigns);
    const answer = await gql<{ createCampaign: SavedCampaign }>(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(`bad-refs-${target.name.toLowerCase()}`, 3, {
          packageIds: ['00000000-0000-4000-8000-000000000000'],
          providerIds: ['00000000-0000-4000-8000-000000000001'],
        }),
      },
      daejeonMarketing,
    );
    expect(answer.data.createCampaign.fields).toEqual([
      { field: 'packageIds.0', message: 'is not a published package' },
      { field: 'providerIds.0', message: 'is not a known provider' },
    ]);
    expect(await rowCount('campaigns', campaigns)).toBe(before);
  });

  run('another organisation’s marketing cannot touch the campaign; a platform admin can', async () => {
    const draft = await createCampaign('festival-guarded', 3);
    const foreign = await gql(step('pauseCampaign'), { id: draft.id }, seoulMarketing);
    expect(foreign.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await gql(step('pauseCampaign'), { id: draft.id });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const admin = await gql<{ setCampaignCreative: SavedCampaign }>(
      SET_CREATIVE,
      { id: draft.id, input: creative('EN') },
      platformAdmin,
    );
    expect(admin.data.setCampaignCreative.__typename).toBe('Campaign');
  });

  run('a marketing team lists its own campaigns, drafts included, and no one else’s', async () => {
    const draft = await createCampaign('festival-listed', 20);
    const mine = `{ myCampaigns(first: 100) { totalCount edges { node { slug organisation status } } } }`;
    const ours = await gql<{
      myCampaigns: { totalCount: number; edges: { node: { slug: string; organisation: string } }[] };
    }>(mine, {}, daejeonMarketing);
    const nodes = ours.data.myCampaigns.edges.map((edge) => edge.node);
    expect(nodes[0]).toMatchObject({ slug: draft.slug, status: 'DRAFT' });
    expect(nodes.every((node) => node.organisation === 'daejeon-tourism')).toBe(true);
    expect(ours.data.myCampaigns.totalCount).toBe(nodes.length);
    const theirs = await gql<{ myCampaigns: { edges: { node: { slug: string } }[] } }>(mine, {}, seoulMarketing);
    expect(theirs.data.myCampaigns.edges.some((edge) => edge.node.slug === draft.slug)).toBe(false);
    expect((await gql(mine)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(mine, {}, seoulTourism)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  // ------------------------------------------------------------------------------------------------------------
  // Promotion events

  const EVENT_FIELDS = `__typename
    ... on PromotionEvent { id slug leads itinerary { slug theme days { day } } providers { slug } packages { slug } }
    ... on InvalidInput { fields { field message } }`;
  interface SavedEvent {
    __typename: string;
    id: string;
    slug: string;
    leads: number;
    itinerary: { slug: string; theme: string; days: { day: number }[] } | null;
    providers: { slug: string }[];
    packages: { slug: string }[];
    fields: { field: string; message: string }[];
  }
  const CREATE_EVENT = `mutation($input: PromotionEventInput!) { createPromotionEvent(input: $input) { ${EVENT_FIELDS} } }`;
  const LEADS = `mutation($id: ID!, $leads: Int!) { recordPromotionLeads(id: $id, leads: $leads) { ${EVENT_FIELDS} } }`;

  async function famPackageId() {
    const found = await gql<{ package: { id: string } }>(
      `{ package(slug: "daejeon-fam-tour-overseas-agencies") { id } }`,
    );
    return found.data.package.id;
  }
  const eventInput = (slug: string, startsInDays: number, overrides: Record<string, unknown> = {}) => ({
    slug: `${slug}-${target.name.toLowerCase()}`,
    kind: 'FAM_TOUR',
    title: en('Daejeon FAM tour for Hanoi agencies'),
    startsAt: new Date(Date.now() + startsInDays * DAY).toISOString(),
    endsAt: new Date(Date.now() + (startsInDays + 2) * DAY).toISOString(),
    city: 'Daejeon',
    country: 'kr',
    targetCountries: ['VN'],
    partners: ['Saigon Lotus Travel'],
    packageIds: [],
    providerIds: [clinic.id],
    ...overrides,
  });

  run('the seeded FAM tours are itineraries built from a FAM_TOUR package, with their partner hospitals', async () => {
    const answer = await gql<{ promotionEvents: { edges: { node: SavedEvent }[] } }>(
      `{ promotionEvents(filter: { kind: FAM_TOUR }, first: 10) { edges { node { slug itinerary { slug theme days { day } } providers { slug } } } } }`,
    );
    const tours = answer.data.promotionEvents.edges.map((edge) => edge.node);
    expect(tours.length).toBeGreaterThanOrEqual(2);
    for (const tour of tours) {
      expect(tour.itinerary).toMatchObject({ slug: 'daejeon-fam-tour-overseas-agencies', theme: 'FAM_TOUR' });
      expect(tour.itinerary?.days.length).toBeGreaterThan(0);
      expect(tour.providers.map((provider) => provider.slug)).toContain('daejeon-saerom-university-hospital');
    }
  });

  run('a marketing team plans a FAM tour on a FAM_TOUR itinerary and records its leads once it has begun', async () => {
    const itineraryPackageId = await famPackageId();
    const planned = await gql<{ createPromotionEvent: SavedEvent }>(
      CREATE_EVENT,
      { input: eventInput('hanoi-fam', 10, { itineraryPackageId }) },
      daejeonMarketing,
    );
    expect(planned.data.createPromotionEvent).toMatchObject({
      __typename: 'PromotionEvent',
      leads: 0,
      itinerary: { slug: 'daejeon-fam-tour-overseas-agencies' },
      providers: [{ slug: CLINIC }],
    });
    const early = await gql<{ recordPromotionLeads: SavedEvent }>(
      LEADS,
      { id: planned.data.createPromotionEvent.id, leads: 12 },
      daejeonMarketing,
    );
    expect(early.data.recordPromotionLeads.fields).toEqual([
      { field: 'leads', message: 'can be recorded once the event has begun' },
    ]);

    const held = await gql<{ createPromotionEvent: SavedEvent }>(
      CREATE_EVENT,
      { input: eventInput('hanoi-fam-held', -3, { itineraryPackageId }) },
      daejeonMarketing,
    );
    const recorded = await gql<{ recordPromotionLeads: SavedEvent }>(
      LEADS,
      { id: held.data.createPromotionEvent.id, leads: 17 },
      daejeonMarketing,
    );
    expect(recorded.data.recordPromotionLeads.leads).toBe(17);
    const foreign = await gql(LEADS, { id: held.data.createPromotionEvent.id, leads: 99 }, seoulMarketing);
    expect(foreign.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  run(
    'a FAM tour’s itinerary must be a FAM_TOUR package, only FAM tours have one, and campaigns must be one’s own',
    async () => {
      const seoulCampaign = await gql<{ campaign: { id: string } }>(`{ campaign(slug: "kpop-glow-japan") { id } }`);
      const wrong = await gql<{ createPromotionEvent: SavedEvent }>(
        CREATE_EVENT,
        {
          input: eventInput('hanoi-fam-wrong', 10, {
            itineraryPackageId: publishedPackageId,
            campaignId: seoulCampaign.data.campaign.id,
          }),
        },
        daejeonMarketing,
      );
      expect(wrong.data.createPromotionEvent.fields).toEqual([
        { field: 'itineraryPackageId', message: 'is not a published FAM_TOUR package' },
        { field: 'campaignId', message: "is not one of your organisation's campaigns" },
      ]);
      const briefing = await gql<{ createPromotionEvent: SavedEvent }>(
        CREATE_EVENT,
        { input: eventInput('hanoi-briefing', 10, { kind: 'PR_BRIEFING', itineraryPackageId: await famPackageId() }) },
        daejeonMarketing,
      );
      expect(briefing.data.createPromotionEvent.fields).toEqual([
        { field: 'itineraryPackageId', message: 'only FAM tours follow an itinerary' },
      ]);
    },
  );

  run('checking references needs the service that owns them: with providers down nothing is stored', async () => {
    await stack.subgraphs.providers.close();
    const before = await rowCount('itineraries', packages);
    const answer = await gql(CREATE_PACKAGE, { input: packageInput('glow-while-down') }, seoulTourism);
    expect(answer.status).toBe(200);
    expect(answer.errors?.[0]).toMatchObject({
      message: 'The providers service is unavailable',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
    expect(await rowCount('itineraries', packages)).toBe(before);
  });
});
