import { css } from 'lit';

/**
 * Shared look. Every value comes from a --mt-* custom property so host pages can theme the widgets;
 * the root sets colour and font explicitly so a host's inherited `* { color: … !important }` stays outside.
 * Sizes are in `em` from the element's own font size, never `rem`: a host page's `html { font-size: 62.5% }`
 * reset would otherwise shrink the text to 10 px and the controls below a 44 px touch target.
 */
export const baseStyles = css`
  :host {
    display: block;
    contain: content;
    font-size: var(--mt-font-size, 16px);
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    box-sizing: border-box;
    color: var(--mt-color-text, #1d2433);
    background: var(--mt-color-surface, #ffffff);
    font-family: var(--mt-font-family, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif);
    line-height: 1.5;
    text-align: start;
  }
  /* The API refused the page's site key: nothing for visitors, the reason is in the developer's console. */
  .root[data-state='unavailable'] {
    display: none;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: inherit;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid var(--mt-color-accent, #0b5cad);
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-accent, #0b5cad);
    color: var(--mt-color-on-accent, #ffffff);
    font: inherit;
    cursor: pointer;
    text-decoration: none;
    visibility: visible;
    opacity: 1;
  }
  button.secondary {
    background: transparent;
    color: var(--mt-color-accent, #0b5cad);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--mt-color-focus, #f5a623);
    outline-offset: 2px;
  }
  a {
    color: var(--mt-color-link, #0b5cad);
  }
  .status {
    padding: 1em;
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-muted-surface, #f3f5f9);
  }
  .status.error {
    background: var(--mt-color-error-surface, #fdecec);
    color: var(--mt-color-error, #a4161a);
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    font-size: 0.8em;
    background: var(--mt-color-badge, #e6f0fb);
    color: var(--mt-color-badge-text, #0b4a8b);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
