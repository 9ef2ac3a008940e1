import { LOCALES } from '../../core/locale';
import type {
  ItineraryStepInput,
  Locale,
  LocalizedTextInput,
  LodgingKind,
  PackageInput,
  PackageSegment,
  PackageTheme,
  PriceKind,
  Region,
  StepKind,
  TourCategory,
  TourismPackageQuery,
  TransportMode,
  VisaType,
  WellnessActivity,
  WellnessCluster,
} from '../generated/graphql';

/**
 * The package form's value and its two conversions: from what the API reads back, and to the PackageInput a save
 * sends. Paths inside the form are those of PackageInput (days.0.steps.1.providerId), so the API's InvalidInput
 * fields land on the inputs that hold them.
 */

export type Texts = LocalizedTextInput[];

/** Every kind's fields at once: switching a step's kind keeps what was typed for the other kind. */
export interface StepForm {
  kind: StepKind;
  title: Texts;
  description: Texts;
  providerId: string | null;
  procedureId: string | null;
  activity: WellnessActivity | null;
  category: TourCategory | null;
  from: string;
  to: string;
  transport: TransportMode | null;
  durationMinutes: number | null;
  nights: number | null;
  lodging: LodgingKind | null;
}

export interface DayForm {
  title: Texts;
  steps: StepForm[];
}

export interface PriceForm {
  kind: PriceKind;
  label: Texts;
  amountKrw: number | null;
}

export interface PackageForm {
  slug: string;
  title: Texts;
  summary: Texts;
  theme: PackageTheme;
  segment: PackageSegment;
  region: Region;
  wellnessCluster: WellnessCluster | null;
  durationDays: number | null;
  maxGuardians: number | null;
  visa: { recommended: VisaType; transferVisaFree: boolean; notes: Texts };
  prices: PriceForm[];
  days: DayForm[];
}

/** The inputs each kind of step shows and sends beside its title (the API's rule: ItineraryStepInput's doc). */
export const STEP_FIELDS = {
  MEDICAL: ['providerId', 'procedureId'],
  WELLNESS: ['activity', 'description'],
  TOUR: ['category', 'description'],
  TRANSFER: ['from', 'to', 'transport', 'durationMinutes'],
  STAY: ['nights', 'lodging'],
} as const satisfies Record<StepKind, readonly (keyof StepForm)[]>;

export const newStep = (kind: StepKind = 'MEDICAL'): StepForm => ({
  kind,
  title: [],
  description: [],
  providerId: null,
  procedureId: null,
  activity: null,
  category: null,
  from: '',
  to: '',
  transport: null,
  durationMinutes: null,
  nights: null,
  lodging: null,
});

export const newDay = (): DayForm => ({ title: [], steps: [newStep()] });

export const newPrice = (kind: PriceKind = 'MEDICAL'): PriceForm => ({ kind, label: [], amountKrw: null });

/** A new package starts as the smallest one the API accepts the shape of: one day, one step, one price line. */
export function newPackage(region: Region): PackageForm {
  return {
    slug: '',
    title: [],
    summary: [],
    theme: 'HEALTH_CHECKUP',
    segment: 'STANDARD',
    region,
    wellnessCluster: null,
    durationDays: 3,
    maxGuardians: 1,
    visa: { recommended: 'C_3_3', transferVisaFree: false, notes: [] },
    prices: [newPrice('MEDICAL')],
    days: [newDay()],
  };
}

export type PackageRead = NonNullable<TourismPackageQuery['package']>;
type StepRead = PackageRead['days'][number]['steps'][number];

/** The form of a stored package: its structure, and each text in the locales it has (Package.texts, no fallbacks). */
export function formFromPackage(pkg: PackageRead): PackageForm {
  const byPath = new Map<string, Texts>();
  for (const { path, locale, text } of pkg.texts) byPath.set(path, [...(byPath.get(path) ?? []), { locale, text }]);
  const texts = (path: string): Texts => byPath.get(path) ?? [];
  return {
    slug: pkg.slug,
    title: texts('title'),
    summary: texts('summary'),
    theme: pkg.theme,
    segment: pkg.segment,
    region: pkg.region,
    wellnessCluster: pkg.wellnessCluster,
    durationDays: pkg.durationDays,
    maxGuardians: pkg.maxGuardians,
    visa: {
      recommended: pkg.visa.recommended,
      transferVisaFree: pkg.visa.transferVisaFree,
      notes: texts('visa.notes'),
    },
    prices: pkg.priceBreakdown.lines.map((line, index) => ({
      kind: line.kind,
      label: texts(`prices.${index}.label`),
      amountKrw: line.amount.amount,
    })),
    days: pkg.days.map((day, dayIndex) => ({
      title: texts(`days.${dayIndex}.title`),
      steps: day.steps.map((step, stepIndex) => {
        const path = `days.${dayIndex}.steps.${stepIndex}`;
        return { ...stepStructure(step), title: texts(`${path}.title`), description: texts(`${path}.description`) };
      }),
    })),
  };
}

