import { LOCALES, type LocaleCode, type LocalizedText } from '../../core/locale';
import type { ItineraryDayRow, ItineraryStepRow, PackagePriceRow, PackageRow } from './schema';

export interface PackageText {
  path: string;
  locale: LocaleCode;
  text: string;
}

export interface PackageTranslation {
  locale: LocaleCode;
  complete: boolean;
  missing: string[];
}

/**
 * Every text of a package with its path into PackageInput (days, steps and prices counted from 0, as InvalidInput
 * names them), in the order the console's form shows them. An optional text left out altogether (a step without a
 * description, a package without visa notes) is no text to translate.
 */
function packageTexts(
  pkg: PackageRow,
  prices: readonly PackagePriceRow[],
  days: readonly ItineraryDayRow[],
  steps: readonly ItineraryStepRow[],
): [path: string, text: LocalizedText | null][] {
  return [
    ['title', pkg.title],
    ['summary', pkg.summary],
    ...days.flatMap((day): [string, LocalizedText | null][] => [
      [`days.${day.day - 1}.title`, day.title],
      ...steps
        .filter((step) => step.day === day.day)
        .flatMap((step): [string, LocalizedText | null][] => [
          [`days.${day.day - 1}.steps.${step.position}.title`, step.title],
          [`days.${day.day - 1}.steps.${step.position}.description`, step.description],
        ]),
    ]),
    ...prices.map((line): [string, LocalizedText | null] => [`prices.${line.position}.label`, line.label]),
    ['visa.notes', pkg.visaNotes],
  ];
}

/** Per locale, the paths of the package's texts that have nothing in it; derived from the stored texts, never stored. */
export function packageTranslations(
  pkg: PackageRow,
  prices: readonly PackagePriceRow[],
  days: readonly ItineraryDayRow[],
  steps: readonly ItineraryStepRow[],
): PackageTranslation[] {
  const texts = packageTexts(pkg, prices, days, steps).filter(
    (entry): entry is [string, LocalizedText] => entry[1] !== null,
  );
  return LOCALES.map((locale) => {
    const missing = texts.filter(([, text]) => !text[locale]?.trim()).map(([path]) => path);
    return { locale, complete: missing.length === 0, missing };
  });
}

/** Every stored text in every locale it has, in packageTexts' order and then LOCALES' order: no fallback applied. */
export function storedTexts(
  pkg: PackageRow,
  prices: readonly PackagePriceRow[],
  days: readonly ItineraryDayRow[],
  steps: readonly ItineraryStepRow[],
): PackageText[] {
  return packageTexts(pkg, prices, days, steps).flatMap(([path, text]) =>
    LOCALES.flatMap((locale) => {
      const value = text?.[locale];
      return value ? [{ path, locale, text: value }] : [];
    }),
  );
}
