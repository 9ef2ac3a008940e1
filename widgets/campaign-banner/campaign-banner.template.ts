import { html, nothing, type TemplateResult } from 'lit';
import { checkLink } from '../../core/safe-link';
import { withCampaign } from '../shared/attribution';

/** What a banner shows: a campaign's name, code and packages, and its creative in one locale. */
export interface BannerView {
  name: string;
  trackingCode: string;
  packages?: readonly { slug: string; title: string }[] | null;
  creative: { locale: string; headline: string; body: string; imageUrl: string; ctaLabel: string; ctaUrl: string };
}

export interface BannerHandlers {
  /** The call to action was followed; `url` carries the campaign's code. */
  cta(event: Event, url: string): void;
  /** A package link was followed. */
  package(event: Event): void;
}

/** A package's landing: the call to action's page, at the package's anchor, with the campaign's code. */
function packageHref(ctaUrl: string, slug: string, trackingCode: string): string {
  const base = ctaUrl.split('#')[0] ?? ctaUrl;
  return withCampaign(`${base}#${slug}`, trackingCode);
}

/**
 * The banner's markup, shared by `<mt-campaign-banner>` and the console's live preview so staff see exactly what
 * visitors will. Links are rendered only when they pass the rule the API stores them by (core/safe-link.ts): a
 * creative saved before that rule, or altered on the way, never becomes a link to another host; null when the call
 * to action fails it (no banner at all), no image when the image fails it.
 */
export function bannerTemplate(
  view: BannerView,
  labels: { banner: string; packages: string },
  on: BannerHandlers,
): TemplateResult | null {
  const { creative } = view;
  const cta = checkLink(creative.ctaUrl);
  if (!cta.ok) return null;
  const image = checkLink(creative.imageUrl);
  const ctaUrl = withCampaign(cta.href, view.trackingCode);
  return html`<section
    class="banner"
    part="banner"
    aria-label=${labels.banner}
    lang=${creative.locale.toLowerCase().replace('_', '-')}
  >
    ${image.ok ? html`<img part="image" src=${image.href} alt="" loading="lazy" />` : nothing}
    <div class="copy">
      <span class="label">${view.name}</span>
      <h2 part="headline">${creative.headline}</h2>
      <p>${creative.body}</p>
      <a class="button cta" part="cta" href=${ctaUrl} @click=${(event: Event) => on.cta(event, ctaUrl)}
        >${creative.ctaLabel}</a
      >
      ${
        view.packages?.length
          ? html`<ul part="packages" aria-label=${labels.packages}>
              ${view.packages.map(
                (pkg) =>
                  html`<li>
                    <a href=${packageHref(cta.href, pkg.slug, view.trackingCode)} @click=${on.package}>${pkg.title}</a>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>
  </section>`;
}
