import { describe, expect, it } from 'vitest';
import { LOCALES } from '../core/locale';
import { readCampaignSeed } from '../subgraphs/campaigns/seed';
import { readDemoInquiryRules, readPackageSeed } from '../subgraphs/itineraries/seed';
import { readProviderSeed } from '../subgraphs/providers/seed';
import { segmentEnum, themeEnum } from '../subgraphs/itineraries/schema';

const providers = readProviderSeed();
const packages = readPackageSeed();
const { campaigns, promotionEvents, embedSites } = readCampaignSeed();
const procedures = providers.flatMap((provider) =>
  provider.procedures.map((procedure) => ({ ...procedure, provider: provider.slug })),
);

describe('demo data', () => {
  it('has at least 12 providers in at least 6 regions, one of them with a lapsed e-visa designation', () => {
    expect(providers.length).toBeGreaterThanOrEqual(12);
    expect(new Set(providers.map((provider) => provider.region)).size).toBeGreaterThanOrEqual(6);
    const lapsed = providers.filter(
      (provider) =>
        provider.designations.some((designation) => designation.kind === 'E_VISA') &&
        provider.designations.every((designation) => designation.kind !== 'E_VISA' || designation.untilDays < 0),
    );
    expect(lapsed.length).toBeGreaterThanOrEqual(1);
    expect(new Set(providers.map((provider) => provider.wellnessCluster).filter(Boolean))).toEqual(
      new Set(['INCHEON', 'DAEGU_GYEONGBUK', 'BUSAN', 'GANGWON', 'JEONBUK', 'CHUNGBUK']),
    );
  });

  it('has a telemedicine clinic with an address and a video-call link, and a clinic that confirms bookings at once', () => {
    const remote = providers.find((provider) => provider.telemedicine && provider.settings?.videoCallUrl);
    expect(remote?.settings).toMatchObject({ address: expect.any(String), mapUrl: expect.stringMatching(/^https:/) });
    expect(providers.some((provider) => provider.settings?.autoConfirm === true)).toBe(true);
  });

  it('has at least 40 procedures, each of a specialty its provider has', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(40);
    for (const provider of providers) {
      for (const procedure of provider.procedures) expect(provider.specialties).toContain(procedure.specialty);
    }
    expect(new Set(procedures.map((procedure) => procedure.slug)).size).toBe(procedures.length);
  });

  it('names every provider, procedure, package and campaign in all ten locales', () => {
    const texts = [
      ...providers.map((provider) => ['provider', provider.slug, provider.name] as const),
      ...procedures.map((procedure) => ['procedure', procedure.slug, procedure.name] as const),
      ...packages.map((pkg) => ['package', pkg.slug, pkg.title] as const),
      ...packages.map((pkg) => ['package summary', pkg.slug, pkg.summary] as const),
      ...campaigns.map((campaign) => ['campaign', campaign.slug, campaign.name] as const),
    ];
    for (const [kind, slug, text] of texts) {
      expect(Object.keys(text).sort(), `${kind} ${slug}`).toEqual([...LOCALES].sort());
    }
  });

  it('has at least 12 packages covering every segment and theme, with medical steps at real providers', () => {
    expect(packages.length).toBeGreaterThanOrEqual(12);
    expect(new Set(packages.map((pkg) => pkg.segment))).toEqual(new Set(segmentEnum.enumValues));
    expect(new Set(packages.map((pkg) => pkg.theme))).toEqual(new Set(themeEnum.enumValues));
    for (const pkg of packages) {
      const steps = pkg.days.flatMap((day) => day.steps);
      expect(
        steps.some((step) => step.kind === 'MEDICAL'),
        pkg.slug,
      ).toBe(true);
      expect(
        pkg.days.map((day) => day.day),
        pkg.slug,
      ).toEqual(Array.from({ length: pkg.durationDays }, (_, index) => index + 1));
      for (const step of steps) {
        if (step.kind !== 'MEDICAL') continue;
        expect(
          providers.map((provider) => provider.slug),
          `${pkg.slug} → ${step.provider}`,
        ).toContain(step.provider);
        if (step.procedure) {
          expect(
            procedures.find((procedure) => procedure.slug === step.procedure)?.provider,
            `${pkg.slug} → ${step.procedure}`,
          ).toBe(step.provider);
        }
      }
      if (pkg.visa.transferVisaFree) expect(pkg.durationDays).toBeLessThanOrEqual(5);
    }
  });

  it('has the packages the brief names: Daejeon festival, Chungbuk Korean medicine with a guardian, transit check-up, FAM tour', () => {
    expect(packages.some((pkg) => pkg.region === 'DAEJEON' && pkg.theme === 'FESTIVAL')).toBe(true);
    expect(
      packages.some((pkg) => pkg.region === 'CHUNGBUK' && pkg.theme === 'KOREAN_MEDICINE' && pkg.maxGuardians >= 1),
    ).toBe(true);
    expect(packages.some((pkg) => pkg.segment === 'GROUP' && pkg.visa.transferVisaFree)).toBe(true);
    expect(packages.some((pkg) => pkg.theme === 'FAM_TOUR')).toBe(true);
    expect(packages.some((pkg) => pkg.segment === 'LONG_STAY' && pkg.visa.recommended === 'G_1_10')).toBe(true);
  });

  it('has at least 6 campaigns reaching JP, CN, US, TW, TH, MN, VN and KZ, promoting packages and providers that exist', () => {
    expect(campaigns.length).toBeGreaterThanOrEqual(6);
    const active = campaigns.filter(
      (campaign) => !campaign.paused && campaign.startsDays <= 0 && campaign.endsDays > 0,
    );
    for (const country of ['JP', 'CN', 'US', 'TW', 'TH', 'MN', 'VN', 'KZ']) {
      expect(
        active.some((campaign) => campaign.targetCountries.includes(country)),
        country,
      ).toBe(true);
    }
    for (const campaign of campaigns) {
      expect(campaign.creatives.EN, `${campaign.slug} has an English creative`).toBeDefined();
      for (const slug of campaign.packages) expect(packages.map((pkg) => pkg.slug)).toContain(slug);
      for (const slug of campaign.providers) expect(providers.map((provider) => provider.slug)).toContain(slug);
    }
  });

  it('has promotion events of every kind linked to campaigns and packages that exist', () => {
    expect(new Set(promotionEvents.map((event) => event.kind))).toEqual(
      new Set(['PR_BRIEFING', 'EXHIBITION', 'FAM_TOUR', 'WORKSHOP', 'NEWSLETTER', 'AGREEMENT']),
    );
    for (const event of promotionEvents) {
      if (event.campaign) expect(campaigns.map((campaign) => campaign.slug)).toContain(event.campaign);
      for (const slug of event.packages) expect(packages.map((pkg) => pkg.slug)).toContain(slug);
      for (const slug of event.providers) expect(providers.map((provider) => provider.slug)).toContain(slug);
      if (event.itinerary) {
        expect(event.kind).toBe('FAM_TOUR');
        expect(packages.find((pkg) => pkg.slug === event.itinerary)?.theme).toBe('FAM_TOUR');
      }
    }
    expect(promotionEvents.filter((event) => event.kind === 'FAM_TOUR').every((event) => event.itinerary)).toBe(true);
  });

  it('has inquiries that came through running campaigns, on packages and sites that exist', () => {
    const rules = readDemoInquiryRules();
    expect(rules.length).toBeGreaterThanOrEqual(3);
    for (const rule of rules) {
      const campaign = campaigns.find((candidate) => candidate.trackingCode === rule.campaignCode);
      expect(campaign, rule.campaignCode).toBeDefined();
      expect(rule.fromDays).toBeGreaterThanOrEqual(campaign?.startsDays ?? 0);
      for (const slug of rule.packages) expect(packages.map((pkg) => pkg.slug)).toContain(slug);
      for (const key of rule.siteKeys) expect(embedSites.map((site) => site.key)).toContain(key);
    }
  });

  it('lets the demo-site key embed from localhost and 127.0.0.1 on any port', () => {
    expect(embedSites.find((site) => site.key === 'demo-site')?.allowedOrigins).toEqual(
      expect.arrayContaining(['http://localhost:*', 'http://127.0.0.1:*']),
    );
  });
});
