import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormController } from './form';
import { KOREA_TIME_ZONE } from './messages';

/**
 * Every input of the console is rendered by one of these, so a label, a hint and the API's refusal sit beside the
 * control the same way everywhere: the error is announced with the control (aria-describedby) and marks it invalid.
 */
interface FieldOptions {
  hint?: string;
  required?: boolean;
  maxlength?: number;
  placeholder?: string;
  autocomplete?: string;
  disabled?: boolean;
}

type Form = FormController<unknown>;

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

function describedBy(form: Form, path: string, hint: string | undefined): string | undefined {
  const id = form.fieldId(path);
  const ids = [hint ? `${id}-hint` : '', form.error(path) ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function frame(form: Form, path: string, label: string, options: FieldOptions, control: TemplateResult, kind = '') {
  const id = form.fieldId(path);
  const error = form.error(path);
  return html`<div class="field ${kind}">
    ${kind === 'checkbox' ? control : nothing}
    <label for=${id}>${label}${options.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
    ${kind === 'checkbox' ? nothing : control} ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

function input(
  form: Form,
  path: string,
  type: string,
  options: FieldOptions,
  read: (raw: string) => unknown,
  shown: string,
) {
  return html`<input
    id=${form.fieldId(path)}
    name=${path}
    type=${type}
    .value=${shown}
    ?required=${options.required}
    ?disabled=${options.disabled}
    maxlength=${ifDefined(options.maxlength)}
    placeholder=${ifDefined(options.placeholder)}
    autocomplete=${ifDefined(options.autocomplete)}
    aria-invalid=${form.error(path) ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy(form, path, options.hint))}
    @input=${(event: Event) => form.set(path, read(valueOf(event)))}
  />`;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** Text, e-mail, URL or telephone input; an emptied optional field becomes null. */
export function textField(
  form: Form,
  path: string,
  label: string,
  options: FieldOptions & { type?: 'text' | 'email' | 'url' | 'tel' } = {},
) {
  const read = (raw: string) => (raw === '' && !options.required ? null : raw);
  return frame(
    form,
    path,
    label,
    options,
    input(form, path, options.type ?? 'text', options, read, text(form.get(path))),
  );
}

/** Whole numbers; an emptied field becomes null (the API says whether it may be). */
export function numberField(
  form: Form,
  path: string,
  label: string,
  options: FieldOptions & { min?: number; max?: number } = {},
) {
  const read = (raw: string) => (raw === '' ? null : Number(raw));
  const control = html`<input
    id=${form.fieldId(path)}
    name=${path}
    type="number"
    inputmode="numeric"
    step="1"
    min=${ifDefined(options.min)}
    max=${ifDefined(options.max)}
    .value=${text(form.get(path))}
    ?required=${options.required}
    ?disabled=${options.disabled}
    aria-invalid=${form.error(path) ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy(form, path, options.hint))}
    @input=${(event: Event) => form.set(path, read(valueOf(event)))}
  />`;
  return frame(form, path, label, options, control);
}

export function textareaField(form: Form, path: string, label: string, options: FieldOptions & { rows?: number } = {}) {
  const control = html`<textarea
    id=${form.fieldId(path)}
    name=${path}
    rows=${options.rows ?? 4}
    .value=${text(form.get(path))}
    ?required=${options.required}
    maxlength=${ifDefined(options.maxlength)}
    aria-invalid=${form.error(path) ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy(form, path, options.hint))}
    @input=${(event: Event) => form.set(path, valueOf(event) === '' && !options.required ? null : valueOf(event))}
  ></textarea>`;
  return frame(form, path, label, options, control);
}

/** A choice among options; `empty` adds a first option that stands for null (none, not chosen). */
export function selectField(
  form: Form,
  path: string,
  label: string,
  choices: readonly { value: string; label: string }[],
  options: FieldOptions & { empty?: string } = {},
) {
  const current = text(form.get(path));
  const control = html`<select
    id=${form.fieldId(path)}
    name=${path}
    ?required=${options.required}
    ?disabled=${options.disabled}
    aria-invalid=${form.error(path) ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy(form, path, options.hint))}
    @change=${(event: Event) => form.set(path, valueOf(event) === '' ? null : valueOf(event))}
  >
    ${options.empty !== undefined ? html`<option value="" ?selected=${current === ''}>${options.empty}</option>` : nothing}
    ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === current}>${choice.label}</option>`)}
  </select>`;
  return frame(form, path, label, options, control);
}

