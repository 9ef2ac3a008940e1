import { html, LitElement, nothing, type PropertyValues } from 'lit';
import {
  TourismAddInquiryNoteDocument,
  TourismInquiriesDocument,
  TourismReplyToInquiryDocument,
  TourismSetInquiryStatusDocument,
  type InquiryStatus,
  type Region,
  type TourismInquiriesQuery,
  type TourismInquiryFragment,
} from '../generated/graphql';
import { request } from '../shared/api';
import { formErrorBanner, selectField, textareaField } from '../shared/fields';
import { confirmLeaving, FormController } from '../shared/form';
import { countryName, fill, formatKoreaTime, localeName, regionName, type ConsoleLocale } from '../shared/messages';
import { consoleStyles } from '../shared/styles';
import { Loader, loadStatus } from '../shared/loader';
import { apiLocaleOf } from './locales';
import { choices, messages } from './tourism.messages';
import { tourismStyles } from './tourism.styles';

type Listing = TourismInquiriesQuery['regionInquiries'];
type Inquiry = TourismInquiryFragment;

interface StatusChange {
  status: InquiryStatus | null;
  reason: string | null;
}
interface TextForm {
  text: string | null;
}

/**
 * The region's inquiry inbox: filtered by where each stands (new, contacted, quoted, booked, lost), one opened
 * beside the list with the patient's details, message and history; the staff move it along the pipeline (a loss
 * asks why), note things for the team, and answer the patient by e-mail in the patient's language.
 */
export class MtConsoleTourismInquiries extends LitElement {
  static override styles = [consoleStyles, tourismStyles];

  static override properties = {
    region: { type: String },
    locale: { type: String },
    filter: { state: true },
    selectedId: { state: true },
    notice: { state: true },
  };

  declare region: Region;
  declare locale: ConsoleLocale;
  declare private filter: InquiryStatus | null;
  declare private selectedId: string | null;
  declare private notice: string | null;

  private readonly list = new Loader<{ rows: Inquiry[]; listing: Listing }>(this);
  private readonly statusForm = new FormController<StatusChange>(this, { status: null, reason: null });
  private readonly noteForm = new FormController<TextForm>(this, { text: null });
  private readonly replyForm = new FormController<TextForm>(this, { text: null });

  constructor() {
    super();
    this.locale = 'en';
    this.filter = null;
    this.selectedId = null;
    this.notice = null;
  }

  private get texts() {
    return messages[this.locale];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region')) this.selectedId = null;
    if ((changed.has('region') || changed.has('locale')) && this.region) void this.reload();
  }

  private reload() {
    return this.list.run(async () => {
      const { regionInquiries } = await request(TourismInquiriesDocument, {
        region: this.region,
        status: this.filter,
        locale: apiLocaleOf(this.locale),
      });
      return { rows: regionInquiries.edges.map((edge) => edge.node), listing: regionInquiries };
    });
  }

  private async more(listing: Listing) {
    const shown = this.list.data?.rows ?? [];
    const after = listing.pageInfo.endCursor;
    await this.list.run(async () => {
      const { regionInquiries } = await request(TourismInquiriesDocument, {
        region: this.region,
        status: this.filter,
        after,
        locale: apiLocaleOf(this.locale),
      });
      return { rows: [...shown, ...regionInquiries.edges.map((edge) => edge.node)], listing: regionInquiries };
    });
  }

  private setFilter(value: string) {
    if (!confirmLeaving(this.locale)) return;
    this.filter = value ? (value as InquiryStatus) : null;
    this.select(null);
    void this.reload();
  }

  private select(id: string | null, focus = false) {
    const previous = this.selectedId;
    this.selectedId = id;
    this.notice = null;
    this.statusForm.reset({ status: null, reason: null });
    this.noteForm.reset({ text: null });
    this.replyForm.reset({ text: null });
    void this.updateComplete.then(() => {
      if (id && focus) this.renderRoot.querySelector<HTMLElement>('#inquiry-heading')?.focus();
      if (!id && previous && focus) this.renderRoot.querySelector<HTMLElement>(`[id="open-${previous}"]`)?.focus();
    });
  }

  private open(id: string) {
    if (id === this.selectedId || !confirmLeaving(this.locale)) return;
    this.select(id, true);
  }

  private close() {
    if (!confirmLeaving(this.locale)) return;
    this.select(null, true);
  }

  /** The answer's inquiry replaces the one shown, so its history and version are those just stored. */
  private replace(inquiry: Inquiry) {
    const data = this.list.data;
    if (!data) return;
    this.list.set({ ...data, rows: data.rows.map((row) => (row.id === inquiry.id ? inquiry : row)) });
  }

