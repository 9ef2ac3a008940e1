/** Every event a widget tells the host page about: bubbling, composed (crosses shadow roots), typed detail. */
export interface MtEventDetails {
  'mt-package-select': { packageId: string; slug: string; title: string };
  'mt-slot-held': { appointmentId: string; reference: string; slotId: string; startsAt: string; partySize: number };
  'mt-inquiry-submitted': { inquiryId: string; reference: string; packageId: string; campaignCode: string | null };
  'mt-campaign-click': { campaignId: string; trackingCode: string; url: string };
}

export type MtEventName = keyof MtEventDetails;

export function emit<N extends MtEventName>(target: EventTarget, name: N, detail: MtEventDetails[N]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'mt-package-select': CustomEvent<MtEventDetails['mt-package-select']>;
    'mt-slot-held': CustomEvent<MtEventDetails['mt-slot-held']>;
    'mt-inquiry-submitted': CustomEvent<MtEventDetails['mt-inquiry-submitted']>;
    'mt-campaign-click': CustomEvent<MtEventDetails['mt-campaign-click']>;
  }
}
