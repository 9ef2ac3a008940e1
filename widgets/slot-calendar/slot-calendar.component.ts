import { html, nothing, type PropertyValues } from 'lit';
import { MtElement } from '../shared/element';
import { emit } from '../shared/events';
import {
  formatDate,
  formatDay,
  formatMinutes,
  formatTime,
  formatZone,
  KOREA_ZONE,
  koreaDateOf,
  visitorZone,
} from '../shared/format';
import { direction, intlTag, type Locale } from '../shared/locale';
import { displayNames, type Names } from '../shared/names';
import { baseStyles } from '../shared/styles';
import { GridController, monthWeeks, type CalendarDate } from './grid-controller';
import { ListController } from './list-controller';
import { slotCalendarStyles } from './slot-calendar.styles';

/** One free consultation time, as the availability and booking widgets already have it from the API. */
export interface CalendarSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  mode: 'IN_PERSON' | 'REMOTE';
  remaining: number;
  interpreterLanguage?: Locale | null;
  procedure?: { id: string; name: string } | null;
}

/** Without `.from`/`.until` the element shows the coming month, as `<mt-availability>` asks for by default. */
const DEFAULT_WINDOW_MS = 30 * 86_400_000;

/**
 * The zones patients come from, roughly east to west, each with its country: two zones can share a name
 * in words (Bangkok and Ho Chi Minh City are both "Indochina Time"), and the country tells them apart.
 */
const PATIENT_ZONES: readonly (readonly [zone: string, region: string])[] = [
  [KOREA_ZONE, 'KR'],
  ['Australia/Sydney', 'AU'],
  ['Asia/Vladivostok', 'RU'],
  ['Asia/Tokyo', 'JP'],
  ['Asia/Shanghai', 'CN'],
  ['Asia/Taipei', 'TW'],
  ['Asia/Hong_Kong', 'HK'],
  ['Asia/Manila', 'PH'],
  ['Asia/Singapore', 'SG'],
  ['Asia/Ulaanbaatar', 'MN'],
  ['Asia/Bangkok', 'TH'],
  ['Asia/Ho_Chi_Minh', 'VN'],
  ['Asia/Jakarta', 'ID'],
  ['Asia/Almaty', 'KZ'],
  ['Asia/Tashkent', 'UZ'],
  ['Asia/Kolkata', 'IN'],
  ['Asia/Dubai', 'AE'],
  ['Asia/Riyadh', 'SA'],
  ['Europe/Moscow', 'RU'],
  ['Europe/Berlin', 'DE'],
  ['Europe/London', 'GB'],
  ['America/New_York', 'US'],
  ['America/Los_Angeles', 'US'],
];

/**
 * The browser's spelling of a zone (Chromium says Asia/Saigon for Asia/Ho_Chi_Minh), so the picker's entries
 * and the visitor's own zone compare equal; null for a name that is no zone at all.
 */
function canonicalZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

interface ZoneOption {
  zone: string;
  label: string;
}

/** Index of the locale's first weekday as Date.getUTCDay counts (0 = Sunday); Monday where the browser cannot say. */
function firstWeekdayOf(locale: Locale): number {
  const tag = new Intl.Locale(intlTag(locale)) as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  const firstDay = (tag.getWeekInfo?.() ?? tag.weekInfo)?.firstDay ?? 1;
  return firstDay % 7;
}

/** A calendar date at noon in Korea, for the formatters that take an instant. */
const koreaNoon = (date: CalendarDate) => `${date}T12:00:00+09:00`;

