import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  CampaignResultsDocument,
  MyCampaignsDocument,
  type CampaignResultsQuery,
  type MyCampaignsQuery,
} from '../generated/graphql';
import { ApiFailure, query, type ClientOptions } from '../shared/client';
import { MtElement, type Load } from '../shared/element';
import { emit } from '../shared/events';
import { intlTag } from '../shared/locale';
import { baseStyles } from '../shared/styles';
import { dashboardMessages, fill, type DashboardMessages } from './campaign-dashboard.messages';
import { dashboardStyles } from './campaign-dashboard.styles';

type CampaignOption = MyCampaignsQuery['myCampaigns']['edges'][number]['node'];
type Results = NonNullable<CampaignResultsQuery['campaign']>;
type Stats = NonNullable<Results['stats']>;

/** One line of the numbers table: a day, a visitor country and a site. */
export interface ResultRow {
  day: string;
  country: string | null;
  siteKey: string | null;
  impressions: number;
  clicks: number;
  inquiries: number;
  bookings: number;
}

/** Traffic from the banners, inquiries and bookings from the other services, merged by day × country × site. */
export function resultRows(results: Results): ResultRow[] {
  const rows = new Map<string, ResultRow>();
  const row = (day: string, country: string | null, siteKey: string | null) => {
    const key = `${day}|${country ?? ''}|${siteKey ?? ''}`;
    let found = rows.get(key);
    if (!found) {
      found = { day, country, siteKey, impressions: 0, clicks: 0, inquiries: 0, bookings: 0 };
      rows.set(key, found);
    }
    return found;
  };
  for (const traffic of results.stats?.traffic ?? []) {
    const target = row(traffic.day, traffic.country, traffic.siteKey);
    target.impressions += traffic.impressions;
    target.clicks += traffic.clicks;
  }
  for (const inquiry of results.inquiryStats?.breakdown ?? []) {
    row(inquiry.day, inquiry.country, inquiry.siteKey).inquiries += inquiry.count;
  }
  for (const booking of results.appointmentStats?.breakdown ?? []) {
    row(booking.day, booking.country, booking.siteKey).bookings += booking.count;
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      (a.country ?? '').localeCompare(b.country ?? '') ||
      (a.siteKey ?? '').localeCompare(b.siteKey ?? ''),
  );
}

const METRICS = ['impressions', 'clicks', 'inquiries', 'bookings'] as const;
type Metric = (typeof METRICS)[number];

function sumBy(rows: ResultRow[], keyOf: (row: ResultRow) => string): Map<string, Record<Metric, number>> {
  const totals = new Map<string, Record<Metric, number>>();
  for (const row of rows) {
    const key = keyOf(row);
    const total = totals.get(key) ?? { impressions: 0, clicks: 0, inquiries: 0, bookings: 0 };
    for (const metric of METRICS) total[metric] += row[metric];
    totals.set(key, total);
  }
  return totals;
}