function stepStructure(step: StepRead): StepForm {
  switch (step.__typename) {
    case 'MedicalStep':
      return { ...newStep('MEDICAL'), providerId: step.provider?.id ?? null, procedureId: step.procedure?.id ?? null };
    case 'WellnessStep':
      return { ...newStep('WELLNESS'), activity: step.activity };
    case 'TourStep':
      return { ...newStep('TOUR'), category: step.category };
    case 'TransferStep':
      return {
        ...newStep('TRANSFER'),
        from: step.from,
        to: step.to,
        transport: step.transport,
        durationMinutes: step.durationMinutes,
      };
    case 'StayStep':
      return { ...newStep('STAY'), nights: step.nights, lodging: step.lodging };
  }
}

/**
 * What a save sends: each step with its own kind's fields only, empty optional texts left out. Whole numbers the
 * input type requires cannot be sent empty; those paths are answered instead, to be shown beside their inputs.
 */
export function toInput(form: PackageForm): { input: PackageInput } | { missing: string[] } {
  const { durationDays, maxGuardians } = form;
  const prices = form.prices.flatMap(({ kind, label, amountKrw }) =>
    amountKrw === null ? [] : [{ kind, label, amountKrw }],
  );
  const missing = [
    ...(durationDays === null ? ['durationDays'] : []),
    ...(maxGuardians === null ? ['maxGuardians'] : []),
    ...form.prices.flatMap((line, index) => (line.amountKrw === null ? [`prices.${index}.amountKrw`] : [])),
  ];
  if (durationDays === null || maxGuardians === null || missing.length) return { missing };
  return {
    input: {
      slug: form.slug.trim(),
      title: form.title,
      summary: form.summary,
      theme: form.theme,
      segment: form.segment,
      region: form.region,
      wellnessCluster: form.wellnessCluster,
      durationDays,
      maxGuardians,
      visa: {
        recommended: form.visa.recommended,
        transferVisaFree: form.visa.transferVisaFree,
        notes: form.visa.notes.length ? form.visa.notes : null,
      },
      prices,
      days: form.days.map((day) => ({ title: day.title, steps: day.steps.map(stepInput) })),
    },
  };
}

function stepInput(step: StepForm): ItineraryStepInput {
  const own = new Set<string>(STEP_FIELDS[step.kind]);
  const keep = <K extends keyof StepForm>(field: K): StepForm[K] | null => (own.has(field) ? step[field] : null);
  const text = (value: string | null) => (value && value.trim() ? value.trim() : null);
  const description = keep('description');
  return {
    kind: step.kind,
    title: step.title,
    description: description?.length ? description : null,
    providerId: keep('providerId'),
    procedureId: keep('procedureId') || null,
    activity: keep('activity'),
    category: keep('category'),
    from: text(keep('from')),
    to: text(keep('to')),
    transport: keep('transport'),
    durationMinutes: keep('durationMinutes'),
    nights: keep('nights'),
    lodging: keep('lodging'),
  };
}

/** Moves one item of a list by `offset` places (reordering price lines and steps), in place. */
export function move<T>(list: T[], index: number, offset: number): void {
  const target = index + offset;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return;
  const [item] = list.splice(index, 1);
  if (item !== undefined) list.splice(target, 0, item);
}

/** A missing-text path as its parts, for a label such as "Day 3 · step 1 · description". */
export type MissingPart =
  | { kind: 'field'; field: string }
  | { kind: 'day'; index: number }
  | { kind: 'step'; index: number }
  | { kind: 'price'; index: number };

export function pathParts(path: string): MissingPart[] {
  const parts: MissingPart[] = [];
  const keys = path.split('.');
  for (let at = 0; at < keys.length; at += 1) {
    const key = keys[at] ?? '';
    const index = Number(keys[at + 1]);
    if ((key === 'days' || key === 'steps' || key === 'prices') && Number.isInteger(index)) {
      parts.push({ kind: key === 'days' ? 'day' : key === 'steps' ? 'step' : 'price', index });
      at += 1;
    } else {
      parts.push({ kind: 'field', field: key });
    }
  }
  return parts;
}

/** The locales in the API's order, for the translations panel and the per-locale reads. */
export const ALL_LOCALES: readonly Locale[] = LOCALES;
