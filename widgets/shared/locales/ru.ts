import type { Messages } from './en';

// Filled in by the translation pass; English until then.
import { messages as en } from './en';

export const messages: Messages = { ...en };
