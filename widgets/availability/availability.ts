import { defineOnce } from '../shared/define';
import '../slot-calendar/slot-calendar';
import { MtAvailability } from './availability.component';

defineOnce('mt-availability', MtAvailability);

declare global {
  interface HTMLElementTagNameMap {
    'mt-availability': MtAvailability;
  }
}
