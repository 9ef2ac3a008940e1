import type { LocalizedText } from '../../core/locale';
import type { Money } from '../../core/money';
import type { PackagePriceRow } from './schema';

export interface PriceLineModel {
  kind: PackagePriceRow['kind'];
  label: LocalizedText;
  amount: Money;
}
