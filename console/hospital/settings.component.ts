import { html, nothing, type PropertyValues } from 'lit';
import {
  HospitalSaveSettingsDocument,
  HospitalSettingsDocument,
  type ChatChannel,
  type HospitalSettingsFragment,
  type Locale,
} from '../generated/graphql';
import { request } from '../shared/api';
import {
  checkboxField,
  checkboxGroupField,
  formErrorBanner,
  numberField,
  selectField,
  textareaField,
  textField,
} from '../shared/fields';
import { FormController } from '../shared/form';
import { fill, localeName } from '../shared/messages';
import { channelWords } from './hospital.messages';
import { Loader, loadStatus } from '../shared/loader';
import { HospitalView, isOtherProvider, languageChoices, requiredAnswer } from './view';

/** The API takes at most this many coordinators. */
const MOST_COORDINATORS = 10;
/** The two languages the staff's own messages are written in. */
const STAFF_LOCALES: Locale[] = ['KO', 'EN'];

interface SettingsValue {
  autoConfirm: boolean;
  cancellationWindowHours: number | null;
  address: string | null;
  mapUrl: string | null;
  videoCallUrl: string | null;
  notificationEmail: string | null;
  staffLocale: Locale | null;
  coordinators: { language: Locale; channels: ChatChannel[] }[];
}

const valueOf = (settings: HospitalSettingsFragment): SettingsValue => ({
  autoConfirm: settings.autoConfirm,
  cancellationWindowHours: settings.cancellationWindowHours,
  address: settings.address,
  mapUrl: settings.mapUrl,
  videoCallUrl: settings.videoCallUrl,
  notificationEmail: settings.notificationEmail,
  staffLocale: settings.staffLocale,
  coordinators: settings.coordinators.map((coordinator) => ({
    language: coordinator.language,
    channels: [...coordinator.channels],
  })),
});

/**
 * The provider's settings: auto-confirm, the cancellation window, address and map link, video-call link, where and
 * in which language the staff's notifications go, and the international coordinators with their chat channels.
 * Saved whole, with the settings version it was read at: a save on top of someone else's newer one is refused
 * and the staff's edits stay on screen.
 */
export class MtHospitalSettings extends HospitalView {
  static override properties = {
    ...HospitalView.properties,
    saved: { state: true },
  };

  declare private saved: boolean;

  private readonly settings = new Loader<HospitalSettingsFragment | null>(this, async () => {
    const answer = await request(HospitalSettingsDocument, { slug: this.provider.slug });
    if (answer.provider) this.form.reset(valueOf(answer.provider));
    return answer.provider;
  });

  private readonly form = new FormController<SettingsValue>(this, {
    autoConfirm: false,
    cancellationWindowHours: null,
    address: null,
    mapUrl: null,
    videoCallUrl: null,
    notificationEmail: null,
    staffLocale: null,
    coordinators: [],
  });

