// A quick check of one compact case (CompactCaseSchema) for the history reader: a national year
// reads millions of cases back. It answers yes only where the zod schema does — the schema stays
// the one source of truth: anything the check does not accept is read by zod, which says what is
// wrong (the property test compact-check.property.test.ts holds the check to the schema).
import {
  DDAS_SIGNAL_STATUSES,
  isCaseId,
  isHouseholdKey,
  isIsoDate,
  isIsoMonth,
  isPartnerId,
  isSignalId,
  SECTORS,
  SIGNAL_KINDS,
  TEXT_LIMITS,
} from '@signaalreis/core';
import * as z from 'zod';
import { CompactCaseFileSchema, CompactCaseSignalSchema } from './case-file-schema';

type Row = Record<string, unknown>;

const statuses: ReadonlySet<unknown> = new Set(DDAS_SIGNAL_STATUSES);
const sectors: ReadonlySet<unknown> = new Set(SECTORS);
const kinds: ReadonlySet<unknown> = new Set(SIGNAL_KINDS);
const outcomes: ReadonlySet<unknown> = new Set(['picked-up', 'crisis', 'manual-review', 'not-picked-up']);
const windows: ReadonlySet<unknown> = new Set(['inside', 'too-young', 'too-old']);

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const safeInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
const listOf = (check: (v: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(check);
const text = (v: unknown) => typeof v === 'string' && v.length <= TEXT_LIMITS.text;
const label = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= TEXT_LIMITS.label;

function signalOk(s: unknown): boolean {
  return (
    isRow(s) &&
    isSignalId(s.signalId) &&
    isPartnerId(s.partnerId) &&
    sectors.has(s.sector) &&
    kinds.has(s.kind) &&
    isIsoDate(s.signalDate) &&
    isIsoDate(s.arrearSince) &&
    safeInt(s.amountCents) &&
    s.amountCents > 0 &&
    optional(s.ageDays, safeInt) &&
    windows.has(s.window) &&
    optional(s.naturalPerson, (v) => typeof v === 'boolean') &&
    optional(s.signalStatus, (v) => statuses.has(v)) &&
    optional(s.repeatOf, isSignalId) &&
    optional(s.partnerName, label) &&
    optional(s.neighbourhood, label)
  );
}

/**
 * Whether `c` is a compact case as `CompactCaseSchema` reads it, checked without zod. `false` does
 * not mean it is not one: read it with the schema, which also says what is wrong.
 *
 * @example
 * ```ts
 * import { isCompactCase } from '@signaalreis/adapters/cases';
 * isCompactCase({ caseId: '2026-10-0001' }); // false: signals and more are missing
 * ```
 */
export function isCompactCase(c: unknown): boolean {
  return (
    isRow(c) &&
    isCaseId(c.caseId) &&
    isHouseholdKey(c.householdKey) &&
    safeInt(c.rank) &&
    c.rank >= 1 &&
    statuses.has(c.signalStatus) &&
    outcomes.has(c.intakeOutcome) &&
    typeof c.isMatch === 'boolean' &&
    optional(c.partners, listOf(isPartnerId)) &&
    optional(c.signalIds, listOf(isSignalId)) &&
    optional(c.totalAmountCents, safeInt) &&
    optional(c.recidiveMonths, listOf(isIsoMonth)) &&
    optional(c.consecutiveCreditors, listOf(isPartnerId)) &&
    optional(c.crisisDeadline, isIsoDate) &&
    optional(c.reached, (v) => typeof v === 'boolean') &&
    optional(c.explanation, (v) => isRow(v) && text(v.nl) && text(v.en)) &&
    Array.isArray(c.signals) &&
    c.signals.every(signalOk)
  );
}

/** Keys zod keeps of a compact case's signal (its schema drops any other). */
const SIGNAL_KEYS: ReadonlySet<string> = new Set(Object.keys(CompactCaseSignalSchema.shape));
/** The head of a compact case file, its cases left for {@link isCompactCase}. */
const CompactHeadSchema = CompactCaseFileSchema.extend({ cases: z.array(z.unknown()) });

const isPlain = (v: unknown): v is Row =>
  isRow(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** Whether zod reads case `c` into the same value (nothing dropped, nothing reordered that a reader sees). */
function sameAsRead(c: unknown): boolean {
  // (a case that is not a plain object is read the same either way: left to zod all the same)
  if (!isPlain(c) || !isCompactCase(c)) return false;
  const explanation = c.explanation;
  if (explanation !== undefined && (!isPlain(explanation) || Object.keys(explanation).join() !== 'nl,en'))
    return false;
  return (c.signals as unknown[]).every((s) => isPlain(s) && Object.keys(s).every((k) => SIGNAL_KEYS.has(k)));
}

/**
 * A compact case file as `CompactCaseFileSchema` reads it, its cases checked without zod (internal:
 * `readCaseFile` of a national month's file, docs/performance.md "Twenty-ninth round"); `undefined`
 * when any case needs the schema — which then reads the whole file and says what is wrong. The
 * property test in compact-check.property.test.ts holds `readCaseFile` to the same result either way.
 */
export function quickCompactFile(input: unknown): z.infer<typeof CompactCaseFileSchema> | undefined {
  if (!isPlain(input) || !Array.isArray(input.cases) || !input.cases.every(sameAsRead)) return undefined;
  const head = CompactHeadSchema.safeParse(input);
  return head.success ? (head.data as z.infer<typeof CompactCaseFileSchema>) : undefined;
}
