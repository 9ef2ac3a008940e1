import { css } from 'lit';

export const dashboardStyles = css`
  .headline {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0.75em;
    margin: 1em 0;
    padding: 0;
    list-style: none;
  }
  .figure {
    padding: 0.75em 1em;
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-surface-muted, #f3f5f8);
  }
  .figure dt {
    font-size: 0.8em;
    color: var(--mt-color-text-muted, #4a5568);
  }
  .figure dd {
    margin: 0.14em 0 0;
    font-size: 1.4em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
    gap: 1em;
  }
  figure.chart {
    margin: 0;
    padding: 0.75em;
    border: 1px solid var(--mt-color-border, #d5dbe3);
    border-radius: var(--mt-radius, 0.5em);
  }
  figure.chart figcaption {
    font-weight: 600;
    margin-bottom: 0.5em;
  }
  svg {
    width: 100%;
    height: auto;
    display: block;
    overflow: visible;
  }
  .bar {
    fill: var(--mt-chart-primary, #1d5fbf);
  }
  .bar.secondary {
    fill: var(--mt-chart-secondary, #b4461f);
  }
  .bar.tertiary {
    fill: var(--mt-chart-tertiary, #2f7d4f);
  }
  .axis,
  .value {
    font-size: 11px;
    fill: var(--mt-color-text-muted, #4a5568);
  }
  .label {
    font-size: 12px;
    fill: var(--mt-color-text, #1a202c);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    font-size: 0.9em;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--mt-color-border, #d5dbe3);
    text-align: start;
  }
  td.number,
  th.number {
    text-align: end;
  }
  .table-wrap {
    max-height: 24em;
    overflow: auto;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em;
    justify-content: space-between;
  }
  .note {
    color: var(--mt-color-text-muted, #4a5568);
  }
`;