/**
 * A month calendar of the days with free consultation times, then the chosen day's times as a compact list.
 * The grid follows the WAI-ARIA APG date picker: a single Tab stop, arrows move a day or a week (mirrored right
 * to left), Home/End to the week's ends, PageUp/PageDown a month (Shift: a year), Enter or Space chooses; days
 * without free times can be reached but not chosen. Days are the clinic's days in Korea. Each time gives the
 * Korea time and the time in a zone the visitor picks (their device's by default), named in words, with the
 * duration, kind, interpreter, places left and treatment. It only shows what it is given and never fetches.
 *
 * @fires mt-slot-choose - The visitor picked a time; detail: slotId. The parent decides what follows.
 * @fires mt-zone-change - The visitor picked another zone for the times; detail: zone (an IANA name).
 * @csspart root - The element's outer box.
 * @csspart calendar - The month caption with its buttons and the date grid.
 * @csspart month - The month caption, announced when the month changes.
 * @csspart previous-month - The button showing the previous month.
 * @csspart next-month - The button showing the next month.
 * @csspart grid - The date grid (a table).
 * @csspart weekday - A weekday column header.
 * @csspart day - A day of the month; also `free`, `chosen` and `today` as they apply.
 * @csspart times - The chosen day's heading, zone picker and times.
 * @csspart times-heading - The chosen day above its times.
 * @csspart zone-picker - The label and select for the zone the times are shown in.
 * @csspart time-list - The list of the chosen day's times.
 * @csspart time - One time; `time selected` for the chosen one.
 * @csspart korea-time - A time's clock reading in Korea.
 * @csspart your-time - A time's clock reading in the chosen zone, with the zone's name.
 * @csspart duration - How long the consultation lasts.
 * @csspart mode - The in person / video call badge.
 * @csspart places - The number of places left.
 * @csspart treatment - The treatment, or general consultation.
 * @csspart interpreter - The interpreter's language, when there is one.
 * @csspart status - The message shown when there is no free time at all.
 * @cssprop --mt-color-text - Text colour.
 * @cssprop --mt-color-surface - Background of the grid and the times.
 * @cssprop --mt-color-accent - The chosen day and time, days with free times, buttons.
 * @cssprop --mt-color-on-accent - Text on the chosen day and time.
 * @cssprop --mt-color-border - Borders of the grid's days, the times and the select.
 * @cssprop --mt-color-muted-text - Days without free times, zones, treatments.
 * @cssprop --mt-color-muted-surface - Background of days with free times and of the status message.
 * @cssprop --mt-color-badge - Background of the consultation type badge.
 * @cssprop --mt-color-badge-text - Text of the consultation type badge.
 * @cssprop --mt-color-focus - Focus outline.
 * @cssprop --mt-radius - Corner radius.
 * @cssprop --mt-font-family - Font.
 * @cssprop --mt-font-size - Text size every other size follows (default 16px, whatever the page's root font).
 * @tag mt-slot-calendar
 */
export class MtSlotCalendar extends MtElement {
  static override styles = [baseStyles, slotCalendarStyles];

  static override properties = {
    ...MtElement.properties,
    slots: { attribute: false },
    selected: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    from: { attribute: false },
    until: { attribute: false },
    zone: { type: String },
    chosenDay: { state: true },
  };

  /** The free times to show; days are grouped by their date in Korea. */
  declare slots: CalendarSlot[];
  /** Id of the time the parent considers chosen (shown as selected), or null. */
  declare selected: string | null;
  /** While true nothing can be chosen (e.g. while the parent sends a booking); looking around still works. */
  declare disabled: boolean;
  /** Start of the window shown; days before it cannot be chosen. */
  declare from: Date;
  /** End of the window shown; days after it cannot be chosen. */
  declare until: Date;
  /** The IANA zone the visitor's times are shown in; the device's zone unless set or picked. */
  declare zone: string;
  declare private chosenDay: CalendarDate | null;

  private byDay = new Map<CalendarDate, CalendarSlot[]>();
  private firstDay: CalendarDate = '';
  private lastDay: CalendarDate = '';

  private readonly grid = new GridController(this, {
    weekStart: () => firstWeekdayOf(this.locale),
    rtl: () => direction(this.locale) === 'rtl',
    choose: (date) => this.chooseDay(date),
  });

  private readonly list = new ListController(this, {
    ids: () => this.dayTimes.map((slot) => slot.id),
    preferred: () => this.selected,
    choose: (id) => this.chooseTime(id),
  });

