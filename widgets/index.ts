/**
 * The embeddable bundle: one <script type="module"> registers every element once. Loading it twice is
 * harmless (each tag is defined only if absent) and it adds a single global, `koreaMedicalTourism`.
 * `<mt-booking>` is its own chunk, fetched only by a page that shows a booking (the manage page, or
 * `<mt-availability>` once the visitor has booked): most visitors' pages never need it.
 */
import './campaign-banner/campaign-banner';
import './availability/availability';
import './inquiry-form/inquiry-form';
import './package-list/package-list';
import { loadWhenUsed } from './shared/define';

loadWhenUsed('mt-booking', () => import('./booking/booking'));

declare global {
  interface Window {
    koreaMedicalTourism?: { version: string; elements: string[] };
  }
}

window.koreaMedicalTourism ??= {
  version: __WIDGETS_VERSION__,
  elements: ['mt-package-list', 'mt-availability', 'mt-campaign-banner', 'mt-inquiry-form', 'mt-booking'],
};
