import { html, type PropertyValues } from 'lit';
import {
  ActiveCampaignDocument,
  TrackCampaignEventDocument,
  type ActiveCampaignQuery,
  type CampaignEventKind,
} from '../generated/graphql';
import { rememberCampaign } from '../shared/attribution';
import { mutate, query } from '../shared/client';
import { MtElement, type Load } from '../shared/element';
import { emit } from '../shared/events';
import { baseStyles } from '../shared/styles';
import { bannerStyles } from './campaign-banner.styles';
import { bannerTemplate } from './campaign-banner.template';

type Campaign = ActiveCampaignQuery['activeCampaigns'][number];

/**
 * The active K-culture campaign for the visitor's country and language: a creative with a call to action
 * and links to the packages it promotes. Counts one impression once at least half of it has been visible,
 * and each click; remembers the campaign so an inquiry started afterwards is attributed to it.
 *
 * @fires mt-campaign-click - The visitor followed the call to action; detail: campaignId, trackingCode, url.
 * @csspart root - The widget's outer box.
 * @csspart banner - The creative: image and copy.
 * @csspart image - The campaign image.
 * @csspart headline - The headline.
 * @csspart cta - The call-to-action link.
 * @csspart packages - The list of promoted packages.
 * @csspart status - The loading message.
 * @csspart error - The error message with its retry button.
 * @cssprop --mt-banner-surface - Banner background.
 * @cssprop --mt-banner-text - Banner text colour.
 * @cssprop --mt-banner-cta - Call-to-action background.
 * @cssprop --mt-banner-cta-text - Call-to-action text colour.
 * @cssprop --mt-banner-link - Colour of the package links.
 * @cssprop --mt-radius - Corner radius.
 * @cssprop --mt-font-family - Font.
 * @cssprop --mt-font-size - Text size every other size follows (default 16px, whatever the page's root font).
 * @tag mt-campaign-banner
 */
export class MtCampaignBanner extends MtElement {
  static override styles = [baseStyles, bannerStyles];

  static override properties = {
    ...MtElement.properties,
    country: { type: String },
    placement: { type: String },
    load: { state: true },
  };

  /** ISO 3166-1 alpha-2 country of the visitor, e.g. JP. */
  declare country: string;
  /** Where on the page the banner sits (hero, sidebar, inline, footer). */
  declare placement: string;
  declare private load: Load<Campaign | null>;
  private observer: IntersectionObserver | null = null;
  /**
   * The page view of the campaign shown: a random id sent with its impression and its click, so the API counts
   * each once and a click only after the impression (no cookie, nothing about the visitor). Made here, never
   * fetched: the campaign itself comes from a cached answer shared between visitors.
   */
  private view: { campaignId: string; id: string; impression: Promise<void> | null } | null = null;

  constructor() {
    super();
    this.country = '';
    this.placement = '';
    this.load = { state: 'loading' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('country') ||
      changed.has('placement') ||
      changed.has('lang') ||
      changed.has('endpoint') ||
      changed.has('siteKey')
    ) {
      void this.fetchCampaign();
    }
  }

  protected override updated(): void {
    this.watchVisibility();
  }

  private async fetchCampaign(): Promise<void> {
    this.load = { state: 'loading' };
    try {
      const data = await query(this.client, ActiveCampaignDocument, {
        country: this.country ? this.country.toUpperCase() : null,
        locale: this.locale,
        placement: this.placement || null,
        siteKey: this.siteKey || null,
      });
      this.load = { state: 'ready', data: data.activeCampaigns[0] ?? null };
    } catch (error) {
      this.load = { state: 'failed', error };
    }
  }

  /** The view of this campaign on this page: a new one when another campaign is shown. */
  private viewOf(campaign: Campaign) {
    if (this.view?.campaignId !== campaign.id) {
      this.view = { campaignId: campaign.id, id: newViewId(), impression: null };
    }
    return this.view;
  }

  /** One impression per campaign shown, once at least half of the banner has been on screen. */
  private watchVisibility(): void {
    const banner = this.renderRoot.querySelector('.banner');
    const campaign = this.load.state === 'ready' ? this.load.data : null;
    if (!banner || !campaign || this.viewOf(campaign).impression) return;
    this.observer?.disconnect();
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.observer?.disconnect();
        void this.impression(campaign);
      },
      { threshold: 0.5 },
    );
    this.observer.observe(banner);
  }

  /** Sends the view's impression once; later calls wait for that one. */
  private impression(campaign: Campaign): Promise<void> {
    const view = this.viewOf(campaign);
    view.impression ??= this.track(campaign, 'IMPRESSION', view.id);
    return view.impression;
  }

  private async track(campaign: Campaign, kind: CampaignEventKind, viewId: string): Promise<void> {
    try {
      await mutate(this.client, TrackCampaignEventDocument, {
        input: {
          campaignId: campaign.id,
          kind,
          siteKey: this.siteKey,
          placement: this.placement || null,
          country: this.country ? this.country.toUpperCase() : null,
          viewId,
        },
      });
    } catch {
      // Tracking must never disturb the visitor; a lost event is only a lost count.
    }
  }

  /** A click counts only after its view's impression: a visitor who clicks has seen the banner, so send it first. */
  private async trackClick(campaign: Campaign): Promise<void> {
    await this.impression(campaign);
    await this.track(campaign, 'CLICK', this.viewOf(campaign).id);
  }

  private onCtaClick(campaign: Campaign, url: string): void {
    rememberCampaign(campaign.trackingCode);
    void this.trackClick(campaign);
    emit(this, 'mt-campaign-click', { campaignId: campaign.id, trackingCode: campaign.trackingCode, url });
  }

  override render() {
    return this.renderLoad(
      this.load,
      () => void this.fetchCampaign(),
      (campaign) => {
        const banner =
          campaign?.creative &&
          bannerTemplate(
            { ...campaign, creative: campaign.creative },
            { banner: this.t('bannerLabel'), packages: this.t('seePackages') },
            {
              cta: (_event, url) => this.onCtaClick(campaign, url),
              package: () => rememberCampaign(campaign.trackingCode),
            },
          );
        return banner ? this.frame(banner, 'ready') : this.frame(html``, 'empty');
      },
    );
  }
}

/** A random UUID (v4) for one page view; randomUUID needs a secure context, partner pages may be plain http. */
function newViewId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
