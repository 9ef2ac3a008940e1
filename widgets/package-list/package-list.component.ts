import { PACKAGE_SEGMENTS, PACKAGE_THEMES, REGIONS as ALL_REGIONS } from '../../core/domain';
import { html, nothing, type PropertyValues } from 'lit';
import {
  PackageDetailDocument,
  PackageListDocument,
  type Locale,
  type PackageDetailQuery,
  type PackageListQuery,
  type PackageSegment,
  type PackageTheme,
  type Region,
} from '../generated/graphql';
import { query } from '../shared/client';
import { MtElement, type Load } from '../shared/element';
import { emit } from '../shared/events';
import { formatMoney, type Money } from '../shared/format';
import { intlTag } from '../shared/locale';
import { displayNames, shippedWords, type Names } from '../shared/names';
import { baseStyles } from '../shared/styles';
import { packageListStyles } from './package-list.styles';

type Listing = PackageListQuery['packages'];
type Card = Listing['edges'][number]['node'];
type Rate = PackageListQuery['exchangeRates'][number];
type Detail = NonNullable<PackageDetailQuery['package']>;
type Step = Detail['days'][number]['steps'][number];

// The filter lists live once in core/domain; typing them as the API's enums makes tsc catch any drift.
const REGIONS: readonly Region[] = ALL_REGIONS;
const THEMES: readonly PackageTheme[] = PACKAGE_THEMES;
const SEGMENTS: readonly PackageSegment[] = PACKAGE_SEGMENTS;

/** Budget steps in KRW (the API filters on KRW); shown rounded in the visitor's currency. */
const BUDGETS_KRW = [2_000_000, 3_000_000, 5_000_000, 10_000_000, 20_000_000];

const DEFAULT_PAGE_SIZE = 6;
const MAX_PAGE_SIZE = 24;

/** Attribute values are forgiving (k-pop, daejeon); an unknown one is dropped because the API would refuse the whole query. */
function pick<T extends string>(value: string, allowed: readonly T[]): T | null {
  const normal = value.trim().toUpperCase().replace(/-/g, '_');
  return (allowed as readonly string[]).includes(normal) ? (normal as T) : null;
}

