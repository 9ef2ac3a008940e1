import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { ApiFailure, type ClientOptions } from './client';
import { formatWait } from './format';
import { apiLocale, direction, intlTag, type Locale } from './locale';
import { englishMessages, loadMessages, translate, type MessageKey, type Messages } from './messages';

/** Where the bundle was loaded from decides the default API: the same server's /graphql. */
function defaultEndpoint(): string {
  try {
    return new URL('/graphql', import.meta.url).toString();
  } catch {
    return '/graphql';
  }
}

/**
 * What every widget shares: the `lang`, `endpoint` and `site-key` attributes, its messages in the
 * visitor's language (falling back to English), right-to-left for Arabic, and failure wording.
 */
export class MtElement extends LitElement {
  static override properties = {
    lang: { type: String, reflect: false },
    endpoint: { type: String },
    siteKey: { type: String, attribute: 'site-key' },
    messages: { state: true },
  };

  declare lang: string;
  declare endpoint: string;
  declare siteKey: string;
  declare protected messages: Messages;

  constructor() {
    super();
    this.lang = '';
    this.endpoint = defaultEndpoint();
    this.siteKey = '';
    this.messages = englishMessages;
  }

  /** The widget's language: its own `lang`, else the nearest ancestor's, else the document's. */
  protected get locale(): Locale {
    const inherited = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return apiLocale(this.lang || inherited || document.documentElement.lang);
  }

  protected get client(): ClientOptions {
    return { endpoint: this.endpoint, siteKey: this.siteKey };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadLocale();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) void this.loadLocale();
  }

  private async loadLocale(): Promise<void> {
    const locale = this.locale;
    const messages = await loadMessages(locale);
    if (this.locale === locale) this.messages = messages;
  }

  protected t(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(this.messages, key, values);
  }

  /** A visitor-readable sentence for a failed request. */
  protected failureText(error: unknown): string {
    if (!(error instanceof ApiFailure)) return this.t('errorServer');
    switch (error.kind) {
      case 'offline':
        return this.t('errorOffline');
      case 'timeout':
        return this.t('errorTimeout');
      case 'site-not-allowed':
        return this.t('errorSiteNotAllowed');
      case 'busy':
        return this.t('errorBusy', { wait: formatWait(error.retryAfterSeconds ?? 30, this.locale) });
      default:
        return this.t('errorServer');
    }
  }

  protected frame(content: TemplateResult | string, state: string): TemplateResult {
    return html`<div
      class="root"
      part="root"
      data-state=${state}
      dir=${direction(this.locale)}
      lang=${intlTag(this.locale)}
    >
      ${content}
    </div>`;
  }

  /** Loading and failure look the same in every widget; `ready` renders the data (and picks ready or empty). */
  protected renderLoad<T>(load: Load<T>, retry: () => void, ready: (data: T) => TemplateResult): TemplateResult {
    if (load.state === 'loading') return this.frame(this.renderLoading(), 'loading');
    if (load.state === 'failed') return this.frame(this.renderFailure(load.error, retry), 'error');
    return ready(load.data);
  }

  protected renderLoading(): TemplateResult {
    return html`<p class="status" part="status" role="status" aria-live="polite">${this.t('loading')}</p>`;
  }

  protected renderFailure(error: unknown, retry: () => void): TemplateResult {
    return html`<div class="status error" part="error" role="alert">
      <p>${this.failureText(error)}</p>
      <button type="button" class="secondary" @click=${retry}>${this.t('retry')}</button>
    </div>`;
  }
}

/** Loading → ready or failed: the three states every widget shows. */
export type Load<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; error: unknown };