  constructor() {
    super();
    this.slots = [];
    this.selected = null;
    this.disabled = false;
    this.from = new Date();
    this.until = new Date(this.from.getTime() + DEFAULT_WINDOW_MS);
    this.zone = visitorZone();
    this.chosenDay = null;
  }

  /** Puts focus on a time, e.g. when the parent closes its form and hands the visitor back to the list. */
  async focusTime(slotId: string): Promise<void> {
    const slot = this.slots.find((candidate) => candidate.id === slotId);
    if (!slot) return;
    this.showDay(koreaDateOf(slot.startsAt));
    this.list.focus(slotId);
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('slots') && !changed.has('selected') && !changed.has('from') && !changed.has('until')) return;
    this.byDay = new Map();
    for (const slot of [...this.slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
      const date = koreaDateOf(slot.startsAt);
      this.byDay.set(date, [...(this.byDay.get(date) ?? []), slot]);
    }
    this.firstDay = koreaDateOf(this.from.toISOString());
    this.lastDay = koreaDateOf(this.until.toISOString());
    this.grid.setRange(this.firstDay, this.lastDay);
    const selected = this.slots.find((slot) => slot.id === this.selected);
    const selectedDay = selected ? koreaDateOf(selected.startsAt) : null;
    // A newly chosen time shows its day; otherwise the day stays while it still has times, or the first one that does.
    if (changed.has('selected') && selectedDay) this.showDay(selectedDay);
    else if (!this.chosenDay || !this.isFree(this.chosenDay))
      this.showDay(selectedDay ?? [...this.byDay.keys()].find((date) => this.isFree(date)) ?? null);
  }

  private showDay(date: CalendarDate | null): void {
    if (date !== this.chosenDay) this.list.reset();
    this.chosenDay = date;
    this.grid.show(date ?? this.firstDay);
  }

  private isFree(date: CalendarDate): boolean {
    return date >= this.firstDay && date <= this.lastDay && this.byDay.has(date);
  }

  private get dayTimes(): CalendarSlot[] {
    return (this.chosenDay && this.byDay.get(this.chosenDay)) || [];
  }

  private chooseDay(date: CalendarDate): void {
    if (this.disabled || !this.isFree(date)) return;
    this.showDay(date);
  }

  private chooseTime(slotId: string): void {
    if (this.disabled) return;
    emit(this, 'mt-slot-choose', { slotId });
  }

  /** The zone the times are shown in: `zone` as the browser spells it, the device's when it names no zone. */
  private get shownZone(): string {
    return canonicalZone(this.zone) ?? visitorZone();
  }

  private onZoneChange(event: Event): void {
    this.zone = (event.target as HTMLSelectElement).value;
    emit(this, 'mt-zone-change', { zone: this.zone });
  }

  /** Korea, the visitor's own zone and the usual patients' zones, each once and named in the visitor's words. */
  private zoneOptions(): ZoneOption[] {
    const regions = new Map(PATIENT_ZONES.map(([zone, region]) => [canonicalZone(zone) ?? zone, region]));
    const zones = [KOREA_ZONE, visitorZone(), this.shownZone, ...regions.keys()]
      .map((zone) => canonicalZone(zone))
      .filter((zone): zone is string => zone !== null);
    const names = new Map([...new Set(zones)].map((zone) => [zone, formatZone(zone, this.locale)]));
    const countries = displayNames(this.locale, 'region');
    return [...names].map(([zone, name]) => {
      const shared = [...names.values()].filter((other) => other === name).length > 1;
      if (!shared) return { zone, label: name };
      const region = regions.get(zone);
      return { zone, label: `${name} (${region ? countries.of(region) : zone})` };
    });
  }

