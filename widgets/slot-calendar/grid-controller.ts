import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calendar days are plain dates (YYYY-MM-DD) of the clinic's calendar in Korea, never instants: computing
 * them at UTC midnight keeps "the next day" free of the visitor's zone and of daylight saving.
 */
export type CalendarDate = string;

const DAY_MS = 86_400_000;

function utc(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function dateOf(instant: Date): CalendarDate {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOf(new Date(utc(date).getTime() + days * DAY_MS));
}

/** The same day of another month, or that month's last day when it is shorter (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const day = utc(date);
  const target = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
  const length = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day.getUTCDate(), length));
  return dateOf(target);
}

export function monthStart(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 7)}-01`;
}

export function monthEnd(date: CalendarDate): CalendarDate {
  return addDays(monthStart(addMonths(monthStart(date), 1)), -1);
}

/** 0 for Sunday … 6 for Saturday, as Date.getUTCDay counts. */
export function weekdayOf(date: CalendarDate): number {
  return utc(date).getUTCDay();
}

/** The first day of the week `date` is in, for a locale whose weeks start on `weekStart` (0 = Sunday). */
export function weekStartOf(date: CalendarDate, weekStart: number): CalendarDate {
  return addDays(date, -((weekdayOf(date) - weekStart + 7) % 7));
}

/** The month's weeks, each seven dates long, including the neighbouring months' days that fill them. */
export function monthWeeks(month: CalendarDate, weekStart: number): CalendarDate[][] {
  const weeks: CalendarDate[][] = [];
  const last = monthEnd(month);
  for (let start = weekStartOf(monthStart(month), weekStart); start <= last; start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, offset) => addDays(start, offset)));
  }
  return weeks;
}

export interface GridOptions {
  /** 0 = Sunday … 6 = Saturday, the locale's first day of the week. */
  weekStart(): number;
  /** In a right-to-left layout the previous day is on the right, so the arrows swap. */
  rtl(): boolean;
  /** Enter or Space on a day. */
  choose(date: CalendarDate): void;
}

/**
 * The date grid's keyboard behaviour and month state, after the WAI-ARIA APG date picker: one day holds the
 * grid's single Tab stop (roving tabindex) and the month shown is always that day's month. Arrows move a day
 * or a week, Home/End to the week's ends, PageUp/PageDown a month (with Shift a year), Enter/Space choose.
 * Focus stays inside the months the window touches, so the month buttons and the keys agree on the limits.
 */
export class GridController implements ReactiveController {
  /** The day with the grid's Tab stop; the grid shows its month. */
  focused: CalendarDate = '';
  private first: CalendarDate = '';
  private last: CalendarDate = '';
  /** Set by a key press, so the next render moves the browser's focus to the new day (and only then). */
  private pendingFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: GridOptions,
  ) {
    host.addController(this);
  }

  /** The window's days; focus may reach every day of the months they fall in. */
  setRange(from: CalendarDate, until: CalendarDate): void {
    this.first = monthStart(from);
    this.last = monthEnd(until);
    if (this.focused) this.focused = this.clamp(this.focused);
  }

  get month(): CalendarDate {
    return monthStart(this.focused);
  }

  get hasPreviousMonth(): boolean {
    return this.month > this.first;
  }

  get hasNextMonth(): boolean {
    return monthEnd(this.focused) < this.last;
  }

  /** Shows `date` with the Tab stop on it; `focus` also moves the browser's focus there after rendering. */
  show(date: CalendarDate, focus = false): void {
    this.focused = this.clamp(date);
    this.pendingFocus = focus;
    this.host.requestUpdate();
  }

  /** The previous and next month buttons keep their own focus, as the APG example does. */
  shiftMonth(months: number): void {
    this.show(addMonths(this.focused, months));
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const target = this.keyTarget(event);
    if (target === null) return;
    event.preventDefault();
    if (target === 'choose') this.options.choose(this.focused);
    else this.show(target, true);
  };

  hostUpdated(): void {
    if (!this.pendingFocus) return;
    this.pendingFocus = false;
    this.host.renderRoot.querySelector<HTMLElement>(`[data-date="${this.focused}"]`)?.focus();
  }

  private keyTarget(event: KeyboardEvent): CalendarDate | 'choose' | null {
    if (event.altKey || event.ctrlKey || event.metaKey) return null;
    const forward = this.options.rtl() ? -1 : 1;
    const weekStart = this.options.weekStart();
    switch (event.key) {
      case 'ArrowRight':
        return addDays(this.focused, forward);
      case 'ArrowLeft':
        return addDays(this.focused, -forward);
      case 'ArrowDown':
        return addDays(this.focused, 7);
      case 'ArrowUp':
        return addDays(this.focused, -7);
      case 'Home':
        return weekStartOf(this.focused, weekStart);
      case 'End':
        return addDays(weekStartOf(this.focused, weekStart), 6);
      case 'PageUp':
        return addMonths(this.focused, event.shiftKey ? -12 : -1);
      case 'PageDown':
        return addMonths(this.focused, event.shiftKey ? 12 : 1);
      case 'Enter':
      case ' ':
        return 'choose';
      default:
        return null;
    }
  }

  private clamp(date: CalendarDate): CalendarDate {
    if (!this.first) return date;
    return date < this.first ? this.first : date > this.last ? this.last : date;
  }
}
