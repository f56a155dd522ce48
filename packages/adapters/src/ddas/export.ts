// The DDAS v1.2 delivery (`Uitwisselmodel`) of a period from months of cases, per municipality.
// Pure and file-free, so that case files, the case store or a browser can feed it; validated
// against the official schema before it is returned.
import {
  fail,
  type IsoDate,
  type Issue,
  type IssuePath,
  isMunicipalityCode,
  issue,
  type JsonLimits,
  type LifecycleTable,
  type MunicipalityCode,
  ok,
  parseIsoDate,
  prefixIssues,
  type Result,
  TEXT_LIMITS,
} from '@signaalreis/core';
import { isLifecyclePresetId, lifecyclePreset } from '@signaalreis/rules-presets';
import { type CaseFile, readCaseFile } from '../cases/case-file';
import { type ExportedCase, exportCase, type FileCase, monthBounds } from './export-case';
import { DDAS_MESSAGES as M } from './messages';
import { validateDdasDelivery } from './schema';
import type { DdasLevering, DdasVroegsignaalzaak, Uitwisselmodel } from './types';

/**
 * One month of cases of one municipality, as an export takes it: the case file (with the
 * lifecycle records `signaalreis feedback` stores in it) and, optionally, the lifecycle table its
 * records follow (default: the lifecycle preset the file's `preset` names, else `ddas`).
 *
 * @example
 * ```ts
 * import type { CaseFile } from '@signaalreis/adapters/cases';
 * import type { DdasExportMonth } from '@signaalreis/adapters/ddas';
 * import { asMunicipalityCode } from '@signaalreis/core';
 * declare const october: CaseFile;
 * const m: DdasExportMonth = { municipality: october.municipality ?? asMunicipalityCode('0363'), caseFile: october };
 * ```
 */
export interface DdasExportMonth {
  municipality: MunicipalityCode;
  caseFile: CaseFile;
  lifecycle?: LifecycleTable;
}

/**
 * What a DDAS export needs: the period, the code of the data supplier, the name of the delivering
 * organisation, the months of cases, and optionally municipalities that get a delivery even
 * without cases (a month without signals is reported too).
 *
 * @example
 * ```ts
 * import type { DdasExportInput } from '@signaalreis/adapters/ddas';
 * import { asIsoDate, asMunicipalityCode } from '@signaalreis/core';
 * const nothingThisMonth: DdasExportInput = {
 *   period: { from: asIsoDate('2026-10-01'), to: asIsoDate('2026-10-31') },
 *   supplierCode: 'SIGNAALREIS',
 *   organisation: 'Gemeente Voorbeeldstad',
 *   months: [],
 *   municipalities: [asMunicipalityCode('0363')],
 * };
 * ```
 */
export interface DdasExportInput {
  period: { from: IsoDate; to: IsoDate };
  supplierCode: string;
  organisation: string;
  months: readonly DdasExportMonth[];
  municipalities?: readonly MunicipalityCode[];
}

/** What one municipality's delivery holds. */
export interface DdasDeliveryCount {
  municipality: MunicipalityCode;
  signals: number;
  cases: number;
  pickedUp: number;
  withResult: number;
  attempts: number;
}

/**
 * An export: the delivery (valid against the DDAS v1.2 schema), what each municipality's part
 * holds, and warnings (`ddas_month_outside_period`: a month that was left out).
 *
 * @example
 * ```ts
 * import type { DdasExport } from '@signaalreis/adapters/ddas';
 * const line = (e: DdasExport) => e.counts.map((c) => `${c.municipality}: ${c.signals} signals, ${c.cases} cases`).join('; ');
 * ```
 */
export interface DdasExport {
  delivery: Uitwisselmodel;
  counts: DdasDeliveryCount[];
  issues: Issue[];
}

const goodText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= max && !/\p{Cc}/u.test(value);

/** `YYYY-MM-DDThh:mm:ssZ`, as the schema's description of `aanleverdatumEnTijd` has it. */
const utcSeconds = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/** The delivery's own fields, before its leveringen (made whole or in parts alike). */
export const deliveryHead = (input: Omit<DdasExportInput, 'months'>, now: Date) => ({
  startdatumLevering: input.period.from,
  einddatumLevering: input.period.to,
  aanleverdatumEnTijd: utcSeconds(now),
  codeGegevensleverancier: input.supplierCode,
});