  private renderDay(date: CalendarDate, month: CalendarDate, formats: DayFormats) {
    if (date.slice(0, 7) !== month.slice(0, 7)) return html`<td></td>`;
    const free = this.isFree(date);
    const count = free ? (this.byDay.get(date)?.length ?? 0) : 0;
    const chosen = date === this.chosenDay;
    const today = date === formats.today;
    const parts = ['day', free ? 'free' : '', chosen ? 'chosen' : '', today ? 'today' : ''].filter(Boolean).join(' ');
    const noon = new Date(koreaNoon(date));
    return html`<td
      part=${parts}
      data-date=${date}
      tabindex=${date === this.grid.focused ? '0' : '-1'}
      aria-selected=${free ? (chosen ? 'true' : 'false') : nothing}
      aria-disabled=${free ? nothing : 'true'}
      aria-current=${today ? 'date' : nothing}
      @click=${() => {
        this.grid.show(date, true);
        this.chooseDay(date);
      }}
    >
      <span class="number" aria-hidden="true"
        >${formats.number.formatToParts(noon).find((part) => part.type === 'day')?.value}</span
      >
      ${free ? html`<span class="dot" aria-hidden="true"></span>` : nothing}
      <span class="visually-hidden"
        >${formatDate(noon, this.locale, 'longDay')},
        ${free ? this.t('calendarFreeTimes', { count }) : this.t('calendarNoTimes')}</span
      >
    </td>`;
  }