export function checkboxField(form: Form, path: string, label: string, options: FieldOptions = {}) {
  const control = html`<input
    id=${form.fieldId(path)}
    name=${path}
    type="checkbox"
    .checked=${form.get(path) === true}
    ?disabled=${options.disabled}
    aria-invalid=${form.error(path) ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy(form, path, options.hint))}
    @change=${(event: Event) => form.set(path, (event.target as HTMLInputElement).checked)}
  />`;
  return frame(form, path, label, options, control, 'checkbox');
}

/**
 * A group of checkboxes for a list value (weekdays, channels, target countries): the list holds the checked
 * values in the order of `choices`.
 */
export function checkboxGroupField(
  form: Form,
  path: string,
  legend: string,
  choices: readonly { value: string; label: string }[],
  options: FieldOptions = {},
) {
  const id = form.fieldId(path);
  const chosen = new Set((form.get(path) as string[] | null) ?? []);
  const error = form.error(path);
  const toggle = (value: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(value);
    else next.delete(value);
    form.set(
      path,
      choices.map((choice) => choice.value).filter((candidate) => next.has(candidate)),
    );
  };
  return html`<fieldset
    id=${id}
    tabindex=${error ? '-1' : nothing}
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy(form, path, options.hint))}
  >
    <legend>${legend}${options.required ? html`<span aria-hidden="true"> *</span>` : nothing}</legend>
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
    <div class="actions">
      ${choices.map(
        (choice) =>
          html`<label class="choice"
            ><input
              type="checkbox"
              name=${path}
              value=${choice.value}
              .checked=${chosen.has(choice.value)}
              @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
            />
            ${choice.label}</label
          >`,
      )}
    </div>
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </fieldset>`;
}

/** A calendar date, YYYY-MM-DD, as the API's Date takes it. */
export function dateField(form: Form, path: string, label: string, options: FieldOptions & { min?: string } = {}) {
  const read = (raw: string) => (raw === '' ? null : raw);
  return frame(form, path, label, options, input(form, path, 'date', options, read, text(form.get(path))));
}

/** A time of day, HH:MM (24 h). */
export function timeField(form: Form, path: string, label: string, options: FieldOptions = {}) {
  const read = (raw: string) => (raw === '' ? null : raw);
  return frame(form, path, label, options, input(form, path, 'time', options, read, text(form.get(path))));
}

/** The local date-time a datetime-local input shows for an instant, in Korea time. */
export function koreaLocalValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: KOREA_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/**
 * An instant entered as Korea time (the plans of a Korean hospital or city are in it, wherever the staff's computer
 * is), stored as the API's DateTime with +09:00 (Korea has no daylight saving time).
 */
export function dateTimeField(form: Form, path: string, label: string, options: FieldOptions = {}) {
  const read = (raw: string) => (raw === '' ? null : `${raw}:00+09:00`);
  return frame(
    form,
    path,
    label,
    options,
    input(form, path, 'datetime-local', options, read, koreaLocalValue(form.get(path) as string | null)),
  );
}

/** The form's own message (a stale version, a refusal, the network), announced and focusable after a save. */
export function formErrorBanner(form: Form) {
  return form.formError
    ? html`<p class="form-error" role="alert" id="${form.id}-error" tabindex="-1">${form.formError}</p>`
    : nothing;
}
