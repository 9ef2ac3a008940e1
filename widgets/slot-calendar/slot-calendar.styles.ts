import { css } from 'lit';

/**
 * Touch targets are 44 px at the default 16 px text: the month buttons 2.2 of their own em (their arrow is 1.25
 * times the text), the zone select 3.25 of its em (2.75 / 0.85, as the picker's text is smaller).
 */
export const slotCalendarStyles = css`
  :host {
    /* The layout follows the space the host page gives the element, not the window. */
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: 0.75em;
  }
  h3,
  h4 {
    margin: 0;
    line-height: 1.3;
    color: inherit;
    font-size: 1em;
  }
  .month-bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-end: 0.25em;
  }
  .month-button {
    min-width: 2.2em;
    min-height: 2.2em;
    padding-inline: 0.4em;
    font-size: 1.25em;
    line-height: 1;
    background: var(--mt-color-surface, #ffffff);
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 2px;
    table-layout: fixed;
  }
  th {
    padding-block: 0.19em;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--mt-color-muted-text, #4a5568);
    text-align: center;
  }
  td {
    position: relative;
    height: 2.25em;
    padding: 0;
    text-align: center;
    vertical-align: middle;
    border-radius: var(--mt-radius, 0.5em);
    color: var(--mt-color-muted-text, #4a5568);
    cursor: default;
    font-variant-numeric: tabular-nums;
  }
  td[data-date] {
    border: 1px solid transparent;
  }
  td[part~='free'] {
    border-color: var(--mt-color-border, #6b7280);
    background: var(--mt-color-muted-surface, #f3f5f9);
    color: var(--mt-color-text, #1d2433);
    font-weight: 700;
    cursor: pointer;
  }
  td[part~='free']:hover {
    border-color: var(--mt-color-accent, #0b5cad);
  }
  td[part~='chosen'] {
    border-color: var(--mt-color-accent, #0b5cad);
    background: var(--mt-color-accent, #0b5cad);
    color: var(--mt-color-on-accent, #ffffff);
  }
  td[part~='today'] .number {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  td:focus-visible {
    outline: 3px solid var(--mt-color-focus, #f5a623);
    outline-offset: 1px;
  }
  .number {
    display: block;
    line-height: 1.2;
  }
  .dot {
    display: block;
    width: 0.35em;
    height: 0.35em;
    margin: 0.15em auto 0;
    border-radius: 50%;
    background: currentColor;
  }
  td[part~='free']:not([part~='chosen']) .dot {
    background: var(--mt-color-accent, #0b5cad);
  }
  .times-head {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.4em 1em;
    margin-block-end: 0.4em;
  }
  /* Label and select share one row in every language: a long label wraps inside itself, the select narrows. */
  .zone-picker {
    display: flex;
    flex: 1 1 18.8em;
    align-items: center;
    gap: 0.59em;
    font-size: 0.85em;
    line-height: 1.2;
  }
  .zone-picker select {
    flex: 1 1 9em;
    min-width: 0;
    min-height: 3.25em;
    padding: 0.3em 0.5em;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-surface, #ffffff);
    color: var(--mt-color-text, #1d2433);
    font: inherit;
  }
  .time-list {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    margin: 0;
    padding: 2px;
    list-style: none;
    /* A busy day scrolls inside the list, so the calendar and the times still fit one screen. */
    max-height: 9em;
    overflow-y: auto;
  }
  [part~='time'] {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    padding: 0.35em 0.6em;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-surface, #ffffff);
    color: var(--mt-color-text, #1d2433);
    line-height: 1.3;
    cursor: pointer;
  }
  [part~='time']:hover {
    border-color: var(--mt-color-accent, #0b5cad);
  }
  [part~='time'][aria-selected='true'] {
    border-color: var(--mt-color-accent, #0b5cad);
    background: var(--mt-color-accent, #0b5cad);
    color: var(--mt-color-on-accent, #ffffff);
  }
  [part~='time']:focus-visible {
    outline: 3px solid var(--mt-color-focus, #f5a623);
    outline-offset: 1px;
  }
  .time-list[aria-disabled='true'] [part~='time'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1em 0.75em;
  }
  .clock {
    font-weight: 700;
  }
  .korea .clock {
    font-size: 1.05em;
  }
  .zone,
  .meta {
    font-size: 0.85em;
  }
  .meta {
    align-items: center;
    gap: 0.1em 0.6em;
  }
  .zone,
  .what,
  .interpreter {
    color: var(--mt-color-muted-text, #4a5568);
  }
  .places {
    font-weight: 600;
  }
  [aria-selected='true'] .zone,
  [aria-selected='true'] .what,
  [aria-selected='true'] .interpreter {
    color: inherit;
  }
  @container (min-width: 42em) {
    .layout {
      grid-template-columns: minmax(17em, 22em) minmax(0, 1fr);
      align-items: start;
      gap: 1.25em;
    }
    .zone-picker {
      flex-grow: 0;
    }
    .time-list {
      max-height: 17em;
    }
  }
`;