  private async moveTo(inquiry: Inquiry) {
    const { status, reason } = this.statusForm.value;
    const answer = await this.statusForm.submit(async () => {
      // The status is required by the API's argument type; not choosing one is said beside the select.
      if (!status) {
        return {
          __typename: 'InvalidInput' as const,
          message: '',
          fields: [{ field: 'status', message: this.texts.chooseStatus }],
        };
      }
      return (
        await request(TourismSetInquiryStatusDocument, {
          id: inquiry.id,
          status,
          reason,
          expectedVersion: inquiry.version,
          locale: apiLocaleOf(this.locale),
        })
      ).setInquiryStatus;
    });
    if (answer?.__typename !== 'Inquiry') return;
    this.replace(answer);
    this.statusForm.reset({ status: null, reason: null });
    this.notice = fill(this.texts.moved, { status: this.texts.inquiryStatus[answer.status] });
  }

  private async addNote(inquiry: Inquiry) {
    const text = this.noteForm.value.text ?? '';
    const answer = await this.noteForm.submit(
      async () =>
        (await request(TourismAddInquiryNoteDocument, { id: inquiry.id, text, locale: apiLocaleOf(this.locale) }))
          .addInquiryNote,
    );
    if (answer?.__typename !== 'Inquiry') return;
    this.replace(answer);
    this.noteForm.reset({ text: null });
    this.notice = this.texts.noteAdded;
  }

  private async reply(inquiry: Inquiry) {
    const text = this.replyForm.value.text ?? '';
    const answer = await this.replyForm.submit(
      async () =>
        (await request(TourismReplyToInquiryDocument, { id: inquiry.id, text, locale: apiLocaleOf(this.locale) }))
          .replyToInquiry,
    );
    if (answer?.__typename !== 'Inquiry') return;
    this.replace(answer);
    this.replyForm.reset({ text: null });
    this.notice = this.texts.replySent;
  }

  override render() {
    const texts = this.texts;
    const load = this.list.state;
    const selected = load.state === 'ready' ? load.data.rows.find((row) => row.id === this.selectedId) : undefined;
    return html`<div class="toolbar">
        <h3>${texts.inquiriesHeading}</h3>
        <div class="actions filter">
          <label for="inquiry-filter">${texts.statusFilter}</label>
          <select
            id="inquiry-filter"
            @change=${(event: Event) => this.setFilter((event.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${this.filter === null}>${texts.allStatuses}</option>
            ${choices(texts.inquiryStatus).map(
              (choice) =>
                html`<option value=${choice.value} ?selected=${choice.value === this.filter}>${choice.label}</option>`,
            )}
          </select>
          <button type="button" @click=${() => void this.reload()}>${texts.refresh}</button>
        </div>
      </div>
      <div class="inbox ${selected ? 'open' : ''}">
        <div>
          ${
            load.state === 'ready'
              ? this.renderTable(load.data.rows, load.data.listing)
              : loadStatus(this.locale, load, () => void this.reload())
          }
        </div>
        ${selected ? this.renderDetail(selected) : nothing}
      </div>`;
  }

  private renderTable(rows: Inquiry[], listing: Listing) {
    const texts = this.texts;
    if (rows.length === 0) return html`<p class="notice">${texts.noInquiries}</p>`;
    return html`<table>
        <caption>
          ${fill(texts.inquiriesCaption, { region: regionName(this.locale, this.region), count: listing.totalCount })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${texts.colReference}</th>
            <th scope="col">${texts.colReceived}</th>
            <th scope="col">${texts.colPackage}</th>
            <th scope="col">${texts.colName}</th>
            <th scope="col">${texts.colParty}</th>
            <th scope="col">${texts.colStatus}</th>
            <th scope="col"><span class="visually-hidden">${texts.colActions}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr class=${row.id === this.selectedId ? 'selected' : ''}>
                <th scope="row"><code>${row.reference}</code></th>
                <td>${formatKoreaTime(this.locale, row.createdAt)}</td>
                <td>${row.package?.title ?? texts.packageGone}</td>
                <td>${row.contact?.name ?? texts.none}</td>
                <td>${row.partySize}</td>
                <td>
                  <span class="status-badge status-${row.status.toLowerCase()}"
                    >${texts.inquiryStatus[row.status]}</span
                  >
                </td>
                <td>
                  <button
                    type="button"
                    id="open-${row.id}"
                    aria-label=${fill(texts.openNamed, { reference: row.reference })}
                    aria-pressed=${row.id === this.selectedId ? 'true' : 'false'}
                    @click=${() => this.open(row.id)}
                  >
                    ${texts.open}
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        listing.pageInfo.hasNextPage
          ? html`<p><button type="button" @click=${() => void this.more(listing)}>${texts.loadMore}</button></p>`
          : nothing
      }`;
  }

