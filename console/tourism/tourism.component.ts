import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Region } from '../generated/graphql';
import type { ConsoleStaff } from '../shared/session';
import { fill, regionName, type ConsoleLocale } from '../shared/messages';
import { consoleStyles } from '../shared/styles';
import { messages } from './tourism.messages';
import { tourismStyles } from './tourism.styles';

const VIEWS = ['packages', 'inquiries', 'history'] as const;
type View = (typeof VIEWS)[number];

/**
 * The work area of a city or regional tourism organisation: its packages (edited day by day, translated, previewed
 * and published), the inquiries about them, and the history of the staff's changes. The region is the staff's own
 * (from their sign-in) or, for a platform admin, the one picked in the shell; nothing here changes it.
 */
export class MtConsoleTourism extends LitElement {
  static override styles = [consoleStyles, tourismStyles];

  static override properties = {
    staff: { attribute: false },
    locale: { type: String },
    region: { type: String },
    view: { state: true },
    visited: { state: true },
  };

  declare staff: ConsoleStaff;
  declare locale: ConsoleLocale;
  declare region: Region;
  declare private view: View;
  /** Views are kept once opened (hidden when another is shown), so a half-edited package survives a look at the inbox. */
  declare private visited: ReadonlySet<View>;

  constructor() {
    super();
    this.locale = 'en';
    this.view = 'packages';
    this.visited = new Set<View>(['packages']);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another region (a platform admin's pick) starts afresh: nothing of the previous one may show.
    if (changed.has('region') && changed.get('region') !== undefined) {
      this.view = 'packages';
      this.visited = new Set<View>(['packages']);
    }
  }

  private show(view: View, focus = false) {
    this.view = view;
    this.visited = new Set([...this.visited, view]);
    if (focus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tourism-tab-${view}`)?.focus());
  }

  /** Arrow keys, Home and End move between the tabs (the ARIA tabs pattern, automatic activation). */
  private onTabKey(event: KeyboardEvent) {
    const index = VIEWS.indexOf(this.view);
    const target =
      event.key === 'ArrowRight'
        ? VIEWS[(index + 1) % VIEWS.length]
        : event.key === 'ArrowLeft'
          ? VIEWS[(index - 1 + VIEWS.length) % VIEWS.length]
          : event.key === 'Home'
            ? VIEWS[0]
            : event.key === 'End'
              ? VIEWS[VIEWS.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    this.show(target, true);
  }

  private renderView(view: View) {
    const common = { region: this.region, locale: this.locale };
    switch (view) {
      case 'packages':
        return html`<mt-console-tourism-packages
          region=${common.region}
          locale=${common.locale}
        ></mt-console-tourism-packages>`;
      case 'inquiries':
        return html`<mt-console-tourism-inquiries
          region=${common.region}
          locale=${common.locale}
        ></mt-console-tourism-inquiries>`;
      case 'history':
        return html`<mt-console-tourism-history
          region=${common.region}
          locale=${common.locale}
        ></mt-console-tourism-history>`;
    }
  }

  override render() {
    if (!this.region) return nothing;
    const texts = messages[this.locale];
    const region = regionName(this.locale, this.region);
    return html`<section aria-labelledby="tourism-heading">
      <h2 id="tourism-heading">${fill(texts.heading, { region })}</h2>
      <p class="muted">${fill(texts.scope, { region })}</p>
      <div role="tablist" aria-label=${texts.tabsLabel}>
        ${VIEWS.map(
          (view) =>
            html`<button
              type="button"
              role="tab"
              id="tourism-tab-${view}"
              aria-controls="tourism-panel-${view}"
              aria-selected=${view === this.view ? 'true' : 'false'}
              tabindex=${view === this.view ? '0' : '-1'}
              @click=${() => this.show(view)}
              @keydown=${(event: KeyboardEvent) => this.onTabKey(event)}
            >
              ${texts.tabs[view]}
            </button>`,
        )}
      </div>
      ${VIEWS.map(
        (view) =>
          html`<div
            role="tabpanel"
            id="tourism-panel-${view}"
            aria-labelledby="tourism-tab-${view}"
            ?hidden=${view !== this.view}
          >
            ${this.visited.has(view) ? this.renderView(view) : nothing}
          </div>`,
      )}
    </section>`;
  }
}