/** A levering's own fields, before its signals and cases. */
export const leveringHead = (municipality: MunicipalityCode, teller: number, organisation: string) => ({
  teller,
  gemeentecode: municipality,
  aanleverendeOrganisatie: { naam: organisation },
});

/** A municipality's count before its cases ({@link tally} adds each; its signals are counted at the end). */
export const emptyCount = (municipality: MunicipalityCode): DdasDeliveryCount => ({
  municipality,
  signals: 0,
  cases: 0,
  pickedUp: 0,
  withResult: 0,
  attempts: 0,
});

/** A case's figures added to its municipality's count. */
export function tally(count: DdasDeliveryCount, zaak: DdasVroegsignaalzaak): void {
  count.cases += 1;
  if (zaak.datumOpgepakt !== undefined) count.pickedUp += 1;
  if (zaak.resultaat !== undefined) count.withResult += 1;
  count.attempts += zaak.contactpogingen?.length ?? 0;
}

/** Problems of the input as a whole: period, supplier, organisation, moment, codes. */
export function inputIssues(input: Omit<DdasExportInput, 'months'>, now: Date): Issue[] {
  const out: Issue[] = [];
  const from = parseIsoDate(input.period?.from);
  const to = parseIsoDate(input.period?.to);
  if (!from.ok) out.push(issue('ddas_bad_period', ['period', 'from'], M.badDate('period.from')));
  if (!to.ok) out.push(issue('ddas_bad_period', ['period', 'to'], M.badDate('period.to')));
  if (from.ok && to.ok && from.value > to.value)
    out.push(issue('ddas_period_order', ['period'], M.periodOrder(from.value, to.value)));
  if (!goodText(input.supplierCode, TEXT_LIMITS.id))
    out.push(issue('ddas_bad_supplier', ['supplierCode'], M.badText('supplierCode', TEXT_LIMITS.id)));
  if (!goodText(input.organisation, TEXT_LIMITS.label))
    out.push(issue('ddas_bad_organisation', ['organisation'], M.badText('organisation', TEXT_LIMITS.label)));
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    out.push(issue('ddas_bad_now', ['now'], M.badNow));
  (input.municipalities ?? []).forEach((code, i) => {
    if (!isMunicipalityCode(code))
      out.push(issue('invalid_municipality_code', ['municipalities', i], M.badMunicipality(String(code))));
  });
  return out;
}

/** A month of an export, checked ({@link checkedMonth}): its case file at `at` (`months.<i>.caseFile`). */
interface Month {
  municipality: MunicipalityCode;
  file: CaseFile;
  table: LifecycleTable;
  at: IssuePath;
}

/** How a month's case file is taken: checked by `readCaseFile`, or as it is (see {@link DeliveryOptions}). */
export type TakeFile = (file: CaseFile) => Result<CaseFile>;

/** How {@link DeliveryOptions} take a month's case file. */
export const takeFile = ({ filesRead, limits }: DeliveryOptions): TakeFile =>
  filesRead ? ok : (file) => readCaseFile(file, limits);

/**
 * The `i`th month checked (`readCaseFile`: it may come from anywhere) with its lifecycle table;
 * undefined, with its problems added to `issues`, when it cannot be delivered.
 */
export function checkedMonth(
  m: DdasExportMonth,
  i: number,
  take: TakeFile,
  issues: Issue[],
): Month | undefined {
  const at = ['months', i];
  if (!isMunicipalityCode(m.municipality)) {
    issues.push(
      issue('invalid_municipality_code', [...at, 'municipality'], M.badMunicipality(String(m.municipality))),
    );
    return undefined;
  }
  const file = take(m.caseFile);
  if (!file.ok) {
    issues.push(...prefixIssues(file.issues, [...at, 'caseFile']));
    return undefined;
  }
  const preset = file.value.preset;
  const table = m.lifecycle
    ? ok(m.lifecycle)
    : lifecyclePreset(isLifecyclePresetId(preset) ? preset : 'ddas');
  if (!table.ok) {
    issues.push(...prefixIssues(table.issues, [...at, 'lifecycle']));
    return undefined;
  }
  return { municipality: m.municipality, file: file.value, table: table.value, at: [...at, 'caseFile'] };
}