/** RFC 4180 CSV with a byte-order mark, so spreadsheet software reads Korean and other scripts correctly. */
export function toCsv(rows: ResultRow[]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    ['day', 'country', 'site', 'impressions', 'clicks', 'inquiries', 'bookings'],
    ...rows.map((row) => [row.day, row.country, row.siteKey, row.impressions, row.clicks, row.inquiries, row.bookings]),
  ];
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * A marketing team's view of its campaigns: pick one and see impressions, clicks, inquiries and bookings over
 * time, by visitor country and by embed site — drawn as SVG charts with text summaries — plus every number in
 * a table and as a CSV download. Needs the staff member's token (`token`); speaks English and Korean.
 *
 * @fires mt-campaign-select - A campaign was chosen; detail: campaignId, slug.
 * @csspart root - The widget's outer box.
 * @csspart picker - The campaign picker.
 * @csspart headline - The headline figures.
 * @csspart chart - Each chart.
 * @csspart table - The table of all numbers.
 * @csspart download - The CSV download button.
 * @csspart status - Loading and sign-in messages.
 * @csspart error - The error message with its retry button.
 * @cssprop --mt-chart-primary - Bars for impressions.
 * @cssprop --mt-chart-secondary - Bars for clicks.
 * @cssprop --mt-chart-tertiary - Bars for inquiries and bookings.
 * @cssprop --mt-color-surface-muted - Background of the headline figures.
 * @cssprop --mt-color-border - Chart and table borders.
 * @cssprop --mt-radius - Corner radius.
 * @cssprop --mt-font-family - Font.
 * @cssprop --mt-font-size - Text size every other size follows (default 16px, whatever the page's root font).
 * @tag mt-campaign-dashboard
 */
export class MtCampaignDashboard extends MtElement {
  static override styles = [baseStyles, dashboardStyles];

  static override properties = {
    ...MtElement.properties,
    token: { type: String },
    campaign: { type: String },
    campaigns: { state: true },
    results: { state: true },
  };

  /** The signed-in staff member's bearer token (never put it in a URL). */
  declare token: string;
  /** Id of the campaign to show first; the newest otherwise. */
  declare campaign: string;
  declare private campaigns: Load<CampaignOption[]> | null;
  declare private results: Load<Results | null> | null;
  private sequence = 0;

  constructor() {
    super();
    this.token = '';
    this.campaign = '';
    this.campaigns = null;
    this.results = null;
  }

  protected override get client(): ClientOptions {
    return { ...super.client, token: this.token };
  }

  private get words(): DashboardMessages {
    return dashboardMessages(this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('token') || changed.has('endpoint') || changed.has('siteKey') || changed.has('lang')) {
      void this.fetchCampaigns();
    }
  }

  private async fetchCampaigns(): Promise<void> {
    const sequence = (this.sequence += 1);
    this.results = null;
    if (!this.token) {
      this.campaigns = null;
      return;
    }
    this.campaigns = { state: 'loading' };
    try {
      const data = await query(this.client, MyCampaignsDocument, { locale: this.locale });
      if (sequence !== this.sequence) return;
      const options = data.myCampaigns.edges.map((edge) => edge.node);
      this.campaigns = { state: 'ready', data: options };
      const chosen =
        options.find((option) => option.id === this.campaign || option.slug === this.campaign) ?? options[0];
      if (chosen) void this.choose(chosen.id);
    } catch (error) {
      if (sequence === this.sequence) this.campaigns = { state: 'failed', error };
    }
  }

  private async choose(id: string): Promise<void> {
    const sequence = this.sequence;
    this.campaign = id;
    this.results = { state: 'loading' };
    try {
      const data = await query(this.client, CampaignResultsDocument, { id });
      if (sequence === this.sequence && this.campaign === id) this.results = { state: 'ready', data: data.campaign };
    } catch (error) {
      if (sequence === this.sequence && this.campaign === id) this.results = { state: 'failed', error };
    }
  }

  private onPick(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    const option = this.campaigns?.state === 'ready' ? this.campaigns.data.find((entry) => entry.id === id) : null;
    if (!option) return;
    emit(this, 'mt-campaign-select', { campaignId: option.id, slug: option.slug });
    void this.choose(option.id);
  }

  private forbidden(error: unknown): boolean {
    return error instanceof ApiFailure && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED');
  }

  override render(): TemplateResult {
    const words = this.words;
    const heading = html`<h2 part="heading">${words.heading}</h2>`;
    if (!this.token || !this.campaigns) {
      return this.frame(
        html`${heading}
          <p class="status" part="status">${words.signIn}</p>`,
        'empty',
      );
    }
    if (this.campaigns.state === 'failed' && this.forbidden(this.campaigns.error)) {
      return this.frame(
        html`${heading}
          <p class="status" part="error" role="alert">${words.forbidden}</p>`,
        'error',
      );
    }
    return this.renderLoad(
      this.campaigns,
      () => void this.fetchCampaigns(),
      (options) => {
        if (options.length === 0) {
          return this.frame(
            html`${heading}
              <p class="status" part="status">${words.noCampaigns}</p>`,
            'empty',
          );
        }
        return this.frame(
          html`${heading}
            <div class="toolbar">
              <label>
                ${words.pick}
                <select part="picker" @change=${this.onPick} .value=${this.campaign}>
                  ${options.map(
                    (option) =>
                      html`<option value=${option.id} ?selected=${option.id === this.campaign}>
                        ${option.name} (${words.status[option.status]})
                      </option>`,
                  )}
                </select>
              </label>
            </div>
            ${this.renderResults()}`,
          this.results?.state === 'ready' ? 'ready' : (this.results?.state ?? 'loading'),
        );
      },
    );
  }

  private renderResults(): TemplateResult | typeof nothing {
    const words = this.words;
    const results = this.results;
    if (!results) return nothing;
    if (results.state === 'loading') return this.renderLoading();
    if (results.state === 'failed') return this.renderFailure(results.error, () => void this.choose(this.campaign));
    const stats = results.data?.stats;
    if (!results.data || !stats) return html`<p class="status" part="error" role="alert">${words.forbidden}</p>`;
    const rows = resultRows(results.data);
    return html`${this.renderHeadline(stats)}
    ${
      rows.length === 0
        ? html`<p class="status" part="status">${words.noData}</p>`
        : html`<div class="charts">
              ${this.renderOverTime(rows)}
              ${this.renderBars(words.byCountry, words.country, rows, (row) => row.country ?? words.unknownCountry)}
              ${this.renderBars(words.bySite, words.site, rows, (row) => row.siteKey ?? words.noSite)}
            </div>
            ${this.renderTable(rows)}`
    }`;
  }

  private renderHeadline(stats: Stats): TemplateResult {
    const words = this.words;
    const number = new Intl.NumberFormat(intlTag(this.locale));
    const percent = new Intl.NumberFormat(intlTag(this.locale), { style: 'percent', maximumFractionDigits: 1 });
    const maybe = (value: number | null, format: Intl.NumberFormat) =>
      value === null ? words.unknown : format.format(value);
    const figures: [string, string][] = [
      [words.impressions, number.format(stats.impressions)],
      [words.clicks, number.format(stats.clicks)],
      [words.ctr, percent.format(stats.clickThroughRate)],
      [words.inquiries, maybe(stats.inquiries, number)],
      [words.bookings, maybe(stats.appointments, number)],
      [words.conversion, maybe(stats.conversionRate, percent)],
    ];
    const incomplete = stats.inquiries === null || stats.appointments === null;
    return html`<dl class="headline" part="headline">
        ${figures.map(
          ([label, value]) =>
            html`<div class="figure">
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      ${incomplete ? html`<p class="note" role="status">${words.unknownNote}</p>` : nothing}`;
  }

  /** Small multiples: one bar chart per measure, each on its own scale, sharing the day axis. */
  private renderOverTime(rows: ResultRow[]): TemplateResult {
    const words = this.words;
    const byDay = [...sumBy(rows, (row) => row.day)].sort(([a], [b]) => a.localeCompare(b));
    const width = 320;
    const band = 46;
    const number = new Intl.NumberFormat(intlTag(this.locale));
    const series: [Metric, string, string][] = [
      ['impressions', words.impressions, ''],
      ['clicks', words.clicks, 'secondary'],
      ['inquiries', words.inquiries, 'tertiary'],
    ];
    const step = width / Math.max(byDay.length, 1);
    return html`<figure class="chart" part="chart">
      <figcaption>${words.overTime}</figcaption>
      ${series.map(([metric, label, tone], index) => {
        const values = byDay.map(([, totals]) => totals[metric]);
        const max = Math.max(...values, 0);
        const total = values.reduce((sum, value) => sum + value, 0);
        const peak = byDay[values.indexOf(max)]?.[0] ?? '';
        const summary = fill(words.chartSummary, {
          metric: label,
          total: number.format(total),
          peak,
          max: number.format(max),
        });
        const id = `over-time-${index}`;
        return html`<svg viewBox="0 0 ${width} ${band + 30}" role="img" aria-labelledby="${id}-title ${id}-desc">
          <title id="${id}-title">${label}</title>
          <desc id="${id}-desc">${summary}</desc>
          <text class="label" x="0" y="12">${label}</text>
          <text class="value" x=${width} y="12" text-anchor="end">${number.format(total)}</text>
          ${values.map((value, day) => {
            const height = max === 0 ? 0 : Math.max(1, (value / max) * (band - 20));
            return svg`<rect class="bar ${tone}" x=${day * step + 0.5} y=${band - height + 14} width=${Math.max(step - 1, 1)} height=${height}></rect>`;
          })}
          <text class="axis" x="0" y=${band + 28}>${byDay[0]?.[0] ?? ''}</text>
          <text class="axis" x=${width} y=${band + 28} text-anchor="end">${byDay.at(-1)?.[0] ?? ''}</text>
        </svg>`;
      })}
    </figure>`;
  }

  /** Horizontal bars of impressions per key, with clicks and inquiries written beside each bar. */
  private renderBars(
    title: string,
    dimension: string,
    rows: ResultRow[],
    keyOf: (row: ResultRow) => string,
  ): TemplateResult {
    const words = this.words;
    const number = new Intl.NumberFormat(intlTag(this.locale));
    const totals = [...sumBy(rows, keyOf)].sort(([, a], [, b]) => b.impressions - a.impressions);
    const max = Math.max(...totals.map(([, total]) => total.impressions), 0);
    const rowHeight = 26;
    const labelWidth = 120;
    const width = 320;
    const list = totals.map(([key, total]) => `${key} ${number.format(total.impressions)}`).join(', ');
    const id = `bars-${dimension}`;
    return html`<figure class="chart" part="chart">
      <figcaption>${title}</figcaption>
      <svg viewBox="0 0 ${width} ${totals.length * rowHeight}" role="img" aria-labelledby="${id}-title ${id}-desc">
        <title id="${id}-title">${title}</title>
        <desc id="${id}-desc">${fill(words.barSummary, { metric: words.impressions, dimension, list })}</desc>
        ${totals.map(([key, total], index) => {
          const y = index * rowHeight;
          const length = max === 0 ? 0 : Math.max(1, (total.impressions / max) * (width - labelWidth - 90));
          return svg`<g data-key=${key}>
            <text class="label" x="0" y=${y + 16}>${key}</text>
            <rect class="bar" x=${labelWidth} y=${y + 4} width=${length} height="16"></rect>
            <text class="value" x=${labelWidth + length + 4} y=${y + 16}>${number.format(total.impressions)} · ${number.format(total.clicks)} · ${number.format(total.inquiries)}</text>
          </g>`;
        })}
      </svg>
    </figure>`;
  }

  private renderTable(rows: ResultRow[]): TemplateResult {
    const words = this.words;
    const number = new Intl.NumberFormat(intlTag(this.locale));
    return html`<div class="toolbar">
        <h3>${words.table}</h3>
        <button type="button" part="download" @click=${() => this.download(rows)}>${words.download}</button>
      </div>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${words.table}>
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${words.day}</th>
              <th scope="col">${words.country}</th>
              <th scope="col">${words.site}</th>
              ${METRICS.map((metric) => html`<th scope="col" class="number">${words[metric]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr>
                  <td>${row.day}</td>
                  <td>${row.country ?? words.unknownCountry}</td>
                  <td>${row.siteKey ?? words.noSite}</td>
                  ${METRICS.map((metric) => html`<td class="number">${number.format(row[metric])}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  private download(rows: ResultRow[]): void {
    const slug =
      this.campaigns?.state === 'ready'
        ? this.campaigns.data.find((option) => option.id === this.campaign)?.slug
        : null;
    const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${slug ?? 'campaign'}-results.csv`;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // The download has started by now; the object URL is not needed afterwards.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}
