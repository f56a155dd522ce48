// Reading a DDAS v1.2 delivery from another system into signaalreis: validated against the official
// schema first, then each municipality's signals and cases become case files (one per month) with
// lifecycle records. Pure and file-free.
import {
  checkJsonValue,
  fail,
  type IsoDate,
  type IsoMonth,
  type Issue,
  issue,
  type JsonLimits,
  type LifecycleTable,
  type MunicipalityCode,
  ok,
  parseIsoDate,
  prefixIssues,
  type Result,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import type { CaseFile } from '../cases/case-file';
import { type LeveringContext, LeveringImport } from './import-levering';
import { DDAS_MESSAGES as M } from './messages';
import { validateDdasDelivery } from './schema';

/**
 * One case file made by an import: a municipality's cases of one month, and the name of the
 * organisation that delivered them.
 *
 * @example
 * ```ts
 * import type { DdasImportedFile } from '@signaalreis/adapters/ddas';
 * const name = (f: DdasImportedFile) => `cases-${f.municipality}-${f.month}.json`;
 * ```
 */
export interface DdasImportedFile {
  municipality: MunicipalityCode;
  month: IsoMonth;
  organisation?: string;
  caseFile: CaseFile;
}

/**
 * An import: the delivery's period, supplier and moment, the case files it became, and warnings
 * about what signaalreis could not keep (each says what and how many; nothing is left out silently).
 *
 * @example
 * ```ts
 * import type { DdasImport } from '@signaalreis/adapters/ddas';
 * const cases = (i: DdasImport) => i.files.reduce((n, f) => n + f.caseFile.cases.length, 0);
 * ```
 */
export interface DdasImport {
  period: { from: IsoDate; to: IsoDate };
  supplierCode: string;
  deliveredAt: string;
  /** Every municipality of the delivery, also those without signals (in delivery order). */
  municipalities: MunicipalityCode[];
  files: DdasImportedFile[];
  issues: Issue[];
}

/**
 * Options of {@link importDdasDelivery}: the JSON limits the delivery's value is checked against
 * (default core's `JSON_LIMITS`: 4 million values, about a platform's month; `signaalreis import
 * ddas` lifts the number of values for a delivery read in parts, which each part's limits bound), and
 * the phases told as they go (the schema check starts; `leveringen`: `done` of `total` read).
 *
 * @example
 * ```ts
 * import type { DdasImportOptions } from '@signaalreis/adapters/ddas';
 * const options: DdasImportOptions = {
 *   limits: { maxValues: Number.MAX_SAFE_INTEGER },
 *   onProgress: (phase, done, total) => console.error(phase, done, total),
 * };
 * ```
 */
export interface DdasImportOptions {
  limits?: Partial<JsonLimits>;
  onProgress?: (phase: 'schema' | 'leveringen', done: number, total: number) => void;
}

/**
 * Reads a DDAS v1.2 delivery (untrusted JSON, e.g. from `readJsonFile`) into case files
 * (`signaalreis-cases/2`), one per municipality and month, that `signaalreis run --history` and
 * `signaalreis feedback` accept:
 * - refused with the schema path when it does not validate against the official schema
 *   (`ddas_schema`, see `validateDdasDelivery`), or when it breaks the JSON limits;
 * - refused with the path of each problem when a signal cannot be kept: a client by BSN only (a
 *   household is postcode + house number here), no amount of at least €1, no arrear or signal
 *   date, no partner type, a signal ID twice; or a case that cannot be one: no signals, an unknown
 *   signal, signals of two households, two cases of one household in one month, a date outside
 *   the calendar; or a municipality code twice;
 * - each DDAS case becomes a case with a lifecycle record built through `lifecycle` (default: the
 *   `ddas` preset): created at its intake status, picked up, its contact attempts, its result;
 * - signals that no case refers to become the case of their household in the month of their
 *   signal date, without a record (`signaalreis feedback` makes one);
 * - each case file made is checked as it is written (its compact form, what `run --history` and
 *   `feedback` read back; `writtenCaseFileIssues`): one that would not read back refuses the import
 *   with what `readCaseFile` says of it;
 * - what signaalreis cannot keep is a warning in `issues`, with its number: partner types without
 *   a sector, signal flags beyond one kind, gender and birth date, contact persons, the KvK number, incomplete
 *   contact attempts, matching dates and periods that are not one per month, results the lifecycle
 *   cannot reach.
 *
 * `options`: the JSON limits of the value (a national delivery holds more values than core's default
 * allows) and the phases as they go ({@link DdasImportOptions}).
 *
 * @example
 * ```ts
 * import { importDdasDelivery } from '@signaalreis/adapters/ddas';
 * declare const text: string; // a delivery of another system
 * const r = importDdasDelivery(JSON.parse(text));
 * if (!r.ok) r.issues.map((i) => `${i.path.join('.')}: ${i.message.nl}`); // e.g. 'leveringen.0.vroegsignalen.3.client: DDAS-schema: … (schemapad #/…/client/oneOf)'
 * else r.value.files.map((f) => `${f.municipality} ${f.month}: ${f.caseFile.cases.length} cases`);
 * ```
 */
export function importDdasDelivery(
  input: unknown,
  lifecycle?: LifecycleTable,
  options: DdasImportOptions = {},
): Result<DdasImport> {
  const limits = checkJsonValue(input, options.limits);
  if (limits.length > 0) return fail(limits);
  options.onProgress?.('schema', 0, 1);
  const valid = validateDdasDelivery(input);
  if (!valid.ok) return valid;
  const table = lifecycle ? ok(lifecycle) : lifecyclePreset('ddas');
  if (!table.ok) return fail(prefixIssues(table.issues, ['lifecycle']));
  const d = valid.value;
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const files: DdasImportedFile[] = [];
  const seen = new Map<MunicipalityCode, number>();
  const explanation = M.imported(d.codeGegevensleverancier, d.aanleverdatumEnTijd);
  const leveringen = d.leveringen ?? [];
  const ctx: LeveringContext = { table: table.value, seen, errors, warnings, onFile: (f) => files.push(f) };
  leveringen.forEach((l, i) => {
    options.onProgress?.('leveringen', i, leveringen.length);
    const levering = new LeveringImport(i);
    for (const [j, s] of (l.vroegsignalen ?? []).entries()) levering.signal(s, j);
    levering.signalsEnd();
    for (const [j, z] of (l.vroegsignaalzaken ?? []).entries()) levering.zaak(z, j);
    levering.finish(l, explanation, ctx);
  });
  options.onProgress?.('leveringen', leveringen.length, leveringen.length);
  const from = parseDeliveryDate(d.startdatumLevering, 'startdatumLevering', errors);
  const to = parseDeliveryDate(d.einddatumLevering, 'einddatumLevering', errors);
  if (errors.length > 0 || from === undefined || to === undefined) return fail(errors);
  return ok({
    period: { from, to },
    supplierCode: d.codeGegevensleverancier,
    deliveredAt: d.aanleverdatumEnTijd,
    municipalities: [...seen.keys()],
    files,
    issues: warnings,
  });
}

/** The delivery's date `field`; an error (`ddas_date_outside`) when it lies outside the calendar. */
export function parseDeliveryDate(value: string, field: string, errors: Issue[]): IsoDate | undefined {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) errors.push(issue('ddas_date_outside', [field], M.dateOutside(field)));
  return parsed.ok ? parsed.value : undefined;
}
