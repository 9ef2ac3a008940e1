import type { Locale } from './locale';
import { messages as en, type MessageKey, type Messages } from './locales/en';

export type { MessageKey, Messages };

type Loader = () => Promise<{ messages: Messages }>;

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

const loaded = new Map<Locale, Messages>([['EN', en]]);

export async function loadMessages(locale: Locale): Promise<Messages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  try {
    const { messages } = await loaders[locale as Exclude<Locale, 'EN'>]();
    loaded.set(locale, messages);
    return messages;
  } catch {
    return en;
  }
}

export const englishMessages = en;

export function translate(messages: Messages, key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
