import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { TourismAuditTrailDocument, type Region, type TourismAuditTrailQuery } from '../generated/graphql';
import { request } from '../shared/api';
import type { AuditEntryView } from '../shared/audit-log';
import { fill, regionName, type ConsoleLocale } from '../shared/messages';
import { consoleStyles } from '../shared/styles';
import { Loader, loadStatus } from '../shared/loader';
import { messages } from './tourism.messages';
import { tourismStyles } from './tourism.styles';

type PageInfo = TourismAuditTrailQuery['regionAuditTrail']['pageInfo'];

/** The region's audit trail: every staff change to its packages and inquiries, newest first, 20 at a time. */
export class MtConsoleTourismHistory extends LitElement {
  static override styles = [consoleStyles, tourismStyles];

  static override properties = {
    region: { type: String },
    locale: { type: String },
  };

  declare region: Region;
  declare locale: ConsoleLocale;
  private readonly trail = new Loader<{ entries: AuditEntryView[]; pageInfo: PageInfo }>(this);

  constructor() {
    super();
    this.locale = 'en';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region') && this.region) void this.load(null);
  }

  private load(after: string | null) {
    const shown = after ? (this.trail.data?.entries ?? []) : [];
    return this.trail.run(async () => {
      const { regionAuditTrail } = await request(TourismAuditTrailDocument, { region: this.region, after });
      return {
        entries: [...shown, ...regionAuditTrail.edges.map((edge) => edge.node)],
        pageInfo: regionAuditTrail.pageInfo,
      };
    });
  }

  override render() {
    const texts = messages[this.locale];
    const load = this.trail.state;
    return html`<div class="toolbar">
        <h3>${texts.historyTabHeading}</h3>
        <button type="button" @click=${() => void this.load(null)}>${texts.refresh}</button>
      </div>
      ${
        load.state === 'ready'
          ? html`<mt-console-audit-log
                .entries=${load.data.entries}
                locale=${this.locale}
                caption=${fill(texts.historyCaption, { region: regionName(this.locale, this.region) })}
              ></mt-console-audit-log>
              ${
                load.data.pageInfo.hasNextPage
                  ? html`<p>
                      <button type="button" @click=${() => void this.load(load.data.pageInfo.endCursor ?? null)}>
                        ${texts.loadMore}
                      </button>
                    </p>`
                  : nothing
              }`
          : loadStatus(this.locale, load, () => void this.load(null))
      }`;
  }
}
