import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ConsoleApiError } from './api';
import { fill, type ConsoleLocale } from './messages';

/**
 * Not asked yet → loading → ready or failed. While reloading or after a failure, `shown` keeps what was on screen,
 * so a view keeps its size and place.
 */
export type Load<T> =
  | { state: 'idle' }
  | { state: 'loading'; shown: T | null }
  | { state: 'ready'; data: T }
  | { state: 'failed'; error: unknown; shown: T | null };

/**
 * Loads one thing (a week of slots, a list, a record) for its host and keeps only the latest request's answer: a
 * week or a month flipped twice quickly, or a filter changed twice, never shows the first answer under the second
 * title. With a `fetch` it starts as loading (the host runs it when it connects); without one, idle until `run`.
 */
export class Loader<T> implements ReactiveController {
  state: Load<T>;
  private sequence = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetch?: () => Promise<T>,
  ) {
    this.state = fetch ? { state: 'loading', shown: null } : { state: 'idle' };
    host.addController(this);
  }

  hostConnected(): void {}

  /** The answer, or null until there is one. */
  get data(): T | null {
    return this.state.state === 'ready' ? this.state.data : null;
  }

  /** What is on screen: the answer, or the previous one while the next loads or after it failed. */
  get shown(): T | null {
    const { state } = this;
    return state.state === 'ready' ? state.data : state.state === 'idle' ? null : state.shown;
  }

  /** (Re)loads; resolves with the data, or null when it failed or a newer load overtook it. */
  async run(fetch: (() => Promise<T>) | undefined = this.fetch): Promise<T | null> {
    if (!fetch) throw new Error('this loader was made without a fetch: pass one to run');
    const sequence = (this.sequence += 1);
    this.state = { state: 'loading', shown: this.shown };
    this.host.requestUpdate();
    try {
      const data = await fetch();
      if (sequence !== this.sequence) return null;
      this.state = { state: 'ready', data };
      return data;
    } catch (error) {
      if (sequence === this.sequence) this.state = { state: 'failed', error, shown: this.shown };
      return null;
    } finally {
      if (sequence === this.sequence) this.host.requestUpdate();
    }
  }

  /** Takes an answer the host already has (a save returns the saved thing) without asking again. */
  set(data: T): void {
    this.sequence += 1;
    this.state = { state: 'ready', data };
    this.host.requestUpdate();
  }
}

const TEXTS = {
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    unauthenticated: 'Your session has ended. Sign in again to go on.',
    forbidden: 'Your role does not give access to this.',
    offline: 'The server could not be reached. Check the connection and try again.',
    rejected: 'The server refused the request: {message}',
    server: 'Something went wrong on the server. Try again in a moment.',
  },
  ko: {
    loading: '불러오는 중…',
    retry: '다시 시도',
    unauthenticated: '로그인 세션이 만료되었습니다. 계속하려면 다시 로그인하세요.',
    forbidden: '현재 권한으로는 이 내용에 접근할 수 없습니다.',
    offline: '서버에 연결할 수 없습니다. 네트워크를 확인한 뒤 다시 시도해 주세요.',
    rejected: '서버가 요청을 거부했습니다: {message}',
    server: '서버에 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.',
  },
} satisfies Record<ConsoleLocale, Record<string, string>>;

/** A sentence for a failed request, in the staff's language (a refusal carries the API's own reason). */
export function failureText(locale: ConsoleLocale, error: unknown): string {
  const texts = TEXTS[locale];
  if (!(error instanceof ConsoleApiError)) return texts.server;
  return fill(texts[error.kind], { message: error.message });
}

function failureBox(locale: ConsoleLocale, error: unknown, retry: () => void): TemplateResult {
  return html`<div class="form-error" role="alert">
    <p>${failureText(locale, error)}</p>
    <button type="button" @click=${retry}>${TEXTS[locale].retry}</button>
  </div>`;
}

/**
 * The loading line or the failure box a view shows above what it keeps on screen (`Loader.shown`): loading is
 * announced politely; a failure says what happened and offers to try again.
 */
export function loadStatus<T>(
  locale: ConsoleLocale,
  load: Load<T>,
  retry: () => void,
): TemplateResult | typeof nothing {
  if (load.state === 'loading') {
    return html`<p class="loading" role="status" aria-live="polite">${TEXTS[locale].loading}</p>`;
  }
  if (load.state === 'failed') return failureBox(locale, load.error, retry);
  return nothing;
}

/**
 * A view that shows either its loading line (of the size `placeholderClass` gives it, so the page does not jump), its
 * failure, or its content once loaded.
 */
export function renderLoad<T>(
  locale: ConsoleLocale,
  load: Load<T>,
  retry: () => void,
  ready: (data: T) => TemplateResult,
  placeholderClass = 'placeholder',
): TemplateResult {
  if (load.state === 'ready') return ready(load.data);
  if (load.state === 'failed') return failureBox(locale, load.error, retry);
  return html`<p class=${placeholderClass} role="status" aria-live="polite">
    ${load.state === 'loading' ? TEXTS[locale].loading : ''}
  </p>`;
}
