import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineOnce } from '../../widgets/shared/define';
import {
  MarketingCampaignsDocument,
  MarketingCreatePromotionEventDocument,
  MarketingRecordLeadsDocument,
  MarketingUpdatePromotionEventDocument,
  type Locale,
  type MarketingPromotionEventFragment,
  type PromotionEventInput,
} from '../generated/graphql';
import { request } from '../shared/api';
import {
  checkboxGroupField,
  dateTimeField,
  formErrorBanner,
  numberField,
  selectField,
  textField,
} from '../shared/fields';
import { confirmLeaving, FormController } from '../shared/form';
import type { ConsoleLocale } from '../shared/messages';
import type { ConsoleStaff } from '../shared/session';
import { consoleStyles } from '../shared/styles';
import { countryChoices, enumChoices, type Choice } from './choices';
import { listField } from './list-field';
import { Loader } from '../shared/loader';
import { messages } from './marketing.messages';
import { sectionStyles } from './marketing.styles';
import { publishedPackages, type PackageOption } from './packages';

type PromotionEvent = MarketingPromotionEventFragment;

/** A new event on a Korean date: a working day from 10:00 to 17:00 Korea time, which staff then adjust. */
function blankEvent(date: string): PromotionEventInput {
  return {
    slug: '',
    kind: 'PR_BRIEFING',
    title: [],
    description: [],
    startsAt: `${date}T10:00:00+09:00`,
    endsAt: `${date}T17:00:00+09:00`,
    city: '',
    country: 'KR',
    targetCountries: [],
    partners: [],
    campaignId: null,
    packageIds: [],
    providerIds: [],
    itineraryPackageId: null,
  };
}

/** The event as stored, in the shape the update takes (the whole plan is replaced on saving). */
function planOf(event: PromotionEvent): PromotionEventInput {
  return {
    slug: event.slug,
    kind: event.kind,
    title: event.titles.map(({ locale, text }) => ({ locale, text })),
    description: event.descriptions.map(({ locale, text }) => ({ locale, text })),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    city: event.city,
    country: event.country,
    targetCountries: [...event.targetCountries],
    partners: [...event.partners],
    campaignId: event.campaign?.id ?? null,
    packageIds: (event.packages ?? []).map((pkg) => pkg.id),
    // Partner hospitals are chosen through the API; the console keeps them as they are.
    providerIds: (event.providers ?? []).map((provider) => provider.id),
    itineraryPackageId: event.itinerary?.id ?? null,
  };
}

interface Options {
  campaigns: Choice[];
  packages: PackageOption[];
}

/**
 * Plans one promotion event (a FAM tour, PR briefing, exhibition, workshop, newsletter or agreement), saved with the
 * version it was read at, and records the leads it brought once it has begun.
 *
 * @fires mt-promotion-event-saved - The event was created or changed; detail: eventId, startsAt.
 * @fires mt-close - Staff asked to go back to the calendar.
 */
export class MtConsolePromotionEventEditor extends LitElement {
  static override styles = [consoleStyles, sectionStyles];

  static override properties = {
    event: { attribute: false },
    date: { type: String },
    organisation: { type: String },
    locale: { type: String },
    staff: { attribute: false },
    status: { state: true },
  };

  /** The event to edit; null for a new one on `date`. */
  declare event: PromotionEvent | null;
  /** YYYY-MM-DD (Korea) a new event starts on. */
  declare date: string;
  declare organisation: string;
  declare locale: ConsoleLocale;
  declare staff: ConsoleStaff | null;
  declare private status: string;

  private readonly plan = new FormController<PromotionEventInput>(this, blankEvent('2026-01-01'));
  private readonly leads = new FormController<{ leads: number | null }>(this, { leads: 0 });
  private readonly options = new Loader<Options>(this, async () => {
    const [campaigns, packages] = await Promise.all([
      request(MarketingCampaignsDocument, { locale: this.apiLocale, after: null }),
      publishedPackages(this.apiLocale),
    ]);
    return {
      campaigns: campaigns.myCampaigns.edges
        .map((edge) => edge.node)
        .filter((campaign) => campaign.organisation === this.organisation)
        .map((campaign) => ({ value: campaign.id, label: campaign.name })),
      packages,
    };
  });

  constructor() {
    super();
    this.event = null;
    this.date = '';
    this.organisation = '';
    this.locale = 'en';
    this.staff = null;
    this.status = '';
  }

