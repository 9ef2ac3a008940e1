import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACKS, LOCALES, localize } from '../core/locale';
import { itinerariesSubgraph } from '../subgraphs/itineraries/index';
import { packages } from '../subgraphs/itineraries/schema';
import { databaseTargets } from './support/databases';
import { openSubgraph, type InProcessSubgraph } from './support/subgraph';

const TITLE = `query($slug: String!, $locale: Locale!) { package(slug: $slug) { title(locale: $locale) } }`;

describe('the fallback chain', () => {
  it('reads traditional Chinese from simplified Chinese first, then English, then Korean', () => {
    expect(localize({ ZH: '首尔', EN: 'Seoul', KO: '서울' }, 'ZH_TW')).toBe('首尔');
    expect(localize({ EN: 'Seoul', KO: '서울' }, 'ZH_TW')).toBe('Seoul');
    expect(localize({ KO: '서울' }, 'ZH_TW')).toBe('서울');
  });

  it('keeps English then Korean for the other locales, and English for Korean', () => {
    for (const locale of LOCALES.filter((code) => !['ZH_TW', 'KO', 'EN'].includes(code))) {
      expect(localize({ ZH_TW: '首爾', EN: 'Seoul', KO: '서울' }, locale)).toBe('Seoul');
      expect(localize({ ZH_TW: '首爾', KO: '서울' }, locale)).toBe('서울');
    }
    expect(localize({ ZH: '首尔', EN: 'Seoul' }, 'KO')).toBe('Seoul');
    expect(localize({ ZH: '首尔', KO: '서울' }, 'EN')).toBe('서울');
    expect(localize({ ZH: '首尔' }, 'EN')).toBe('');
  });

  it('never lists a locale as its own fallback', () => {
    for (const locale of LOCALES) expect(FALLBACKS[locale]).not.toContain(locale);
  });
});

describe.each(databaseTargets())('a package title without traditional Chinese on $name', (target) => {
  let subgraph: InProcessSubgraph<typeof itinerariesSubgraph.tables>;
  const run = target.skipReason ? it.skip : it;
  const slug = 'seoul-kpop-glow-week';

  beforeAll(async () => {
    if (target.skipReason) return;
    subgraph = await openSubgraph(itinerariesSubgraph, await target.create());
    const [row] = await subgraph.database.db
      .select({ title: packages.title })
      .from(packages)
      .where(eq(packages.slug, slug));
    const title = { ...row?.title };
    delete title.ZH_TW;
    await subgraph.database.db.update(packages).set({ title }).where(eq(packages.slug, slug));
  });
  afterAll(() => subgraph?.close());

  const title = async (locale: string) => {
    const result = await subgraph.execute<{ package: { title: string } }>(TITLE, { slug, locale });
    expect(result.errors).toBeUndefined();
    return result.data?.package.title;
  };

  run('is read in simplified Chinese by a ZH_TW visitor, and in English by a Mongolian one', async () => {
    const [row] = await subgraph.database.db
      .select({ title: packages.title })
      .from(packages)
      .where(eq(packages.slug, slug));
    expect(row?.title.ZH_TW).toBeUndefined();
    expect(row?.title.ZH).toBeTruthy();
    expect(await title('ZH_TW')).toBe(row?.title.ZH);
    expect(await title('ZH')).toBe(row?.title.ZH);
    expect(await title('MN')).toBe(row?.title.MN);
    await subgraph.database.db
      .update(packages)
      .set({ title: { EN: 'Seoul K-pop glow week', KO: '서울 케이팝 글로우 위크' } })
      .where(eq(packages.slug, slug));
    expect(await title('ZH_TW')).toBe('Seoul K-pop glow week');
    expect(await title('MN')).toBe('Seoul K-pop glow week');
    expect(await title('EN')).toBe('Seoul K-pop glow week');
  });
});
