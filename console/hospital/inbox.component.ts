import { html, nothing, type PropertyValues } from 'lit';
import {
  HospitalAppointmentsDocument,
  HospitalCancelAppointmentDocument,
  HospitalConfirmAppointmentDocument,
  HospitalDeclineAppointmentDocument,
  HospitalOpenSlotsDocument,
  HospitalRescheduleAppointmentDocument,
  type AppointmentStatus,
  type HospitalAppointmentFragment,
  type HospitalOpenSlotsQuery,
} from '../generated/graphql';
import { request } from '../shared/api';
import { formErrorBanner, selectField, textareaField } from '../shared/fields';
import { FormController } from '../shared/form';
import { countryName, fill, formatKoreaTime, localeName } from '../shared/messages';
import { closeDialogOf, openDialog } from './dialog';
import { modeWords, statusWords } from './hospital.messages';
import { failureText, Loader, loadStatus } from '../shared/loader';
import { actionKey, apiLocale, HospitalView, requiredAnswer } from './view';

type Appointment = HospitalAppointmentFragment;
type OpenSlot = NonNullable<HospitalOpenSlotsQuery['provider']>['availability'][number];

const PAGE_SIZE = 20;
/** How far ahead a booking can be moved from the inbox: the patient's own booking page offers the same window. */
const RESCHEDULE_DAYS = 30;

interface Page {
  items: Appointment[];
  total: number;
  cursor: string | null;
  more: boolean;
}

/** Statuses the lower list can show; HELD requests have their own list above it. */
const OTHER_STATUSES: AppointmentStatus[] = ['CONFIRMED', 'DECLINED', 'CANCELLED'];

type Action = { kind: 'decline' | 'cancel' | 'reschedule'; appointment: Appointment; key: string };

interface ActionValue {
  reason: string | null;
  slotId: string | null;
}

/**
 * The appointment inbox: requests waiting for confirmation first, then the others by status. Each row gives the
 * reference, the time in Korea, the treatment, the party and the patient's name, contact, country and language
 * (the only screen that shows contact details). Requests are confirmed at once; declining asks for the reason the
 * patient is told, cancelling asks first, moving offers the provider's open times. Every result is announced, and
 * both lists are read again so they show what the API now holds.
 */
export class MtHospitalInbox extends HospitalView {
  static override properties = {
    ...HospitalView.properties,
    filter: { state: true },
    notice: { state: true },
    action: { state: true },
    loadingMore: { state: true },
  };

  /** The lower list's status; null shows every status. */
  declare private filter: AppointmentStatus | null;
  declare private notice: { text: string; tone: 'success' | 'problem' } | null;
  declare private action: Action | null;
  declare private loadingMore: boolean;

  private readonly held = new Loader<Page>(this, () => this.page('HELD', null));
  private readonly others = new Loader<Page>(this, () => this.page(this.filter, null));
  private readonly openSlots = new Loader<OpenSlot[]>(this, async () => {
    const from = new Date();
    const answer = await request(HospitalOpenSlotsDocument, {
      slug: this.provider.slug,
      from: from.toISOString(),
      to: new Date(from.getTime() + RESCHEDULE_DAYS * 86_400_000).toISOString(),
      locale: apiLocale(this.locale),
    });
    return answer.provider?.availability ?? [];
  });
  private readonly actionForm = new FormController<ActionValue>(this, { reason: null, slotId: null });

