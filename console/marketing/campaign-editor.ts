import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  MarketingCampaignDocument,
  MarketingCreateCampaignDocument,
  MarketingCreativeDocument,
  MarketingEndCampaignDocument,
  MarketingPauseCampaignDocument,
  MarketingRemoveCreativeDocument,
  MarketingResumeCampaignDocument,
  MarketingScheduleCampaignDocument,
  MarketingSetCreativeDocument,
  MarketingUpdateCampaignDocument,
  type CampaignInput,
  type CreativeInput,
  type Locale,
  type MarketingCampaignAnswerFragment,
  type MarketingCampaignDetailFragment,
} from '../generated/graphql';
import { LOCALES } from '../../core/domain';
import { defineOnce } from '../../widgets/shared/define';
import { request } from '../shared/api';
import {
  checkboxGroupField,
  dateTimeField,
  formErrorBanner,
  selectField,
  textareaField,
  textField,
} from '../shared/fields';
import { confirmLeaving, FormController } from '../shared/form';
import { fill, formatKoreaTime, type ConsoleLocale } from '../shared/messages';
import type { ConsoleStaff } from '../shared/session';
import { consoleStyles } from '../shared/styles';
import './banner-preview';
import { countryChoices, enumChoices } from './choices';
import { listField } from './list-field';
import { failureText, Loader, renderLoad } from '../shared/loader';
import { messages } from './marketing.messages';
import { publishedPackages, type PackageOption } from './packages';
import { sectionStyles } from './marketing.styles';

type Campaign = MarketingCampaignDetailFragment;
type Lifecycle = 'schedule' | 'pause' | 'resume' | 'end';

const HOUR = 3_600_000;

/** A new plan: starting at the next full hour for thirty days, which staff then adjust. */
function blankPlan(now = Date.now()): CampaignInput {
  const start = Math.ceil(now / HOUR) * HOUR;
  return {
    slug: '',
    name: [],
    theme: 'K_POP',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 30 * 24 * HOUR).toISOString(),
    targetCountries: [],
    channels: [],
    placements: [],
    siteKeys: [],
    trackingCode: null,
    packageIds: [],
    providerIds: [],
  };
}

/** The plan as stored, in the shape the update takes (the whole plan is replaced on saving). */
function planOf(campaign: Campaign): CampaignInput {
  return {
    slug: campaign.slug,
    name: campaign.names.map(({ locale, text }) => ({ locale, text })),
    theme: campaign.theme,
    startsAt: campaign.startsAt,
    endsAt: campaign.endsAt,
    targetCountries: [...campaign.targetCountries],
    channels: [...campaign.channels],
    placements: [...campaign.placements],
    siteKeys: [...campaign.siteKeys],
    trackingCode: campaign.trackingCode,
    packageIds: (campaign.packages ?? []).map((pkg) => pkg.id),
    // Promoted providers are planned through the API; the console keeps them as they are.
    providerIds: (campaign.providers ?? []).map((provider) => provider.id),
  };
}

const blankCreative = (locale: Locale): CreativeInput => ({
  locale,
  headline: '',
  body: '',
  imageUrl: '',
  ctaLabel: '',
  ctaUrl: '',
});

/** Which lifecycle steps a status allows, as the API's transitions do (the API stays the judge). */
const STEPS: Record<Campaign['status'], Lifecycle[]> = {
  DRAFT: ['schedule'],
  SCHEDULED: ['pause', 'end'],
  ACTIVE: ['pause', 'end'],
  PAUSED: ['resume', 'end'],
  ENDED: [],
};

/**
 * One campaign: its plan (create or edit, saved with the version it was read at), its creatives per locale with
 * the banner as visitors will see it, and its lifecycle (schedule, pause, resume, end), each step refused with the
 * API's reason when the campaign moved on meanwhile.
 *
 * @fires mt-close - Staff asked to go back to the list.
 */
export class MtConsoleCampaignEditor extends LitElement {
  static override styles = [consoleStyles, sectionStyles];

  static override properties = {
    campaignId: { type: String, attribute: 'campaign-id' },
    organisation: { type: String },
    locale: { type: String },
    staff: { attribute: false },
    creativeLocale: { state: true },
    lifecycleMessage: { state: true },
    lifecycleBusy: { state: true },
    saved: { state: true },
  };

