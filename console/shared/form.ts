import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConsoleApiError } from './api';
import type { ConsoleLocale } from './messages';

type Host = ReactiveControllerHost & HTMLElement & { locale?: ConsoleLocale };

/** The typed answers a save can get; any other __typename is the saved thing. */
type Answer =
  | { __typename: 'InvalidInput'; message: string; fields: { field: string; message: string }[] }
  | { __typename: 'StaleVersion'; message: string; currentVersion: number }
  | { __typename: string; message?: string };

/**
 * Refusals the API explains in its own words (nothing was stored): the thing is gone, the step does not apply to its
 * status, the slot filled up, the contact is throttled. InvalidInput and StaleVersion have their own handling.
 */
const REFUSALS = new Set(['NotFound', 'InvalidTransition', 'SlotFull', 'Throttled']);
type Refused = {
  __typename: 'InvalidInput' | 'StaleVersion' | 'NotFound' | 'InvalidTransition' | 'SlotFull' | 'Throttled';
};

const TEXTS = {
  en: {
    stale:
      'Someone else saved this in the meantime, so your changes were not saved (nothing was overwritten). Your edits are still here: reload to see their version, then make your changes again.',
    invalid: 'Nothing was saved: please correct the fields marked below.',
    forbidden: 'Your role does not allow this change.',
    offline: 'The server could not be reached; nothing was saved. Try again.',
    unauthenticated: 'Your session has ended; sign in again, then save.',
    leave: 'You have unsaved changes. Leave without saving?',
  },
  ko: {
    stale:
      '그 사이에 다른 사람이 먼저 저장하여 변경 내용이 저장되지 않았습니다(다른 사람의 내용은 덮어쓰지 않았습니다). 입력하신 내용은 그대로 있습니다. 새로 고침하여 최신 내용을 확인한 뒤 다시 변경해 주세요.',
    invalid: '저장되지 않았습니다. 아래 표시된 항목을 고쳐 주세요.',
    forbidden: '현재 권한으로는 이 항목을 변경할 수 없습니다.',
    offline: '서버에 연결할 수 없어 저장되지 않았습니다. 다시 시도해 주세요.',
    unauthenticated: '로그인 세션이 만료되었습니다. 다시 로그인한 뒤 저장해 주세요.',
    leave: '저장하지 않은 변경 내용이 있습니다. 저장하지 않고 나가시겠습니까?',
  },
} satisfies Record<ConsoleLocale, Record<string, string>>;

const dirtyForms = new Set<FormController<unknown>>();

function warnBeforeUnload(event: BeforeUnloadEvent) {
  if (dirtyForms.size === 0) return;
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = '';
}

/** Whether any form on the page holds unsaved changes. */
export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

/** Asks before an in-console navigation would lose unsaved changes; true when it may go on. */
export function confirmLeaving(locale: ConsoleLocale): boolean {
  return dirtyForms.size === 0 || window.confirm(TEXTS[locale].leave);
}

let nextFormId = 0;

/**
 * One form's state: the value being edited, whether it differs from what was loaded, the API's refusals per field,
 * and a message for the whole form. The host renders from it; fields.ts renders each input the same way.
 */
export class FormController<T> implements ReactiveController {
  value: T;
  dirty = false;
  saving = false;
  formError: string | null = null;
  /** A short text for the kind of refusal (InvalidInput's own message is English, for API clients). */
  private fieldErrors = new Map<string, string>();
  /** Prefix of the inputs' ids, so two forms in one shadow root never share one. */
  readonly id = `form${++nextFormId}`;
  /** Elements that render parts of this form in their own shadow roots (the localized-text editor). */
  private readonly watchers = new Set<() => void>();

  constructor(
    private readonly host: Host,
    initial: T,
  ) {
    this.value = structuredClone(initial);
    host.addController(this);
  }

  hostConnected(): void {
    if (this.dirty) dirtyForms.add(this);
    window.addEventListener('beforeunload', warnBeforeUnload);
  }

  hostDisconnected(): void {
    dirtyForms.delete(this);
    if (dirtyForms.size === 0) window.removeEventListener('beforeunload', warnBeforeUnload);
  }

