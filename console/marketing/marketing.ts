import { html, LitElement, type TemplateResult } from 'lit';
import '../../widgets/campaign-dashboard/campaign-dashboard';
import { defineOnce } from '../../widgets/shared/define';
import { confirmLeaving } from '../shared/form';
import type { ConsoleLocale } from '../shared/messages';
import { currentSession, type ConsoleStaff } from '../shared/session';
import { consoleStyles } from '../shared/styles';
import './campaigns';
import './events';
import './history';
import { messages } from './marketing.messages';
import { sectionStyles } from './marketing.styles';

const VIEWS = ['campaigns', 'events', 'results', 'history'] as const;
type View = (typeof VIEWS)[number];

/**
 * The marketing team's work area for one organisation: its campaigns (plan, creatives with the banner's preview,
 * schedule, pause, resume, end), its promotion events on a month calendar, the results dashboard, and the history of
 * every change.
 */
export class MtConsoleMarketing extends LitElement {
  static override styles = [consoleStyles, sectionStyles];

  static override properties = {
    organisation: { type: String },
    locale: { type: String },
    staff: { attribute: false },
    view: { state: true },
  };

  /** The organisation whose work is shown: the staff's own, or the one a platform admin picked. */
  declare organisation: string;
  declare locale: ConsoleLocale;
  declare staff: ConsoleStaff | null;
  declare private view: View;

  constructor() {
    super();
    this.organisation = '';
    this.locale = 'en';
    this.staff = null;
    this.view = 'campaigns';
  }

  private async choose(view: View, focus = false): Promise<void> {
    if (view !== this.view && !confirmLeaving(this.locale)) return;
    this.view = view;
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>(`#view-${view}`)?.focus();
  }

  /** Arrow keys move between the tabs (one Tab stop), as the WAI-ARIA tabs pattern has it. */
  private onTabKey(event: KeyboardEvent): void {
    const index = VIEWS.indexOf(this.view);
    const target: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: VIEWS.length - 1,
    };
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.choose(VIEWS[(next + VIEWS.length) % VIEWS.length] ?? this.view, true);
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    return html`<h2 class="visually-hidden">${m.sectionTitle}</h2>
      <div role="tablist" aria-label=${m.viewsLabel} @keydown=${this.onTabKey}>
        ${VIEWS.map(
          (view) =>
            html`<button
              type="button"
              role="tab"
              id="view-${view}"
              aria-controls="view-panel"
              aria-selected=${view === this.view ? 'true' : 'false'}
              tabindex=${view === this.view ? '0' : '-1'}
              @click=${() => void this.choose(view)}
            >
              ${m.views[view]}
            </button>`,
        )}
      </div>
      <div role="tabpanel" id="view-panel" aria-labelledby="view-${this.view}">${this.renderView()}</div>`;
  }

  private renderView(): TemplateResult {
    switch (this.view) {
      case 'campaigns':
        return html`<mt-console-marketing-campaigns
          organisation=${this.organisation}
          locale=${this.locale}
          .staff=${this.staff}
        ></mt-console-marketing-campaigns>`;
      case 'events':
        return html`<mt-console-marketing-events
          organisation=${this.organisation}
          locale=${this.locale}
          .staff=${this.staff}
        ></mt-console-marketing-events>`;
      case 'results':
        // The dashboard sends the staff's token itself (it is the same element partners' staff pages embed).
        return html`<mt-campaign-dashboard
          .token=${currentSession()?.accessToken ?? ''}
          lang=${this.locale}
        ></mt-campaign-dashboard>`;
      case 'history':
        return html`<mt-console-marketing-history
          organisation=${this.organisation}
          locale=${this.locale}
        ></mt-console-marketing-history>`;
    }
  }
}

defineOnce('mt-console-marketing', MtConsoleMarketing);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-marketing': MtConsoleMarketing;
  }
}
