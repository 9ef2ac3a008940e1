import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineOnce } from '../../widgets/shared/define';
import { MarketingAuditTrailDocument, type MarketingAuditTrailQuery } from '../generated/graphql';
import { request } from '../shared/api';
import type { AuditEntryView } from '../shared/audit-log';
import { fill, type ConsoleLocale } from '../shared/messages';
import { consoleStyles } from '../shared/styles';
import { failureText, Loader, renderLoad } from '../shared/loader';
import { messages } from './marketing.messages';
import { sectionStyles } from './marketing.styles';

type Trail = MarketingAuditTrailQuery['organisationAuditTrail'];

interface Page {
  entries: AuditEntryView[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

const pageOf = (trail: Trail): Page => ({
  entries: trail.edges.map((edge) => edge.node),
  totalCount: trail.totalCount,
  endCursor: trail.pageInfo.endCursor,
  hasNextPage: trail.pageInfo.hasNextPage,
});

/** Every staff change to the organisation's campaigns and events, newest first, twenty at a time. */
export class MtConsoleMarketingHistory extends LitElement {
  static override styles = [consoleStyles, sectionStyles];

  static override properties = {
    organisation: { type: String },
    locale: { type: String },
    more: { state: true },
  };

  declare organisation: string;
  declare locale: ConsoleLocale;
  /** Loading the next page: idle, busy, or why it failed. */
  declare private more: { busy: boolean; error: string | null };

  private readonly trail = new Loader<Page>(this, async () =>
    pageOf(
      (await request(MarketingAuditTrailDocument, { organisation: this.organisation, after: null }))
        .organisationAuditTrail,
    ),
  );

  constructor() {
    super();
    this.organisation = '';
    this.locale = 'en';
    this.more = { busy: false, error: null };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('organisation')) void this.trail.run();
  }

  private async loadMore(): Promise<void> {
    const shown = this.trail.data;
    if (!shown?.endCursor) return;
    this.more = { busy: true, error: null };
    try {
      const next = pageOf(
        (await request(MarketingAuditTrailDocument, { organisation: this.organisation, after: shown.endCursor }))
          .organisationAuditTrail,
      );
      this.trail.set({ ...next, entries: [...shown.entries, ...next.entries] });
      this.more = { busy: false, error: null };
    } catch (error) {
      this.more = { busy: false, error: failureText(this.locale, error) };
    }
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    return html`<p class="hint">${m.historyHint}</p>
      ${renderLoad(
        this.locale,
        this.trail.state,
        () => void this.trail.run(),
        (page) =>
          html`<mt-console-audit-log
              .entries=${page.entries}
              locale=${this.locale}
              caption=${fill(m.historyCaption, { shown: page.entries.length, total: page.totalCount })}
            ></mt-console-audit-log>
            ${this.more.error ? html`<p class="form-error" role="alert">${this.more.error}</p>` : nothing}
            ${
              page.hasNextPage
                ? html`<button type="button" ?disabled=${this.more.busy} @click=${() => void this.loadMore()}>
                    ${this.more.busy ? m.loading : m.loadMore}
                  </button>`
                : nothing
            }`,
      )}`;
  }
}

defineOnce('mt-console-marketing-history', MtConsoleMarketingHistory);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-marketing-history': MtConsoleMarketingHistory;
  }
}
