import { intlTag, type Locale } from './locale';
import { messages as en, type MessageKey, type Messages, type Plural } from './locales/en';
import { adoptNames, type LocaleNames } from './names';

export type { MessageKey, Messages, Plural };

/** A locale's chunk: its messages (any it lacks come from its fallbacks) and, where `Intl` lacks it, its names. */
export interface LocaleChunk {
  messages: Partial<Messages>;
  names?: LocaleNames;
}

type Loader = () => Promise<LocaleChunk>;

/** English ships in the bundle; every other locale is a separate chunk fetched when a widget needs it. */
const loaders: Record<Exclude<Locale, 'EN'>, Loader> = {
  KO: () => import('./locales/ko'),
  ZH: () => import('./locales/zh'),
  ZH_TW: () => import('./locales/zh-tw'),
  JA: () => import('./locales/ja'),
  RU: () => import('./locales/ru'),
  VI: () => import('./locales/vi'),
  MN: () => import('./locales/mn'),
  AR: () => import('./locales/ar'),
  TH: () => import('./locales/th'),
};

/**
 * Where a message the locale lacks is read from before English, which has every message; the API's chain
 * (core/locale.ts) for the same reason: a reader of traditional Chinese reads simplified Chinese before English.
 */
export const MESSAGE_FALLBACKS: Readonly<Partial<Record<Locale, readonly Locale[]>>> = { ZH_TW: ['ZH'] };

/** The language of loadMessages' answers, whose plural rules their counted messages follow (English otherwise). */
const tags = new WeakMap<Messages, string>();
const loaded = new Map<Locale, Messages>([['EN', en]]);

/** A locale's messages, any it lacks from its fallbacks and English; English alone while its chunks cannot load. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const chain = [locale, ...(MESSAGE_FALLBACKS[locale] ?? [])] as Exclude<Locale, 'EN'>[];
  try {
    const parts = await Promise.all(
      chain.map(async (code) => {
        const { messages, names } = await loaders[code]();
        if (names) await adoptNames(code, names);
        return messages;
      }),
    );
    const messages = Object.assign({}, en, ...parts.reverse()) as Messages;
    loaded.set(locale, messages);
    tags.set(messages, intlTag(locale));
    return messages;
  } catch {
    return en;
  }
}

export const englishMessages = en;

/**
 * A message with its `{name}` values filled in; a counted message picks its form by `values.count`, by the plural
 * rules of the messages' language (loadMessages knows it) and its `other` form where that rule has none.
 */
export function translate(messages: Messages, key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = messages[key];
  const template =
    typeof text === 'string'
      ? text
      : (text[new Intl.PluralRules(tags.get(messages) ?? 'en').select(Number(values.count))] ?? text.other);
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