  /**
   * Calls `onChange` whenever the value, a refusal or the form's message changes, however it changed (an edit, a
   * reset, a save's answer): an element showing part of the form in its own shadow root re-renders with the host.
   */
  watch(onChange: () => void): () => void {
    this.watchers.add(onChange);
    return () => this.watchers.delete(onChange);
  }

  private notify() {
    this.host.requestUpdate();
    for (const onChange of this.watchers) onChange();
  }

  private get texts() {
    return TEXTS[this.host.locale === 'ko' ? 'ko' : 'en'];
  }

  /** The value at a dotted path such as `days.0.steps.1.title`. */
  get(path: string): unknown {
    return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], this.value);
  }

  /** Sets the value at a dotted path (creating objects on the way) and marks the form changed. */
  set(path: string, value: unknown): void {
    const keys = path.split('.');
    const last = keys.pop();
    if (last === undefined) return;
    let node = this.value as Record<string, unknown>;
    for (const key of keys) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[last] = value;
    this.fieldErrors.delete(path);
    this.changed();
  }

  /** Changes the value with a function (adding a day, removing a price line), marking the form changed. */
  update(change: (value: T) => void): void {
    change(this.value);
    this.changed();
  }

  private changed() {
    this.dirty = true;
    dirtyForms.add(this);
    this.notify();
  }

  /** The API's message for a field, if the last save refused it. */
  error(path: string): string | undefined {
    return this.fieldErrors.get(path);
  }

  /** Refusals for fields under a path (a day, a step), for a summary beside a group of inputs. */
  errorsUnder(path: string): string[] {
    return [...this.fieldErrors].filter(([field]) => field.startsWith(`${path}.`)).map(([, message]) => message);
  }

  fieldId(path: string): string {
    return `${this.id}-${path}`;
  }

  /** Starts again from a value just loaded or saved: nothing changed, nothing refused. */
  reset(initial: T): void {
    this.value = structuredClone(initial);
    this.dirty = false;
    this.formError = null;
    this.fieldErrors.clear();
    dirtyForms.delete(this);
    this.notify();
  }

  /**
   * Runs a save and reads its answer: InvalidInput marks the fields, StaleVersion explains that someone else saved
   * first (the edits stay), an error explains itself; anything else is the saved thing, returned, and the form is
   * clean again. After a refusal the focus moves to the first marked field or to the form's message.
   */
  async submit<R extends Answer>(save: () => Promise<R>): Promise<Exclude<R, Refused> | null> {
    this.saving = true;
    this.formError = null;
    this.fieldErrors.clear();
    this.notify();
    try {
      const answer = await save();
      switch (answer.__typename) {
        case 'InvalidInput': {
          const { fields } = answer as Extract<Answer, { __typename: 'InvalidInput' }>;
          // A field refused for two reasons (a slug too long and taken) shows both.
          for (const { field, message } of fields) {
            const earlier = this.fieldErrors.get(field);
            this.fieldErrors.set(field, earlier ? `${earlier} ${message}` : message);
          }
          this.formError = this.texts.invalid;
          return null;
        }
        case 'StaleVersion':
          this.formError = this.texts.stale;
          return null;
        default:
          if (REFUSALS.has(answer.__typename)) {
            this.formError = answer.message ?? answer.__typename;
            return null;
          }
          this.dirty = false;
          dirtyForms.delete(this);
          return answer as Exclude<R, Refused>;
      }
    } catch (error) {
      this.formError =
        error instanceof ConsoleApiError
          ? error.kind === 'rejected' || error.kind === 'server'
            ? error.message
            : this.texts[error.kind]
          : String(error);
      return null;
    } finally {
      this.saving = false;
      this.notify();
      if (this.formError) void this.focusProblem();
    }
  }

  private async focusProblem() {
    await this.host.updateComplete;
    const target =
      deepQuery(this.host.shadowRoot ?? this.host, `[id^="${this.id}-"][aria-invalid="true"]`) ??
      deepQuery(this.host.shadowRoot ?? this.host, `#${this.id}-error`);
    target?.focus();
  }
}

/** querySelector through open shadow roots (a localized-text editor keeps its inputs in its own). */
function deepQuery(root: ParentNode, selector: string): HTMLElement | null {
  const found = root.querySelector<HTMLElement>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepQuery(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}
