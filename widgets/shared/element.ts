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

  /**
   * Loading and failure look the same in every widget; `ready` renders the data (and picks ready or empty). A page
   * whose site key the API refuses shows visitors nothing (no retry can help them) and tells its developer why, once.
   */
  protected renderLoad<T>(load: Load<T>, retry: () => void, ready: (data: T) => TemplateResult): TemplateResult {
    if (load.state === 'loading') return this.frame(this.renderLoading(), 'loading');
    if (load.state === 'failed' && this.siteRefused(load.error)) return this.frame(html``, 'unavailable');
    if (load.state === 'failed') return this.frame(this.renderFailure(load.error, retry), 'error');
    return ready(load.data);
  }

  protected renderLoading(): TemplateResult {
    return html`<p class="status" part="status" role="status" aria-live="polite">${this.t('loading')}</p>`;
  }

  /**
   * Whether the API refused the page's site key: no retry can help the visitor, so the widget shows nothing (state
   * `unavailable`) and its developer reads why in the console, once per page.
   */
  protected siteRefused(error: unknown): boolean {
    if (!(error instanceof ApiFailure) || error.kind !== 'site-not-allowed') return false;
    reportSiteRefusal(this, error);
    return true;
  }

  protected renderFailure(error: unknown, retry: () => void): TemplateResult {
    if (this.siteRefused(error)) return html``;
    return html`<div class="status error" part="error" role="alert">
      <p>${this.failureText(error)}</p>
      <button type="button" class="secondary" @click=${retry}>${this.t('retry')}</button>
    </div>`;
  }
}

const reportedRefusals = new Set<string>();

/**
 * Tells the page's developer, in the browser console, exactly why the API refused the page's site key and what to do;
 * once per page for each key, origin and reason, however many widgets the page holds.
 */
function reportSiteRefusal(element: MtElement, failure: ApiFailure): void {
  const key = element.siteKey;
  const origin = location.origin;
  const seen = `${failure.code}|${key}|${origin}`;
  if (reportedRefusals.has(seen)) return;
  reportedRefusals.add(seen);
  const tag = `<${element.localName}>`;
  const advice: Record<string, string> = {
    SITE_KEY_REQUIRED: `${tag} has no site-key attribute. Add the key your site was registered with, e.g. ${tag.slice(0, -1)} site-key="your-site-key">; the platform team registers sites and their origins.`,
    UNKNOWN_SITE_KEY: `${tag} sends the site key "${key}", which the API does not know. Check the site-key attribute (keys are lower-case letters, digits and hyphens) or ask the platform team to register your site.`,
    ORIGIN_NOT_ALLOWED: `The site key "${key}" is registered, but not for pages served from ${origin}. Ask the platform team to add ${origin} to that embed site's allowed origins (EmbedSite.allowedOrigins), or use this origin's own key.`,
  };
  console.error(
    `[Korea Medical Tourism widgets] ${advice[failure.code ?? ''] ?? failure.message} The widgets stay hidden on this page until then. (API: ${failure.message})`,
  );
}

/** Loading → ready or failed: the three states every widget shows. */
export type Load<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; error: unknown };
