import { html, nothing, type PropertyValues } from 'lit';
import { addDays } from '../../core/time';
import { HospitalWeekDocument, type HospitalSlotFragment } from '../generated/graphql';
import { request } from '../shared/api';
import { fill, formatKoreaTime, localeName } from '../shared/messages';
import { openDialog } from './dialog';
import { modeWords } from './hospital.messages';
import { Loader, loadStatus } from '../shared/loader';
import type { SlotsPublishedDetail } from './pattern.component';
import type { SlotChangedDetail } from './slot.component';
import { apiLocale, HospitalView } from './view';
import { koreaClock, koreaDayOf, koreaMidnight, koreaToday, mondayOf, weekDates } from './week';

/**
 * The week's slots, Monday to Sunday in Korea time, every one of them (open, full and closed): the staff's
 * working view of the calendar. Each slot opens a dialog with who booked it, its edit form and its closing;
 * "Publish a weekly pattern" opens the pattern form above the week and shows the week it starts in afterwards.
 */
export class MtHospitalCalendar extends HospitalView {
  static override properties = {
    ...HospitalView.properties,
    monday: { state: true },
    patternOpen: { state: true },
    openSlot: { state: true },
  };

  /** The Korean date of the Monday shown. */
  declare private monday: string;
  declare private patternOpen: boolean;
  declare private openSlot: string | null;

  private readonly week = new Loader<HospitalSlotFragment[]>(this, async () => {
    const answer = await request(HospitalWeekDocument, {
      slug: this.provider.slug,
      from: koreaMidnight(this.monday),
      to: koreaMidnight(addDays(this.monday, 7)),
      locale: apiLocale(this.locale),
    });
    return answer.provider?.slots ?? [];
  });

  constructor() {
    super();
    this.monday = mondayOf(koreaToday());
    this.patternOpen = false;
    this.openSlot = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('provider') || changed.has('monday') || changed.has('locale')) void this.week.run();
  }

  private goTo(monday: string): void {
    this.monday = monday;
  }

  private onPublished(event: CustomEvent<SlotsPublishedDetail>): void {
    // The pattern form says how many were published; the week shows them: the week the pattern starts in, read anew.
    const monday = mondayOf(event.detail.from);
    if (monday === this.monday) void this.week.run();
    else this.monday = monday;
  }

  private onSlotChanged(event: CustomEvent<SlotChangedDetail>): void {
    const shown = this.week.shown ?? [];
    this.week.set(shown.map((slot) => (slot.id === event.detail.slot.id ? event.detail.slot : slot)));
  }

  private showSlot(id: string, opener: EventTarget | null): void {
    this.openSlot = id;
    void this.updateComplete.then(() =>
      openDialog(this.renderRoot.querySelector<HTMLDialogElement>('#slot-dialog'), opener),
    );
  }

  override render() {
    const m = this.m;
    const dates = weekDates(this.monday);
    const today = koreaToday();
    const first = dates[0] as string;
    const last = dates[6] as string;
    const day = (date: string, options: Intl.DateTimeFormatOptions) =>
      formatKoreaTime(this.locale, koreaMidnight(date), { dateStyle: undefined, timeStyle: undefined, ...options });
    const range = fill(m.weekRange, {
      from: day(first, { month: 'long', day: 'numeric' }),
      to: day(last, { month: 'long', day: 'numeric', year: 'numeric' }),
    });
    const slots = this.week.shown ?? [];
    return html`
      <div class="toolbar">
        <h3 id="week-heading">${m.calendarHeading}: ${range} <span class="muted">(${m.koreaTime})</span></h3>
        <div class="actions">
          <button type="button" @click=${() => this.goTo(addDays(this.monday, -7))}>${m.previousWeek}</button>
          <button type="button" ?disabled=${this.monday === mondayOf(today)} @click=${() => this.goTo(mondayOf(today))}>
            ${m.thisWeek}
          </button>
          <button type="button" @click=${() => this.goTo(addDays(this.monday, 7))}>${m.nextWeek}</button>
        </div>
      </div>
      <p>
        <button
          type="button"
          class="primary"
          aria-expanded=${this.patternOpen ? 'true' : 'false'}
          aria-controls="pattern"
          @click=${() => (this.patternOpen = !this.patternOpen)}
        >
          ${m.openPattern}
        </button>
      </p>
      <div id="pattern" ?hidden=${!this.patternOpen}>
        ${
          this.patternOpen
            ? html`<mt-hospital-pattern
                .provider=${this.provider}
                locale=${this.locale}
                @mt-slots-published=${this.onPublished}
              ></mt-hospital-pattern>`
            : nothing
        }
      </div>
      ${loadStatus(this.locale, this.week.state, () => void this.week.run())}
      <div
        class="week"
        aria-labelledby="week-heading"
        aria-busy=${this.week.state.state === 'loading' ? 'true' : 'false'}
      >
        ${dates.map((date) => {
          const mine = slots.filter((slot) => koreaDayOf(slot.startsAt) === date);
          return html`<section class="day ${date === today ? 'today' : ''}" aria-labelledby="day-${date}">
            <h3 id="day-${date}">${day(date, { weekday: 'short', month: 'numeric', day: 'numeric' })}</h3>
            ${
              mine.length === 0
                ? html`<p class="empty">${m.noSlots}</p>`
                : html`<ul>
                    ${mine.map((slot) => html`<li>${this.renderSlot(slot)}</li>`)}
                  </ul>`
            }
          </section>`;
        })}
      </div>
      <dialog
        id="slot-dialog"
        aria-label=${this.m.slotDetails}
        @cancel=${(event: Event) => {
          if (!this.renderRoot.querySelector('mt-hospital-slot')?.mayClose()) event.preventDefault();
        }}
        @close=${() => (this.openSlot = null)}
      >
        ${
          this.openSlot
            ? html`<mt-hospital-slot
                .slotId=${this.openSlot}
                .provider=${this.provider}
                locale=${this.locale}
                @mt-slot-changed=${this.onSlotChanged}
              ></mt-hospital-slot>`
            : nothing
        }
      </dialog>
    `;
  }

  private renderSlot(slot: HospitalSlotFragment) {
    const m = this.m;
    const state = slot.closedAt ? 'closed' : slot.remaining === 0 ? 'full' : 'open';
    return html`<button
      type="button"
      class="slot ${state}"
      data-slot=${slot.id}
      @click=${(event: Event) => this.showSlot(slot.id, event.currentTarget)}
    >
      <strong>${koreaClock(slot.startsAt)}–${koreaClock(slot.endsAt)}</strong>
      <span>${slot.procedure?.name ?? m.generalConsultation}</span>
      <span
        >${modeWords[this.locale][slot.mode]}${
          slot.interpreterLanguage
            ? ` · ${fill(m.interpreter, { language: localeName(this.locale, slot.interpreterLanguage) })}`
            : ''
        }</span
      >
      <span>${fill(m.places, { remaining: slot.remaining, capacity: slot.capacity })}</span>
      ${state === 'open' ? nothing : html`<span class="tag">${state === 'closed' ? m.closed : m.full}</span>`}
    </button>`;
  }
}
