import { defineOnce } from '../shared/define';
import { MtBooking } from './booking.component';

defineOnce('mt-booking', MtBooking);

declare global {
  interface HTMLElementTagNameMap {
    'mt-booking': MtBooking;
  }
}
