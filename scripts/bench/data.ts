import postgres from 'postgres';

/** How much the bench generates, on top of the demo data: a country's worth of providers and a year of slots. */
export const VOLUME = {
  providers: 2_000,
  proceduresPerProvider: 5,
  slotsPerProvider: 250,
  packages: 20_000,
  campaigns: 50,
  packagesPerCampaign: 40,
  campaignEvents: 1_000_000,
} as const;

/**
 * Fills the migrated (and demo-seeded) database with generated rows in a few set-based statements; every row
 * satisfies the tables' constraints. Returns the row counts of the large tables.
 */
export async function generateData(url: string): Promise<Record<string, number>> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  const v = VOLUME;
  try {
    await sql.unsafe(`
      insert into providers.providers
        (slug, kind, name, region, city, specialties, telemedicine, registration_number, insurance_valid_until)
      select 'bench-provider-' || lpad(g::text, 4, '0'),
        (array['CLINIC','HOSPITAL','GENERAL_HOSPITAL','KOREAN_MEDICINE_HOSPITAL'])[1 + g % 4]::providers.provider_kind,
        jsonb_build_object('EN', 'Bench Provider ' || g, 'KO', '벤치 의료기관 ' || g, 'ZH', '基准医疗机构 ' || g),
        (enum_range(null::providers.region))[1 + g % 17], 'City ' || (g % 97),
        array[(enum_range(null::providers.specialty))[1 + g % 12]], g % 2 = 0,
        'BENCH-' || g, current_date + 365
      from generate_series(1, ${v.providers}) g;

      insert into providers.designations (provider_id, kind, valid_from, valid_until)
      select id, 'FOREIGN_PATIENT_REGISTRATION', current_date - 100, current_date + 900
      from providers.providers where slug like 'bench-provider-%';
      insert into providers.designations (provider_id, kind, valid_from, valid_until)
      select id, 'E_VISA', current_date - 100, current_date + 900
      from providers.providers where slug like 'bench-provider-%' and registration_number like '%3';

      insert into providers.coordinators (provider_id, language, channels)
      select id, l.language::providers.locale, array['EMAIL']::providers.chat_channel[]
      from providers.providers, (values ('EN'), ('ZH'), ('JA')) l(language)
      where slug like 'bench-provider-%';

      insert into providers.procedures
        (provider_id, slug, specialty, name, price_min_krw, price_max_krw, duration_minutes)
      select p.id, p.slug || '-procedure-' || i, p.specialties[1],
        jsonb_build_object('EN', 'Procedure ' || i, 'KO', '시술 ' || i),
        100000 * i, 200000 * i, 30 * i
      from providers.providers p, generate_series(1, ${v.proceduresPerProvider}) i
      where p.slug like 'bench-provider-%';

      insert into providers.slots (provider_id, starts_at, ends_at, mode, capacity, remaining, interpreter_language)
      select p.id, s.starts, s.starts + interval '1 hour',
        (array['IN_PERSON','REMOTE'])[1 + i % 2]::providers.consultation_mode, 2 + i % 4, 2 + i % 4,
        case when i % 3 = 0 then 'EN'::providers.locale end
      from providers.providers p, generate_series(1, ${v.slotsPerProvider}) i,
        lateral (select date_trunc('hour', now()) + interval '1 day' + (i * 35) * interval '1 hour' as starts) s
      where p.slug like 'bench-provider-%';
    `);

    await sql.unsafe(`
      insert into itineraries.packages
        (slug, title, summary, theme, segment, region, duration_days, max_guardians, total_price_krw, visa_recommended, e_visa_eligible)
      select 'bench-package-' || lpad(g::text, 5, '0'),
        jsonb_build_object('EN', 'Bench package ' || g, 'ZH', '基准套餐 ' || g, 'JA', 'ベンチパッケージ ' || g),
        jsonb_build_object('EN', 'A generated package for the benchmark.'),
        (enum_range(null::itineraries.package_theme))[1 + g % 10],
        (enum_range(null::itineraries.package_segment))[1 + g % 4],
        (enum_range(null::itineraries.region))[1 + g % 17], 2 + g % 8, g % 3, 1500000 + (g % 50) * 100000,
        'K_ETA_EXEMPT', g % 3 = 0
      from generate_series(1, ${v.packages}) g;

      insert into itineraries.package_prices (package_id, position, kind, label, amount_krw)
      select id, l.position, l.kind::itineraries.price_kind, jsonb_build_object('EN', l.label),
        case l.position when 0 then total_price_krw - 300000 else 300000 end
      from itineraries.packages, (values (0, 'MEDICAL', 'Treatment'), (1, 'LODGING', 'Hotel')) l(position, kind, label)
      where slug like 'bench-package-%';

      insert into itineraries.itinerary_days (package_id, day, title)
      select id, d, jsonb_build_object('EN', 'Day ' || d)
      from itineraries.packages, generate_series(1, 2) d
      where slug like 'bench-package-%';

      with numbered as (
        select id, row_number() over (order by slug) - 1 as n from itineraries.packages where slug like 'bench-package-%'
      ), providers as (
        select array_agg(id order by slug) as ids from providers.providers where slug like 'bench-provider-%'
      )
      insert into itineraries.itinerary_steps (package_id, day, position, kind, title, provider_id, category)
      select numbered.id, step.day, 0, step.kind::itineraries.step_kind, jsonb_build_object('EN', step.title),
        case when step.kind = 'MEDICAL' then providers.ids[1 + (numbered.n * 7 + step.day) % ${v.providers}] end,
        case when step.kind = 'TOUR' then 'K_POP'::itineraries.tour_category end
      from numbered, providers, (values (1, 'MEDICAL', 'Consultation'), (2, 'TOUR', 'City tour')) step(day, kind, title);
    `);

    await sql.unsafe(`
      insert into campaigns.campaigns
        (slug, organisation, name, theme, starts_at, ends_at, target_countries, channels, placements, tracking_code)
      select 'bench-campaign-' || lpad(g::text, 2, '0'), 'bench-organisation',
        jsonb_build_object('EN', 'Bench campaign ' || g), (enum_range(null::campaigns.campaign_theme))[1 + g % 6],
        now() - interval '10 days', now() + interval '60 days', array['JP','CN','US','VN','TW'],
        array['LINE']::campaigns.marketing_channel[], array['hero'], 'BENCH' || g
      from generate_series(1, ${v.campaigns}) g;

      insert into campaigns.creatives (campaign_id, locale, headline, body, image_url, cta_label, cta_url)
      select id, 'EN', 'Bench headline', 'Bench body', '/demo/img/kpop.svg', 'See more', '/demo/'
      from campaigns.campaigns where slug like 'bench-campaign-%';

      with numbered as (
        select id, row_number() over (order by slug) - 1 as n from campaigns.campaigns where slug like 'bench-campaign-%'
      ), packages as (
        select array_agg(id order by slug) as ids from itineraries.packages where slug like 'bench-package-%'
      )
      insert into campaigns.campaign_packages (campaign_id, package_id, position)
      select numbered.id, packages.ids[1 + (numbered.n * ${v.packagesPerCampaign} + i) % ${v.packages}], i
      from numbered, packages, generate_series(0, ${v.packagesPerCampaign - 1}) i;

      with campaigns as (
        select array_agg(id order by slug) as ids from campaigns.campaigns where slug like 'bench-campaign-%'
      )
      insert into campaigns.campaign_events (campaign_id, kind, site_key, placement, country, occurred_at)
      select campaigns.ids[1 + g % ${v.campaigns}],
        case when g % 20 = 0 then 'CLICK' else 'IMPRESSION' end::campaigns.campaign_event_kind,
        (array['demo-site','daejeon-tourism-site','lumiere-clinic-site'])[1 + g % 3], 'hero',
        (array['JP','CN','US','VN','TW'])[1 + g % 5], now() - (g % 14400) * interval '1 minute'
      from campaigns, generate_series(1, ${v.campaignEvents}) g;

    `);
    // As autovacuum would have done by the time such a data set is live: statistics and the visibility map.
    await sql.unsafe('vacuum analyze');

    const [counts] = await sql<Record<string, number>[]>`
      select
        (select count(*)::int from providers.providers) as providers,
        (select count(*)::int from providers.procedures) as procedures,
        (select count(*)::int from providers.slots) as slots,
        (select count(*)::int from itineraries.packages) as packages,
        (select count(*)::int from itineraries.itinerary_steps) as itinerary_steps,
        (select count(*)::int from campaigns.campaigns) as campaigns,
        (select count(*)::int from campaigns.campaign_events) as campaign_events`;
    return counts ?? {};
  } finally {
    await sql.end();
  }
}
