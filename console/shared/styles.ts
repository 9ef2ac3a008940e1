import { css } from 'lit';

/**
 * The console's base look, shared by the shell and every section: readable type, clear focus, 44 px targets.
 * Themed through --mt-console-* properties (an organisation may set its colours on the page).
 */
export const consoleStyles = css`
  :host {
    --_accent: var(--mt-console-accent, #1d4ed8);
    --_danger: var(--mt-console-danger, #b91c1c);
    --_muted: var(--mt-console-muted, #4b5563);
    --_line: var(--mt-console-line, #d1d5db);
    --_surface: var(--mt-console-surface, #ffffff);
    display: block;
    color: var(--mt-console-text, #111827);
    font:
      400 1rem/1.5 system-ui,
      'Apple SD Gothic Neo',
      'Malgun Gothic',
      'Noto Sans KR',
      sans-serif;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 1.5rem 0 0.75rem;
  }
  button,
  .button {
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: #fff;
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--mt-console-focus, #f59e0b);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    min-height: 44px;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_line);
    border-radius: 6px;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    max-width: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-height: auto;
    width: 1.25rem;
    height: 1.25rem;
  }
  textarea {
    width: 100%;
    min-height: 6rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 1rem;
  }
  .field.checkbox {
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
  }
  .field.checkbox .error,
  .field.checkbox .hint {
    grid-column: 2;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .form-error {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_danger);
    border-radius: 6px;
    color: var(--_danger);
    background: #fef2f2;
  }
  .notice {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border-radius: 6px;
    background: #eff6ff;
    border: 1px solid #bfdbfe;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5rem 0;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_line);
  }
  th {
    font-weight: 600;
    color: var(--_muted);
  }
  fieldset {
    border: 1px solid var(--_line);
    border-radius: 8px;
    padding: 0.75rem 1rem 0.25rem;
    margin: 0 0 1rem;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_line);
    margin-bottom: 1rem;
  }
  [role='tab'] {
    border: none;
    border-bottom: 3px solid transparent;
    border-radius: 0;
    color: inherit;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_accent);
    color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  dialog {
    border: 1px solid var(--_line);
    border-radius: 8px;
    max-width: min(40rem, 92vw);
    padding: 1.25rem;
  }
  dialog::backdrop {
    background: rgb(17 24 39 / 0.45);
  }
`;
