import '../inquiry-form/inquiry-form';
import { defineOnce } from '../shared/define';
import { MtPackageList } from './package-list.component';

defineOnce('mt-package-list', MtPackageList);

declare global {
  interface HTMLElementTagNameMap {
    'mt-package-list': MtPackageList;
  }
}
