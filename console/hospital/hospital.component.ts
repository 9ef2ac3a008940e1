import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { HospitalProviderDocument } from '../generated/graphql';
import { request } from '../shared/api';
import { confirmLeaving } from '../shared/form';
import type { ConsoleLocale } from '../shared/messages';
import type { ConsoleStaff } from '../shared/session';
import { consoleStyles } from '../shared/styles';
import { hospitalStyles } from './hospital.styles';
import { messages } from './hospital.messages';
import { Loader, loadStatus } from '../shared/loader';
import { apiLocale, type HospitalProviderInfo } from './view';

const TABS = ['calendar', 'inbox', 'settings', 'feeds', 'history'] as const;
type Tab = (typeof TABS)[number];

const TAB_LABEL = {
  calendar: 'tabCalendar',
  inbox: 'tabInbox',
  settings: 'tabSettings',
  feeds: 'tabFeeds',
  history: 'tabHistory',
} as const satisfies Record<Tab, keyof (typeof messages)['en']>;

/**
 * The hospital staff's section of the console: the week's slots and the weekly pattern form, the appointment
 * inbox, the provider's settings, its calendar feeds and its change history, as tabs (WAI-ARIA tabs: one Tab stop,
 * arrow keys between them). It manages the one provider it is given (`provider`, a slug: the staff member's own,
 * or the one a platform admin picked); the API refuses anything outside the staff's scope.
 *
 * @tag mt-console-hospital
 */
export class MtConsoleHospital extends LitElement {
  static override styles = [consoleStyles, hospitalStyles];

  static override properties = {
    provider: { type: String },
    locale: { type: String },
    staff: { attribute: false },
    tab: { state: true },
  };

  /** The provider's slug. */
  declare provider: string;
  declare locale: ConsoleLocale;
  declare staff: ConsoleStaff | undefined;
  declare private tab: Tab;

  private readonly info = new Loader<HospitalProviderInfo | null>(this, async () => {
    const answer = await request(HospitalProviderDocument, {
      slug: this.provider,
      locale: apiLocale(this.locale),
    });
    return answer.provider;
  });

  constructor() {
    super();
    this.provider = '';
    this.locale = 'ko';
    this.staff = undefined;
    this.tab = 'calendar';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('provider') || changed.has('locale')) && this.provider) void this.info.run();
  }

  private choose(tab: Tab, focus: boolean): void {
    if (tab === this.tab) return;
    // Each view holds its own form; leaving the tab drops it, so unsaved edits are asked about first.
    if (!confirmLeaving(this.locale)) return;
    this.tab = tab;
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = TABS.indexOf(this.tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    this.choose(next, true);
  }

  override render() {
    const m = messages[this.locale];
    const provider = this.info.shown;
    return html`<section aria-label=${m.sectionLabel}>
      ${loadStatus(this.locale, this.info.state, () => void this.info.run())}
      ${this.info.state.state === 'ready' && !provider ? html`<p class="form-error" role="alert">${m.providerMissing}</p>` : nothing}
      ${
        provider
          ? html`<h2>${provider.name}</h2>
              <div role="tablist" aria-label=${m.sectionLabel} @keydown=${this.onTabKey}>
                ${TABS.map(
                  (tab) =>
                    html`<button
                      type="button"
                      role="tab"
                      id="tab-${tab}"
                      aria-controls="hospital-panel"
                      aria-selected=${tab === this.tab ? 'true' : 'false'}
                      tabindex=${tab === this.tab ? '0' : '-1'}
                      @click=${() => this.choose(tab, false)}
                    >
                      ${m[TAB_LABEL[tab]]}
                    </button>`,
                )}
              </div>
              <div role="tabpanel" tabindex="0" id="hospital-panel" aria-labelledby="tab-${this.tab}">
                ${this.renderView(provider)}
              </div>`
          : nothing
      }
    </section>`;
  }

  private renderView(provider: HospitalProviderInfo) {
    switch (this.tab) {
      case 'calendar':
        return html`<mt-hospital-calendar
          .provider=${provider}
          .staff=${this.staff}
          locale=${this.locale}
        ></mt-hospital-calendar>`;
      case 'inbox':
        return html`<mt-hospital-inbox
          .provider=${provider}
          .staff=${this.staff}
          locale=${this.locale}
        ></mt-hospital-inbox>`;
      case 'settings':
        return html`<mt-hospital-settings
          .provider=${provider}
          .staff=${this.staff}
          locale=${this.locale}
        ></mt-hospital-settings>`;
      case 'feeds':
        return html`<mt-hospital-feeds
          .provider=${provider}
          .staff=${this.staff}
          locale=${this.locale}
        ></mt-hospital-feeds>`;
      case 'history':
        return html`<mt-hospital-history
          .provider=${provider}
          .staff=${this.staff}
          locale=${this.locale}
        ></mt-hospital-history>`;
    }
  }
}