  constructor() {
    super();
    this.saved = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isOtherProvider(changed, this.provider)) void this.settings.run();
  }

  private async save(version: number): Promise<void> {
    this.saved = false;
    const value = this.form.value;
    const answer = await this.form.submit(async () => {
      if (value.cancellationWindowHours === null) return requiredAnswer(['cancellationWindowHours'], this.m.required);
      const { updateProviderSettings } = await request(HospitalSaveSettingsDocument, {
        input: {
          providerId: this.provider.id,
          expectedVersion: version,
          autoConfirm: value.autoConfirm,
          cancellationWindowHours: value.cancellationWindowHours,
          address: value.address,
          mapUrl: value.mapUrl,
          videoCallUrl: value.videoCallUrl,
          notificationEmail: value.notificationEmail,
          staffLocale: value.staffLocale,
          coordinators: value.coordinators,
        },
      });
      return updateProviderSettings;
    });
    if (answer?.__typename !== 'Provider') return;
    this.settings.set(answer);
    this.form.reset(valueOf(answer));
    this.saved = true;
    void this.focusLater('#settings-saved');
  }

  /** Reads the stored settings again, dropping the edits: after a stale refusal, or to start over. */
  private discard(): void {
    this.saved = false;
    void this.settings.run();
  }

  private addCoordinator(): void {
    this.form.update((value) => {
      value.coordinators = [...value.coordinators, { language: 'EN', channels: ['EMAIL'] }];
    });
    const last = this.form.value.coordinators.length - 1;
    // Field ids hold the form's dotted paths, which a selector must escape.
    void this.focusLater(`#${CSS.escape(this.form.fieldId(`coordinators.${last}.language`))}`);
  }

  private removeCoordinator(index: number): void {
    this.form.update((value) => {
      value.coordinators = value.coordinators.filter((_, position) => position !== index);
    });
    void this.focusLater('#add-coordinator');
  }

  override render() {
    const settings = this.settings.shown;
    return html`
      <h3>${this.m.settingsHeading}</h3>
      ${loadStatus(this.locale, this.settings.state, () => this.discard())}
      ${settings ? this.renderForm(settings) : nothing}
    `;
  }

  private renderForm(settings: HospitalSettingsFragment) {
    const m = this.m;
    const form = this.form;
    const channels = Object.entries(channelWords[this.locale]).map(([value, label]) => ({ value, label }));
    return html`<form
      novalidate
      aria-busy=${this.settings.state.state === 'loading' ? 'true' : 'false'}
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.save(settings.settingsVersion);
      }}
    >
      ${formErrorBanner(form)}
      ${this.saved ? html`<p class="success" id="settings-saved" tabindex="-1" role="status">${m.settingsSaved}</p>` : nothing}
      ${checkboxField(form, 'autoConfirm', m.autoConfirm)}
      ${numberField(form, 'cancellationWindowHours', m.cancellationWindowHours, {
        min: 0,
        max: 336,
        required: true,
        hint: m.cancellationWindowHint,
      })}
      ${textareaField(form, 'address', m.address, { maxlength: 500, rows: 3 })}
      <div class="grid-2">
        ${textField(form, 'mapUrl', m.mapUrl, { type: 'url', placeholder: 'https://' })}
        ${textField(form, 'videoCallUrl', m.videoCallUrl, { type: 'url', placeholder: 'https://' })}
        ${textField(form, 'notificationEmail', m.notificationEmail, {
          type: 'email',
          autocomplete: 'email',
          hint: m.notificationEmailHint,
        })}
        ${selectField(
          form,
          'staffLocale',
          m.staffLocale,
          STAFF_LOCALES.map((code) => ({ value: code, label: localeName(this.locale, code) })),
          { required: true },
        )}
      </div>
      <fieldset>
        <legend>${m.coordinators}</legend>
        ${form.error('coordinators') ? html`<p class="error">${form.error('coordinators')}</p>` : nothing}
        ${form.value.coordinators.length === 0 ? html`<p class="muted">${m.noCoordinators}</p>` : nothing}
        <div class="coordinators">
          ${form.value.coordinators.map((_, index) => {
            const number = index + 1;
            return html`<section class="panel coordinator" aria-labelledby="coordinator-${index}">
              <h4 id="coordinator-${index}">${fill(m.coordinatorHeading, { number })}</h4>
              ${selectField(
                form,
                `coordinators.${index}.language`,
                m.coordinatorLanguage,
                languageChoices(this.locale),
                {
                  required: true,
                },
              )}
              ${checkboxGroupField(form, `coordinators.${index}.channels`, m.channels, channels)}
              <button type="button" class="danger" @click=${() => this.removeCoordinator(index)}>
                ${fill(m.removeCoordinator, { number })}
              </button>
            </section>`;
          })}
        </div>
        <p>
          <button
            type="button"
            id="add-coordinator"
            ?disabled=${form.value.coordinators.length >= MOST_COORDINATORS}
            @click=${() => this.addCoordinator()}
          >
            ${m.addCoordinator}
          </button>
        </p>
      </fieldset>
      ${form.dirty ? html`<p class="notice">${m.unsaved}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${form.saving}>${m.saveSettings}</button>
        <button type="button" ?disabled=${form.saving} @click=${() => this.discard()}>${m.discard}</button>
      </div>
    </form>`;
  }
}
