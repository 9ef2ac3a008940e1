import type { Locale } from '../generated/graphql';
import type { ConsoleLocale } from '../shared/messages';

/** The API locale the console's own language reads titles in (its fallback covers what is missing). */
export const apiLocaleOf = (locale: ConsoleLocale): Locale => (locale === 'ko' ? 'KO' : 'EN');

/** The language tag the widgets' `lang` attribute takes for an API locale (ZH_TW → zh-TW). */
export const widgetLangOf = (locale: Locale): string => locale.toLowerCase().replace('_tw', '-TW');