/** Whether a month's matching period (the calendar month) overlaps the period; a warning when not. */
export function inPeriod(m: Month, period: DdasExportInput['period'], warnings: Issue[]): boolean {
  const { first, last } = monthBounds(m.file.month);
  const overlaps = first <= period.to && last >= period.from;
  if (!overlaps)
    warnings.push(
      issue(
        'ddas_month_outside_period',
        [...m.at, 'month'],
        M.monthOutsidePeriod(m.file.month, period.from, period.to),
      ),
    );
  return overlaps;
}

/** One municipality's levering from its months, in month order (cases in file order). */
function levering(
  municipality: MunicipalityCode,
  months: readonly Month[],
  teller: number,
  organisation: string,
  issues: Issue[],
): { levering: DdasLevering; count: DdasDeliveryCount } {
  const cases: ExportedCase[] = [];
  const seen = new Set<string>();
  for (const m of [...months].sort((a, b) => a.file.month.localeCompare(b.file.month))) {
    m.file.cases.forEach((c, i) => {
      const done = exportCase(c as FileCase, m.file, m.table, [...m.at, 'cases', i]);
      if (!done.ok) {
        issues.push(...done.issues);
        return;
      }
      for (const [j, s] of done.value.signals.entries()) {
        if (seen.has(s.ID))
          issues.push(
            issue(
              'ddas_signal_twice',
              [...m.at, 'cases', i, 'signals', j],
              M.signalTwice(s.ID, municipality),
            ),
          );
        seen.add(s.ID);
      }
      cases.push(done.value);
    });
  }
  const zaken = cases.map((c) => c.zaak);
  const count = emptyCount(municipality);
  for (const z of zaken) tally(count, z);
  count.signals = seen.size;
  return {
    levering: {
      ...leveringHead(municipality, teller, organisation),
      vroegsignalen: cases.flatMap((c) => c.signals),
      vroegsignaalzaken: zaken,
    },
    count,
  };
}

/**
 * The DDAS v1.2 delivery of a period: one `levering` per municipality (those of the months that
 * overlap the period, and those of `municipalities`, in code order; `teller` counts them), each
 * with the signals and cases of its months (in month order). Which cases are in the period: a
 * month of cases is delivered whole when its matching period (the calendar month) overlaps the
 * period; a month outside it is left out with a warning `ddas_month_outside_period`. A signal always goes with its
 * case (a case refers to its signals by ID). Only what the schema asks, and no names: the client
 * is postcode + house number of the household key; the organisation is its name only.
 *
 * The delivery is validated against the official schema (`validateDdasDelivery`) before it is
 * returned. Refused with issues: a bad period, supplier code, organisation, moment or municipality
 * code; a case file that does not read (`readCaseFile`) or whose lifecycle records do not fit
 * their table; two files of one municipality and month; a household key DDAS cannot hold; a
 * signal twice in one municipality's delivery. `options.limits`: the JSON limits the case files are
 * read with ({@link DdasDeliveryOptions}; a national month needs more values than the default).
 *
 * @example
 * ```ts
 * import type { CaseFile } from '@signaalreis/adapters/cases';
 * import { ddasDelivery } from '@signaalreis/adapters/ddas';
 * import { asIsoDate, asMunicipalityCode } from '@signaalreis/core';
 * declare const october: CaseFile; // written by `signaalreis run`, records by `signaalreis feedback`
 * const r = ddasDelivery(
 *   {
 *     period: { from: asIsoDate('2026-10-01'), to: asIsoDate('2026-12-31') }, // a quarter
 *     supplierCode: 'SIGNAALREIS',
 *     organisation: 'Gemeente Voorbeeldstad',
 *     months: [{ municipality: asMunicipalityCode('0363'), caseFile: october }],
 *   },
 *   new Date('2027-01-05T09:00:00Z'),
 * );
 * if (r.ok) JSON.stringify(r.value.delivery); // aanleverdatumEnTijd: '2027-01-05T09:00:00Z'
 * ```
 */
