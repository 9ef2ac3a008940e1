import { html, nothing } from 'lit';
import { addDays } from '../../core/time';
import { HospitalPublishPatternDocument, type ConsultationMode, type Locale, type Weekday } from '../generated/graphql';
import { request } from '../shared/api';
import { checkboxGroupField, dateField, formErrorBanner, numberField, selectField } from '../shared/fields';
import { FormController } from '../shared/form';
import { fill } from '../shared/messages';
import { modeWords, weekdayWords } from './hospital.messages';
import { apiLocale, HospitalView, languageChoices, requiredAnswer } from './view';
import { CLOCK, koreaToday, mondayOf, patternStarts, WEEKDAYS } from './week';

/** The API's limit on one pattern; the preview says so before the staff press Publish. */
const MOST_SLOTS = 500;

export interface SlotsPublishedDetail {
  published: number;
  skipped: number;
  /** The pattern's first day, so the calendar can show the week it starts in. */
  from: string;
}

interface PatternValue {
  procedureId: string | null;
  mode: ConsultationMode;
  from: string | null;
  until: string | null;
  weekdays: Weekday[];
  times: string[];
  /** The time being typed before Add: part of the form so leaving it half-typed counts as unsaved. */
  newTime: string | null;
  durationMinutes: number | null;
  capacity: number | null;
  interpreterLanguage: Locale | null;
}

/** Next week, Monday to Friday, mornings and afternoons: the week a clinic most often opens next. */
function nextWeek(): PatternValue {
  const monday = addDays(mondayOf(koreaToday()), 7);
  return {
    procedureId: null,
    mode: 'IN_PERSON',
    from: monday,
    until: addDays(monday, 6),
    weekdays: WEEKDAYS.slice(0, 5),
    times: ['10:00', '14:00'],
    newTime: null,
    durationMinutes: 30,
    capacity: 1,
    interpreterLanguage: null,
  };
}

/**
 * Publishes slots by a weekly pattern over a date range in one step: treatment (or general consultation), mode,
 * first and last day, weekdays, start times in Korea time, length, places and interpreter. Before publishing it
 * says how many slots the pattern gives (times already offered are skipped by the API, and it says how many).
 *
 * @fires mt-slots-published - Slots were published; detail: how many, how many skipped, the first day.
 */
export class MtHospitalPattern extends HospitalView {
  static override properties = {
    ...HospitalView.properties,
    result: { state: true },
  };

  declare private result: string | null;

  private readonly form = new FormController<PatternValue>(this, nextWeek());

  constructor() {
    super();
    this.result = null;
  }

  private addTime(): void {
    const time = this.form.value.newTime;
    if (!time || !CLOCK.test(time)) return;
    this.form.update((value) => {
      if (!value.times.includes(time)) value.times = [...value.times, time].sort();
      value.newTime = null;
    });
  }

  private removeTime(time: string): void {
    this.form.update((value) => {
      value.times = value.times.filter((candidate) => candidate !== time);
    });
    void this.focusLater('#new-time');
  }

  private async publish(): Promise<void> {
    this.result = null;
    const value = this.form.value;
    const answer = await this.form.submit(async () => {
      const { from, until, durationMinutes, capacity } = value;
      // An empty required input cannot even be sent (the API's types need it): it is marked the way the API's
      // own refusals are, beside the input.
      if (!from || !until || durationMinutes === null || capacity === null) {
        const missing = Object.entries({ from, until, durationMinutes, capacity }).filter(
          ([, given]) => given === null,
        );
        return requiredAnswer(
          missing.map(([field]) => field),
          this.m.required,
        );
      }
      const { publishSlotPattern } = await request(HospitalPublishPatternDocument, {
        input: {
          providerId: this.provider.id,
          procedureId: value.procedureId,
          mode: value.mode,
          from,
          until,
          weekdays: value.weekdays,
          times: value.times,
          durationMinutes,
          capacity,
          interpreterLanguage: value.interpreterLanguage,
        },
        locale: apiLocale(this.locale),
      });
      return publishSlotPattern;
    });
    if (answer?.__typename !== 'SlotPatternPublished') return;
    const detail = { published: answer.slots.length, skipped: answer.skipped, from: value.from ?? '' };
    this.result = fill(this.m.published, detail);
    // The same pattern stays filled in (the next range is often the same week later), but is no longer unsaved.
    this.form.reset({ ...this.form.value, newTime: null });
    this.dispatchEvent(
      new CustomEvent<SlotsPublishedDetail>('mt-slots-published', { detail, bubbles: true, composed: true }),
    );
  }

