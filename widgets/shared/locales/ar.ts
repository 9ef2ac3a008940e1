import type { Messages } from './en';
import { messages as en } from './en';

// Filled in by the translation pass; English until then.
export const messages: Messages = { ...en, bannerLabel: 'ترويج' };
