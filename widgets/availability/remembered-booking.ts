/**
 * The booking made in this widget, kept for the browser tab (sessionStorage) so the confirmation, with its
 * manage actions, survives a reload; it goes with the tab, so a shared computer does not keep it. Storage may be
 * unavailable (a partner's sandboxed frame, a privacy mode): the confirmation then lasts for the page view only.
 */
export interface RememberedBooking {
  reference: string;
  secret: string;
}

const keyOf = (provider: string) => `mt-availability:booking:${provider}`;

export function recallBooking(provider: string): RememberedBooking | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(keyOf(provider)) ?? 'null') as Partial<RememberedBooking> | null;
    return typeof value?.reference === 'string' && typeof value.secret === 'string'
      ? { reference: value.reference, secret: value.secret }
      : null;
  } catch {
    return null;
  }
}

export function rememberBooking(provider: string, booking: RememberedBooking | null): void {
  try {
    if (booking) sessionStorage.setItem(keyOf(provider), JSON.stringify(booking));
    else sessionStorage.removeItem(keyOf(provider));
  } catch {
    // Without storage the booking is shown for this page view only.
  }
}
