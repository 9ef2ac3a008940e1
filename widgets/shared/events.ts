/** Every event a widget tells the host page about: bubbling, composed (crosses shadow roots), typed detail. */
export interface MtEventDetails {
  'mt-package-select': { packageId: string; slug: string; title: string };
  'mt-slot-held': { appointmentId: string; reference: string; slotId: string; startsAt: string; partySize: number };
  'mt-inquiry-submitted': { inquiryId: string; reference: string; packageId: string; campaignCode: string | null };
  'mt-campaign-click': { campaignId: string; trackingCode: string; url: string };
  'mt-campaign-select': { campaignId: string; slug: string };
  'mt-slot-choose': { slotId: string };
  'mt-zone-change': { zone: string };
  'mt-booking-cancelled': { reference: string };
  'mt-booking-rescheduled': { reference: string; slotId: string; startsAt: string };
}

export type MtEventName = keyof MtEventDetails;

export function emit<N extends MtEventName>(target: EventTarget, name: N, detail: MtEventDetails[N]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

type MtEventMap = { [N in MtEventName]: CustomEvent<MtEventDetails[N]> };

declare global {
  // The events bubble and are composed, so the host page can listen on the element, the document or the window.
  interface HTMLElementEventMap extends MtEventMap {}
  interface DocumentEventMap extends MtEventMap {}
  interface WindowEventMap extends MtEventMap {}
}
