import { css } from 'lit';

/** The hospital section's own layout on top of consoleStyles: the week grid, slot cards, inbox rows, dialogs. */
export const hospitalStyles = css`
  /* Korean breaks between words, not inside them ("피코 레이저 토닝", not "토/닝"); long tokens still wrap. */
  :host {
    word-break: keep-all;
    overflow-wrap: break-word;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 1rem;
  }
  .toolbar h2,
  .toolbar h3 {
    margin: 0;
  }
  .loading {
    margin: 0 0 1rem;
    color: var(--_muted);
  }
  /* A reload keeps the last answer in place, dimmed, so the view neither jumps nor empties. */
  [aria-busy='true'] {
    opacity: 0.6;
  }
  .week {
    display: grid;
    grid-template-columns: repeat(7, minmax(8.5rem, 1fr));
    gap: 0.5rem;
    overflow-x: auto;
    min-height: 16rem;
  }
  .day {
    border: 1px solid var(--_line);
    border-radius: 8px;
    padding: 0.5rem;
    min-width: 0;
  }
  .day.today {
    border-color: var(--_accent);
    border-width: 2px;
  }
  .day h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .day ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  .slot {
    display: grid;
    gap: 0.125rem;
    width: 100%;
    text-align: start;
    font-weight: 400;
    padding: 0.375rem 0.5rem;
    font-size: 0.875rem;
  }
  .slot strong {
    font-size: 1rem;
  }
  .slot.full {
    border-color: #92400e;
    color: #92400e;
  }
  .slot.closed {
    border-color: var(--_line);
    color: var(--_muted);
    background: #f3f4f6;
    text-decoration: line-through;
  }
  .slot .tag {
    font-weight: 700;
    text-decoration: none;
  }
  .empty {
    color: var(--_muted);
    margin: 0;
    font-size: 0.875rem;
  }
  .success {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border-radius: 6px;
    background: #ecfdf5;
    border: 1px solid #6ee7b7;
    color: #065f46;
  }
  .panel {
    border: 1px solid var(--_line);
    border-radius: 8px;
    padding: 1rem;
    margin: 0 0 1.5rem;
  }
  .panel h3:first-child {
    margin-top: 0;
  }
  .grid-2 {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    column-gap: 1rem;
  }
  .times {
    list-style: none;
    padding: 0;
    margin: 0 0 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .times li {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding-inline-start: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: 999px;
  }
  .times button {
    border-radius: 999px;
  }
  .preview {
    font-weight: 600;
  }
  .preview.too-many {
    color: var(--_danger);
  }
  dialog {
    width: min(44rem, 92vw);
  }
  dialog h2 {
    margin-top: 0;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
    margin-top: 1rem;
  }
  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
    background: #f3f4f6;
    white-space: nowrap;
  }
  .badge.HELD {
    background: #fef3c7;
    color: #92400e;
  }
  .badge.CONFIRMED {
    background: #dcfce7;
    color: #166534;
  }
  .badge.DECLINED,
  .badge.CANCELLED {
    background: #f3f4f6;
    color: var(--_muted);
  }
  .table-wrap {
    overflow-x: auto;
  }
  td .actions {
    flex-wrap: wrap;
  }
  th .muted {
    font-weight: 400;
  }
  .contact {
    display: grid;
    gap: 0.125rem;
  }
  .coordinators {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
    gap: 0 1rem;
  }
  .coordinator h4 {
    margin-top: 0;
  }
  .url {
    display: flex;
    gap: 0.5rem;
    align-items: stretch;
  }
  .url input {
    flex: 1;
    font-family: ui-monospace, monospace;
    font-size: 0.875rem;
  }
  .intro {
    max-width: 48rem;
  }
`;
