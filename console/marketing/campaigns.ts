import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { defineOnce } from '../../widgets/shared/define';
import {
  MarketingCampaignsDocument,
  type Locale,
  type MarketingCampaignSummaryFragment,
  type MarketingCampaignsQuery,
} from '../generated/graphql';
import { request } from '../shared/api';
import { fill, formatKoreaTime, type ConsoleLocale } from '../shared/messages';
import type { ConsoleStaff } from '../shared/session';
import { consoleStyles } from '../shared/styles';
import './campaign-editor';
import { Loader, renderLoad } from '../shared/loader';
import { messages } from './marketing.messages';
import { sectionStyles } from './marketing.styles';

type Summary = MarketingCampaignSummaryFragment;

/** An organisation has tens of campaigns; more pages than this would be a runaway loop. */
const MAX_PAGES = 20;

/**
 * The organisation's campaigns, drafts included, newest first: status, dates in Korea time and the languages that
 * have a creative; opens one (or a new one) in the editor.
 */
export class MtConsoleMarketingCampaigns extends LitElement {
  static override styles = [consoleStyles, sectionStyles];

  static override properties = {
    organisation: { type: String },
    locale: { type: String },
    staff: { attribute: false },
    editing: { state: true },
  };

  declare organisation: string;
  declare locale: ConsoleLocale;
  declare staff: ConsoleStaff | null;
  /** null: the list; '': a new campaign; else the id being edited. */
  declare private editing: string | null;

  private readonly campaigns = new Loader<Summary[]>(this, async () => {
    const all: Summary[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const data: MarketingCampaignsQuery = await request(MarketingCampaignsDocument, {
        locale: this.apiLocale,
        after,
      });
      all.push(...data.myCampaigns.edges.map((edge) => edge.node));
      if (!data.myCampaigns.pageInfo.hasNextPage || !data.myCampaigns.pageInfo.endCursor) break;
      after = data.myCampaigns.pageInfo.endCursor;
    }
    // A platform admin's list holds every organisation's; the console shows the one picked.
    return all.filter((campaign) => campaign.organisation === this.organisation);
  });

  constructor() {
    super();
    this.organisation = '';
    this.locale = 'en';
    this.staff = null;
    this.editing = null;
  }

  private get apiLocale(): Locale {
    return this.locale === 'ko' ? 'KO' : 'EN';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another organisation's work replaces the editor; another language only renames the list (edits stay).
    if (changed.has('organisation')) this.editing = null;
    if (changed.has('organisation') || changed.has('locale')) void this.campaigns.run();
  }

  private async open(id: string): Promise<void> {
    this.editing = id;
    await this.updateComplete;
    this.renderRoot.querySelector('mt-console-campaign-editor')?.focus();
  }

  private async backToList(): Promise<void> {
    this.editing = null;
    await this.campaigns.run();
    this.renderRoot.querySelector<HTMLElement>('#new-campaign')?.focus();
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    if (this.editing !== null) {
      return html`<mt-console-campaign-editor
        tabindex="-1"
        campaign-id=${this.editing}
        organisation=${this.organisation}
        locale=${this.locale}
        .staff=${this.staff}
        @mt-close=${() => void this.backToList()}
      ></mt-console-campaign-editor>`;
    }
    return html`<div class="actions">
        <button type="button" class="primary" id="new-campaign" @click=${() => void this.open('')}>
          ${m.newCampaign}
        </button>
      </div>
      ${renderLoad(
        this.locale,
        this.campaigns.state,
        () => void this.campaigns.run(),
        (campaigns) => (campaigns.length ? this.renderTable(campaigns) : html`<p class="muted">${m.noCampaigns}</p>`),
      )}`;
  }

  private renderTable(campaigns: Summary[]): TemplateResult {
    const m = messages[this.locale];
    const time = (iso: string) => formatKoreaTime(this.locale, iso);
    return html`<table class="campaigns">
      <caption>
        ${fill(m.campaignsCaption, { count: campaigns.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.name}</th>
          <th scope="col">${m.statusLabel}</th>
          <th scope="col">${m.scheduleColumn}</th>
          <th scope="col">${m.creativeLocales}</th>
        </tr>
      </thead>
      <tbody>
        ${campaigns.map(
          (campaign) =>
            html`<tr>
              <th scope="row">
                <button type="button" class="link" @click=${() => void this.open(campaign.id)}>${campaign.name}</button>
                <br /><code class="muted">${campaign.slug}</code>
              </th>
              <td>
                <span class="status status-${campaign.status.toLowerCase()}">${m.statuses[campaign.status]}</span>
              </td>
              <td>
                <time datetime=${campaign.startsAt}>${time(campaign.startsAt)}</time> –
                <time datetime=${campaign.endsAt}>${time(campaign.endsAt)}</time>
              </td>
              <td>
                ${
                  campaign.creativeLocales.length
                    ? campaign.creativeLocales.map((locale) => m.locales[locale]).join(', ')
                    : html`<span class="muted">${m.noCreatives}</span>`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

defineOnce('mt-console-marketing-campaigns', MtConsoleMarketingCampaigns);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-marketing-campaigns': MtConsoleMarketingCampaigns;
  }
}
