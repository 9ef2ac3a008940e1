import { defineOnce } from '../shared/define';
import { MtInquiryForm } from './inquiry-form.component';

defineOnce('mt-inquiry-form', MtInquiryForm);

declare global {
  interface HTMLElementTagNameMap {
    'mt-inquiry-form': MtInquiryForm;
  }
}
