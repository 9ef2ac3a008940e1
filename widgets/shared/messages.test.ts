import { describe, expect, it, vi } from 'vitest';
import { messages as en } from './locales/en';
import { messages as zh } from './locales/zh';
import { loadMessages, MESSAGE_FALLBACKS, translate } from './messages';

/**
 * Traditional Chinese as a chunk that lacks messages: `retry` and the counted `days` it leaves to simplified
 * Chinese, `loading` it leaves to simplified Chinese, which leaves it to English.
 */
vi.mock('./locales/zh-tw', async (original) => {
  const { messages } = await original<typeof import('./locales/zh-tw')>();
  const { retry: _retry, days: _days, loading: _loading, ...rest } = messages;
  return { messages: rest };
});
vi.mock('./locales/zh', async (original) => {
  const { messages } = await original<typeof import('./locales/zh')>();
  const { loading: _loading, ...rest } = messages;
  return { messages: rest };
});

describe('the fallback chain', () => {
  it('reads traditional Chinese from simplified Chinese before English, every other locale from English', () => {
    expect(MESSAGE_FALLBACKS).toEqual({ ZH_TW: ['ZH'] });
  });

  it('fills a message zh-TW lacks from zh, and one both lack from English', async () => {
    const messages = await loadMessages('ZH_TW');
    expect(messages.retry).toBe(zh.retry);
    expect(messages.loading).toBe(en.loading);
    expect(messages.bookingHeading).toBe('您的預約');
    expect(translate(messages, 'days', { count: 1 })).toBe('1天');
  });
});

describe('plural forms', () => {
  it('says 1 night and 2 nights in English', () => {
    expect(translate(en, 'nights', { count: 1 })).toBe('1 night');
    expect(translate(en, 'nights', { count: 2 })).toBe('2 nights');
    expect(translate(en, 'guardians', { count: 1 })).toBe('Up to 1 companion');
    expect(translate(en, 'placesLeft', { count: 2 })).toBe('2 places left');
  });

  it('follows Russian one, few and many', async () => {
    const ru = await loadMessages('RU');
    expect([1, 2, 5, 21].map((count) => translate(ru, 'days', { count }))).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '21 день',
    ]);
    expect([1, 2, 5, 21].map((count) => translate(ru, 'placesLeft', { count }))).toEqual([
      'Осталось 1 место',
      'Осталось 2 места',
      'Осталось 5 мест',
      'Осталось 21 место',
    ]);
  });

  it('follows Arabic zero, one, two, few, many and other', async () => {
    const ar = await loadMessages('AR');
    expect([0, 1, 2, 3, 11, 100].map((count) => translate(ar, 'nights', { count }))).toEqual([
      '0 ليلة',
      'ليلة واحدة',
      'ليلتان',
      '3 ليالٍ',
      '11 ليلة',
      '100 ليلة',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((count) => translate(ar, 'days', { count }))).toEqual([
      '0 يوم',
      'يوم واحد',
      'يومان',
      '3 أيام',
      '11 يومًا',
      '100 يوم',
    ]);
  });

  it('gives every counted message in every locale the forms its plural rules have', async () => {
    const counted = Object.entries(en).flatMap(([key, text]) => (typeof text === 'object' ? [key] : []));
    expect(counted.sort()).toEqual(['calendarFreeTimes', 'days', 'guardians', 'nights', 'placesLeft']);
    const locales = [
      ['ko', () => import('./locales/ko')],
      ['ja', () => import('./locales/ja')],
      ['ru', () => import('./locales/ru')],
      ['vi', () => import('./locales/vi')],
      ['mn', () => import('./locales/mn')],
      ['ar', () => import('./locales/ar')],
      ['th', () => import('./locales/th')],
      ['zh', () => import('./locales/zh')],
    ] as const;
    for (const [tag, load] of locales) {
      const { messages } = await load();
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const key of counted) {
        const forms = messages[key as keyof typeof messages];
        expect(Object.keys(forms).sort(), `${tag} ${key}`).toEqual([...categories].sort());
      }
    }
  });
});