  private get apiLocale(): Locale {
    return this.locale === 'ko' ? 'KO' : 'EN';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('event') || changed.has('date')) {
      this.plan.reset(this.event ? planOf(this.event) : blankEvent(this.date));
      this.leads.reset({ leads: this.event?.leads ?? 0 });
    }
    if (changed.has('locale') || changed.has('organisation')) void this.options.run();
  }

  private took(event: PromotionEvent): void {
    this.event = event;
    this.dispatchEvent(
      new CustomEvent('mt-promotion-event-saved', {
        detail: { eventId: event.id, startsAt: event.startsAt },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private async save(submitted: Event): Promise<void> {
    submitted.preventDefault();
    const current = this.event;
    const value = this.plan.value;
    const input: PromotionEventInput = {
      ...value,
      // A description is optional, but one given needs an EN or KO text: none written is none sent.
      description: value.description?.length ? value.description : null,
      // Only a FAM tour has guests following a package.
      itineraryPackageId: value.kind === 'FAM_TOUR' ? value.itineraryPackageId : null,
      ...(!current && this.staff?.role === 'platform-admin' && { organisation: this.organisation }),
    };
    const answer = await this.plan.submit(async () =>
      current
        ? (
            await request(MarketingUpdatePromotionEventDocument, {
              id: current.id,
              input,
              expectedVersion: current.version,
              locale: this.apiLocale,
            })
          ).updatePromotionEvent
        : (await request(MarketingCreatePromotionEventDocument, { input, locale: this.apiLocale }))
            .createPromotionEvent,
    );
    if (answer?.__typename !== 'PromotionEvent') return;
    this.took(answer);
    this.status = messages[this.locale].eventSaved;
  }

  private async saveLeads(submitted: Event): Promise<void> {
    submitted.preventDefault();
    const current = this.event;
    if (!current) return;
    const answer = await this.leads.submit(
      async () =>
        (
          await request(MarketingRecordLeadsDocument, {
            id: current.id,
            leads: this.leads.value.leads ?? -1,
            expectedVersion: current.version,
            locale: this.apiLocale,
          })
        ).recordPromotionLeads,
    );
    if (answer?.__typename !== 'PromotionEvent') return;
    this.took(answer);
    this.status = messages[this.locale].leadsSaved;
  }

  private close(): void {
    if (!confirmLeaving(this.locale)) return;
    this.dispatchEvent(new CustomEvent('mt-close', { bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    const form = this.plan as FormController<unknown>;
    const value = this.plan.value;
    const options = this.options.data;
    const started = this.event !== null && Date.parse(this.event.startsAt) <= Date.now();
    return html`<div class="actions">
        <button type="button" @click=${this.close}>${m.backToCalendar}</button>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
      <h2>${this.event ? this.event.title : m.newEvent}</h2>
      <form class="panel" aria-label=${m.eventPlanTitle} @submit=${this.save} novalidate>
        ${formErrorBanner(form)}
        ${selectField(form, 'kind', m.eventKind, enumChoices(m.eventKinds), { required: true })}
        ${textField(form, 'slug', m.slug, { required: true, hint: m.slugHint, maxlength: 80, autocomplete: 'off' })}
        <mt-console-localized-text
          .form=${form}
          path="title"
          label=${m.eventTitle}
          required
          maxlength="200"
          locale=${this.locale}
        ></mt-console-localized-text>
        <mt-console-localized-text
          .form=${form}
          path="description"
          label=${m.eventDescription}
          multiline
          maxlength="2000"
          locale=${this.locale}
        ></mt-console-localized-text>
        <div class="two-columns">
          ${dateTimeField(form, 'startsAt', m.startsAt, { required: true, hint: m.koreaTimeHint })}
          ${dateTimeField(form, 'endsAt', m.endsAt, { required: true, hint: m.koreaTimeHint })}
        </div>
        <div class="two-columns">
          ${textField(form, 'city', m.city, { required: true, maxlength: 100 })}
          ${selectField(form, 'country', m.country, countryChoices(this.locale, ['KR', value.country]), { required: true })}
        </div>
        ${checkboxGroupField(
          form,
          'targetCountries',
          m.targetCountries,
          countryChoices(this.locale, value.targetCountries),
          {
            required: true,
          },
        )}
        ${listField(form, 'partners', m.partners, { hint: m.partnersHint })}
        ${
          options
            ? html`${selectField(form, 'campaignId', m.linkedCampaign, options.campaigns, { empty: m.noneChosen })}
              ${
                options.packages.length
                  ? checkboxGroupField(
                      form,
                      'packageIds',
                      m.eventPackages,
                      options.packages.map((pkg) => ({ value: pkg.id, label: pkg.title })),
                    )
                  : nothing
              }
              ${
                value.kind === 'FAM_TOUR'
                  ? selectField(
                      form,
                      'itineraryPackageId',
                      m.famTourPackage,
                      options.packages.map((pkg) => ({ value: pkg.id, label: pkg.title })),
                      { empty: m.noneChosen, hint: m.famTourPackageHint },
                    )
                  : nothing
              }`
            : html`<p class="placeholder" role="status">${m.loading}</p>`
        }
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.plan.saving}>
            ${this.event ? m.saveEvent : m.createEvent}
          </button>
          ${this.plan.dirty ? html`<span class="muted">${m.unsaved}</span>` : nothing}
        </div>
      </form>
      ${this.event ? this.renderLeads(started) : nothing}`;
  }

  private renderLeads(started: boolean): TemplateResult {
    const m = messages[this.locale];
    const form = this.leads as FormController<unknown>;
    return html`<form class="panel" aria-label=${m.leadsTitle} @submit=${this.saveLeads} novalidate>
      <h3>${m.leadsTitle}</h3>
      ${formErrorBanner(form)}
      ${numberField(form, 'leads', m.leads, {
        min: 0,
        required: true,
        disabled: !started,
        hint: started ? m.leadsHint : m.leadsNotYet,
      })}
      <button type="submit" class="primary" ?disabled=${!started || this.leads.saving}>${m.saveLeads}</button>
    </form>`;
  }
}

defineOnce('mt-console-promotion-event-editor', MtConsolePromotionEventEditor);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-promotion-event-editor': MtConsolePromotionEventEditor;
  }
}
