const STORAGE_KEY = 'mt-campaign-code';
export const CAMPAIGN_PARAM = 'mt_campaign';

/** Remembers the campaign a visitor came through, so an inquiry started later in the visit carries it. */
export function rememberCampaign(trackingCode: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, trackingCode);
  } catch {
    // Storage can be blocked (private mode, sandboxed frames); attribution then rides on the URL alone.
  }
}

const CAMPAIGN_CODE = /^[A-Za-z0-9_-]{3,32}$/;

/** A code in the API's format, upper-cased, or null: a malformed code would get the whole request refused. */
export function validCampaignCode(code: string | null | undefined): string | null {
  const trimmed = (code ?? '').trim();
  return CAMPAIGN_CODE.test(trimmed) ? trimmed.toUpperCase() : null;
}

/** The campaign code for this visit: from the URL (a banner link) or from earlier in the session. */
export function currentCampaign(): string | null {
  const fromUrl = new URLSearchParams(location.search).get(CAMPAIGN_PARAM);
  if (fromUrl) return fromUrl;
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function withCampaign(url: string, trackingCode: string): string {
  try {
    const target = new URL(url, location.href);
    target.searchParams.set(CAMPAIGN_PARAM, trackingCode);
    return target.origin === location.origin ? `${target.pathname}${target.search}${target.hash}` : target.toString();
  } catch {
    return url;
  }
}
