// The zod schemas of the case file, in the full form a program holds (format signaalreis-cases/2
// on disk, and what reading any format gives) and the compact form of format signaalreis-cases/3
// that `match` and `run` write (docs/formats/case-file.md). Ids, dates and amounts are read
// through core's branded schemas.
import {
  CaseIdSchema,
  CentsSchema,
  DdasSignalStatusSchema,
  HouseholdKeySchema,
  IsoDateSchema,
  IsoMonthSchema,
  MunicipalityCodeSchema,
  PartnerIdSchema,
  SectorSchema,
  SignalIdSchema,
  SignalKindSchema,
  TEXT_LIMITS,
} from '@signaalreis/core';
import * as z from 'zod';

/**
 * The `format` of a case file written by this version: version 3, compact — one case a line, and
 * what a case derives from the rest of it left out (docs/formats/case-file.md). Version 2 (every
 * field, as the program holds a case) is read too; version 1 is not (run the month again).
 *
 * @example
 * ```ts
 * import { CASE_FILE_FORMAT } from '@signaalreis/adapters/cases';
 * CASE_FILE_FORMAT; // 'signaalreis-cases/3'
 * ```
 */
export const CASE_FILE_FORMAT = 'signaalreis-cases/3';
/**
 * The format before the compact one, and the form a program holds a case file in: every field of
 * every case. Still read; `run` and `match` no longer write it. What `readCaseFile`, `toCaseFile`
 * and `plannedCaseFile` give says this format.
 *
 * @example
 * ```ts
 * import { FULL_CASE_FILE_FORMAT, readCaseFile } from '@signaalreis/adapters/cases';
 * declare const text: string; // a cases.json of either format
 * const r = readCaseFile(JSON.parse(text));
 * if (r.ok) r.value.format === FULL_CASE_FILE_FORMAT; // true: every case with all its fields
 * ```
 */
export const FULL_CASE_FILE_FORMAT = 'signaalreis-cases/2';
/** Formats that are refused with the advice to run the month again. */
export const OLD_FORMATS: readonly string[] = ['signaalreis-cases/1'];

/** Positive cents, as a signal's amount (core's schema of a signal amount). */
const PositiveCents = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).brand<'Cents'>();

/** A label the case file keeps (a partner's name, a neighbourhood): 1–200 characters. */
const Label = z.string().min(1).max(TEXT_LIMITS.label);

/** A label as the case file writes it: cut to `TEXT_LIMITS.label` characters (with `…`). */
export const caseFileLabel = (text: string): string =>
  text.length > TEXT_LIMITS.label ? `${text.slice(0, TEXT_LIMITS.label - 1)}…` : text;

/**
 * The zod schema of one signal in a case of a {@link CaseFile}: no names of people, no contact
 * data. `signalStatus` is the signal's own DDAS status after intake; `partnerName` and
 * `neighbourhood` (the wijk the partner gave) are for the monthly report (files written before
 * it have neither).
 *
 * @example
 * ```ts
 * import { CaseFileSignalSchema } from '@signaalreis/adapters/cases';
 * CaseFileSignalSchema.safeParse({ signalId: 'S1' }).success; // false (fields missing)
 * ```
 */
export const CaseFileSignalSchema = z.object({
  signalId: SignalIdSchema,
  partnerId: PartnerIdSchema,
  partnerName: Label.optional(),
  sector: SectorSchema,
  kind: SignalKindSchema,
  signalDate: IsoDateSchema,
  arrearSince: IsoDateSchema,
  amountCents: PositiveCents,
  ageDays: z.number().int(),
  window: z.enum(['inside', 'too-young', 'too-old']),
  naturalPerson: z.boolean(),
  signalStatus: DdasSignalStatusSchema,
  repeatOf: SignalIdSchema.optional(),
  neighbourhood: Label.optional(),
});

/**
 * The zod schema of one case in a {@link CaseFile}: `signalStatus` is the case's DDAS status and
 * `intakeOutcome` where intake sent it (core's `intake.signalStatus` and `intake.outcome`).
 *
 * @example
 * ```ts
 * import { CaseFileCaseSchema } from '@signaalreis/adapters/cases';
 * CaseFileCaseSchema.safeParse({ caseId: '2026-10-0001' }).success; // false (fields missing)
 * ```
 */
export const CaseFileCaseSchema = z.object({
  caseId: CaseIdSchema,
  householdKey: HouseholdKeySchema,
  rank: z.number().int().min(1),
  signalStatus: DdasSignalStatusSchema,
  intakeOutcome: z.enum(['picked-up', 'crisis', 'manual-review', 'not-picked-up']),
  isMatch: z.boolean(),
  partners: z.array(PartnerIdSchema),
  signalIds: z.array(SignalIdSchema),
  totalAmountCents: CentsSchema,
  recidiveMonths: z.array(IsoMonthSchema),
  consecutiveCreditors: z.array(PartnerIdSchema),
  crisisDeadline: IsoDateSchema.optional(),
  reached: z.boolean().optional(),
  /** The intake decision explained; a compact case file does not keep it (the worklists and the store do). */
  explanation: z
    .object({ nl: z.string().max(TEXT_LIMITS.text), en: z.string().max(TEXT_LIMITS.text) })
    .optional(),
  signals: z.array(CaseFileSignalSchema),
});