  /** Empty for a new campaign. */
  declare campaignId: string;
  declare organisation: string;
  declare locale: ConsoleLocale;
  declare staff: ConsoleStaff | null;
  declare private creativeLocale: Locale;
  declare private lifecycleMessage: { text: string; kind: 'done' | 'refused' } | null;
  declare private lifecycleBusy: boolean;
  /** A polite status line after a save; the focus stays where the staff member is working. */
  declare private saved: string;

  private readonly plan = new FormController<CampaignInput>(this, blankPlan());
  private readonly creativeForm = new FormController<CreativeInput>(this, blankCreative('EN'));
  private readonly campaign = new Loader<Campaign | null>(this, async () => {
    if (!this.campaignId) return null;
    const data = await request(MarketingCampaignDocument, { id: this.campaignId, locale: this.apiLocale });
    return data.campaign;
  });
  private readonly packages = new Loader<PackageOption[]>(this, () => publishedPackages(this.apiLocale));

  constructor() {
    super();
    this.campaignId = '';
    this.organisation = '';
    this.locale = 'en';
    this.staff = null;
    this.creativeLocale = 'EN';
    this.lifecycleMessage = null;
    this.lifecycleBusy = false;
    this.saved = '';
  }

  private get m() {
    return messages[this.locale];
  }

  private get apiLocale(): Locale {
    return this.locale === 'ko' ? 'KO' : 'EN';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A campaign just created is already here (its save answered it): only another one is loaded.
    if (changed.has('campaignId') && (!this.campaignId || this.campaignId !== this.campaign.data?.id)) void this.load();
    if (changed.has('locale')) void this.packages.run();
  }

  private async load(): Promise<void> {
    this.lifecycleMessage = null;
    const campaign = await this.campaign.run();
    this.plan.reset(campaign ? planOf(campaign) : blankPlan());
    const first = campaign?.creativeLocales[0] ?? this.apiLocale;
    await this.openCreative(first, campaign);
  }

  /** Puts the stored creative of `locale` into the creative form (an empty one when it has none yet). */
  private async openCreative(locale: Locale, campaign = this.campaign.data): Promise<void> {
    this.creativeLocale = locale;
    if (!campaign || !campaign.creativeLocales.includes(locale)) {
      this.creativeForm.reset(blankCreative(locale));
      return;
    }
    try {
      const data = await request(MarketingCreativeDocument, { id: campaign.id, creativeLocale: locale });
      const creative = data.campaign?.creative;
      this.creativeForm.reset(creative ? { ...creative, locale } : blankCreative(locale));
    } catch (error) {
      this.creativeForm.reset(blankCreative(locale));
      this.creativeForm.formError = failureText(this.locale, error);
    }
  }

  private onCreativeLocale(event: Event): void {
    const locale = (event.target as HTMLSelectElement).value as Locale;
    if (this.creativeForm.dirty && !confirmLeaving(this.locale)) {
      (event.target as HTMLSelectElement).value = this.creativeLocale;
      return;
    }
    void this.openCreative(locale);
  }

  /** A save's answer is the campaign as stored now: its version is the one the next save names. */
  private took(answer: MarketingCampaignAnswerFragment | null): Campaign | null {
    if (answer?.__typename !== 'Campaign') return null;
    this.campaign.set(answer);
    return answer;
  }

  /** Reads the campaign again (after someone else saved a newer version), asking first when edits would be lost. */
  private reload(): void {
    if (!confirmLeaving(this.locale)) return;
    void this.load();
  }

  private async savePlan(event: Event): Promise<void> {
    event.preventDefault();
    const current = this.campaign.data;
    const input: CampaignInput = {
      ...this.plan.value,
      ...(!current && this.staff?.role === 'platform-admin' && { organisation: this.organisation }),
    };
    const answer = await this.plan.submit(async () =>
      current
        ? (
            await request(MarketingUpdateCampaignDocument, {
              id: current.id,
              input,
              expectedVersion: current.version,
              locale: this.apiLocale,
            })
          ).updateCampaign
        : (await request(MarketingCreateCampaignDocument, { input, locale: this.apiLocale })).createCampaign,
    );
    const saved = this.took(answer);
    if (!saved) return;
    this.plan.reset(planOf(saved));
    this.saved = this.m.planSaved;
    if (current) return;
    // The new campaign is the one being edited now: its creatives can be written next.
    this.campaignId = saved.id;
    this.creativeForm.reset(blankCreative(this.creativeLocale));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#editor-title')?.focus();
  }

