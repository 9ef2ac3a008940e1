import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormController } from '../shared/form';

/**
 * A short list of words typed into one input, separated by commas (placements, site keys, partners), marked up as
 * console/shared/fields.ts marks up its fields: label, hint, the API's refusals beside it. The API refuses an entry
 * by its index (`placements.1`), so every refusal under the path is shown here, with the entry it concerns.
 */
export function listField(
  form: FormController<unknown>,
  path: string,
  label: string,
  options: { hint?: string; required?: boolean } = {},
) {
  const id = form.fieldId(path);
  const entries = (form.get(path) as string[] | null) ?? [];
  const errors = [
    ...(form.error(path) ? [form.error(path) as string] : []),
    ...entries.flatMap((entry, index) => {
      const error = form.error(`${path}.${index}`);
      return error ? [`${entry}: ${error}`] : [];
    }),
  ];
  const describedBy = [options.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  // Only commas split, and the text is rendered back the same way, so typing "hero, " keeps its comma and space.
  const read = (raw: string) =>
    raw
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
  return html`<div class="field">
    <label for=${id}>${label}${options.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
    <input
      id=${id}
      name=${path}
      type="text"
      autocomplete="off"
      .value=${entries.join(', ')}
      aria-invalid=${errors.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy || undefined)}
      @input=${(event: Event) => form.set(path, read((event.target as HTMLInputElement).value))}
    />
    ${errors.length ? html`<p class="error" id="${id}-error">${errors.join(' ')}</p>` : nothing}
  </div>`;
}
