import { html, nothing, type PropertyValues } from 'lit';
import {
  ActiveCampaignDocument,
  TrackCampaignEventDocument,
  type ActiveCampaignQuery,
  type CampaignEventKind,
} from '../generated/graphql';
import { rememberCampaign, withCampaign } from '../shared/attribution';
import { mutate, query } from '../shared/client';
import { MtElement, type Load } from '../shared/element';
import { emit } from '../shared/events';
import { baseStyles } from '../shared/styles';
import { bannerStyles } from './campaign-banner.styles';

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
  private impressionSentFor: string | null = null;

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

  /** One impression per campaign shown, once at least half of the banner has been on screen. */
  private watchVisibility(): void {
    const banner = this.renderRoot.querySelector('.banner');
    const campaign = this.load.state === 'ready' ? this.load.data : null;
    if (!banner || !campaign || this.impressionSentFor === campaign.id) return;
    this.observer?.disconnect();
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting) || this.impressionSentFor === campaign.id) return;
        this.impressionSentFor = campaign.id;
        this.observer?.disconnect();
        void this.track(campaign, 'IMPRESSION');
      },
      { threshold: 0.5 },
    );
    this.observer.observe(banner);
  }

  private async track(campaign: Campaign, kind: CampaignEventKind): Promise<void> {
    try {
      await mutate(this.client, TrackCampaignEventDocument, {
        input: {
          campaignId: campaign.id,
          kind,
          siteKey: this.siteKey,
          placement: this.placement || null,
          country: this.country ? this.country.toUpperCase() : null,
        },
      });
    } catch {
      // Tracking must never disturb the visitor; a lost event is only a lost count.
    }
  }

  private onCtaClick(campaign: Campaign, url: string): void {
    rememberCampaign(campaign.trackingCode);
    void this.track(campaign, 'CLICK');
    emit(this, 'mt-campaign-click', { campaignId: campaign.id, trackingCode: campaign.trackingCode, url });
  }

  private packageHref(ctaUrl: string, slug: string, trackingCode: string): string {
    const base = ctaUrl.split('#')[0] ?? ctaUrl;
    return withCampaign(`${base}#${slug}`, trackingCode);
  }

  override render() {
    return this.renderLoad(
      this.load,
      () => void this.fetchCampaign(),
      (data) => {
        const campaign = data;
        if (!campaign?.creative) return this.frame(html``, 'empty');
        const { creative } = campaign;
        const ctaUrl = withCampaign(creative.ctaUrl, campaign.trackingCode);
        return this.frame(
          html`<section
            class="banner"
            part="banner"
            aria-label=${this.t('bannerLabel')}
            lang=${creative.locale.toLowerCase().replace('_', '-')}
          >
            <img part="image" src=${creative.imageUrl} alt="" loading="lazy" />
            <div class="copy">
              <span class="label">${campaign.name}</span>
              <h2 part="headline">${creative.headline}</h2>
              <p>${creative.body}</p>
              <a class="button cta" part="cta" href=${ctaUrl} @click=${() => this.onCtaClick(campaign, ctaUrl)}
                >${creative.ctaLabel}</a
              >
              ${
                campaign.packages?.length
                  ? html`<ul part="packages" aria-label=${this.t('seePackages')}>
                      ${campaign.packages.map(
                        (pkg) =>
                          html`<li>
                            <a
                              href=${this.packageHref(creative.ctaUrl, pkg.slug, campaign.trackingCode)}
                              @click=${() => rememberCampaign(campaign.trackingCode)}
                              >${pkg.title}</a
                            >
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </div>
          </section>`,
          'ready',
        );
      },
    );
  }
}
