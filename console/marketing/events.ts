import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { addDays, koreaDate } from '../../core/time';
import { defineOnce } from '../../widgets/shared/define';
import {
  MarketingPromotionEventsDocument,
  type Locale,
  type MarketingPromotionEventFragment,
} from '../generated/graphql';
import { request } from '../shared/api';
import { fill, formatKoreaTime, intlTagOf, KOREA_TIME_ZONE, type ConsoleLocale } from '../shared/messages';
import type { ConsoleStaff } from '../shared/session';
import { consoleStyles } from '../shared/styles';
import './event-editor';
import { Loader, renderLoad } from '../shared/loader';
import { messages } from './marketing.messages';
import { sectionStyles } from './marketing.styles';

type PromotionEvent = MarketingPromotionEventFragment;

/** YYYY-MM-01 of the month `date` (YYYY-MM-DD) is in, and of the month `offset` months later. */
function monthStart(date: string, offset = 0): string {
  const [year = 0, month = 1] = date.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 1 + offset, 1));
  return start.toISOString().slice(0, 10);
}

/** 0 = Sunday, as Korean wall calendars start the week. */
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The weeks (Sunday to Saturday) covering the month, with the neighbouring months' days that fill them. */
function monthWeeks(first: string): string[][] {
  const next = monthStart(first, 1);
  let day = addDays(first, -weekdayOf(first));
  const weeks: string[][] = [];
  while (day < next) {
    weeks.push(Array.from({ length: 7 }, (_, index) => addDays(day, index)));
    day = addDays(day, 7);
  }
  return weeks;
}

/** Korean dates an event covers (its end is exclusive: an event ending at midnight does not take the next day). */
function coversDay(event: PromotionEvent, date: string): boolean {
  const start = koreaDate(new Date(event.startsAt));
  const end = koreaDate(new Date(Date.parse(event.endsAt) - 1));
  return start <= date && date <= end;
}

/**
 * The organisation's promotion events on a month calendar in Korea time: one Tab stop, arrow keys move by day and
 * week, Home/End to the week's ends, Page Up/Down by month (the WAI-ARIA date grid's keys). The day with the focus
 * is the chosen one; its events are listed below the grid to open, with a button for a new event on that day.
 */
export class MtConsoleMarketingEvents extends LitElement {
  static override styles = [consoleStyles, sectionStyles];

  static override properties = {
    organisation: { type: String },
    locale: { type: String },
    staff: { attribute: false },
    day: { state: true },
    editing: { state: true },
  };

  declare organisation: string;
  declare locale: ConsoleLocale;
  declare staff: ConsoleStaff | null;
  /** The chosen Korean date, YYYY-MM-DD; the month shown is its month. */
  declare private day: string;
  /** null: the calendar; 'new': a new event on `day`; else the event being edited. */
  declare private editing: PromotionEvent | 'new' | null;

  private shownMonth = '';
  private readonly events = new Loader<PromotionEvent[]>(this, async () => {
    const first = monthStart(this.day);
    const data = await request(MarketingPromotionEventsDocument, {
      from: `${first}T00:00:00+09:00`,
      to: `${monthStart(first, 1)}T00:00:00+09:00`,
      locale: this.apiLocale,
    });
    return data.myPromotionEvents.filter((event) => event.organisation === this.organisation);
  });

  constructor() {
    super();
    this.organisation = '';
    this.locale = 'en';
    this.staff = null;
    this.day = koreaDate(new Date());
    this.editing = null;
  }