  constructor() {
    super();
    this.filter = 'CONFIRMED';
    this.notice = null;
    this.action = null;
    this.loadingMore = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('provider') || changed.has('locale')) {
      void this.held.run();
      void this.others.run();
    } else if (changed.has('filter')) void this.others.run();
  }

  private async page(status: AppointmentStatus | null, after: string | null): Promise<Page> {
    const answer = await request(HospitalAppointmentsDocument, {
      slug: this.provider.slug,
      status,
      first: PAGE_SIZE,
      after,
      locale: apiLocale(this.locale),
    });
    const connection = answer.provider?.appointments;
    return {
      items: connection?.edges.map((edge) => edge.node) ?? [],
      total: connection?.totalCount ?? 0,
      cursor: connection?.pageInfo.endCursor ?? null,
      more: connection?.pageInfo.hasNextPage ?? false,
    };
  }

  private async loadMore(list: Loader<Page>, status: AppointmentStatus | null): Promise<void> {
    const shown = list.shown;
    if (!shown?.cursor) return;
    this.loadingMore = true;
    try {
      const next = await this.page(status, shown.cursor);
      list.set({ ...next, items: [...shown.items, ...next.items] });
    } catch (error) {
      this.announce(failureText(this.locale, error), 'problem');
    } finally {
      this.loadingMore = false;
    }
  }

  private announce(text: string, tone: 'success' | 'problem'): void {
    this.notice = { text, tone };
    void this.focusLater('#inbox-notice');
  }

  private refresh(): void {
    void this.held.run();
    void this.others.run();
  }

  private async confirm(appointment: Appointment): Promise<void> {
    try {
      const { confirmAppointment } = await request(HospitalConfirmAppointmentDocument, {
        reference: appointment.reference,
        locale: apiLocale(this.locale),
      });
      if (confirmAppointment.__typename === 'Appointment') {
        this.announce(fill(this.m.confirmedNotice, { reference: appointment.reference }), 'success');
      } else this.announce(confirmAppointment.message, 'problem');
    } catch (error) {
      this.announce(failureText(this.locale, error), 'problem');
    }
    this.refresh();
  }

  private open(kind: Action['kind'], appointment: Appointment, opener: EventTarget | null): void {
    this.action = { kind, appointment, key: actionKey() };
    this.actionForm.reset({ reason: null, slotId: null });
    if (kind === 'reschedule') {
      void this.openSlots.run().then((slots) => {
        const first = slots?.find((slot) => slot.id !== appointment.slot.id);
        if (first && this.action?.appointment === appointment)
          this.actionForm.reset({ reason: null, slotId: first.id });
      });
    }
    void this.updateComplete.then(() =>
      openDialog(this.renderRoot.querySelector<HTMLDialogElement>('#action-dialog'), opener),
    );
  }

  /** A typed reason or another chosen time is asked about before the dialog drops it. */
  private mayCloseAction(): boolean {
    return !this.actionForm.dirty || window.confirm(this.m.discardQuestion);
  }

  private async act(action: Action, button: EventTarget | null): Promise<void> {
    const { appointment } = action;
    const reference = appointment.reference;
    const locale = apiLocale(this.locale);
    const value = this.actionForm.value;
    const answer = await this.actionForm.submit(async () => {
      switch (action.kind) {
        case 'decline':
          if (!value.reason?.trim()) return requiredAnswer(['reason'], this.m.required);
          return (await request(HospitalDeclineAppointmentDocument, { reference, reason: value.reason, locale }))
            .declineAppointment;
        case 'cancel':
          return (await request(HospitalCancelAppointmentDocument, { reference, locale })).cancelAppointment;
        case 'reschedule': {
          if (!value.slotId) return requiredAnswer(['slotId'], this.m.required);
          const { rescheduleAppointment } = await request(HospitalRescheduleAppointmentDocument, {
            reference,
            slotId: value.slotId,
            idempotencyKey: action.key,
            locale,
          });
          // A full slot is a refusal of the chosen time: shown beside the choice, the dialog stays open.
          if (rescheduleAppointment.__typename === 'SlotFull') {
            void this.openSlots.run();
            return requiredAnswer(['slotId'], this.m.slotFull);
          }
          return rescheduleAppointment;
        }
      }
    });
    if (answer?.__typename !== 'Appointment') return;
    closeDialogOf(button);
    this.action = null;
    const notice =
      action.kind === 'decline'
        ? this.m.declinedNotice
        : action.kind === 'cancel'
          ? this.m.cancelledNotice
          : this.m.rescheduledNotice;
    this.announce(fill(notice, { reference, when: formatKoreaTime(this.locale, answer.slot.startsAt) }), 'success');
    this.refresh();
  }

  override render() {
    const m = this.m;
    const held = this.held.shown;
    const others = this.others.shown;
    const filterLabel = this.filter ? statusWords[this.locale][this.filter] : m.allStatuses;
    return html`
      <h3 class="visually-hidden">${m.inboxHeading}</h3>
      <div role="status" aria-live="polite">
        ${
          this.notice
            ? html`<p
                id="inbox-notice"
                tabindex="-1"
                class=${this.notice.tone === 'success' ? 'success' : 'form-error'}
              >
                ${this.notice.text}
              </p>`
            : nothing
        }
      </div>

      <section aria-labelledby="held-heading">
        <h3 id="held-heading">
          ${m.heldHeading}${held ? html` <span class="badge HELD">${held.total}</span>` : nothing}
        </h3>
        ${loadStatus(this.locale, this.held.state, () => void this.held.run())}
        ${
          held
            ? this.renderList(held, fill(m.heldCaption, { count: held.total }), m.noHeld, this.held, 'HELD', 'held')
            : nothing
        }
      </section>

      <section aria-labelledby="others-heading">
        <div class="toolbar">
          <h3 id="others-heading">${m.othersHeading}</h3>
          <div class="field">
            <label for="status-filter">${m.statusFilter}</label>
            <select
              id="status-filter"
              @change=${(event: Event) => {
                const chosen = (event.target as HTMLSelectElement).value;
                this.filter = chosen === '' ? null : (chosen as AppointmentStatus);
              }}
            >
              ${OTHER_STATUSES.map(
                (status) =>
                  html`<option value=${status} ?selected=${status === this.filter}>
                    ${statusWords[this.locale][status]}
                  </option>`,
              )}
              <option value="" ?selected=${this.filter === null}>${m.allStatuses}</option>
            </select>
          </div>
        </div>
        ${loadStatus(this.locale, this.others.state, () => void this.others.run())}
        ${
          others
            ? this.renderList(
                others,
                fill(m.othersCaption, { status: filterLabel }),
                m.noOthers,
                this.others,
                this.filter,
                'others',
              )
            : nothing
        }
      </section>

      <dialog
        id="action-dialog"
        aria-labelledby="action-heading"
        @cancel=${(event: Event) => {
          if (!this.mayCloseAction()) event.preventDefault();
        }}
        @close=${() => (this.action = null)}
      >
        ${this.action ? this.renderAction(this.action) : nothing}
      </dialog>
    `;
  }

  private renderList(
    page: Page,
    caption: string,
    empty: string,
    list: Loader<Page>,
    status: AppointmentStatus | null,
    id: string,
  ) {
    const m = this.m;
    if (page.items.length === 0) return html`<p class="muted">${empty}</p>`;
    return html`<div class="table-wrap" aria-busy=${list.state.state === 'loading' ? 'true' : 'false'}>
        <table id="${id}-table">
          <caption>
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.reference}</th>
              <th scope="col">${m.when}</th>
              <th scope="col">${m.procedure}</th>
              <th scope="col">${m.partySize}</th>
              <th scope="col">${m.patient}</th>
              <th scope="col">${m.contact}</th>
              <th scope="col">${m.status}</th>
              <th scope="col">${m.actions}</th>
            </tr>
          </thead>
          <tbody>
            ${page.items.map((appointment) => this.renderRow(appointment))}
          </tbody>
        </table>
      </div>
      <p class="actions">
        <span class="muted">${fill(m.shownOf, { shown: page.items.length, total: page.total })}</span>
        ${
          page.more
            ? html`<button type="button" ?disabled=${this.loadingMore} @click=${() => void this.loadMore(list, status)}>
                ${m.loadMore}
              </button>`
            : nothing
        }
      </p>`;
  }

  private renderRow(appointment: Appointment) {
    const m = this.m;
    const contact = appointment.contact;
    const which = html`<span class="visually-hidden"> ${appointment.reference}</span>`;
    const live = appointment.status === 'HELD' || appointment.status === 'CONFIRMED';
    return html`<tr data-reference=${appointment.reference}>
      <th scope="row">
        ${appointment.reference}<br /><span class="muted"
          >${fill(m.requestedAt, { when: formatKoreaTime(this.locale, appointment.createdAt) })}</span
        >
      </th>
      <td>
        <time datetime=${appointment.slot.startsAt}>${formatKoreaTime(this.locale, appointment.slot.startsAt)}</time>
      </td>
      <td>
        ${appointment.slot.procedure?.name ?? m.generalConsultation}<br /><span class="muted"
          >${modeWords[this.locale][appointment.slot.mode]}</span
        >
      </td>
      <td>${appointment.partySize}</td>
      <td>
        ${
          contact
            ? html`<div class="contact">
                <span>${contact.name}</span>
                <span class="muted">${countryName(this.locale, contact.nationality)}</span>
                <span class="muted">${localeName(this.locale, contact.locale)}</span>
              </div>`
            : nothing
        }
      </td>
      <td>
        ${
          contact
            ? html`<div class="contact">
                <a href="mailto:${contact.email}">${contact.email}</a>
                ${contact.phone ? html`<a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>` : nothing}
              </div>`
            : nothing
        }
      </td>
      <td>
        <span class="badge ${appointment.status}">${statusWords[this.locale][appointment.status]}</span>
        ${
          appointment.declineReason
            ? html`<br /><span class="muted"
                  >${fill(m.declineReasonShown, { reason: appointment.declineReason })}</span
                >`
            : nothing
        }
      </td>
      <td>
        <div class="actions">
          ${
            appointment.status === 'HELD'
              ? html`<button type="button" class="primary" @click=${() => void this.confirm(appointment)}>
                    ${m.confirm}${which}
                  </button>
                  <button
                    type="button"
                    @click=${(event: Event) => this.open('decline', appointment, event.currentTarget)}
                  >
                    ${m.decline}${which}
                  </button>`
              : nothing
          }
          ${
            live
              ? html`<button
                    type="button"
                    @click=${(event: Event) => this.open('reschedule', appointment, event.currentTarget)}
                  >
                    ${m.reschedule}${which}
                  </button>
                  <button
                    type="button"
                    class="danger"
                    @click=${(event: Event) => this.open('cancel', appointment, event.currentTarget)}
                  >
                    ${m.cancelAppointment}${which}
                  </button>`
              : nothing
          }
        </div>
      </td>
    </tr>`;
  }

  private renderAction(action: Action) {
    const m = this.m;
    const form = this.actionForm;
    const reference = action.appointment.reference;
    const heading =
      action.kind === 'decline'
        ? fill(m.declineHeading, { reference })
        : action.kind === 'cancel'
          ? `${m.cancelAppointment} ${reference}`
          : fill(m.rescheduleHeading, { reference });
    const submit =
      action.kind === 'decline' ? m.declineSubmit : action.kind === 'cancel' ? m.cancelSubmit : m.rescheduleSubmit;
    return html`<form
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        void this.act(action, event.submitter);
      }}
    >
      <h2 id="action-heading">${heading}</h2>
      <p>
        ${formatKoreaTime(this.locale, action.appointment.slot.startsAt)} ·
        ${action.appointment.slot.procedure?.name ?? m.generalConsultation} · ${m.partySize}
        ${action.appointment.partySize}
      </p>
      ${formErrorBanner(form)}
      ${
        action.kind === 'decline'
          ? textareaField(form, 'reason', m.declineReason, { required: true, maxlength: 500, rows: 4 })
          : nothing
      }
      ${action.kind === 'cancel' ? html`<p>${fill(m.cancelQuestion, { reference })}</p>` : nothing}
      ${action.kind === 'reschedule' ? this.renderSlotChoice(action) : nothing}
      <div class="dialog-actions">
        <button type="button" @click=${(event: Event) => this.mayCloseAction() && closeDialogOf(event.currentTarget)}>
          ${m.keep}
        </button>
        <button type="submit" class=${action.kind === 'reschedule' ? 'primary' : 'danger'} ?disabled=${form.saving}>
          ${submit}
        </button>
      </div>
    </form>`;
  }

  private renderSlotChoice(action: Action) {
    const m = this.m;
    const slots = (this.openSlots.shown ?? []).filter((slot) => slot.id !== action.appointment.slot.id);
    if (this.openSlots.state.state !== 'ready')
      return loadStatus(this.locale, this.openSlots.state, () => void this.openSlots.run());
    if (slots.length === 0) return html`<p class="muted">${m.noOpenSlots}</p>`;
    const choices = slots.map((slot) => ({
      value: slot.id,
      label: `${formatKoreaTime(this.locale, slot.startsAt)} · ${slot.procedure?.name ?? m.generalConsultation} · ${
        modeWords[this.locale][slot.mode]
      } · ${fill(m.places, { remaining: slot.remaining, capacity: slot.capacity })}`,
    }));
    return selectField(this.actionForm, 'slotId', m.newSlot, choices, { required: true });
  }
}
