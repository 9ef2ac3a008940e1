import { html, nothing, type PropertyValues } from 'lit';
import {
  HospitalCloseSlotDocument,
  HospitalSlotDetailDocument,
  HospitalUpdateSlotDocument,
  type ConsultationMode,
  type HospitalSlotDetailQuery,
  type HospitalSlotFragment,
  type Locale,
  type UpdateSlotInput,
} from '../generated/graphql';
import { request } from '../shared/api';
import { dateTimeField, formErrorBanner, numberField, selectField } from '../shared/fields';
import { FormController } from '../shared/form';
import { fill, formatKoreaTime, localeName } from '../shared/messages';
import { closeDialogOf, openDialog } from './dialog';
import { modeWords, statusWords } from './hospital.messages';
import { failureText, Loader, loadStatus } from '../shared/loader';
import { apiLocale, HospitalView, languageChoices } from './view';

type SlotDetail = NonNullable<HospitalSlotDetailQuery['slot']>;

export interface SlotChangedDetail {
  slot: HospitalSlotFragment;
}

interface SlotEdit {
  capacity: number | null;
  startsAt: string | null;
  durationMinutes: number | null;
  mode: ConsultationMode;
  interpreterLanguage: Locale | null;
}

const minutesOf = (slot: HospitalSlotFragment) => (Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 60_000;

const editOf = (slot: HospitalSlotFragment): SlotEdit => ({
  capacity: slot.capacity,
  startsAt: slot.startsAt,
  durationMinutes: minutesOf(slot),
  mode: slot.mode,
  interpreterLanguage: slot.interpreterLanguage,
});

/**
 * One slot, inside the calendar's dialog: when, what and how full, who booked it (name, party size, status: the
 * provider's staff only), and its edit form, saved with the version it was read at so a change someone else saved
 * meanwhile is refused rather than overwritten. Closing it asks first, in a dialog of its own.
 *
 * @fires mt-slot-changed - The slot was saved or closed; detail: the slot as the API answered it.
 */
export class MtHospitalSlot extends HospitalView {
  static override properties = {
    ...HospitalView.properties,
    slotId: { attribute: false },
    closeFailure: { state: true },
    saved: { state: true },
  };

  declare slotId: string;
  declare private closeFailure: string | null;
  /** What the last successful action was, announced in the dialog. */
  declare private saved: string | null;

  private readonly detail = new Loader<SlotDetail | null>(this, async () => {
    const answer = await request(HospitalSlotDetailDocument, { id: this.slotId, locale: apiLocale(this.locale) });
    if (answer.slot) this.form.reset(editOf(answer.slot));
    return answer.slot;
  });

  private readonly form = new FormController<SlotEdit>(this, {
    capacity: null,
    startsAt: null,
    durationMinutes: null,
    mode: 'IN_PERSON',
    interpreterLanguage: null,
  });

  constructor() {
    super();
    this.slotId = '';
    this.closeFailure = null;
    this.saved = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('slotId') && this.slotId) {
      this.saved = null;
      void this.detail.run();
    }
  }

  /** Only what the staff changed is sent: the API leaves every field not given as it is. */
  private changes(slot: SlotDetail): UpdateSlotInput {
    const edit = this.form.value;
    const input: UpdateSlotInput = { slotId: slot.id, expectedVersion: slot.version };
    if (edit.capacity !== slot.capacity) input.capacity = edit.capacity;
    if (edit.startsAt && Date.parse(edit.startsAt) !== Date.parse(slot.startsAt)) input.startsAt = edit.startsAt;
    if (edit.durationMinutes !== minutesOf(slot)) input.durationMinutes = edit.durationMinutes;
    if (edit.mode !== slot.mode) input.mode = edit.mode;
    if (edit.interpreterLanguage !== slot.interpreterLanguage) {
      if (edit.interpreterLanguage) input.interpreterLanguage = edit.interpreterLanguage;
      else input.clearInterpreter = true;
    }
    return input;
  }

  private async save(slot: SlotDetail): Promise<void> {
    this.saved = null;
    const answer = await this.form.submit(async () => {
      const result = await request(HospitalUpdateSlotDocument, {
        input: this.changes(slot),
        locale: apiLocale(this.locale),
      });
      return result.updateSlot;
    });
    if (answer?.__typename !== 'Slot') return;
    this.accept(slot, answer, this.m.slotSaved);
  }

  private async close(slot: SlotDetail, button: EventTarget | null): Promise<void> {
    this.closeFailure = null;
    try {
      const { closeSlot } = await request(HospitalCloseSlotDocument, {
        slotId: slot.id,
        locale: apiLocale(this.locale),
      });
      if (closeSlot.__typename !== 'Slot') {
        this.closeFailure = this.m.errorNotFound;
        return;
      }
      closeDialogOf(button);
      this.accept(slot, closeSlot, this.m.slotClosedNotice);
    } catch (error) {
      this.closeFailure = failureText(this.locale, error);
    }
  }

  /** Whether the dialog may close: unsaved edits of the slot are asked about first. */
  mayClose(): boolean {
    return !this.form.dirty || window.confirm(this.m.discardQuestion);
  }

  private accept(slot: SlotDetail, saved: HospitalSlotFragment, notice: string): void {
    this.detail.set({ ...slot, ...saved });
    this.form.reset(editOf(saved));
    this.saved = notice;
    this.dispatchEvent(
      new CustomEvent<SlotChangedDetail>('mt-slot-changed', { detail: { slot: saved }, bubbles: true, composed: true }),
    );
    void this.focusLater('#slot-saved');
  }

  override render() {
    const slot = this.detail.shown;
    return html`
      ${loadStatus(this.locale, this.detail.state, () => void this.detail.run())}
      ${slot ? this.renderSlot(slot) : nothing}
      <div class="dialog-actions">
        <button type="button" @click=${() => this.mayClose() && this.closest('dialog')?.close()}>
          ${this.m.close}
        </button>
      </div>
    `;
  }

  private renderSlot(slot: SlotDetail) {
    const m = this.m;
    const held = slot.capacity - slot.remaining;
    const started = Date.parse(slot.startsAt) <= Date.now();
    const editable = !started && !slot.closedAt;
    const bookings = slot.bookings ?? [];
    return html`
      <h2>
        ${fill(m.slotHeading, {
          day: formatKoreaTime(this.locale, slot.startsAt, { dateStyle: 'full', timeStyle: undefined }),
          time: formatKoreaTime(this.locale, slot.startsAt, { dateStyle: undefined, timeStyle: 'short' }),
        })}
      </h2>
      <p>
        ${slot.procedure?.name ?? m.generalConsultation} · ${modeWords[this.locale][slot.mode]} ·
        ${fill(m.places, { remaining: slot.remaining, capacity: slot.capacity })}
        ${
          slot.interpreterLanguage
            ? html` · ${fill(m.interpreter, { language: localeName(this.locale, slot.interpreterLanguage) })}`
            : nothing
        }
      </p>
      ${this.saved ? html`<p class="success" id="slot-saved" tabindex="-1" role="status">${this.saved}</p>` : nothing}
      ${
        slot.closedAt
          ? html`<p class="notice">${fill(m.slotIsClosed, { when: formatKoreaTime(this.locale, slot.closedAt) })}</p>`
          : nothing
      }
      ${started && !slot.closedAt ? html`<p class="notice">${m.slotStarted}</p>` : nothing}

      <h3>${m.bookingsHeading}</h3>
      ${
        bookings.length === 0
          ? html`<p class="muted">${m.noBookings}</p>`
          : html`<div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  ${m.bookingsCaption}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${m.reference}</th>
                    <th scope="col">${m.patientName}</th>
                    <th scope="col">${m.partySize}</th>
                    <th scope="col">${m.status}</th>
                  </tr>
                </thead>
                <tbody>
                  ${bookings.map(
                    (booking) =>
                      html`<tr>
                        <td>${booking.reference}</td>
                        <td>${booking.contact?.name ?? ''}</td>
                        <td>${booking.partySize}</td>
                        <td>
                          <span class="badge ${booking.status}">${statusWords[this.locale][booking.status]}</span>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      ${editable ? this.renderEdit(slot, held) : nothing}
    `;
  }

  private renderEdit(slot: SlotDetail, held: number) {
    const m = this.m;
    const form = this.form;
    const locked = held > 0;
    return html`
      <h3>${m.editHeading}</h3>
      <form
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.save(slot);
        }}
      >
        ${formErrorBanner(form)} ${form.error('slotId') ? html`<p class="error">${form.error('slotId')}</p>` : nothing}
        <div class="grid-2">
          ${numberField(form, 'capacity', m.capacity, { min: Math.max(1, held), max: 50, required: true })}
          ${selectField(
            form,
            'mode',
            m.mode,
            Object.entries(modeWords[this.locale]).map(([value, label]) => ({ value, label })),
            { required: true },
          )}
          ${dateTimeField(form, 'startsAt', m.startTime, { disabled: locked, hint: locked ? m.timeLocked : undefined })}
          ${numberField(form, 'durationMinutes', m.durationMinutes, { min: 5, max: 600, disabled: locked })}
          ${selectField(form, 'interpreterLanguage', m.interpreterLanguage, languageChoices(this.locale), {
            empty: m.noInterpreter,
          })}
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${form.saving || !form.dirty}>${m.saveSlot}</button>
          <button
            type="button"
            class="danger"
            @click=${(event: Event) => openDialog(this.renderRoot.querySelector<HTMLDialogElement>('#close-dialog'), event.currentTarget)}
          >
            ${m.closeSlot}
          </button>
        </div>
      </form>
      <dialog id="close-dialog" aria-labelledby="close-question">
        <p id="close-question">${fill(m.closeQuestion, { held })}</p>
        ${this.closeFailure ? html`<p class="form-error" role="alert">${this.closeFailure}</p>` : nothing}
        <div class="dialog-actions">
          <button type="button" @click=${(event: Event) => closeDialogOf(event.currentTarget)}>${m.keep}</button>
          <button type="button" class="danger" @click=${(event: Event) => void this.close(slot, event.currentTarget)}>
            ${m.closeSlot}
          </button>
        </div>
      </dialog>
    `;
  }
}
