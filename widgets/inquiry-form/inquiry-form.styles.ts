import { css } from 'lit';

export const inquiryStyles = css`
  .root {
    padding: 1rem;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5rem);
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
    color: inherit;
  }
  .package {
    margin-block: 0.25rem 1rem;
    font-weight: 600;
  }
  .field:has(textarea),
  form > button {
    grid-column: 1 / -1;
  }
  form > button {
    justify-self: start;
    min-width: 8rem;
  }
`;
