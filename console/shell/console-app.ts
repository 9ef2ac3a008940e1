import { defineOnce } from '../../widgets/shared/define';
import { MtConsoleApp } from './console-app.component';

defineOnce('mt-console-app', MtConsoleApp);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-app': MtConsoleApp;
  }
}