  private async saveCreative(event: Event): Promise<void> {
    event.preventDefault();
    const campaign = this.campaign.data;
    if (!campaign) return;
    const answer = await this.creativeForm.submit(
      async () =>
        (
          await request(MarketingSetCreativeDocument, {
            id: campaign.id,
            input: { ...this.creativeForm.value, locale: this.creativeLocale },
            expectedVersion: campaign.version,
            locale: this.apiLocale,
          })
        ).setCampaignCreative,
    );
    if (this.took(answer)) this.saved = this.m.creativeSaved;
  }

  private async removeCreative(): Promise<void> {
    const campaign = this.campaign.data;
    if (!campaign) return;
    const locale = this.creativeLocale;
    const answer = await this.creativeForm.submit(
      async () =>
        (
          await request(MarketingRemoveCreativeDocument, {
            id: campaign.id,
            creativeLocale: locale,
            expectedVersion: campaign.version,
            locale: this.apiLocale,
          })
        ).removeCampaignCreative,
    );
    if (this.took(answer)) {
      this.creativeForm.reset(blankCreative(locale));
      this.saved = this.m.creativeRemoved;
    }
  }

  private async step(step: Lifecycle): Promise<void> {
    const campaign = this.campaign.data;
    if (!campaign) return;
    this.lifecycleBusy = true;
    this.lifecycleMessage = null;
    const variables = { id: campaign.id, expectedVersion: campaign.version, locale: this.apiLocale };
    try {
      const answer = await this.sendStep(step, variables);
      switch (answer.__typename) {
        case 'Campaign':
          this.took(answer);
          this.lifecycleMessage = {
            kind: 'done',
            text: fill(this.m.stepDone, { status: this.m.statuses[answer.status] }),
          };
          break;
        case 'StaleVersion':
          this.lifecycleMessage = { kind: 'refused', text: this.m.stepStale };
          break;
        case 'InvalidTransition':
          this.lifecycleMessage = {
            kind: 'refused',
            text: fill(this.m.stepRefused, { status: this.m.statuses[answer.status], reason: answer.message }),
          };
          break;
        case 'InvalidInput':
          this.lifecycleMessage = {
            kind: 'refused',
            text: `${this.m.stepInvalid} ${answer.fields.map((field) => field.message).join(' ') || answer.message}`,
          };
          break;
        case 'NotFound':
          this.lifecycleMessage = { kind: 'refused', text: answer.message };
          break;
      }
    } catch (error) {
      this.lifecycleMessage = { kind: 'refused', text: failureText(this.locale, error) };
    } finally {
      this.lifecycleBusy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#lifecycle-message')?.focus();
  }

  private async sendStep(
    step: Lifecycle,
    variables: { id: string; expectedVersion: number; locale: Locale },
  ): Promise<MarketingCampaignAnswerFragment> {
    switch (step) {
      case 'schedule':
        return (await request(MarketingScheduleCampaignDocument, variables)).scheduleCampaign;
      case 'pause':
        return (await request(MarketingPauseCampaignDocument, variables)).pauseCampaign;
      case 'resume':
        return (await request(MarketingResumeCampaignDocument, variables)).resumeCampaign;
      case 'end':
        return (await request(MarketingEndCampaignDocument, variables)).endCampaign;
    }
  }

  private get endDialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('#end-dialog');
  }

  private askToEnd(): void {
    this.endDialog?.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('#end-cancel')?.focus();
  }

  private async closeEndDialog(confirmed: boolean): Promise<void> {
    this.endDialog?.close();
    if (confirmed) await this.step('end');
    else this.renderRoot.querySelector<HTMLButtonElement>('[data-step="end"]')?.focus();
  }

