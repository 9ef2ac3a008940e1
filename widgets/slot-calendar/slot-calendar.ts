import { defineOnce } from '../shared/define';
import { MtSlotCalendar } from './slot-calendar.component';

defineOnce('mt-slot-calendar', MtSlotCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'mt-slot-calendar': MtSlotCalendar;
  }
}
