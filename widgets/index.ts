/**
 * The embeddable bundle: one <script type="module"> registers every element once. Loading it twice is
 * harmless (each tag is defined only if absent) and it adds a single global, `koreaMedicalTourism`.
 */
import './campaign-banner/campaign-banner';
import './availability/availability';
import './inquiry-form/inquiry-form';
import './package-list/package-list';

declare global {
  interface Window {
    koreaMedicalTourism?: { version: string; elements: string[] };
  }
}

window.koreaMedicalTourism ??= {
  version: __WIDGETS_VERSION__,
  elements: ['mt-package-list', 'mt-availability', 'mt-campaign-banner', 'mt-inquiry-form'],
};
