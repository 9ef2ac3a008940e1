import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { LOCALES } from '../../core/domain';
import type { FormController } from './form';
import { LOCALE_TAGS, localeName, type ConsoleLocale } from './messages';
import { consoleStyles } from './styles';

type Locale = (typeof LOCALES)[number];
export interface LocalizedTextInput {
  locale: Locale;
  text: string;
}

/** Korean and English first: the API needs one of them, and staff write those first. */
const ORDER: Locale[] = ['KO', 'EN', ...LOCALES.filter((locale) => locale !== 'KO' && locale !== 'EN')];

const TEXTS = {
  en: { missing: 'not translated', count: (n: number) => `${n} of ${LOCALES.length} languages` },
  ko: { missing: '번역 없음', count: (n: number) => `${LOCALES.length}개 언어 중 ${n}개` },
} satisfies Record<ConsoleLocale, unknown>;

/**
 * Edits one text in every language the product speaks: a list of {locale, text} (the API's LocalizedTextInput) at
 * `path` of a form. Each language has its own input with its `lang`, so a screen reader reads Thai as Thai, and
 * the ones without a text say so. The API's refusals for the text or one of its languages appear beside them.
 *
 * @fires mt-change - The list changed (detail: the new list).
 */
export class MtConsoleLocalizedText extends LitElement {
  static override styles = [consoleStyles];
  static override properties = {
    form: { attribute: false },
    path: { type: String },
    label: { type: String },
    locale: { type: String },
    multiline: { type: Boolean },
    maxlength: { type: Number },
    required: { type: Boolean },
  };

  /** The form holding the list; its refusals for `path` and `path.<i>.text` show beside the inputs. */
  declare form: FormController<unknown>;
  /** Where the list is in the form's value, e.g. `title` or `days.0.steps.1.description`. */
  declare path: string;
  declare label: string;
  declare locale: ConsoleLocale;
  /** A textarea per language instead of a one-line input. */
  declare multiline: boolean;
  declare maxlength: number;
  /** The API needs an EN or KO text. */
  declare required: boolean;

  constructor() {
    super();
    this.path = '';
    this.label = '';
    this.locale = 'en';
    this.multiline = false;
    this.maxlength = 200;
    this.required = false;
  }

  private unwatch: (() => void) | null = null;

  /** Re-renders whenever the form changes, also from outside (a reset, a refused save, a day removed above). */
  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('form')) {
      this.unwatch?.();
      this.unwatch = this.form ? this.form.watch(() => this.requestUpdate()) : null;
    }
  }

  override disconnectedCallback(): void {
    this.unwatch?.();
    this.unwatch = null;
    super.disconnectedCallback();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.form && !this.unwatch) this.unwatch = this.form.watch(() => this.requestUpdate());
  }

  private get entries(): LocalizedTextInput[] {
    return (this.form.get(this.path) as LocalizedTextInput[] | null) ?? [];
  }

  private change(locale: Locale, text: string) {
    const others = this.entries.filter((entry) => entry.locale !== locale);
    // The API refuses empty texts: an emptied language is removed, not sent blank.
    const next = text.trim() === '' ? others : [...others, { locale, text }];
    next.sort((a, b) => ORDER.indexOf(a.locale) - ORDER.indexOf(b.locale));
    this.form.set(this.path, next);
    this.dispatchEvent(new CustomEvent('mt-change', { detail: next, bubbles: true, composed: true }));
  }

  override render() {
    const entries = this.entries;
    const texts = TEXTS[this.locale];
    const groupId = this.form.fieldId(this.path);
    const groupError = this.form.error(this.path);
    return html`<fieldset
      id=${groupId}
      aria-invalid=${groupError ? 'true' : 'false'}
      tabindex=${groupError ? '-1' : nothing}
    >
      <legend>
        ${this.label}${this.required ? html`<span aria-hidden="true"> *</span>` : nothing}
        <span class="muted">(${texts.count(entries.length)})</span>
      </legend>
      ${groupError ? html`<p class="error" id="${groupId}-error">${groupError}</p>` : nothing}
      ${ORDER.map((locale) => {
        const index = entries.findIndex((entry) => entry.locale === locale);
        const value = index >= 0 ? (entries[index]?.text ?? '') : '';
        const id = this.form.fieldId(`${this.path}.${locale}`);
        const error = index >= 0 ? this.form.error(`${this.path}.${index}.text`) : undefined;
        const attributes = {
          id,
          lang: LOCALE_TAGS[locale],
          dir: locale === 'AR' ? 'rtl' : 'auto',
          invalid: error ? 'true' : 'false',
          describedBy: [value ? '' : `${id}-missing`, error ? `${id}-error` : ''].filter(Boolean).join(' '),
        };
        const onInput = (event: Event) => this.change(locale, (event.target as HTMLInputElement).value);
        return html`<div class="field">
          <label for=${id}>${localeName(this.locale, locale)}</label>
          ${
            this.multiline
              ? html`<textarea
                  id=${attributes.id}
                  lang=${attributes.lang}
                  dir=${attributes.dir}
                  rows="3"
                  maxlength=${this.maxlength}
                  .value=${value}
                  aria-invalid=${attributes.invalid}
                  aria-describedby=${attributes.describedBy || nothing}
                  @input=${onInput}
                ></textarea>`
              : html`<input
                  id=${attributes.id}
                  lang=${attributes.lang}
                  dir=${attributes.dir}
                  maxlength=${this.maxlength}
                  .value=${value}
                  aria-invalid=${attributes.invalid}
                  aria-describedby=${attributes.describedBy || nothing}
                  @input=${onInput}
                />`
          }
          ${value ? nothing : html`<p class="hint" id="${id}-missing">${texts.missing}</p>`}
          ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
        </div>`;
      })}
    </fieldset>`;
  }
}