  private close(): void {
    if (!confirmLeaving(this.locale)) return;
    this.dispatchEvent(new CustomEvent('mt-close', { bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    const m = this.m;
    return html`
      <div class="actions">
        <button type="button" @click=${this.close}>${m.backToList}</button>
        ${this.campaignId ? html`<button type="button" @click=${this.reload}>${m.reload}</button>` : nothing}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.saved}</p>
      ${renderLoad(
        this.locale,
        this.campaign.state,
        () => void this.load(),
        (campaign) =>
          html`<h2 id="editor-title" tabindex="-1">${campaign ? campaign.name : m.newCampaign}</h2>
            ${campaign ? this.renderStatus(campaign) : nothing} ${this.renderPlan(campaign)}
            ${campaign ? this.renderCreatives(campaign) : html`<p class="notice">${m.creativesAfterSave}</p>`}`,
      )}
    `;
  }

  private renderStatus(campaign: Campaign): TemplateResult {
    const m = this.m;
    const steps = STEPS[campaign.status];
    const hasMainCreative = campaign.creativeLocales.some((locale) => locale === 'EN' || locale === 'KO');
    return html`<section aria-labelledby="lifecycle-title" class="panel">
      <h3 id="lifecycle-title">${m.lifecycleTitle}</h3>
      <p>
        ${m.statusLabel}:
        <strong class="status status-${campaign.status.toLowerCase()}">${m.statuses[campaign.status]}</strong> ·
        ${m.trackingCode}: <code>${campaign.trackingCode}</code>
        ${campaign.endedAt ? html` · ${m.endedAt} ${formatKoreaTime(this.locale, campaign.endedAt)}` : nothing}
      </p>
      ${campaign.status === 'DRAFT' && !hasMainCreative ? html`<p class="hint">${m.scheduleNeedsCreative}</p>` : nothing}
      ${
        this.lifecycleMessage
          ? html`<p
              id="lifecycle-message"
              tabindex="-1"
              class=${this.lifecycleMessage.kind === 'done' ? 'notice' : 'form-error'}
              role=${this.lifecycleMessage.kind === 'done' ? 'status' : 'alert'}
            >
              ${this.lifecycleMessage.text}
            </p>`
          : nothing
      }
      <div class="actions">
        ${steps.map(
          (step) =>
            html`<button
              type="button"
              data-step=${step}
              class=${step === 'end' ? 'danger' : 'primary'}
              ?disabled=${this.lifecycleBusy}
              @click=${() => (step === 'end' ? this.askToEnd() : void this.step(step))}
            >
              ${m.steps[step]}
            </button>`,
        )}
      </div>
      <dialog
        id="end-dialog"
        aria-labelledby="end-dialog-title"
        aria-describedby="end-dialog-text"
        @cancel=${(event: Event) => {
          event.preventDefault();
          void this.closeEndDialog(false);
        }}
      >
        <h3 id="end-dialog-title">${m.endConfirmTitle}</h3>
        <p id="end-dialog-text">${fill(m.endConfirmText, { name: campaign.name })}</p>
        <div class="actions">
          <button type="button" id="end-cancel" @click=${() => void this.closeEndDialog(false)}>${m.cancel}</button>
          <button type="button" class="danger" id="end-confirm" @click=${() => void this.closeEndDialog(true)}>
            ${m.endConfirm}
          </button>
        </div>
      </dialog>
    </section>`;
  }

  private renderPlan(campaign: Campaign | null): TemplateResult {
    const m = this.m;
    const form = this.plan as FormController<unknown>;
    const ended = campaign?.status === 'ENDED';
    return html`<form class="panel" aria-labelledby="plan-title" @submit=${this.savePlan} novalidate>
      <h3 id="plan-title">${m.planTitle}</h3>
      ${ended ? html`<p class="notice">${m.endedReadOnly}</p>` : nothing} ${formErrorBanner(form)}
      ${textField(form, 'slug', m.slug, { required: true, hint: m.slugHint, maxlength: 80, autocomplete: 'off' })}
      <p class="hint" id="name-hint">${m.nameHint}</p>
      <mt-console-localized-text
        .form=${form}
        path="name"
        label=${m.name}
        required
        maxlength="200"
        locale=${this.locale}
      ></mt-console-localized-text>
      ${selectField(form, 'theme', m.theme, enumChoices(m.themes), { required: true })}
      <div class="two-columns">
        ${dateTimeField(form, 'startsAt', m.startsAt, { required: true, hint: m.koreaTimeHint })}
        ${dateTimeField(form, 'endsAt', m.endsAt, { required: true, hint: m.koreaTimeHint })}
      </div>
      ${checkboxGroupField(
        form,
        'targetCountries',
        m.targetCountries,
        countryChoices(this.locale, this.plan.value.targetCountries),
        {
          required: true,
        },
      )}
      ${checkboxGroupField(form, 'channels', m.channels, enumChoices(m.channelNames))}
      ${listField(form, 'placements', m.placements, { required: true, hint: m.placementsHint })}
      ${listField(form, 'siteKeys', m.siteKeys, { hint: m.siteKeysHint })} ${this.renderPackages(form)}
      ${textField(form, 'trackingCode', m.trackingCode, { hint: m.trackingCodeHint, maxlength: 32, autocomplete: 'off' })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.plan.saving || ended}>
          ${campaign ? m.savePlan : m.createCampaign}
        </button>
        ${this.plan.dirty ? html`<span class="muted">${m.unsaved}</span>` : nothing}
      </div>
    </form>`;
  }

  private renderPackages(form: FormController<unknown>): TemplateResult {
    const m = this.m;
    return renderLoad(
      this.locale,
      this.packages.state,
      () => void this.packages.run(),
      (packages) =>
        packages.length
          ? checkboxGroupField(
              form,
              'packageIds',
              m.packages,
              packages.map((pkg) => ({ value: pkg.id, label: pkg.title })),
              { hint: m.packagesHint },
            )
          : html`<p class="hint">${m.noPackages}</p>`,
    );
  }

  private renderCreatives(campaign: Campaign): TemplateResult {
    const m = this.m;
    const form = this.creativeForm as FormController<unknown>;
    const stored = campaign.creativeLocales.includes(this.creativeLocale);
    const ended = campaign.status === 'ENDED';
    const packages = (campaign.packages ?? []).map((pkg) => ({ slug: pkg.slug, title: pkg.title }));
    return html`<section class="panel" aria-labelledby="creatives-title">
      <h3 id="creatives-title">${m.creativesTitle}</h3>
      <p>
        ${m.creativeLocales}:
        ${
          campaign.creativeLocales.length
            ? campaign.creativeLocales.map((locale) => m.locales[locale]).join(', ')
            : m.noCreatives
        }
      </p>
      <div class="field">
        <label for="creative-locale">${m.creativeLocale}</label>
        <select id="creative-locale" .value=${this.creativeLocale} @change=${this.onCreativeLocale}>
          ${LOCALES.map(
            (locale) =>
              html`<option value=${locale} ?selected=${locale === this.creativeLocale}>
                ${m.locales[locale]}${campaign.creativeLocales.includes(locale) ? '' : ` (${m.missing})`}
              </option>`,
          )}
        </select>
      </div>
      <div class="creative-layout">
        <form
          @submit=${this.saveCreative}
          novalidate
          aria-label=${fill(m.creativeFormLabel, { locale: m.locales[this.creativeLocale] })}
        >
          ${formErrorBanner(form)} ${textField(form, 'headline', m.headline, { required: true, maxlength: 120 })}
          ${textareaField(form, 'body', m.body, { required: true, maxlength: 500, rows: 4 })}
          ${textField(form, 'imageUrl', m.imageUrl, { required: true, hint: m.linkHint, autocomplete: 'off' })}
          ${textField(form, 'ctaLabel', m.ctaLabel, { required: true, maxlength: 40 })}
          ${textField(form, 'ctaUrl', m.ctaUrl, { required: true, hint: m.linkHint, autocomplete: 'off' })}
          <div class="actions">
            <button type="submit" class="primary" ?disabled=${this.creativeForm.saving || ended}>
              ${m.saveCreative}
            </button>
            ${
              stored
                ? html`<button
                    type="button"
                    class="danger"
                    ?disabled=${this.creativeForm.saving || ended}
                    @click=${this.removeCreative}
                  >
                    ${m.removeCreative}
                  </button>`
                : nothing
            }
          </div>
        </form>
        <div class="preview" role="group" aria-labelledby="preview-title">
          <h4 id="preview-title">${m.previewTitle}</h4>
          <mt-console-banner-preview
            .creative=${this.creativeForm.value}
            .campaignName=${campaign.names.find((name) => name.locale === this.creativeLocale)?.text ?? campaign.name}
            .trackingCode=${campaign.trackingCode}
            .packages=${packages}
            locale=${this.locale}
          ></mt-console-banner-preview>
        </div>
      </div>
    </section>`;
  }
}

defineOnce('mt-console-campaign-editor', MtConsoleCampaignEditor);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-campaign-editor': MtConsoleCampaignEditor;
  }
}
