import { defineOnce } from '../../widgets/shared/define';
import { MtConsoleAuditLog } from './audit-log';
import { MtConsoleLocalizedText } from './localized-text';

defineOnce('mt-console-audit-log', MtConsoleAuditLog);
defineOnce('mt-console-localized-text', MtConsoleLocalizedText);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-audit-log': MtConsoleAuditLog;
    'mt-console-localized-text': MtConsoleLocalizedText;
  }
}