/**
 * The zod schema of a {@link CaseFile} in the full form: every field of every case (format 2 on
 * disk, and what `readCaseFile` gives for either format); extra keys (such as the contact plan that
 * `run` adds) are kept.
 *
 * @example
 * ```ts
 * import { CaseFileSchema } from '@signaalreis/adapters/cases';
 * CaseFileSchema.safeParse({ month: '2026-10' }).success; // false
 * ```
 */
export const CaseFileSchema = z.looseObject({
  format: z.enum([FULL_CASE_FILE_FORMAT, CASE_FILE_FORMAT]),
  month: IsoMonthSchema,
  preset: z.string().max(TEXT_LIMITS.label),
  decidedOn: IsoDateSchema,
  /** The CBS code of the municipality the month belongs to, when the run named one (`--municipality`). */
  municipality: MunicipalityCodeSchema.optional(),
  cases: z.array(z.looseObject(CaseFileCaseSchema.shape)),
});

/**
 * A month's cases as written to disk.
 *
 * @example
 * ```ts
 * import type { CaseFile } from '@signaalreis/adapters/cases';
 * const pickedUp = (f: CaseFile) => f.cases.filter((c) => c.signalStatus === 'Opgepakt').length;
 * ```
 */
export type CaseFile = z.infer<typeof CaseFileSchema>;

/**
 * One case of a {@link CaseFile}.
 *
 * @example
 * ```ts
 * import type { CaseFileCase } from '@signaalreis/adapters/cases';
 * const ids = (c: CaseFileCase) => c.signalIds.join(' ');
 * ```
 */
export type CaseFileCase = z.infer<typeof CaseFileCaseSchema>;

/**
 * The zod schema of one signal of a compact case: `ageDays` (days from `arrearSince` to
 * `signalDate`), `naturalPerson` (true) and `signalStatus` (the case's) may be left out.
 *
 * @example
 * ```ts
 * import { CompactCaseSignalSchema } from '@signaalreis/adapters/cases';
 * CompactCaseSignalSchema.safeParse({ signalId: 'ZV-ZLD-202610-0001' }).success; // false (fields missing)
 * ```
 */
export const CompactCaseSignalSchema = CaseFileSignalSchema.extend({
  ageDays: CaseFileSignalSchema.shape.ageDays.optional(),
  naturalPerson: CaseFileSignalSchema.shape.naturalPerson.optional(),
  signalStatus: CaseFileSignalSchema.shape.signalStatus.optional(),
});

/**
 * The zod schema of one case of a compact case file (format `signaalreis-cases/3`): the fields of
 * {@link CaseFileCaseSchema}, of which `partners`, `signalIds`, `totalAmountCents` (from the
 * signals) and `recidiveMonths` and `consecutiveCreditors` (empty) may be left out; extra keys (the
 * run's contact plan, a lifecycle record) are kept.
 *
 * @example
 * ```ts
 * import { CompactCaseSchema } from '@signaalreis/adapters/cases';
 * CompactCaseSchema.safeParse({ caseId: '2026-10-0001' }).success; // false (fields missing)
 * ```
 */
export const CompactCaseSchema = z.looseObject({
  ...CaseFileCaseSchema.shape,
  partners: CaseFileCaseSchema.shape.partners.optional(),
  signalIds: CaseFileCaseSchema.shape.signalIds.optional(),
  totalAmountCents: CaseFileCaseSchema.shape.totalAmountCents.optional(),
  recidiveMonths: CaseFileCaseSchema.shape.recidiveMonths.optional(),
  consecutiveCreditors: CaseFileCaseSchema.shape.consecutiveCreditors.optional(),
  signals: z.array(CompactCaseSignalSchema),
});

/**
 * The zod schema of a compact case file, format `signaalreis-cases/3` (what `match` and `run`
 * write; docs/formats/case-file.md, JSON Schema `docs/schemas/case-file.schema.json`).
 *
 * @example
 * ```ts
 * import { CompactCaseFileSchema } from '@signaalreis/adapters/cases';
 * CompactCaseFileSchema.safeParse({ format: 'signaalreis-cases/3', month: '2026-10' }).success; // false (no cases)
 * ```
 */
export const CompactCaseFileSchema = z.looseObject({
  format: z.literal(CASE_FILE_FORMAT),
  month: IsoMonthSchema,
  preset: z.string().max(TEXT_LIMITS.label),
  decidedOn: IsoDateSchema,
  /** The CBS code of the municipality the month belongs to, when the run named one (`--municipality`). */
  municipality: MunicipalityCodeSchema.optional(),
  cases: z.array(CompactCaseSchema),
});

/**
 * One case of a compact case file as read (see {@link CompactCaseSchema}).
 *
 * @example
 * ```ts
 * import type { CompactCase } from '@signaalreis/adapters/cases';
 * const single = (c: CompactCase) => c.signals.length === 1;
 * ```
 */
export type CompactCase = z.infer<typeof CompactCaseSchema>;