  override render() {
    const m = this.m;
    const form = this.form;
    const value = form.value;
    const count = patternStarts({
      from: value.from ?? '',
      until: value.until ?? '',
      weekdays: value.weekdays,
      times: value.times,
    }).length;
    const procedures = this.provider.procedures.map((procedure) => ({ value: procedure.id, label: procedure.name }));
    const timesError = form.error('times') ?? form.errorsUnder('times')[0];
    return html`<section class="panel" aria-labelledby="pattern-heading">
      <h3 id="pattern-heading">${m.patternHeading}</h3>
      <form
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.publish();
        }}
      >
        ${formErrorBanner(form)}
        ${form.error('providerId') ? html`<p class="error">${form.error('providerId')}</p>` : nothing}
        <div class="grid-2">
          ${selectField(form, 'procedureId', m.procedure, procedures, { empty: m.generalConsultation })}
          ${selectField(
            form,
            'mode',
            m.mode,
            Object.entries(modeWords[this.locale]).map(([value, label]) => ({ value, label })),
            { required: true },
          )}
          ${dateField(form, 'from', m.from, { required: true })}
          ${dateField(form, 'until', m.until, { required: true })}
        </div>
        ${checkboxGroupField(
          form,
          'weekdays',
          m.weekdays,
          WEEKDAYS.map((day) => ({ value: day, label: weekdayWords[this.locale][day] })),
          { required: true },
        )}
        <fieldset
          id="${form.fieldId('times')}"
          tabindex=${timesError ? '-1' : nothing}
          aria-invalid=${timesError ? 'true' : 'false'}
          aria-describedby=${timesError ? `${form.fieldId('times')}-error` : nothing}
        >
          <legend>${m.times}<span aria-hidden="true"> *</span></legend>
          ${
            value.times.length === 0
              ? html`<p class="muted">${m.noTimes}</p>`
              : html`<ul class="times">
                  ${value.times.map(
                    (time) =>
                      html`<li>
                        <span>${time}</span>
                        <button
                          type="button"
                          aria-label=${fill(m.removeTime, { time })}
                          @click=${() => this.removeTime(time)}
                        >
                          ×
                        </button>
                      </li>`,
                  )}
                </ul>`
          }
          <div class="actions">
            <label for="new-time">${m.newTime}</label>
            <input
              id="new-time"
              name="newTime"
              type="time"
              .value=${value.newTime ?? ''}
              @input=${(event: Event) => form.set('newTime', (event.target as HTMLInputElement).value || null)}
              @keydown=${(event: KeyboardEvent) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                this.addTime();
              }}
            />
            <button type="button" @click=${() => this.addTime()}>${m.addTime}</button>
          </div>
          ${timesError ? html`<p class="error" id="${form.fieldId('times')}-error">${timesError}</p>` : nothing}
        </fieldset>
        <div class="grid-2">
          ${numberField(form, 'durationMinutes', m.durationMinutes, { min: 5, max: 600, required: true })}
          ${numberField(form, 'capacity', m.capacity, { min: 1, max: 50, required: true })}
          ${selectField(form, 'interpreterLanguage', m.interpreterLanguage, languageChoices(this.locale), {
            empty: m.noInterpreter,
          })}
        </div>
        <p class="preview ${count > MOST_SLOTS ? 'too-many' : ''}" role="status" aria-live="polite">
          ${count === 0 ? m.previewNone : fill(count > MOST_SLOTS ? m.previewTooMany : m.previewCount, { count })}
        </p>
        <div role="status" aria-live="polite">
          ${this.result ? html`<p class="success">${this.result}</p>` : nothing}
        </div>
        <button type="submit" class="primary" ?disabled=${form.saving}>${m.publish}</button>
      </form>
    </section>`;
  }
}