/** Two significant digits, so a converted budget reads as a round number. */
function roundNicely(value: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

/** Coordinators' languages as script-specific tags, so Chinese reads as Simplified or Traditional rather than a country. */
function languageTag(locale: Locale): string {
  return locale === 'ZH' ? 'zh-Hans' : locale === 'ZH_TW' ? 'zh-Hant' : locale.toLowerCase();
}

interface Filters {
  region: Region | null;
  theme: PackageTheme | null;
  segment: PackageSegment | null;
  maxPrice: number | null;
}

/**
 * Medical-tourism packages as cards: title, summary, length, price in the visitor's currency, the hospitals
 * with the languages their coordinators speak, e-visa and campaign badges. Filters by region, theme, travel
 * style and budget, pages through the results, shows a package's day-by-day itinerary with its price split
 * into medical and other fees, and opens an inquiry form for it.
 *
 * @fires mt-package-select - The visitor opened a package's itinerary; detail: packageId, slug, title.
 * @csspart root - The widget's outer box.
 * @csspart heading - The list's heading.
 * @csspart filters - The filter bar.
 * @csspart filter - Each label with its select.
 * @csspart list - The list of package cards.
 * @csspart card - One package.
 * @csspart title - A package's title.
 * @csspart price - A package's price.
 * @csspart badge - Every badge; also named e-visa or campaign.
 * @csspart itinerary - The day-by-day itinerary of the selected package.
 * @csspart ask - The "Ask about this package" button.
 * @csspart pager - The previous / more buttons.
 * @csspart status - The live line: loading, "Showing 1–6 of 16", or nothing found.
 * @csspart error - The error message with its retry button.
 * @cssprop --mt-color-text - Text colour.
 * @cssprop --mt-color-surface - Background.
 * @cssprop --mt-color-card - Card background.
 * @cssprop --mt-color-border - Card and select borders.
 * @cssprop --mt-color-muted-text - Secondary text (summary, hospitals).
 * @cssprop --mt-color-accent - Buttons and prices.
 * @cssprop --mt-color-on-accent - Text on buttons.
 * @cssprop --mt-color-badge - e-Visa badge background.
 * @cssprop --mt-color-badge-text - e-Visa badge text.
 * @cssprop --mt-color-campaign-badge - Campaign badge background.
 * @cssprop --mt-color-campaign-badge-text - Campaign badge text.
 * @cssprop --mt-color-focus - Focus outline.
 * @cssprop --mt-color-error - Error text.
 * @cssprop --mt-color-error-surface - Error background.
 * @cssprop --mt-card-min-width - Narrowest a card gets before the grid drops a column (default 17em).
 * @cssprop --mt-radius - Corner radius.
 * @cssprop --mt-font-family - Font.
 * @cssprop --mt-font-size - Text size every other size follows (default 16px, whatever the page's root font).
 * @tag mt-package-list
 * @tag mt-package-list
 */
export class MtPackageList extends MtElement {
  static override styles = [baseStyles, packageListStyles];

  static override properties = {
    ...MtElement.properties,
    region: { type: String },
    theme: { type: String },
    segment: { type: String },
    currency: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    filters: { state: true },
    load: { state: true },
    cursors: { state: true },
    rates: { state: true },
    selected: { state: true },
    detail: { state: true },
    asking: { state: true },
  };

  /** Initial region filter, a Region value such as DAEJEON. */
  declare region: string;
  /** Initial theme filter, a PackageTheme value such as K_POP or FESTIVAL. */
  declare theme: string;
  /** Initial travel-style filter, a PackageSegment value such as VIP. */
  declare segment: string;
  /** ISO 4217 currency prices are shown in (default KRW). */
  declare currency: string;
  /** Packages per page, 1 to 24 (default 6). */
  declare pageSize: number;
  declare private filters: Filters;
  declare private load: Load<Listing>;
  /** The `after` cursor of every page up to the current one; Previous pops it. */
  declare private cursors: (string | null)[];
  declare private rates: Rate[];
  declare private selected: string | null;
  declare private detail: Load<Detail> | null;
  declare private asking: boolean;
  private requestSeq = 0;
  private focusListAfterLoad = false;

  constructor() {
    super();
    this.region = '';
    this.theme = '';
    this.segment = '';
    this.currency = 'KRW';
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.filters = { region: null, theme: null, segment: null, maxPrice: null };
    this.load = { state: 'loading' };
    this.cursors = [null];
    this.rates = [];
    this.selected = null;
    this.detail = null;
    this.asking = false;
  }

  private get currencyCode(): string {
    return (this.currency || 'KRW').trim().toUpperCase();
  }

  private get size(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const attributeFilters = changed.has('region') || changed.has('theme') || changed.has('segment');
    if (attributeFilters) {
      this.filters = {
        region: pick(this.region, REGIONS),
        theme: pick(this.theme, THEMES),
        segment: pick(this.segment, SEGMENTS),
        maxPrice: this.filters.maxPrice,
      };
    }
    // A budget was picked among round amounts in the old currency; it would mean something else now.
    if (changed.has('currency')) this.filters = { ...this.filters, maxPrice: null };
    if (
      attributeFilters ||
      changed.has('currency') ||
      changed.has('pageSize') ||
      changed.has('lang') ||
      changed.has('endpoint') ||
      changed.has('siteKey')
    ) {
      this.restart();
    }
  }

  /** Back to the first page of the current filters. */
  private restart(): void {
    this.cursors = [null];
    this.selected = null;
    this.detail = null;
    this.asking = false;
    void this.fetchPage();
  }

  private async fetchPage(): Promise<void> {
    // Filters can change faster than answers arrive; only the latest request may fill the list.
    const seq = ++this.requestSeq;
    this.load = { state: 'loading' };
    const { region, theme, segment, maxPrice } = this.filters;
    try {
      const data = await query(this.client, PackageListDocument, {
        filter: { region, theme, segment, maxPrice },
        first: this.size,
        after: this.cursors.at(-1) ?? null,
        locale: this.locale,
        currency: this.currencyCode,
      });
      if (seq !== this.requestSeq) return;
      this.rates = data.exchangeRates;
      this.load = { state: 'ready', data: data.packages };
    } catch (error) {
      if (seq === this.requestSeq) this.load = { state: 'failed', error };
    }
    if (seq === this.requestSeq && this.focusListAfterLoad) {
      this.focusListAfterLoad = false;
      await this.updateComplete;
      // The pager buttons vanished while loading; the new page is where keyboard users continue.
      this.renderRoot.querySelector<HTMLElement>('[part="list"], [part="error"] button')?.focus();
    }
  }

  private async fetchDetail(id: string): Promise<void> {
    this.detail = { state: 'loading' };
    try {
      const data = await query(this.client, PackageDetailDocument, {
        id,
        locale: this.locale,
        currency: this.currencyCode,
      });
      if (this.selected !== id) return;
      this.detail = data.package
        ? { state: 'ready', data: data.package }
        : { state: 'failed', error: new Error('package gone') };
    } catch (error) {
      if (this.selected === id) this.detail = { state: 'failed', error };
    }
  }

  private setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
    this.filters = { ...this.filters, [key]: value };
    this.restart();
  }

  private page(direction: 'next' | 'previous', listing: Listing): void {
    if (direction === 'next') {
      if (!listing.pageInfo.endCursor) return;
      this.cursors = [...this.cursors, listing.pageInfo.endCursor];
    } else {
      this.cursors = this.cursors.slice(0, -1);
    }
    this.selected = null;
    this.detail = null;
    this.asking = false;
    this.focusListAfterLoad = true;
    void this.fetchPage();
  }

  private toggle(card: Card): void {
    this.asking = false;
    if (this.selected === card.id) {
      this.selected = null;
      this.detail = null;
      return;
    }
    this.selected = card.id;
    emit(this, 'mt-package-select', { packageId: card.id, slug: card.slug, title: card.title });
    void this.fetchDetail(card.id);
  }

  private money(money: Money): string {
    return formatMoney(money, this.locale);
  }

  /** Budget choices as round amounts in the visitor's currency, each mapped back to the KRW the API filters on. */
  private budgets(): { krw: number; label: string }[] {
    const currency = this.currencyCode;
    const tag = intlTag(this.locale);
    if (currency === 'KRW') {
      return BUDGETS_KRW.map((krw) => ({ krw, label: this.money({ amount: krw, currency }) }));
    }
    const rate = this.rates.find((candidate) => candidate.currency === currency)?.krwPerUnit;
    if (!rate) return [];
    const format = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    return BUDGETS_KRW.map((krw) => {
      const amount = roundNicely(krw / rate);
      return { krw: Math.round(amount * rate), label: format.format(amount) };
    });
  }

  private renderSelect<T extends string>(
    id: string,
    label: string,
    current: T | null,
    options: readonly { value: T; label: string }[],
    onChange: (value: T | null) => void,
  ) {
    return html`<div class="filter" part="filter">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        @change=${(event: Event) => onChange(((event.target as HTMLSelectElement).value || null) as T | null)}
      >
        <option value="" ?selected=${current === null}>${this.t('filterAny')}</option>
        ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === current}>${option.label}</option>`)}
      </select>
    </div>`;
  }

  private renderFilters() {
    const { region, theme, segment, maxPrice } = this.filters;
    const budgets = this.budgets();
    return html`<div class="filters" part="filters" role="group" aria-label=${this.t('packageFilters')}>
      ${this.renderSelect(
        'filter-region',
        this.t('filterRegion'),
        region,
        REGIONS.map((value) => ({ value, label: this.t(`region${value}`) })),
        (value) => this.setFilter('region', value),
      )}
      ${this.renderSelect(
        'filter-theme',
        this.t('filterTheme'),
        theme,
        THEMES.map((value) => ({ value, label: this.t(`theme${value}`) })),
        (value) => this.setFilter('theme', value),
      )}
      ${this.renderSelect(
        'filter-segment',
        this.t('filterSegment'),
        segment,
        SEGMENTS.map((value) => ({ value, label: this.t(`segment${value}`) })),
        (value) => this.setFilter('segment', value),
      )}
      ${this.renderSelect(
        'filter-price',
        this.t('filterMaxPrice'),
        maxPrice === null ? null : String(maxPrice),
        budgets.map(({ krw, label }) => ({ value: String(krw), label })),
        (value) => this.setFilter('maxPrice', value === null ? null : Number(value)),
      )}
    </div>`;
  }

  private renderProviders(card: Card, languages: Names, list: Intl.ListFormat) {
    if (!card.providers?.length) return nothing;
    return html`<div class="hospitals">
      <p class="label" id="hospitals-${card.id}">${this.t('hospitals')}</p>
      <ul aria-labelledby="hospitals-${card.id}">
        ${card.providers.map(
          (provider) =>
            html`<li>
              <span class="provider">${provider.name}</span>
              ${
                provider.languages.length
                  ? html`<span class="languages"
                      >${this.t('languagesSpoken')}:
                      ${list.format(provider.languages.map((language) => languages.of(languageTag(language))))}</span
                    >`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderStep(step: Step) {
    switch (step.__typename) {
      case 'MedicalStep': {
        const detail = [step.provider?.name, step.procedure?.name].filter(Boolean).join(' · ');
        return html`<li class="step medical">
          ${step.title}${detail ? html`<span class="step-detail">${detail}</span>` : nothing}
        </li>`;
      }
      case 'TransferStep':
        return html`<li class="step transfer">
          ${step.title}<span class="step-detail">${this.t('route', { from: step.from, to: step.to })}</span>
        </li>`;
      case 'StayStep':
        return html`<li class="step stay">
          ${step.title}<span class="step-detail">${this.t('nights', { count: step.nights })}</span>
        </li>`;
      default:
        return html`<li class="step">${step.title}</li>`;
    }
  }

  private renderItinerary(card: Card) {
    const detail = this.detail;
    let content;
    if (!detail || detail.state === 'loading') {
      content = html`<p class="status" role="status">${this.t('loading')}</p>`;
    } else if (detail.state === 'failed') {
      content = this.renderFailure(detail.error, () => void this.fetchDetail(card.id));
    } else {
      const { days, visa, priceBreakdown } = detail.data;
      content = html`<ol class="days">
          ${days.map(
            (day) =>
              html`<li class="day">
                <h4>${this.t('dayLabel', { day: day.day })}: ${day.title}</h4>
                <ul class="steps">
                  ${day.steps.map((step) => this.renderStep(step))}
                </ul>
              </li>`,
          )}
        </ol>
        ${visa.notes ? html`<p class="visa"><strong>${this.t('visaNotes')}:</strong> ${visa.notes}</p>` : nothing}
        <dl class="breakdown">
          <div>
            <dt>${this.t('priceMedical')}</dt>
            <dd>${this.money(priceBreakdown.medical)}</dd>
          </div>
          <div>
            <dt>${this.t('priceNonMedical')}</dt>
            <dd>${this.money(priceBreakdown.nonMedical)}</dd>
          </div>
          <div class="total">
            <dt>${this.t('priceTotal')}</dt>
            <dd>${this.money(priceBreakdown.total)}</dd>
          </div>
        </dl>`;
    }
    return html`<section
      class="itinerary"
      part="itinerary"
      id="itinerary-${card.id}"
      aria-labelledby="itinerary-heading-${card.id}"
    >
      <h4 class="visually-hidden" id="itinerary-heading-${card.id}">${this.t('itinerary')}</h4>
      ${content}
      <button
        type="button"
        class="ask"
        part="ask"
        aria-expanded=${this.asking ? 'true' : 'false'}
        aria-controls="inquiry-${card.id}"
        @click=${() => (this.asking = !this.asking)}
      >
        ${this.t('askAboutPackage')}
      </button>
      <div id="inquiry-${card.id}">
        ${
          this.asking
            ? html`<mt-inquiry-form
                package=${card.id}
                lang=${intlTag(this.locale)}
                site-key=${this.siteKey}
                endpoint=${this.endpoint}
              ></mt-inquiry-form>`
            : nothing
        }
      </div>
    </section>`;
  }

  private renderCard(card: Card, languages: Names, list: Intl.ListFormat) {
    const open = this.selected === card.id;
    return html`<li class=${open ? 'selected' : ''}>
      <article class="card" part="card" aria-labelledby="title-${card.id}">
        <h3 part="title" id="title-${card.id}">${card.title}</h3>
        ${
          card.visa.eVisaEligible || card.campaigns?.length
            ? html`<p class="badges">
                ${card.visa.eVisaEligible ? html`<span class="badge" part="badge e-visa">${this.t('eVisa')}</span>` : nothing}
                ${(card.campaigns ?? []).map(
                  (campaign) =>
                    html`<span class="badge campaign" part="badge campaign"
                      >${this.t('campaignBadge', { name: campaign.name })}</span
                    >`,
                )}
              </p>`
            : nothing
        }
        <p class="facts">
          <span class="days">${this.t('days', { count: card.durationDays })}</span>
          <span class="price" part="price">${this.t('priceFrom', { price: this.money(card.price) })}</span>
        </p>
        <p class="summary">${card.summary}</p>
        ${this.renderProviders(card, languages, list)}
        <button
          type="button"
          class="secondary toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="itinerary-${card.id}"
          @click=${() => this.toggle(card)}
        >
          ${open ? this.t('hideItinerary') : this.t('viewItinerary')}
        </button>
        ${open ? this.renderItinerary(card) : nothing}
      </article>
    </li>`;
  }

  private renderListing(listing: Listing) {
    const languages = displayNames(this.locale, 'language');
    // Joined with "and" in the visitor's language; where `Intl` lacks it, by commas, never English's "and".
    const list = new Intl.ListFormat(intlTag(this.locale), {
      style: 'short',
      type: shippedWords(this.locale) ? 'unit' : 'conjunction',
    });
    const hasPrevious = this.cursors.length > 1;
    const hasNext = listing.pageInfo.hasNextPage;
    return html`<ul class="cards" part="list" aria-labelledby="heading" tabindex="-1">
        ${listing.edges.map((edge) => this.renderCard(edge.node, languages, list))}
      </ul>
      ${
        hasPrevious || hasNext
          ? html`<nav class="pager" part="pager" aria-label=${this.t('pagerLabel')}>
              ${
                hasPrevious
                  ? html`<button type="button" class="secondary" @click=${() => this.page('previous', listing)}>
                      ${this.t('previousPage')}
                    </button>`
                  : nothing
              }
              ${hasNext ? html`<button type="button" @click=${() => this.page('next', listing)}>${this.t('nextPage')}</button>` : nothing}
            </nav>`
          : nothing
      }`;
  }

  private statusText(): string {
    if (this.load.state === 'loading') return this.t('loading');
    if (this.load.state !== 'ready') return '';
    const listing = this.load.data;
    if (!listing.edges.length) return this.t('packagesEmpty');
    const from = (this.cursors.length - 1) * this.size + 1;
    return this.t('pageStatus', { from, to: from + listing.edges.length - 1, total: listing.totalCount });
  }

  override render() {
    const load = this.load;
    if (load.state === 'failed' && this.siteRefused(load.error)) return this.frame(html``, 'unavailable');
    const state =
      load.state === 'failed' ? 'error' : load.state === 'ready' && !load.data.edges.length ? 'empty' : load.state;
    return this.frame(
      html`<h2 id="heading" part="heading">${this.t('packagesHeading')}</h2>
        ${this.renderFilters()}
        <p class="live" part="status" role="status" aria-live="polite">${this.statusText()}</p>
        ${
          load.state === 'failed'
            ? this.renderFailure(load.error, () => void this.fetchPage())
            : load.state === 'ready' && load.data.edges.length
              ? this.renderListing(load.data)
              : nothing
        }`,
      state,
    );
  }
}
