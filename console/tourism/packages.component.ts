import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { TourismPackagesDocument, type Region, type TourismPackagesQuery } from '../generated/graphql';
import { request } from '../shared/api';
import { confirmLeaving } from '../shared/form';
import { fill, regionName, type ConsoleLocale } from '../shared/messages';
import { consoleStyles } from '../shared/styles';
import { Loader, loadStatus } from '../shared/loader';
import { apiLocaleOf } from './locales';
import { messages } from './tourism.messages';
import { tourismStyles } from './tourism.styles';

type Listing = TourismPackagesQuery['packages'];
type Row = Listing['edges'][number]['node'];

/**
 * The region's packages, drafts and closed ones included (the API shows those to the region's staff), with their
 * status and how many languages are fully translated; opens one in the editor, or a new one.
 */
export class MtConsoleTourismPackages extends LitElement {
  static override styles = [consoleStyles, tourismStyles];

  static override properties = {
    locale: { type: String },
    region: { type: String },
    editing: { state: true },
  };

  declare locale: ConsoleLocale;
  declare region: Region;
  /** The package open in the editor: its id, '' for a new one, null for the list. */
  declare private editing: string | null;
  private readonly list = new Loader<{ rows: Row[]; listing: Listing }>(this);
  /** Where the keyboard goes back to when the editor closes. */
  private returnFocusTo: string | null = null;

  constructor() {
    super();
    this.locale = 'en';
    this.editing = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region')) this.editing = null;
    if ((changed.has('region') || changed.has('locale')) && this.region && this.editing === null) void this.reload();
  }

  private reload() {
    return this.list.run(async () => {
      const { packages } = await request(TourismPackagesDocument, {
        region: this.region,
        locale: apiLocaleOf(this.locale),
      });
      return { rows: packages.edges.map((edge) => edge.node), listing: packages };
    });
  }

  private async more(listing: Listing) {
    const shown = this.list.data?.rows ?? [];
    const after = listing.pageInfo.endCursor;
    await this.list.run(async () => {
      const { packages } = await request(TourismPackagesDocument, {
        region: this.region,
        locale: apiLocaleOf(this.locale),
        after,
      });
      return { rows: [...shown, ...packages.edges.map((edge) => edge.node)], listing: packages };
    });
  }

  private open(id: string) {
    this.returnFocusTo = id ? `edit-${id}` : 'new-package';
    this.editing = id;
  }

  private async close() {
    if (!confirmLeaving(this.locale)) return;
    this.editing = null;
    await this.reload();
    await this.updateComplete;
    const target = this.returnFocusTo && this.renderRoot.querySelector<HTMLElement>(`#${this.returnFocusTo}`);
    (target || this.renderRoot.querySelector<HTMLElement>('#new-package'))?.focus();
  }

  override render() {
    if (this.editing !== null) {
      return html`<mt-console-tourism-package-editor
        package-id=${this.editing}
        region=${this.region}
        locale=${this.locale}
        @mt-close=${() => this.close()}
      ></mt-console-tourism-package-editor>`;
    }
    const texts = messages[this.locale];
    const load = this.list.state;
    return html`<div class="toolbar">
        <h3>${texts.packagesHeading}</h3>
        <button type="button" class="primary" id="new-package" @click=${() => this.open('')}>
          ${texts.newPackage}
        </button>
      </div>
      ${load.state === 'ready' ? this.renderTable(load.data.rows, load.data.listing) : loadStatus(this.locale, load, () => void this.reload())}`;
  }

  private renderTable(rows: Row[], listing: Listing) {
    const texts = messages[this.locale];
    if (rows.length === 0) return html`<p class="notice">${texts.noPackages}</p>`;
    return html`<table>
        <caption>
          ${fill(texts.packagesCaption, { region: regionName(this.locale, this.region), count: listing.totalCount })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${texts.colTitle}</th>
            <th scope="col">${texts.colSlug}</th>
            <th scope="col">${texts.colStatus}</th>
            <th scope="col">${texts.colDays}</th>
            <th scope="col">${texts.colTranslations}</th>
            <th scope="col"><span class="visually-hidden">${texts.colActions}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => {
            const done = row.translations.filter((translation) => translation.complete).length;
            return html`<tr>
              <th scope="row">${row.title}</th>
              <td><code>${row.slug}</code></td>
              <td>
                <span class="status-badge status-${row.status.toLowerCase()}">${texts.packageStatus[row.status]}</span>
              </td>
              <td>${fill(texts.daysCount, { count: row.durationDays })}</td>
              <td>${fill(texts.translationsCount, { done, total: row.translations.length })}</td>
              <td>
                <button
                  type="button"
                  id="edit-${row.id}"
                  aria-label=${fill(texts.editNamed, { title: row.title })}
                  @click=${() => this.open(row.id)}
                >
                  ${texts.edit}
                </button>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${
        listing.pageInfo.hasNextPage
          ? html`<p><button type="button" @click=${() => void this.more(listing)}>${texts.loadMore}</button></p>`
          : nothing
      }`;
  }
}