  private renderGrid() {
    const tag = intlTag(this.locale);
    const rtl = direction(this.locale) === 'rtl';
    const weekStart = firstWeekdayOf(this.locale);
    const month = this.grid.month;
    const weeks = monthWeeks(month, weekStart);
    const formats: DayFormats = {
      number: new Intl.DateTimeFormat(tag, { day: 'numeric', timeZone: KOREA_ZONE }),
      today: koreaDateOf(new Date().toISOString()),
    };
    const week = (weeks[0] ?? []).map((date) => new Date(koreaNoon(date)));
    const names = (width: 'narrow' | 'short') =>
      week.map((date) => formatDate(date, this.locale, width === 'narrow' ? 'narrowWeekday' : 'shortWeekday'));
    // Narrow names fit seven columns in every script (Arabic's short names are whole words), unless two
    // of them read the same, as English S M T W T F S does; the abbr gives screen readers the full name.
    const narrow = names('narrow');
    const headers = new Set(narrow).size === narrow.length ? narrow : names('short');
    return html`<div class="calendar" part="calendar">
      <div class="month-bar">
        <button
          type="button"
          class="secondary month-button"
          part="previous-month"
          ?disabled=${!this.grid.hasPreviousMonth}
          @click=${() => this.grid.shiftMonth(-1)}
        >
          <span aria-hidden="true">${rtl ? '›' : '‹'}</span
          ><span class="visually-hidden">${this.t('calendarPreviousMonth')}</span>
        </button>
        <h3 id="month" part="month" aria-live="polite">
          ${formatDate(new Date(koreaNoon(month)), this.locale, 'month')}
        </h3>
        <button
          type="button"
          class="secondary month-button"
          part="next-month"
          ?disabled=${!this.grid.hasNextMonth}
          @click=${() => this.grid.shiftMonth(1)}
        >
          <span aria-hidden="true">${rtl ? '‹' : '›'}</span
          ><span class="visually-hidden">${this.t('calendarNextMonth')}</span>
        </button>
      </div>
      <table role="grid" aria-labelledby="month" part="grid" @keydown=${this.grid.onKeydown}>
        <thead>
          <tr>
            ${week.map(
              (date, index) =>
                html`<th scope="col" part="weekday" abbr=${formatDate(date, this.locale, 'weekday')}>
                  ${headers[index]}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) =>
              html`<tr>
                ${week.map((date) => this.renderDay(date, month, formats))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private interpreterText(slot: CalendarSlot, languages: Names): string | null {
    if (!slot.interpreterLanguage) return null;
    const tag = slot.interpreterLanguage === 'ZH' ? 'zh' : intlTag(slot.interpreterLanguage);
    return this.t('interpreter', { language: languages.of(tag) });
  }

  /** The chosen zone's clock reading, with that zone's day when it is not the same day as in Korea. */
  private zoneMoment(slot: CalendarSlot, zone: string): string {
    const time = formatTime(slot.startsAt, this.locale, zone);
    const day = formatDay(slot.startsAt, this.locale, zone);
    return day === formatDay(slot.startsAt, this.locale) ? time : `${day} ${time}`;
  }

  private renderTime(slot: CalendarSlot, formats: TimeFormats) {
    const chosen = slot.id === this.selected;
    const interpreter = this.interpreterText(slot, formats.languages);
    const minutes = Math.round((Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 60_000);
    return html`<li
      role="option"
      part=${chosen ? 'time selected' : 'time'}
      data-slot=${slot.id}
      tabindex=${slot.id === this.list.tabStop ? '0' : '-1'}
      aria-selected=${chosen ? 'true' : 'false'}
      @click=${() => {
        this.list.focus(slot.id);
        this.chooseTime(slot.id);
      }}
    >
      <span class="line">
        <span class="korea"
          ><strong class="clock" part="korea-time">${formatTime(slot.startsAt, this.locale, KOREA_ZONE)}</strong>
          <span class="zone">${this.t('koreaTime')}</span></span
        >
        ${
          formats.zone === KOREA_ZONE
            ? nothing
            : html`<span class="local" part="your-time"
                ><span class="clock">${this.zoneMoment(slot, formats.zone)}</span>
                <span class="zone">${formatZone(formats.zone, this.locale, new Date(slot.startsAt))}</span></span
              >`
        }
      </span>
      <span class="line meta">
        <span part="duration">${formatMinutes(minutes, this.locale, 'short')}</span>
        <span class="badge" part="mode">${this.t(slot.mode === 'REMOTE' ? 'modeRemote' : 'modeInPerson')}</span>
        <span class="places" part="places">${this.t('placesLeft', { count: slot.remaining })}</span>
        <span class="what" part="treatment">${slot.procedure?.name ?? this.t('generalConsultation')}</span>
        ${interpreter ? html`<span class="interpreter" part="interpreter">${interpreter}</span>` : nothing}
      </span>
    </li>`;
  }

  private renderTimes(date: CalendarDate) {
    const zone = this.shownZone;
    const formats: TimeFormats = { zone, languages: displayNames(this.locale, 'language') };
    return html`<section class="times" part="times" aria-labelledby="times-heading">
      <div class="times-head">
        <h4 id="times-heading" part="times-heading">
          ${this.t('calendarTimesOn', { day: formatDay(koreaNoon(date), this.locale) })}
        </h4>
        <label class="zone-picker" part="zone-picker"
          ><span>${this.t('calendarZone')}</span>
          <select ?disabled=${this.disabled} @change=${this.onZoneChange}>
            ${this.zoneOptions().map(
              (option) => html`<option value=${option.zone} ?selected=${option.zone === zone}>${option.label}</option>`,
            )}
          </select></label
        >
      </div>
      <ul
        class="time-list"
        part="time-list"
        role="listbox"
        aria-labelledby="times-heading"
        aria-disabled=${this.disabled ? 'true' : 'false'}
        @keydown=${this.list.onKeydown}
      >
        ${this.dayTimes.map((slot) => this.renderTime(slot, formats))}
      </ul>
    </section>`;
  }

  override render() {
    const day = this.chosenDay;
    return this.frame(
      html`<div class="layout">
        ${this.renderGrid()}
        ${
          day
            ? this.renderTimes(day)
            : html`<p class="status" part="status" role="status">${this.t('availabilityEmpty')}</p>`
        }
      </div>`,
      day ? 'ready' : 'empty',
    );
  }
}

interface DayFormats {
  /** Only its `day` part is shown: Korean and Japanese write "3일", "3日", a grid cell just the number. */
  number: Intl.DateTimeFormat;
  today: CalendarDate;
}

interface TimeFormats {
  zone: string;
  languages: Names;
}
