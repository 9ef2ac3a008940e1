import { defineOnce } from '../../widgets/shared/define';
import { MtConsoleTourismHistory } from './history.component';
import { MtConsoleTourismInquiries } from './inquiries.component';
import { MtConsoleTourismPackageEditor } from './package-editor.component';
import { MtConsolePackagePreview } from './package-preview';
import { MtConsoleTourismPackages } from './packages.component';
import { MtConsoleTourism } from './tourism.component';

defineOnce('mt-console-tourism', MtConsoleTourism);
defineOnce('mt-console-tourism-packages', MtConsoleTourismPackages);
defineOnce('mt-console-tourism-package-editor', MtConsoleTourismPackageEditor);
defineOnce('mt-console-package-preview', MtConsolePackagePreview);
defineOnce('mt-console-tourism-inquiries', MtConsoleTourismInquiries);
defineOnce('mt-console-tourism-history', MtConsoleTourismHistory);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-tourism': MtConsoleTourism;
    'mt-console-tourism-packages': MtConsoleTourismPackages;
    'mt-console-tourism-package-editor': MtConsoleTourismPackageEditor;
    'mt-console-package-preview': MtConsolePackagePreview;
    'mt-console-tourism-inquiries': MtConsoleTourismInquiries;
    'mt-console-tourism-history': MtConsoleTourismHistory;
  }
}