  private get apiLocale(): Locale {
    return this.locale === 'ko' ? 'KO' : 'EN';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('organisation')) this.editing = null;
    const month = monthStart(this.day);
    if (changed.has('organisation') || changed.has('locale') || month !== this.shownMonth) {
      this.shownMonth = month;
      void this.events.run();
    }
  }

  /** Moves the chosen day (and the focus with it, when the grid has it). */
  private async moveTo(date: string, focus = true): Promise<void> {
    this.day = date;
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-date="${date}"]`)?.focus();
  }

  private onGridKey(event: KeyboardEvent): void {
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(this.day, -1),
      ArrowRight: () => addDays(this.day, 1),
      ArrowUp: () => addDays(this.day, -7),
      ArrowDown: () => addDays(this.day, 7),
      Home: () => addDays(this.day, -weekdayOf(this.day)),
      End: () => addDays(this.day, 6 - weekdayOf(this.day)),
      PageUp: () => this.sameDayInMonth(-1),
      PageDown: () => this.sameDayInMonth(1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    void this.moveTo(move());
  }

  /** The same day of the month `offset` months away, or that month's last day when it is shorter. */
  private sameDayInMonth(offset: number): string {
    const first = monthStart(this.day, offset);
    const last = addDays(monthStart(first, 1), -1);
    const candidate = `${first.slice(0, 8)}${this.day.slice(8)}`;
    return candidate > last ? last : candidate;
  }

  private async open(target: PromotionEvent | 'new'): Promise<void> {
    this.editing = target;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('mt-console-promotion-event-editor')?.focus();
  }

  private async backToCalendar(): Promise<void> {
    this.editing = null;
    await this.events.run();
    await this.moveTo(this.day);
  }

  override render(): TemplateResult {
    if (this.editing !== null) {
      return html`<mt-console-promotion-event-editor
        tabindex="-1"
        .event=${this.editing === 'new' ? null : this.editing}
        date=${this.day}
        organisation=${this.organisation}
        locale=${this.locale}
        .staff=${this.staff}
        @mt-promotion-event-saved=${(event: CustomEvent<{ startsAt: string }>) => {
          this.day = koreaDate(new Date(event.detail.startsAt));
        }}
        @mt-close=${() => void this.backToCalendar()}
      ></mt-console-promotion-event-editor>`;
    }
    const m = messages[this.locale];
    const first = monthStart(this.day);
    const monthTitle = new Intl.DateTimeFormat(intlTagOf(this.locale), {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${first}T00:00:00Z`));
    return html`<div class="calendar-head">
        <button
          type="button"
          @click=${() => void this.moveTo(this.sameDayInMonth(-1), false)}
          aria-label=${m.previousMonth}
        >
          ‹ <span aria-hidden="true">${m.previousMonthShort}</span>
        </button>
        <h3 id="month-title" aria-live="polite">${monthTitle}</h3>
        <button type="button" @click=${() => void this.moveTo(this.sameDayInMonth(1), false)} aria-label=${m.nextMonth}>
          <span aria-hidden="true">${m.nextMonthShort}</span> ›
        </button>
        <button type="button" @click=${() => void this.moveTo(koreaDate(new Date()), false)}>${m.today}</button>
      </div>
      <p class="hint" id="grid-hint">${m.calendarKeys}</p>
      ${renderLoad(
        this.locale,
        this.events.state,
        () => void this.events.run(),
        (events) => html`${this.renderGrid(first, events)} ${this.renderDay(events)}`,
        'placeholder calendar-placeholder',
      )}`;
  }

  private renderGrid(first: string, events: PromotionEvent[]): TemplateResult {
    const m = messages[this.locale];
    const weekday = new Intl.DateTimeFormat(intlTagOf(this.locale), { weekday: 'short', timeZone: 'UTC' });
    const weekdayLong = new Intl.DateTimeFormat(intlTagOf(this.locale), { weekday: 'long', timeZone: 'UTC' });
    const dayLabel = new Intl.DateTimeFormat(intlTagOf(this.locale), { dateStyle: 'full', timeZone: 'UTC' });
    const weeks = monthWeeks(first);
    const month = first.slice(0, 7);
    const today = koreaDate(new Date());
    return html`<table
      role="grid"
      class="month"
      aria-labelledby="month-title"
      aria-describedby="grid-hint"
      @keydown=${this.onGridKey}
    >
      <thead>
        <tr>
          ${(weeks[0] ?? []).map((date) => {
            const at = new Date(`${date}T00:00:00Z`);
            return html`<th scope="col" role="columnheader" abbr=${weekdayLong.format(at)}>${weekday.format(at)}</th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) =>
            html`<tr>
              ${week.map((date) => {
                const on = events.filter((event) => coversDay(event, date));
                // The cell is named by its content (the full date, read but not shown, and the events' titles), so
                // what a screen reader says is what sighted staff see.
                return html`<td
                  role="gridcell"
                  data-date=${date}
                  tabindex=${date === this.day ? '0' : '-1'}
                  aria-selected=${date === this.day ? 'true' : 'false'}
                  aria-current=${date === today ? 'date' : nothing}
                  class=${[date.startsWith(month) ? '' : 'outside', date === today ? 'today' : ''].join(' ')}
                  @click=${() => void this.moveTo(date)}
                >
                  <span class="visually-hidden">${dayLabel.format(new Date(`${date}T00:00:00Z`))}</span>
                  <span class="day-number" aria-hidden="true">${Number(date.slice(8))}</span>
                  ${
                    on.length
                      ? html`<ul class="day-events">
                          ${on.slice(0, 3).map((event) => html`<li>${event.title}</li>`)}
                          ${on.length > 3 ? html`<li>${fill(m.moreEvents, { count: on.length - 3 })}</li>` : nothing}
                        </ul>`
                      : nothing
                  }
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderDay(events: PromotionEvent[]): TemplateResult {
    const m = messages[this.locale];
    const on = events.filter((event) => coversDay(event, this.day));
    const title = new Intl.DateTimeFormat(intlTagOf(this.locale), {
      dateStyle: 'full',
      timeZone: KOREA_TIME_ZONE,
    }).format(new Date(`${this.day}T12:00:00+09:00`));
    return html`<section class="panel" aria-labelledby="day-title">
      <h3 id="day-title">${fill(m.eventsOn, { date: title })}</h3>
      ${
        on.length
          ? html`<ul class="event-list">
              ${on.map(
                (event) =>
                  html`<li>
                    <button type="button" class="link" @click=${() => void this.open(event)}>${event.title}</button>
                    <span class="muted">
                      ${m.eventKinds[event.kind]} · ${formatKoreaTime(this.locale, event.startsAt)} –
                      ${formatKoreaTime(this.locale, event.endsAt)} · ${event.city}</span
                    >
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${m.noEventsOnDay}</p>`
      }
      <button type="button" class="primary" @click=${() => void this.open('new')}>${m.newEventOnDay}</button>
    </section>`;
  }
}

defineOnce('mt-console-marketing-events', MtConsoleMarketingEvents);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-marketing-events': MtConsoleMarketingEvents;
  }
}
