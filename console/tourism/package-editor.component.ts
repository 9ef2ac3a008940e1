import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  TourismAuditTrailDocument,
  TourismCreatePackageDocument,
  TourismPackageDocument,
  TourismProvidersDocument,
  TourismSetPackageStatusDocument,
  TourismUpdatePackageDocument,
  type Locale,
  type PackageSegment,
  type PackageStatus,
  type PackageTheme,
  type Region,
  type TourismProvidersQuery,
  type TourismSaveAnswerFragment,
} from '../generated/graphql';
import { request } from '../shared/api';
import type { AuditEntryView } from '../shared/audit-log';
import { checkboxField, formErrorBanner, numberField, selectField, textField } from '../shared/fields';
import { confirmLeaving, FormController } from '../shared/form';
import { fill, intlTagOf, localeName, regionName, type ConsoleLocale } from '../shared/messages';
import { currentSession } from '../shared/session';
import { consoleStyles } from '../shared/styles';
import { failureText, Loader, loadStatus } from '../shared/loader';
import { apiLocaleOf, widgetLangOf } from './locales';
import {
  ALL_LOCALES,
  formFromPackage,
  move,
  newDay,
  newPackage,
  newPrice,
  newStep,
  pathParts,
  STEP_FIELDS,
  toInput,
  type DayForm,
  type PackageRead,
  type PackageForm,
  type PriceForm,
  type StepForm,
} from './package-model';
import { choices, messages, type TourismMessages } from './tourism.messages';
import { tourismStyles } from './tourism.styles';

type Translation = Extract<TourismSaveAnswerFragment, { __typename: 'Package' }>['translations'][number];
type Provider = TourismProvidersQuery['providers']['edges'][number]['node'];

/** What the editor knows of the saved package beside the form: enough to save on top of it and to preview it. */
interface Saved {
  id: string;
  version: number;
  status: PackageStatus;
  translations: Translation[];
  theme: PackageTheme;
  segment: PackageSegment;
}

/**
 * Creates or edits one package: its basics, visa, price lines (medical apart from the rest), and the itinerary day
 * by day with steps of every kind, every text in the ten languages. Saves name the version they were read at, so a
 * colleague's save in between is refused rather than overwritten; the API's refusals appear beside the inputs.
 * Once saved: what each language still lacks, the widget's preview, publishing, and the package's change history.
 *
 * @fires mt-close - The staff went back to the list.
 */
export class MtConsoleTourismPackageEditor extends LitElement {
  static override styles = [consoleStyles, tourismStyles];

  static override properties = {
    packageId: { type: String, attribute: 'package-id' },
    region: { type: String },
    locale: { type: String },
    saved: { state: true },
    notice: { state: true },
    statusNotice: { state: true },
    previewLocale: { state: true },
    previewVersion: { state: true },
  };

  /** The package to edit; empty for a new one. */
  declare packageId: string;
  declare region: Region;
  declare locale: ConsoleLocale;
  declare private saved: Saved | null;
  declare private notice: string | null;
  declare private statusNotice: string | null;
  declare private previewLocale: Locale;
  /** Bumped by every save, so the preview asks the API again. */
  declare private previewVersion: number;

  // Any region will do until willUpdate, before the first render, starts the real form (new or loaded).
  private readonly form = new FormController<PackageForm>(this, newPackage('DAEJEON'));
  /** Publishing is its own small form: its refusal (a stale version) is shown beside the buttons. */
  private readonly statusForm = new FormController<Record<string, never>>(this, {});
  private readonly reads = new Loader<PackageRead>(this);
  private readonly providers = new Loader<Provider[]>(this);
  private readonly history = new Loader<AuditEntryView[]>(this);

  constructor() {
    super();
    this.packageId = '';
    this.locale = 'en';
    this.saved = null;
    this.notice = null;
    this.statusNotice = null;
    this.previewLocale = 'EN';
    this.previewVersion = 0;
  }