  private renderDetail(inquiry: Inquiry) {
    const texts = this.texts;
    const contact = inquiry.contact;
    const patientLocale = inquiry.locale ?? contact?.locale ?? null;
    return html`<section class="detail" aria-labelledby="inquiry-heading">
      <div class="toolbar">
        <h3 id="inquiry-heading" tabindex="-1">${fill(texts.inquiryHeading, { reference: inquiry.reference })}</h3>
        <button type="button" @click=${() => this.close()}>${texts.closeInquiry}</button>
      </div>
      <p role="status">${this.notice ?? ''}</p>
      <dl>
        <dt>${texts.colStatus}</dt>
        <dd>${texts.inquiryStatus[inquiry.status]}</dd>
        <dt>${texts.colPackage}</dt>
        <dd>${inquiry.package?.title ?? texts.packageGone}</dd>
        <dt>${texts.partySize}</dt>
        <dd>${fill(texts.partyCount, { count: inquiry.partySize })}</dd>
        <dt>${texts.preferredStart}</dt>
        <dd>${inquiry.preferredStart ?? texts.none}</dd>
        <dt>${texts.colReceived}</dt>
        <dd>${formatKoreaTime(this.locale, inquiry.createdAt)}</dd>
      </dl>
      <h4>${texts.contact}</h4>
      ${
        contact
          ? html`<dl>
              <dt>${texts.name}</dt>
              <dd>${contact.name}</dd>
              <dt>${texts.email}</dt>
              <dd>${contact.email}</dd>
              <dt>${texts.phone}</dt>
              <dd>${contact.phone ?? texts.none}</dd>
              <dt>${texts.nationality}</dt>
              <dd>${countryName(this.locale, contact.nationality)}</dd>
              <dt>${texts.language}</dt>
              <dd>${localeName(this.locale, contact.locale)}</dd>
            </dl>`
          : html`<p>${texts.none}</p>`
      }
      <h4>${texts.message}</h4>
      ${inquiry.patientMessage ? html`<p class="patient-message">${inquiry.patientMessage}</p>` : html`<p class="muted">${texts.noMessage}</p>`}
      ${this.renderHistory(inquiry)} ${this.renderStatusForm(inquiry)} ${this.renderNoteForm(inquiry)}
      ${this.renderReplyForm(inquiry, patientLocale ? localeName(this.locale, patientLocale) : texts.none)}
    </section>`;
  }

  private renderHistory(inquiry: Inquiry) {
    const texts = this.texts;
    const events = inquiry.history ?? [];
    return html`<h4>${texts.historyHeading}</h4>
      ${
        events.length === 0
          ? html`<p class="muted">${texts.historyEmpty}</p>`
          : html`<ol class="history">
              ${events.map((event) => {
                const what =
                  event.kind === 'STATUS' && event.status
                    ? fill(texts.movedTo, { status: texts.inquiryStatus[event.status] })
                    : event.kind === 'REPLY' && event.delivery
                      ? `${texts.eventKind.REPLY} (${texts.delivery[event.delivery]})`
                      : texts.eventKind[event.kind];
                return html`<li data-kind=${event.kind}>
                  <strong>${what}</strong>
                  <span class="muted">
                    · <time datetime=${event.at}>${formatKoreaTime(this.locale, event.at)}</time> ·
                    ${fill(texts.by, { who: event.by })}</span
                  >
                  ${event.text ? html`<p class="text">${event.text}</p>` : nothing}
                </li>`;
              })}
            </ol>`
      }`;
  }

  private renderStatusForm(inquiry: Inquiry) {
    const texts = this.texts;
    const form = this.statusForm;
    const targets = choices(texts.inquiryStatus).filter((choice) => choice.value !== inquiry.status);
    return html`<form
      novalidate
      aria-labelledby="move-heading"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.moveTo(inquiry);
      }}
    >
      <h4 id="move-heading">${texts.moveHeading}</h4>
      ${formErrorBanner(form)}
      ${selectField(form, 'status', texts.moveTo, targets, { required: true, empty: texts.choose })}
      ${
        form.value.status === 'LOST'
          ? textareaField(form, 'reason', texts.reason, {
              required: true,
              hint: texts.reasonHint,
              maxlength: 500,
              rows: 2,
            })
          : nothing
      }
      <button type="submit" ?disabled=${form.saving}>${texts.move}</button>
    </form>`;
  }

  private renderNoteForm(inquiry: Inquiry) {
    const texts = this.texts;
    const form = this.noteForm;
    return html`<form
      novalidate
      aria-labelledby="note-heading"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.addNote(inquiry);
      }}
    >
      <h4 id="note-heading">${texts.noteHeading}</h4>
      ${formErrorBanner(form)}
      ${textareaField(form, 'text', texts.note, { required: true, hint: texts.noteHint, maxlength: 2000, rows: 3 })}
      <button type="submit" ?disabled=${form.saving}>${texts.addNote}</button>
    </form>`;
  }

  private renderReplyForm(inquiry: Inquiry, language: string) {
    const texts = this.texts;
    const form = this.replyForm;
    return html`<form
      novalidate
      aria-labelledby="reply-heading"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.reply(inquiry);
      }}
    >
      <h4 id="reply-heading">${texts.replyHeading}</h4>
      ${formErrorBanner(form)}
      ${textareaField(form, 'text', texts.reply, {
        required: true,
        hint: fill(texts.replyHint, { language }),
        maxlength: 5000,
        rows: 6,
      })}
      <button type="submit" class="primary" ?disabled=${form.saving}>${texts.sendReply}</button>
    </form>`;
  }
}
