import { html, LitElement, nothing } from 'lit';
import { REGIONS } from '../../core/domain';
import { ConsoleOwnersDocument, type ConsoleOwnersQuery } from '../generated/graphql';
import { request, SESSION_ENDED_EVENT } from '../shared/api';
import { confirmLeaving } from '../shared/form';
import { CONSOLE_LOCALES, fill, regionName, type ConsoleLocale } from '../shared/messages';
import {
  beginSignIn,
  completeSignIn,
  currentSession,
  isSignInCallback,
  loadConfig,
  signOut,
  type ConsoleConfig,
  type Session,
} from '../shared/session';
import { consoleStyles } from '../shared/styles';
import { messages } from './console-app.messages';
import { consoleAppStyles } from './console-app.styles';

const SECTIONS = ['hospital', 'tourism', 'marketing'] as const;
type Section = (typeof SECTIONS)[number];
const LOCALE_KEY = 'mt-console-locale';
const LANGUAGE_NAMES: Record<ConsoleLocale, string> = { ko: '한국어', en: 'English' };

/** The work area each role has; a platform admin has all three and picks whose. */
const SECTION_OF_ROLE = { 'provider-admin': 'hospital', 'tourism-admin': 'tourism', marketing: 'marketing' } as const;

function initialLocale(): ConsoleLocale {
  const kept = localStorage.getItem(LOCALE_KEY);
  if (kept === 'ko' || kept === 'en') return kept;
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/**
 * The staff console: signs staff in with their organisation's OpenID issuer (authorization code with PKCE), shows
 * the work area of their role and scope, in Korean or English, and signs them out again. Everything they may do
 * is decided by the API (one policy table); the console shows only what their role reaches.
 */
export class MtConsoleApp extends LitElement {
  static override styles = [consoleStyles, consoleAppStyles];
  static override properties = {
    locale: { state: true },
    config: { state: true },
    session: { state: true },
    problem: { state: true },
    busy: { state: true },
    sessionEnded: { state: true },
    section: { state: true },
    owners: { state: true },
    provider: { state: true },
    region: { state: true },
    organisation: { state: true },
  };

  declare private locale: ConsoleLocale;
  declare private config: ConsoleConfig | null;
  declare private session: Session | null;
  declare private problem: string | null;
  declare private busy: boolean;
  declare private sessionEnded: boolean;
  declare private section: Section;
  declare private owners: ConsoleOwnersQuery | null;
  declare private provider: string;
  declare private region: string;
  declare private organisation: string;

  constructor() {
    super();
    this.locale = initialLocale();
    this.config = null;
    this.session = null;
    this.problem = null;
    this.busy = true;
    this.sessionEnded = false;
    this.section = 'hospital';
    this.owners = null;
    this.provider = '';
    this.region = '';
    this.organisation = '';
  }

  private readonly onSessionEnded = () => {
    this.sessionEnded = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(SESSION_ENDED_EVENT, this.onSessionEnded);
    document.documentElement.lang = this.locale;
    void this.start();
  }

  override disconnectedCallback(): void {
    window.removeEventListener(SESSION_ENDED_EVENT, this.onSessionEnded);
    super.disconnectedCallback();
  }

  private get texts() {
    return messages[this.locale];
  }

  private async start() {
    try {
      this.config = await loadConfig();
      this.session = isSignInCallback() ? await completeSignIn(this.config) : currentSession();
      if (this.session?.staff.role === 'platform-admin') await this.loadOwners();
    } catch (error) {
      this.problem = fill(this.texts.signInFailed, { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      this.busy = false;
    }
  }

  private async loadOwners() {
    this.owners = await request(ConsoleOwnersDocument, {});
  }

  private async signIn() {
    if (!this.config) return;
    this.busy = true;
    try {
      await beginSignIn(this.config);
    } catch (error) {
      this.busy = false;
      this.problem = fill(this.texts.signInFailed, { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  private async signOut() {
    if (!this.config || !confirmLeaving(this.locale)) return;
    this.session = null;
    await signOut(this.config);
  }

  private setLocale(locale: ConsoleLocale) {
    this.locale = locale;
    localStorage.setItem(LOCALE_KEY, locale);
    document.documentElement.lang = locale;
  }

  private choose(section: Section) {
    if (section === this.section || !confirmLeaving(this.locale)) return;
    this.section = section;
  }

  override render() {
    const texts = this.texts;
    return html`<header>
        <h1>${texts.product}</h1>
        <div class="who">
          <div class="languages" role="group" aria-label=${texts.language}>
            ${CONSOLE_LOCALES.map(
              (locale) =>
                html`<button
                  type="button"
                  lang=${locale}
                  aria-pressed=${locale === this.locale ? 'true' : 'false'}
                  @click=${() => this.setLocale(locale)}
                >
                  ${LANGUAGE_NAMES[locale]}
                </button>`,
            )}
          </div>
          ${
            this.session
              ? html`<span
                    >${fill(texts.signedInAs, { name: this.session.staff.name })} ·
                    ${texts.roles[this.session.staff.role]}</span
                  >
                  <button type="button" @click=${() => this.signOut()}>${texts.signOut}</button>`
              : nothing
          }
        </div>
      </header>
      <main>${this.renderMain()}</main>`;
  }

  private renderMain() {
    const texts = this.texts;
    if (this.busy) return html`<p class="card" role="status">${texts.signingIn}</p>`;
    if (!this.session || this.sessionEnded) {
      return html`<section class="card" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">${texts.signInTitle}</h2>
        ${this.sessionEnded ? html`<p class="notice" role="status">${texts.sessionEnded}</p>` : nothing}
        <p>${texts.signInText}</p>
        ${this.problem ? html`<p class="form-error" role="alert">${this.problem}</p>` : nothing}
        <button type="button" class="primary" ?disabled=${!this.config} @click=${() => this.signIn()}>
          ${texts.signIn}
        </button>
      </section>`;
    }
    const { staff } = this.session;
    if (staff.role !== 'platform-admin') {
      return this.renderSection(SECTION_OF_ROLE[staff.role], {
        provider: staff.provider ?? '',
        region: staff.region ?? '',
        organisation: staff.organisation ?? '',
      });
    }
    return html`<div role="tablist" aria-label=${texts.sectionsLabel}>
        ${SECTIONS.map(
          (section) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${section}"
              aria-controls="panel"
              aria-selected=${section === this.section ? 'true' : 'false'}
              tabindex=${section === this.section ? '0' : '-1'}
              @click=${() => this.choose(section)}
              @keydown=${(event: KeyboardEvent) => this.moveTab(event)}
            >
              ${texts.sections[section]}
            </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby="tab-${this.section}">
        ${this.renderOwnerPicker()}
        ${this.renderSection(this.section, {
          provider: this.provider,
          region: this.region,
          organisation: this.organisation,
        })}
      </div>`;
  }

  /** Arrow keys move between the tabs, as the ARIA tabs pattern has it. */
  private moveTab(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = SECTIONS[(SECTIONS.indexOf(this.section) + step + SECTIONS.length) % SECTIONS.length] ?? this.section;
    this.choose(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.section}`)?.focus());
  }

  private renderOwnerPicker() {
    const texts = this.texts;
    const providers = this.owners?.providers.edges.map(({ node }) => node) ?? [];
    const organisations = [
      ...new Set(this.owners?.myCampaigns.edges.map(({ node }) => node.organisation) ?? []),
    ].sort();
    const picker = {
      hospital: html`<label for="owner">${texts.provider}</label>
        <select id="owner" @change=${(event: Event) => (this.provider = (event.target as HTMLSelectElement).value)}>
          <option value="">${texts.choose}</option>
          ${providers.map(
            (provider) =>
              html`<option value=${provider.slug} ?selected=${provider.slug === this.provider}>
                ${this.locale === 'ko' ? provider.nameKo : provider.nameEn}
              </option>`,
          )}
        </select>`,
      tourism: html`<label for="owner">${texts.region}</label>
        <select id="owner" @change=${(event: Event) => (this.region = (event.target as HTMLSelectElement).value)}>
          <option value="">${texts.choose}</option>
          ${REGIONS.map(
            (region) =>
              html`<option value=${region} ?selected=${region === this.region}>
                ${regionName(this.locale, region)}
              </option>`,
          )}
        </select>`,
      marketing: html`<label for="owner">${texts.organisation}</label>
        <input
          id="owner"
          list="organisations"
          .value=${this.organisation}
          @change=${(event: Event) => (this.organisation = (event.target as HTMLInputElement).value.trim())}
        />
        <datalist id="organisations">
          ${organisations.map((organisation) => html`<option value=${organisation}></option>`)}
        </datalist>`,
    };
    return html`<div class="field owner">${picker[this.section]}</div>`;
  }

  private renderSection(section: Section, owner: { provider: string; region: string; organisation: string }) {
    const staff = this.session?.staff;
    if (!staff) return nothing;
    switch (section) {
      case 'hospital':
        return owner.provider
          ? html`<mt-console-hospital
              .staff=${staff}
              provider=${owner.provider}
              locale=${this.locale}
            ></mt-console-hospital>`
          : nothing;
      case 'tourism':
        return owner.region
          ? html`<mt-console-tourism .staff=${staff} region=${owner.region} locale=${this.locale}></mt-console-tourism>`
          : nothing;
      case 'marketing':
        return owner.organisation
          ? html`<mt-console-marketing
              .staff=${staff}
              organisation=${owner.organisation}
              locale=${this.locale}
            ></mt-console-marketing>`
          : nothing;
    }
  }
}