  private get texts(): TourismMessages {
    return messages[this.locale];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('packageId') || changed.has('region')) {
      if (this.packageId) void this.load(this.packageId);
      else this.form.reset(newPackage(this.region));
    }
    if ((changed.has('region') || changed.has('locale')) && this.region) void this.loadProviders();
  }

  private async load(id: string) {
    const first = await this.reads.run(async () => {
      const { package: pkg } = await request(TourismPackageDocument, { id });
      if (!pkg) throw new Error(this.texts.packageNotFound);
      return pkg;
    });
    if (!first) return;
    this.saved = {
      id: first.id,
      version: first.version,
      status: first.status,
      translations: first.translations,
      theme: first.theme,
      segment: first.segment,
    };
    this.form.reset(formFromPackage(first));
    this.statusForm.reset({});
    void this.loadHistory();
  }

  private loadProviders() {
    return this.providers.run(async () => {
      const { providers } = await request(TourismProvidersDocument, {
        region: this.region,
        locale: apiLocaleOf(this.locale),
      });
      return providers.edges.map((edge) => edge.node);
    });
  }

  private loadHistory() {
    const id = this.saved?.id;
    if (!id) return;
    return this.history.run(async () => {
      const { regionAuditTrail } = await request(TourismAuditTrailDocument, { region: this.region, entityId: id });
      return regionAuditTrail.edges.map((edge) => edge.node);
    });
  }

  private async reloadSaved() {
    if (!this.saved || !confirmLeaving(this.locale)) return;
    this.notice = null;
    await this.load(this.saved.id);
  }

  private close() {
    this.dispatchEvent(new CustomEvent('mt-close', { bubbles: true, composed: true }));
  }

  private remember(answer: Extract<TourismSaveAnswerFragment, { __typename: 'Package' }>) {
    const value = this.form.value;
    this.saved = {
      id: answer.id,
      version: answer.version,
      status: answer.status,
      translations: answer.translations,
      theme: value.theme,
      segment: value.segment,
    };
    this.previewVersion += 1;
    void this.loadHistory();
  }

  private async save() {
    this.notice = null;
    const saved = this.saved;
    const texts = this.texts;
    const answer = await this.form.submit(async () => {
      const built = toInput(this.form.value);
      if ('missing' in built) {
        // Whole numbers the API cannot even receive empty: said here, beside their inputs, as the API would.
        return {
          __typename: 'InvalidInput' as const,
          message: texts.requiredNumber,
          fields: built.missing.map((field) => ({ field, message: texts.requiredNumber })),
        };
      }
      if (!saved) return (await request(TourismCreatePackageDocument, { input: built.input })).createPackage;
      return (
        await request(TourismUpdatePackageDocument, {
          id: saved.id,
          input: built.input,
          expectedVersion: saved.version,
        })
      ).updatePackage;
    });
    if (answer?.__typename !== 'Package') return;
    this.remember(answer);
    this.notice = saved ? fill(texts.saved, { version: answer.version }) : texts.created;
  }

  private async setStatus(status: PackageStatus) {
    const saved = this.saved;
    if (!saved) return;
    this.statusNotice = null;
    const answer = await this.statusForm.submit(
      async () =>
        (await request(TourismSetPackageStatusDocument, { id: saved.id, status, expectedVersion: saved.version }))
          .setPackageStatus,
    );
    if (answer?.__typename !== 'Package') return;
    this.remember(answer);
    this.statusNotice = fill(this.texts.statusChanged, { status: this.texts.packageStatus[answer.status] });
  }

  /** Changes a list of the form (adding, removing, moving) and puts the keyboard where the change is. */
  private change(update: (value: PackageForm) => void, focus?: string) {
    this.form.update(update);
    if (focus) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[id="${focus}"]`)?.focus());
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  override render() {
    const texts = this.texts;
    const heading = this.saved ? fill(texts.editHeading, { title: this.displayTitle() }) : texts.newPackageHeading;
    const loading = this.packageId && this.reads.state.state !== 'ready';
    return html`<div class="toolbar">
        <h3 id="editor-heading">${heading}</h3>
        <div class="actions">
          ${
            this.saved
              ? html`<button type="button" @click=${() => void this.reloadSaved()}>${texts.reload}</button>`
              : nothing
          }
          <button type="button" @click=${() => this.close()}>${texts.backToList}</button>
        </div>
      </div>
      ${
        loading
          ? loadStatus(this.locale, this.reads.state, () => void this.load(this.packageId))
          : html`${this.renderForm()} ${this.saved ? this.renderSavedPanels(this.saved) : nothing}`
      }`;
  }

  private displayTitle(): string {
    const title = this.form.value.title;
    const own = apiLocaleOf(this.locale);
    return (title.find((text) => text.locale === own) ?? title[0])?.text ?? this.form.value.slug;
  }

  private localized(
    path: string,
    label: string,
    options: { multiline?: boolean; maxlength?: number; required?: boolean } = {},
  ) {
    return html`<mt-console-localized-text
      .form=${this.form}
      path=${path}
      label=${label}
      locale=${this.locale}
      maxlength=${options.maxlength ?? 200}
      ?multiline=${options.multiline ?? false}
      ?required=${options.required ?? false}
    ></mt-console-localized-text>`;
  }

  /** A refusal of a whole group (at least one day, the prices' sum), on the group itself so the focus can go there. */
  private groupError(path: string) {
    const error = this.form.error(path);
    return error
      ? html`<p class="error" id=${this.form.fieldId(path)} tabindex="-1" aria-invalid="true">${error}</p>`
      : nothing;
  }

  private renderForm() {
    const texts = this.texts;
    const form = this.form;
    const value = form.value;
    return html`<form
      novalidate
      aria-labelledby="editor-heading"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.save();
      }}
    >
      ${formErrorBanner(form)}
      <fieldset>
        <legend>${texts.basics}</legend>
        <p><strong>${texts.region}:</strong> ${regionName(this.locale, value.region)}</p>
        ${textField(form, 'slug', texts.slug, { required: true, hint: texts.slugHint, maxlength: 80, autocomplete: 'off' })}
        ${this.localized('title', texts.title, { required: true })}
        ${this.localized('summary', texts.summary, { required: true, multiline: true, maxlength: 2000 })}
        <div class="grid">
          ${selectField(form, 'theme', texts.theme, choices(texts.themeName), { required: true })}
          ${selectField(form, 'segment', texts.segment, choices(texts.segmentName), { required: true })}
          ${selectField(form, 'wellnessCluster', texts.wellnessCluster, choices(texts.cluster), { empty: texts.noCluster })}
          ${numberField(form, 'durationDays', texts.durationDays, { required: true, min: 1, max: 365 })}
          ${numberField(form, 'maxGuardians', texts.maxGuardians, { required: true, min: 0, max: 10 })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${texts.visa}</legend>
        ${selectField(form, 'visa.recommended', texts.visaRecommended, choices(texts.visaType), { required: true })}
        ${checkboxField(form, 'visa.transferVisaFree', texts.transferVisaFree)}
        ${this.localized('visa.notes', texts.visaNotes, { multiline: true, maxlength: 2000 })}
      </fieldset>
      ${this.renderPrices(value.prices)} ${this.renderDays(value.days)}
      <div class="sticky-actions actions">
        <button type="submit" class="primary" ?disabled=${form.saving}>
          ${form.saving ? texts.saving : this.saved ? texts.save : texts.create}
        </button>
        ${form.dirty ? html`<span class="muted">${texts.unsaved}</span>` : nothing}
        <span role="status">${this.notice ?? ''}</span>
      </div>
    </form>`;
  }

  private renderPrices(prices: PriceForm[]) {
    const texts = this.texts;
    const form = this.form;
    const money = new Intl.NumberFormat(intlTagOf(this.locale), { style: 'currency', currency: 'KRW' });
    const sum = (lines: PriceForm[]) => lines.reduce((total, line) => total + (line.amountKrw ?? 0), 0);
    const medical = sum(prices.filter((line) => line.kind === 'MEDICAL'));
    const other = sum(prices.filter((line) => line.kind !== 'MEDICAL'));
    return html`<fieldset>
      <legend>${texts.prices}</legend>
      <p class="hint">${texts.pricesHint}</p>
      ${this.groupError('prices')}
      ${repeat(
        prices,
        (line) => line,
        (line, index) => {
          const path = `prices.${index}`;
          const n = index + 1;
          return html`<div class="item" role="group" aria-labelledby="${form.fieldId(path)}-heading">
            <h4 id="${form.fieldId(path)}-heading" tabindex="-1">${fill(texts.priceLine, { n })}</h4>
            <div class="grid">
              ${selectField(form, `${path}.kind`, texts.priceKind, choices(texts.priceKindName), { required: true })}
              ${numberField(form, `${path}.amountKrw`, texts.amountKrw, { required: true, min: 0 })}
            </div>
            ${this.localized(`${path}.label`, texts.priceLabel, { required: true })}
            ${this.itemButtons(prices, index, 'prices', fill(texts.removePrice, { n }), line)}
          </div>`;
        },
      )}
      <dl class="totals">
        <div>
          <dt>${texts.medicalTotal}</dt>
          <dd>${money.format(medical)}</dd>
        </div>
        <div>
          <dt>${texts.nonMedicalTotal}</dt>
          <dd>${money.format(other)}</dd>
        </div>
        <div>
          <dt>${texts.total}</dt>
          <dd>${money.format(medical + other)}</dd>
        </div>
      </dl>
      <button
        type="button"
        @click=${() =>
          this.change(
            (value) => void value.prices.push(newPrice(value.prices.length ? 'TOURISM' : 'MEDICAL')),
            `${form.fieldId(`prices.${prices.length}`)}-heading`,
          )}
      >
        ${texts.addPrice}
      </button>
    </fieldset>`;
  }

  /**
   * Move up, move down and remove for one item of a list (price lines, steps); each names its item for a screen
   * reader, and the keyboard stays with the item it moved.
   */
  private itemButtons<T>(list: T[], index: number, listPath: string, removeLabel: string, item: T) {
    const texts = this.texts;
    const headingOf = (at: number) => `${this.form.fieldId(`${listPath}.${at}`)}-heading`;
    const moveBy = (offset: number) => this.change(() => move(list, index, offset), headingOf(index + offset));
    return html`<div class="actions">
      <button type="button" ?disabled=${index === 0} @click=${() => moveBy(-1)}>${texts.moveUp}</button>
      <button type="button" ?disabled=${index === list.length - 1} @click=${() => moveBy(1)}>${texts.moveDown}</button>
      <button
        type="button"
        class="danger"
        @click=${() => this.change(() => void list.splice(list.indexOf(item), 1), headingOf(Math.max(0, index - 1)))}
      >
        ${removeLabel}
      </button>
    </div>`;
  }

  private renderDays(days: DayForm[]) {
    const texts = this.texts;
    const form = this.form;
    return html`<fieldset>
      <legend>${texts.itinerary}</legend>
      ${this.groupError('days')}
      ${repeat(
        days,
        (day) => day,
        (day, index) => {
          const path = `days.${index}`;
          const n = index + 1;
          return html`<div class="item day" role="group" aria-labelledby="${form.fieldId(path)}-heading">
            <h4 id="${form.fieldId(path)}-heading" tabindex="-1">${fill(texts.day, { n })}</h4>
            ${this.localized(`${path}.title`, fill(texts.dayTitle, { n }), { required: true })}
            ${this.groupError(`${path}.steps`)}
            ${repeat(
              day.steps,
              (step) => step,
              (step, stepIndex) => this.renderStep(day, index, step, stepIndex),
            )}
            <div class="actions">
              <button
                type="button"
                @click=${() =>
                  this.change(
                    () => void day.steps.push(newStep('TOUR')),
                    `${form.fieldId(`${path}.steps.${day.steps.length}`)}-heading`,
                  )}
              >
                ${fill(texts.addStep, { n })}
              </button>
              <button
                type="button"
                class="danger"
                @click=${() =>
                  this.change(
                    (value) => void value.days.splice(value.days.indexOf(day), 1),
                    `${form.fieldId(`days.${Math.max(0, index - 1)}`)}-heading`,
                  )}
              >
                ${fill(texts.removeDay, { n })}
              </button>
            </div>
          </div>`;
        },
      )}
      <button
        type="button"
        @click=${() =>
          this.change((value) => void value.days.push(newDay()), `${form.fieldId(`days.${days.length}`)}-heading`)}
      >
        ${texts.addDay}
      </button>
    </fieldset>`;
  }

  private renderStep(day: DayForm, dayIndex: number, step: StepForm, index: number) {
    const texts = this.texts;
    const form = this.form;
    const path = `days.${dayIndex}.steps.${index}`;
    const listPath = `days.${dayIndex}.steps`;
    const n = index + 1;
    const fields = new Set<string>(STEP_FIELDS[step.kind]);
    return html`<div class="item step" role="group" aria-labelledby="${form.fieldId(path)}-heading">
      <h5 id="${form.fieldId(path)}-heading" tabindex="-1">${fill(texts.stepOfDay, { day: dayIndex + 1, n })}</h5>
      ${selectField(form, `${path}.kind`, texts.stepKind, choices(texts.stepKindName), { required: true })}
      ${this.localized(`${path}.title`, texts.stepTitle, { required: true })}
      <div class="grid">
        ${fields.has('providerId') ? this.renderProviderPickers(step, path) : nothing}
        ${
          fields.has('activity')
            ? selectField(form, `${path}.activity`, texts.activity, choices(texts.activityName), {
                required: true,
                empty: texts.choose,
              })
            : nothing
        }
        ${
          fields.has('category')
            ? selectField(form, `${path}.category`, texts.category, choices(texts.categoryName), {
                required: true,
                empty: texts.choose,
              })
            : nothing
        }
        ${fields.has('from') ? textField(form, `${path}.from`, texts.from, { required: true, maxlength: 100 }) : nothing}
        ${fields.has('to') ? textField(form, `${path}.to`, texts.to, { required: true, maxlength: 100 }) : nothing}
        ${
          fields.has('transport')
            ? selectField(form, `${path}.transport`, texts.transport, choices(texts.transportName), {
                required: true,
                empty: texts.choose,
              })
            : nothing
        }
        ${
          fields.has('durationMinutes')
            ? numberField(form, `${path}.durationMinutes`, texts.durationMinutes, { min: 1, max: 1440 })
            : nothing
        }
        ${
          fields.has('nights')
            ? numberField(form, `${path}.nights`, texts.nights, { required: true, min: 1, max: 365 })
            : nothing
        }
        ${
          fields.has('lodging')
            ? selectField(form, `${path}.lodging`, texts.lodging, choices(texts.lodgingName), {
                required: true,
                empty: texts.choose,
              })
            : nothing
        }
      </div>
      ${
        fields.has('description')
          ? this.localized(`${path}.description`, texts.stepDescription, { multiline: true, maxlength: 2000 })
          : nothing
      }
      ${this.itemButtons(day.steps, index, listPath, fill(texts.removeStep, { n }), step)}
    </div>`;
  }

  private renderProviderPickers(step: StepForm, path: string) {
    const texts = this.texts;
    const form = this.form;
    const load = this.providers.state;
    if (load.state === 'failed') {
      return html`<p class="error" role="alert">
        ${fill(texts.providersFailed, { message: failureText(this.locale, load.error) })}
        <button type="button" @click=${() => void this.loadProviders()}>${texts.retry}</button>
      </p>`;
    }
    const providers = load.state === 'ready' ? load.data : [];
    const chosen = providers.find((provider) => provider.id === step.providerId);
    // A procedure belongs to one provider: choosing another provider clears it (the select's own handler ran first).
    const clearProcedure = () => {
      if (!chosen?.procedures.some((procedure) => procedure.id === step.procedureId)) return;
      form.set(`${path}.procedureId`, null);
    };
    return html`<div @change=${clearProcedure}>
        ${selectField(
          form,
          `${path}.providerId`,
          texts.provider,
          providers.map((provider) => ({ value: provider.id, label: provider.name })),
          {
            required: true,
            empty: texts.choose,
            hint: fill(texts.providerHint, { region: regionName(this.locale, this.form.value.region) }),
          },
        )}
      </div>
      ${selectField(
        form,
        `${path}.procedureId`,
        texts.procedure,
        (chosen?.procedures ?? []).map((procedure) => ({ value: procedure.id, label: procedure.name })),
        { empty: texts.anyProcedure },
      )}`;
  }

  private renderSavedPanels(saved: Saved) {
    return html`${this.renderStatus(saved)} ${this.renderTranslations(saved.translations)} ${this.renderPreview(saved)}
    ${this.renderHistory()}`;
  }

  private renderStatus(saved: Saved) {
    const texts = this.texts;
    const busy = this.statusForm.saving;
    const targets: { status: PackageStatus; label: string; danger?: boolean }[] = [
      { status: 'PUBLISHED', label: saved.status === 'CLOSED' ? texts.reopen : texts.publish },
      { status: 'DRAFT', label: texts.unpublish },
      { status: 'CLOSED', label: texts.closePackage, danger: true },
    ];
    return html`<section aria-labelledby="status-heading">
      <h3 id="status-heading">${texts.statusActions}</h3>
      ${formErrorBanner(this.statusForm)}
      <p>${fill(texts.statusNow, { status: texts.packageStatus[saved.status], version: saved.version })}</p>
      ${this.form.dirty ? html`<p class="hint" id="status-hint">${texts.saveFirst}</p>` : nothing}
      <div class="actions">
        ${targets
          .filter((target) => target.status !== saved.status)
          .map(
            (target) =>
              html`<button
                type="button"
                class=${target.danger ? 'danger' : target.status === 'PUBLISHED' ? 'primary' : ''}
                aria-describedby=${this.form.dirty ? 'status-hint' : nothing}
                ?disabled=${busy || this.form.dirty}
                @click=${() => void this.setStatus(target.status)}
              >
                ${target.label}
              </button>`,
          )}
        <span role="status">${this.statusNotice ?? ''}</span>
      </div>
    </section>`;
  }

  /** A missing text's path in words: "day 3 · step 1 · description". */
  private describeMissing(path: string): string {
    const texts = this.texts;
    if (path === 'visa.notes') return texts.visaNotes;
    return pathParts(path)
      .map((part) => {
        switch (part.kind) {
          case 'day':
            return fill(texts.partDay, { n: part.index + 1 });
          case 'step':
            return fill(texts.partStep, { n: part.index + 1 });
          case 'price':
            return fill(texts.partPrice, { n: part.index + 1 });
          case 'field':
            return texts.missingField[part.field] ?? part.field;
        }
      })
      .join(' · ');
  }

  private renderTranslations(translations: Translation[]) {
    const texts = this.texts;
    return html`<section aria-labelledby="translations-heading">
      <h3 id="translations-heading">${texts.translationsHeading}</h3>
      <p class="hint">${texts.translationsHint}</p>
      <table>
        <caption class="visually-hidden">
          ${texts.translationsHeading}
        </caption>
        <thead>
          <tr>
            <th scope="col">${texts.language}</th>
            <th scope="col">${texts.colStatus}</th>
            <th scope="col">${texts.missingTexts}</th>
          </tr>
        </thead>
        <tbody>
          ${translations.map(
            (translation) =>
              html`<tr data-locale=${translation.locale}>
                <th scope="row">${localeName(this.locale, translation.locale)}</th>
                <td>
                  ${
                    translation.complete
                      ? texts.translationComplete
                      : fill(texts.translationMissing, { count: translation.missing.length })
                  }
                </td>
                <td>
                  ${
                    translation.missing.length
                      ? html`<ul class="missing-list">
                          ${translation.missing.map((path) => html`<li>${this.describeMissing(path)}</li>`)}
                        </ul>`
                      : nothing
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderPreview(saved: Saved) {
    const texts = this.texts;
    const token = currentSession()?.accessToken ?? '';
    return html`<section aria-labelledby="preview-heading">
      <h3 id="preview-heading">${texts.previewHeading}</h3>
      <p class="hint">${texts.previewHint}</p>
      <div class="field">
        <label for="preview-locale">${texts.previewLanguage}</label>
        <select
          id="preview-locale"
          @change=${(event: Event) => (this.previewLocale = (event.target as HTMLSelectElement).value as Locale)}
        >
          ${ALL_LOCALES.map(
            (locale) =>
              html`<option value=${locale} ?selected=${locale === this.previewLocale}>
                ${localeName(this.locale, locale)}
              </option>`,
          )}
        </select>
      </div>
      ${this.form.dirty ? html`<p class="notice">${texts.previewStale}</p>` : nothing}
      ${keyed(
        this.previewVersion,
        html`<mt-console-package-preview
          .token=${token}
          region=${this.region}
          theme=${saved.theme}
          segment=${saved.segment}
          lang=${widgetLangOf(this.previewLocale)}
          page-size="24"
        ></mt-console-package-preview>`,
      )}
    </section>`;
  }

  private renderHistory() {
    const texts = this.texts;
    const load = this.history.state;
    return html`<section aria-labelledby="package-history-heading">
      <h3 id="package-history-heading">${texts.packageHistory}</h3>
      ${
        load.state === 'ready'
          ? html`<mt-console-audit-log .entries=${load.data} locale=${this.locale}></mt-console-audit-log>`
          : loadStatus(this.locale, load, () => void this.loadHistory())
      }
    </section>`;
  }
}
