import { html, nothing, type PropertyValues } from 'lit';
import { HospitalAuditTrailDocument, type HospitalAuditTrailQuery } from '../generated/graphql';
import { request } from '../shared/api';
import { fill } from '../shared/messages';
import { failureText, Loader, loadStatus } from '../shared/loader';
import { HospitalView, isOtherProvider } from './view';

type Entry = HospitalAuditTrailQuery['providerAuditTrail']['edges'][number]['node'];

const PAGE_SIZE = 20;

interface Page {
  entries: Entry[];
  total: number;
  cursor: string | null;
  more: boolean;
}

/** The provider's audit trail, newest first: every staff change with who, when and each field before and after. */
export class MtHospitalHistory extends HospitalView {
  static override properties = {
    ...HospitalView.properties,
    loadingMore: { state: true },
    moreFailure: { state: true },
  };

  declare private loadingMore: boolean;
  declare private moreFailure: string | null;

  private readonly trail = new Loader<Page>(this, () => this.page(null));

  constructor() {
    super();
    this.loadingMore = false;
    this.moreFailure = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isOtherProvider(changed, this.provider)) void this.trail.run();
  }

  private async page(after: string | null): Promise<Page> {
    const { providerAuditTrail } = await request(HospitalAuditTrailDocument, {
      providerId: this.provider.id,
      first: PAGE_SIZE,
      after,
    });
    return {
      entries: providerAuditTrail.edges.map((edge) => edge.node),
      total: providerAuditTrail.totalCount,
      cursor: providerAuditTrail.pageInfo.endCursor,
      more: providerAuditTrail.pageInfo.hasNextPage,
    };
  }

  private async loadMore(): Promise<void> {
    const shown = this.trail.shown;
    if (!shown?.cursor) return;
    this.loadingMore = true;
    this.moreFailure = null;
    try {
      const next = await this.page(shown.cursor);
      this.trail.set({ ...next, entries: [...shown.entries, ...next.entries] });
    } catch (error) {
      this.moreFailure = failureText(this.locale, error);
    } finally {
      this.loadingMore = false;
    }
  }

  override render() {
    const m = this.m;
    const page = this.trail.shown;
    return html`
      <h3>${m.historyHeading}</h3>
      ${loadStatus(this.locale, this.trail.state, () => void this.trail.run())}
      ${
        page
          ? html`<mt-console-audit-log
                .entries=${page.entries}
                locale=${this.locale}
                caption=${fill(m.historyShown, { shown: page.entries.length, total: page.total })}
              ></mt-console-audit-log>
              ${this.moreFailure ? html`<p class="form-error" role="alert">${this.moreFailure}</p>` : nothing}
              ${
                page.more
                  ? html`<p>
                      <button type="button" ?disabled=${this.loadingMore} @click=${() => void this.loadMore()}>
                        ${m.loadMore}
                      </button>
                    </p>`
                  : nothing
              }`
          : nothing
      }
    `;
  }
}
