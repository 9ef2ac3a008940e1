import { html, nothing, type PropertyValues } from 'lit';
import {
  HospitalCalendarFeedsDocument,
  HospitalCreateCalendarFeedDocument,
  HospitalRevokeCalendarFeedDocument,
  type HospitalCalendarFeedFragment,
} from '../generated/graphql';
import { request } from '../shared/api';
import { formErrorBanner, textField } from '../shared/fields';
import { FormController } from '../shared/form';
import { fill, formatKoreaTime } from '../shared/messages';
import { closeDialogOf, openDialog } from './dialog';
import { failureText, Loader, loadStatus } from '../shared/loader';
import { HospitalView, isOtherProvider, requiredAnswer } from './view';

type Feed = HospitalCalendarFeedFragment;

/** A feed just issued: its secret address is on screen until the staff leave the view, never again. */
interface Issued {
  label: string;
  url: string;
}

/**
 * The provider's iCalendar feeds for the staff's own calendar apps: the list (label, created, last read by a
 * calendar, revoked), a form to issue one by label, which shows its secret address once with a copy button and
 * a warning, and revoking one after a confirming dialog.
 */
export class MtHospitalFeeds extends HospitalView {
  static override properties = {
    ...HospitalView.properties,
    issued: { state: true },
    copyState: { state: true },
    revoking: { state: true },
    revokeFailure: { state: true },
    notice: { state: true },
  };

  declare private issued: Issued | null;
  declare private copyState: 'idle' | 'copied' | 'failed';
  declare private revoking: Feed | null;
  declare private revokeFailure: string | null;
  declare private notice: string | null;

  private readonly feeds = new Loader<Feed[]>(this, async () => {
    const answer = await request(HospitalCalendarFeedsDocument, { slug: this.provider.slug });
    return answer.provider?.calendarFeeds ?? [];
  });

  private readonly form = new FormController<{ label: string | null }>(this, { label: null });

