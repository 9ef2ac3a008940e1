import { css } from 'lit';

export const packageListStyles = css`
  h2 {
    margin: 0 0 0.56em;
    font-size: 1.35em;
    line-height: 1.3;
    color: inherit;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    margin-block-end: 0.75em;
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 10em;
    min-width: 0;
  }
  .filter label {
    font-size: 0.875em;
    font-weight: 600;
  }
  select {
    width: 100%;
    min-height: 2.75em;
    padding-block: 0.4em;
    padding-inline: 0.6em;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-surface, #ffffff);
    color: var(--mt-color-text, #1d2433);
    font: inherit;
  }
  .live {
    margin-block: 0 0.83em;
    min-height: 1.5em;
    font-size: 0.9em;
    color: var(--mt-color-muted-text, #4a5568);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mt-card-min-width, 17em)), 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards:focus-visible {
    outline: 3px solid var(--mt-color-focus, #f5a623);
    outline-offset: 4px;
  }
  .cards > li {
    display: flex;
    min-width: 0;
  }
  .cards > li.selected {
    grid-column: 1 / -1;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    width: 100%;
    padding: 1em;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-card, #ffffff);
    overflow-wrap: anywhere;
  }
  h3 {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
    color: inherit;
  }
  p {
    margin: 0;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .badge.campaign {
    background: var(--mt-color-campaign-badge, #fde8f0);
    color: var(--mt-color-campaign-badge-text, #8a0f3d);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    font-weight: 600;
  }
  .price {
    color: var(--mt-color-accent, #0b5cad);
  }
  .summary,
  .hospitals {
    font-size: 0.925em;
    color: var(--mt-color-muted-text, #4a5568);
  }
  .hospitals .label {
    font-weight: 600;
    color: var(--mt-color-text, #1d2433);
  }
  .hospitals ul,
  .steps {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .provider {
    display: block;
    color: var(--mt-color-text, #1d2433);
  }
  .toggle,
  .ask {
    align-self: flex-start;
    margin-block-start: auto;
  }
  .itinerary {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    margin-block-start: 0.5em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--mt-color-border, #6b7280);
  }
  .ask {
    margin-block-start: 0;
  }
  .days {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .day h4 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .step-detail {
    display: block;
    font-size: 0.875em;
    color: var(--mt-color-muted-text, #4a5568);
  }
  .breakdown {
    display: grid;
    gap: 0.25em;
    margin: 0;
    max-width: 32em;
  }
  .breakdown div {
    display: flex;
    justify-content: space-between;
    gap: 1em;
  }
  .breakdown dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .breakdown .total {
    padding-block-start: 0.25em;
    border-block-start: 1px solid var(--mt-color-border, #6b7280);
    font-weight: 600;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.75em;
    margin-block-start: 1em;
  }
`;
