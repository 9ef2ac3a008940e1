import { html, LitElement, type TemplateResult } from 'lit';
import { bannerStyles } from '../../widgets/campaign-banner/campaign-banner.styles';
import { bannerTemplate } from '../../widgets/campaign-banner/campaign-banner.template';
import { defineOnce } from '../../widgets/shared/define';
import { baseStyles } from '../../widgets/shared/styles';
import type { ConsoleLocale } from '../shared/messages';
import { messages } from './marketing.messages';

export interface PreviewCreative {
  locale: string;
  headline: string;
  body: string;
  imageUrl: string;
  ctaLabel: string;
  ctaUrl: string;
}

/**
 * The creative being edited as `<mt-campaign-banner>` shows it to visitors: the banner's own styles and markup, and
 * its rule for links (a call to action failing core/safe-link.ts means no banner at all, an image failing it means
 * no image). The real element only shows what the API serves to a visitor, so the preview renders the form's data
 * itself; nothing here counts an impression or follows a link.
 */
export class MtConsoleBannerPreview extends LitElement {
  static override styles = [baseStyles, bannerStyles];

  static override properties = {
    creative: { attribute: false },
    campaignName: { attribute: false },
    trackingCode: { attribute: false },
    packages: { attribute: false },
    locale: { type: String },
  };

  declare creative: PreviewCreative | null;
  declare campaignName: string;
  /** The campaign's code, carried by the links as visitors will get them. */
  declare trackingCode: string;
  declare packages: readonly { slug: string; title: string }[];
  declare locale: ConsoleLocale;

  constructor() {
    super();
    this.creative = null;
    this.campaignName = '';
    this.trackingCode = '';
    this.packages = [];
    this.locale = 'en';
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    const creative = this.creative;
    // Following a link from the preview would leave the console with unsaved edits.
    const stay = (event: Event) => event.preventDefault();
    const banner =
      creative?.headline.trim() &&
      bannerTemplate(
        { name: this.campaignName, trackingCode: this.trackingCode, packages: this.packages, creative },
        { banner: m.previewLabel, packages: m.previewPackages },
        { cta: stay, package: stay },
      );
    if (!creative || !banner) {
      return html`<div class="root status" part="root" data-state="empty" role="status">
        ${creative?.headline.trim() ? m.previewNoCta : m.previewEmpty}
      </div>`;
    }
    const lang = creative.locale.toLowerCase().replace('_', '-');
    return html`<div class="root" part="root" data-state="ready" dir=${lang === 'ar' ? 'rtl' : 'ltr'} lang=${lang}>
      ${banner}
    </div>`;
  }
}

defineOnce('mt-console-banner-preview', MtConsoleBannerPreview);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-banner-preview': MtConsoleBannerPreview;
  }
}
