import { focusFirstInvalidField, type FieldMessages, type Translate } from './contact-form';
import { MtElement } from './element';
import { formatWait } from './format';

/**
 * What the booking and inquiry forms share: per-field messages, the sending state that keeps a second
 * click from sending twice, showing problems with focus on the first, and retrying after a lost answer.
 */
export abstract class MtFormElement<F extends string> extends MtElement {
  static override properties = {
    ...MtElement.properties,
    errors: { state: true },
    formMessage: { state: true },
    sending: { state: true },
    sendFailure: { state: true },
  };

  declare protected errors: FieldMessages<F>;
  declare protected formMessage: string | null;
  declare protected sending: boolean;
  declare protected sendFailure: unknown;
  /** The fields in the order they appear, so focus lands on the first one that needs fixing. */
  protected abstract readonly fieldOrder: readonly F[];
  /** The shared field helpers get `t` detached from the element, so it must carry `this` with it. */
  protected readonly translator: Translate = (key, values) => this.t(key, values);

  constructor() {
    super();
    this.errors = {};
    this.formMessage = null;
    this.sending = false;
    this.sendFailure = null;
  }

  protected abstract submit(form: HTMLFormElement): Promise<void>;

  /** `unplaced` are the API's messages no field can show; without them the form asks to fix the fields. */
  protected async showProblems(errors: FieldMessages<F>, unplaced: string[] = []): Promise<void> {
    this.errors = errors;
    this.formMessage = unplaced.length ? unplaced.join(' ') : this.t('fixErrors');
    await this.updateComplete;
    focusFirstInvalidField(this.renderRoot, this.fieldOrder, this.errors);
  }

  /** The API's Throttled answer: the contact sent too much lately; nothing was stored, so the form stays filled. */
  protected async showThrottled(retryAfterSeconds: number): Promise<void> {
    this.errors = {};
    this.formMessage = this.t('errorThrottled', { wait: formatWait(retryAfterSeconds, this.locale) });
    await this.updateComplete;
  }

  protected retrySend(): void {
    const form = this.renderRoot.querySelector('form');
    if (form) void this.submit(form);
  }
}
