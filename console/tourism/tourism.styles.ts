import { css } from 'lit';

/** The tourism section's layout on top of consoleStyles: toolbars, the editor's groups, the inquiry split view. */
export const tourismStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
  }
  .status {
    min-height: 1.5em;
  }
  .status-badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
    background: #f3f4f6;
  }
  .status-published,
  .status-booked {
    background: #dcfce7;
    color: #14532d;
  }
  .status-closed,
  .status-lost {
    background: #fee2e2;
    color: #7f1d1d;
  }
  .status-new {
    background: #dbeafe;
    color: #1e3a8a;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    column-gap: 1rem;
  }
  .item {
    border: 1px solid var(--mt-console-line, #d1d5db);
    border-radius: 8px;
    padding: 0.75rem 1rem;
    margin: 0 0 1rem;
  }
  .item h4,
  .item h5 {
    margin: 0 0 0.5rem;
  }
  .day {
    background: #f9fafb;
  }
  .step {
    background: #fff;
  }
  .problems {
    color: var(--mt-console-danger, #b91c1c);
    font-weight: 600;
  }
  .sticky-actions {
    position: sticky;
    bottom: 0;
    padding: 0.75rem 0;
    background: var(--mt-console-surface, #fff);
    border-top: 1px solid var(--mt-console-line, #d1d5db);
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5rem;
    margin: 0 0 1rem;
  }
  .totals div {
    display: grid;
  }
  .totals dt {
    color: var(--mt-console-muted, #4b5563);
    font-size: 0.875rem;
  }
  .totals dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .missing-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .inbox {
    display: grid;
    gap: 1.5rem;
  }
  @media (min-width: 70rem) {
    .inbox.open {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .detail dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }
  .detail dt {
    font-weight: 600;
  }
  .detail dd {
    margin: 0;
  }
  .history {
    list-style: none;
    padding: 0;
  }
  .history li {
    border-inline-start: 3px solid var(--mt-console-line, #d1d5db);
    padding: 0.25rem 0.75rem;
    margin: 0 0 0.5rem;
  }
  .history .text {
    white-space: pre-wrap;
    margin: 0.25rem 0 0;
  }
  .patient-message {
    white-space: pre-wrap;
  }
  tr.selected {
    background: #eff6ff;
  }
  [hidden] {
    display: none !important;
  }
`;