  constructor() {
    super();
    this.issued = null;
    this.copyState = 'idle';
    this.revoking = null;
    this.revokeFailure = null;
    this.notice = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isOtherProvider(changed, this.provider)) void this.feeds.run();
  }

  private async create(): Promise<void> {
    this.notice = null;
    const label = this.form.value.label?.trim() ?? '';
    const answer = await this.form.submit(async () => {
      if (!label) return requiredAnswer(['label'], this.m.required);
      const { createCalendarFeed } = await request(HospitalCreateCalendarFeedDocument, {
        providerId: this.provider.id,
        label,
      });
      return createCalendarFeed;
    });
    if (answer?.__typename !== 'CalendarFeedIssued') return;
    this.issued = { label: answer.feed.label, url: answer.url };
    this.copyState = 'idle';
    this.feeds.set([answer.feed, ...(this.feeds.shown ?? [])]);
    this.form.reset({ label: null });
    void this.focusLater('#issued-heading');
  }

  private async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
      this.renderRoot.querySelector<HTMLInputElement>('#issued-url')?.select();
    }
  }

  private askRevoke(feed: Feed, opener: EventTarget | null): void {
    this.revoking = feed;
    this.revokeFailure = null;
    void this.updateComplete.then(() =>
      openDialog(this.renderRoot.querySelector<HTMLDialogElement>('#revoke-dialog'), opener),
    );
  }

  private async revoke(feed: Feed, button: EventTarget | null): Promise<void> {
    try {
      const { revokeCalendarFeed } = await request(HospitalRevokeCalendarFeedDocument, { id: feed.id });
      if (revokeCalendarFeed.__typename !== 'CalendarFeed') {
        this.revokeFailure = this.m.errorNotFound;
        return;
      }
      this.feeds.set((this.feeds.shown ?? []).map((shown) => (shown.id === feed.id ? revokeCalendarFeed : shown)));
      closeDialogOf(button);
      this.notice = fill(this.m.revokedNotice, { label: feed.label });
      void this.focusLater('#feeds-notice');
    } catch (error) {
      this.revokeFailure = failureText(this.locale, error);
    }
  }

  override render() {
    const m = this.m;
    const form = this.form;
    const feeds = this.feeds.shown;
    return html`
      <h3>${m.feedsHeading}</h3>
      <p class="intro">${m.feedsIntro}</p>
      <form
        novalidate
        class="panel"
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.create();
        }}
      >
        ${formErrorBanner(form)} ${textField(form, 'label', m.feedLabel, { required: true, maxlength: 100 })}
        <button type="submit" class="primary" ?disabled=${form.saving}>${m.createFeed}</button>
      </form>
      ${this.issued ? this.renderIssued(this.issued) : nothing}
      <div role="status" aria-live="polite">
        ${this.notice ? html`<p class="success" id="feeds-notice" tabindex="-1">${this.notice}</p>` : nothing}
      </div>
      ${loadStatus(this.locale, this.feeds.state, () => void this.feeds.run())}
      ${feeds ? this.renderFeeds(feeds) : nothing}
      <dialog id="revoke-dialog" aria-labelledby="revoke-question" @close=${() => (this.revoking = null)}>
        ${this.revoking ? this.renderRevoke(this.revoking) : nothing}
      </dialog>
    `;
  }

  private renderIssued(issued: Issued) {
    const m = this.m;
    return html`<section class="panel" aria-labelledby="issued-heading">
      <h4 id="issued-heading" tabindex="-1">${fill(m.feedUrlHeading, { label: issued.label })}</h4>
      <p class="notice" id="issued-note">${m.feedUrlNote}</p>
      <label for="issued-url">${m.feedUrl}</label>
      <div class="url">
        <input id="issued-url" type="text" readonly .value=${issued.url} aria-describedby="issued-note" />
        <button type="button" @click=${() => void this.copy(issued.url)}>${m.copy}</button>
      </div>
      <p role="status" aria-live="polite">
        ${this.copyState === 'copied' ? m.copied : this.copyState === 'failed' ? m.copyFailed : nothing}
      </p>
    </section>`;
  }

  private renderFeeds(feeds: Feed[]) {
    const m = this.m;
    if (feeds.length === 0) return html`<p class="muted">${m.noFeeds}</p>`;
    const when = (iso: string | null) => (iso ? formatKoreaTime(this.locale, iso) : m.never);
    return html`<div class="table-wrap">
      <table>
        <caption>
          ${m.feedsCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.label}</th>
            <th scope="col">${m.created}</th>
            <th scope="col">${m.lastFetched}</th>
            <th scope="col">${m.status}</th>
            <th scope="col">${m.actions}</th>
          </tr>
        </thead>
        <tbody>
          ${feeds.map(
            (feed) =>
              html`<tr data-feed=${feed.id}>
                <th scope="row">${feed.label}</th>
                <td>${when(feed.createdAt)}<br /><span class="muted">${feed.createdBy}</span></td>
                <td>${when(feed.lastFetchedAt)}</td>
                <td>${feed.revokedAt ? fill(m.revokedAt, { when: when(feed.revokedAt) }) : m.active}</td>
                <td>
                  ${
                    feed.revokedAt
                      ? nothing
                      : html`<button
                          type="button"
                          class="danger"
                          @click=${(event: Event) => this.askRevoke(feed, event.currentTarget)}
                        >
                          ${m.revoke}<span class="visually-hidden"> ${feed.label}</span>
                        </button>`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderRevoke(feed: Feed) {
    const m = this.m;
    return html`<p id="revoke-question">${fill(m.revokeQuestion, { label: feed.label })}</p>
      ${this.revokeFailure ? html`<p class="form-error" role="alert">${this.revokeFailure}</p>` : nothing}
      <div class="dialog-actions">
        <button type="button" @click=${(event: Event) => closeDialogOf(event.currentTarget)}>${m.keep}</button>
        <button type="button" class="danger" @click=${(event: Event) => void this.revoke(feed, event.currentTarget)}>
          ${m.revokeSubmit}
        </button>
      </div>`;
  }
}