export function ddasDelivery(
  input: DdasExportInput,
  now: Date,
  options: DdasDeliveryOptions = {},
): Result<DdasExport> {
  return deliveryWith(input, now, { ...(options.limits ? { limits: options.limits } : {}) });
}

/**
 * Options of {@link ddasDelivery}: the JSON limits each month's case file is read against
 * (`readCaseFile`; default core's `JSON_LIMITS`). A national month holds more values than one
 * document may: give the limits its reader used — `STORED_MONTH_LIMITS` of
 * `@signaalreis/adapters/store` for months from the store, `{ maxValues: Number.MAX_SAFE_INTEGER }`
 * for a file read a case at a time (`caseFileValueFromLines`).
 *
 * @example
 * ```ts
 * import type { DdasDeliveryOptions } from '@signaalreis/adapters/ddas';
 * const national: DdasDeliveryOptions = { limits: { maxValues: Number.MAX_SAFE_INTEGER } };
 * ```
 */
export interface DdasDeliveryOptions {
  limits?: Partial<JsonLimits>;
}

/**
 * How a delivery takes its case files (internal to the adapters; not exported by the package):
 * `filesRead` — the months' case files are values `readCaseFile` gave back just before and nothing
 * changed since (`signaalreis export ddas` reads them so), so they are not checked a second time
 * (for a national quarter's three files ~1.7 s of zod's parse of the full form). The command line
 * makes its delivery a month at a time (`DdasExportInParts`, which takes the same option); the whole
 * delivery with `filesRead` is what the parts are held to in its property test.
 */
export interface DeliveryOptions extends DdasDeliveryOptions {
  filesRead?: boolean;
}

/**
 * {@link ddasDelivery} with {@link DeliveryOptions} (internal to the adapters).
 *
 * @example
 * ```ts
 * import { readCaseFile } from '../cases/case-file';
 * import { type DdasExportInput, deliveryWith } from './export';
 * declare const json: unknown; // a parsed cases.json
 * declare const input: Omit<DdasExportInput, 'months'>;
 * const read = readCaseFile(json);
 * const months = read.ok ? [{ municipality: '0363' as never, caseFile: read.value }] : [];
 * deliveryWith({ ...input, months }, new Date(), { filesRead: true }); // the file not checked again
 * ```
 */
export function deliveryWith(
  input: DdasExportInput,
  now: Date,
  options: DeliveryOptions,
): Result<DdasExport> {
  const issues = inputIssues(input, now);
  const take = takeFile(options);
  const months = input.months.flatMap((m, i) => checkedMonth(m, i, take, issues) ?? []);
  if (issues.length > 0) return fail(issues);
  const warnings: Issue[] = [];
  const delivered = months.filter((m) => inPeriod(m, input.period, warnings));
  const byCode = new Map<MunicipalityCode, Month[]>();
  for (const code of input.municipalities ?? []) byCode.set(code, byCode.get(code) ?? []);
  for (const m of delivered) {
    const list = byCode.get(m.municipality) ?? [];
    if (list.some((x) => x.file.month === m.file.month))
      issues.push(issue('ddas_month_twice', [...m.at, 'month'], M.monthTwice(m.municipality, m.file.month)));
    byCode.set(m.municipality, [...list, m]);
  }
  const codes = [...byCode.keys()].sort();
  const parts = codes.map((code, i) =>
    levering(code, byCode.get(code) ?? [], i + 1, input.organisation, issues),
  );
  if (issues.length > 0) return fail(issues);
  const delivery: Uitwisselmodel = {
    ...deliveryHead(input, now),
    ...(parts.length > 0 ? { leveringen: parts.map((p) => p.levering) } : {}),
  };
  const valid = validateDdasDelivery(delivery);
  if (!valid.ok) return fail(valid.issues);
  return ok({ delivery: valid.value, counts: parts.map((p) => p.count), issues: warnings });
}
