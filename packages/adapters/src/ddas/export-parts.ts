// The DDAS v1.2 delivery of a period made a month at a time: each month's signals and cases are
// made into DDAS records, checked against their places in the official schema and given back as
// text for the caller to set aside; at the end the delivery's text is put together from those texts
// in the delivery's order (municipality codes, then months). A national year (a million signals) is
// never held as values — the same text, counts, warnings and problems as `ddasDelivery`.
import {
  fail,
  type Issue,
  isMunicipalityCode,
  issue,
  type MunicipalityCode,
  ok,
  prefixIssues,
  type Result,
} from '@signaalreis/core';
import { JsonArrayTexts, jsonElementsText, jsonPieces } from '../output/json-pieces';
import {
  checkedMonth,
  type DdasDeliveryCount,
  type DdasDeliveryOptions,
  type DdasExportInput,
  type DdasExportMonth,
  deliveryHead,
  inPeriod,
  inputIssues,
  leveringHead,
  type TakeFile,
  takeFile,
  tally,
} from './export';
import { exportCase, type FileCase } from './export-case';
import { byMonth, caseIssues, type DdasMonthList, type Entry, Part } from './export-part';
import { DDAS_MESSAGES as M } from './messages';
import { cappedSchemaIssues, ddasHeadIssues, ddasPartIssues } from './schema';
import type { DdasVroegsignaal, DdasVroegsignaalzaak } from './types';

/** The delivery's indentation (two spaces, as `signaalreis export ddas` has always written it). */
const INDENT = 2;

/** How far a levering's signals and cases are indented: delivery, `leveringen`, levering, list. */
const ELEMENT_PAD = ' '.repeat(INDENT * 4);

export type { DdasMonthList } from './export-part';

/**
 * One month's part of a delivery made a month at a time ({@link DdasExportInParts}): the text of its
 * signals and of its cases, each as the elements of a levering's list (see `jsonElementsText`),
 * to be set aside and given back to {@link DdasExportInPartsDone.pieces}; and how many of each.
 */
export interface DdasMonthTexts {
  /** The month's signals (`vroegsignalen`) as text, a signal a piece. */
  signals: () => Generator<string>;
  /** The month's cases (`vroegsignaalzaken`) as text, a case a piece. */
  zaken: () => Generator<string>;
  /** How many signals and cases the texts hold. */
  count: Record<DdasMonthList, number>;
}

/**
 * Options of {@link DdasExportInParts}: the JSON limits of `ddasDelivery`'s options, `filesRead` —
 * the months' case files are values `readCaseFile` gave back just before, nothing changed since, so
 * they are not checked a second time (a national quarter's ~1.7 s; a file from anywhere else must be
 * checked) — and `onCase`, called after each case is made into DDAS records (to show how far).
 */
export interface DdasExportInPartsOptions extends DdasDeliveryOptions {
  filesRead?: boolean;
  onCase?: () => void;
}

/**
 * A delivery made a month at a time, once every month was added: what each municipality's part
 * holds, warnings (`ddas_month_outside_period`), how many signals and cases it holds, and its text.
 */
export interface DdasExportInPartsDone {
  counts: DdasDeliveryCount[];
  issues: Issue[];
  records: number;
  /**
   * The delivery's text, as `JSON.stringify(delivery, null, 2)` in pieces: `textOf(i, list)` gives
   * the text {@link DdasMonthTexts} gave for the `i`th month added (each asked for once, in the
   * delivery's order; never for a month that added no text or none of that list), given on as they
   * come — as text, or as `P` (the command line: the UTF-8 bytes of the text read back from disk).
   */
  pieces<P = never>(
    textOf: (month: number, list: DdasMonthList) => Iterable<string | P>,
  ): Generator<string | P>;
}

/**
 * The DDAS v1.2 delivery of a period, made a month at a time: `add` each month (its case file and
 * lifecycle, as for `ddasDelivery`), keep the texts it gives back wherever they fit (a national
 * month's are ~60 MB; the command line sets them aside on disk), then `finish` and write the
 * delivery's `pieces`. The text is that of `ddasDelivery`'s delivery (`JSON.stringify(delivery,
 * null, 2)`), with the same counts, warnings and problems in the same order — but schema problems,
 * checked per signal, case and levering against their places in the schema, come in the order of the
 * delivery (at most 100, and a count of the rest). Months may be added in any order; only one
 * month's cases are held at a time.
 *
 * @example
 * ```ts
 * import type { CaseFile } from '@signaalreis/adapters/cases';
 * import { DdasExportInParts, type DdasMonthTexts } from '@signaalreis/adapters/ddas';
 * import { asIsoDate, asMunicipalityCode } from '@signaalreis/core';
 * declare const months: CaseFile[]; // a year of a municipality, each read when its turn comes
 * const parts = new DdasExportInParts(
 *   { period: { from: asIsoDate('2026-01-01'), to: asIsoDate('2026-12-31') }, supplierCode: 'SIGNAALREIS', organisation: 'Gemeente Voorbeeldstad' },
 *   new Date('2027-01-05T09:00:00Z'),
 * );
 * const kept: (DdasMonthTexts | undefined)[] = months.map((caseFile) => parts.add({ municipality: asMunicipalityCode('0363'), caseFile }));
 * const done = parts.finish();
 * if (done.ok) for (const piece of done.value.pieces((i, list) => kept[i]?.[list]() ?? [])) process.stdout.write(piece);
 * else done.issues; // as ddasDelivery's: nothing to write
 * ```
 */
export class DdasExportInParts {
  private readonly head: Issue[];
  private readonly checks: Issue[] = [];
  private readonly twice: Issue[] = [];
  private readonly warnings: Issue[] = [];
  private readonly parts = new Map<MunicipalityCode, Part>();
  private readonly take: TakeFile;
  private added = 0;

  /**
   * @param input - the delivery but its months: period, supplier code, organisation, and the
   *   municipalities that get a delivery even without cases
   * @param now - `aanleverdatumEnTijd`
   */
  constructor(
    private readonly input: Omit<DdasExportInput, 'months'>,
    private readonly now: Date,
    private readonly options: DdasExportInPartsOptions = {},
  ) {
    this.head = inputIssues(input, now);
    this.take = takeFile(options);
    for (const code of input.municipalities ?? []) this.partOf(code);
  }

  /**
   * Gives `code` a levering, even without cases (as the input's `municipalities`): the command line
   * gives each case file's municipality one when no codes were asked for. A code that is not a CBS
   * code is a problem of the input.
   */
  deliverTo(code: MunicipalityCode): void {
    if (isMunicipalityCode(code)) this.partOf(code);
    else
      this.checks.push(
        issue('invalid_municipality_code', ['municipalities'], M.badMunicipality(String(code))),
      );
  }

  /** The problems of the input as a whole (period, supplier, organisation, moment, codes): known before any month is added. */
  get headIssues(): readonly Issue[] {
    return this.head;
  }

  /**
   * Adds the next month (its index: the number of months added before it): checked, each case made
   * into DDAS records. Its texts, or undefined when it gives none (a month outside the period, or one
   * that does not read: its problems come with `finish`).
   */
  add(m: DdasExportMonth): DdasMonthTexts | undefined {
    const index = this.added++;
    const month = checkedMonth(m, index, this.take, this.checks);
    if (month === undefined || !inPeriod(month, this.input.period, this.warnings)) return undefined;
    const part = this.partOf(month.municipality);
    if (part.entries.some((x) => x.month === month.file.month))
      this.twice.push(
        issue('ddas_month_twice', [...month.at, 'month'], M.monthTwice(month.municipality, month.file.month)),
      );
    const signals: DdasVroegsignaal[] = [];
    const zaken: DdasVroegsignaalzaak[] = [];
    const cases: number[] = [];
    const firstSignal: number[] = [];
    const entry: Entry = {
      month: month.file.month,
      at: month.at,
      index,
      count: { signals: 0, zaken: 0 },
      cases: new Int32Array(0),
      firstSignal: new Int32Array(0),
      base: part.signals,
      schema: [],
    };
    month.file.cases.forEach((c, i) => {
      const done = exportCase(c as FileCase, month.file, month.table, [...month.at, 'cases', i]);
      this.options.onCase?.();
      if (!done.ok) {
        for (const x of done.issues) part.issues.push({ entry, i, j: 0, issue: x });
        return;
      }
      cases.push(i);
      firstSignal.push(signals.length);
      for (const s of done.value.signals) {
        const k = part.signals++;
        const first = part.ids.get(s.ID);
        if (first === undefined) part.ids.set(s.ID, k);
        else part.again.push({ id: s.ID, k });
        this.checked(entry, 'vroegsignalen', signals.length, ddasPartIssues('vroegsignaal', s, []));
        signals.push(s);
      }
      this.checked(
        entry,
        'vroegsignaalzaken',
        zaken.length,
        ddasPartIssues('vroegsignaalzaak', done.value.zaak, []),
      );
      zaken.push(done.value.zaak);
      tally(part.count, done.value.zaak);
    });
    entry.cases = Int32Array.from(cases);
    entry.firstSignal = Int32Array.from(firstSignal);
    entry.count = { signals: signals.length, zaken: zaken.length };
    part.entries.push(entry);
    return {
      signals: () => jsonElementsText(signals, INDENT, ELEMENT_PAD),
      zaken: () => jsonElementsText(zaken, INDENT, ELEMENT_PAD),
      count: { ...entry.count },
    };
  }

  /**
   * The delivery once every month was added — or its problems (nothing may then be written): those
   * of the input as a whole and of months that do not read; else a month twice, each case that
   * cannot be delivered, a signal twice in one municipality; else the schema's.
   */
  finish(): Result<DdasExportInPartsDone> {
    if (this.head.length > 0 || this.checks.length > 0) return fail([...this.head, ...this.checks]);
    const parts = [...this.parts.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (const part of parts) part.ordered = [...part.entries].sort(byMonth);
    const issues = [...this.twice, ...parts.flatMap((p) => caseIssues(p))];
    if (issues.length > 0) return fail(issues);
    const schema = this.schemaIssues(parts);
    if (schema.length > 0) return fail(cappedSchemaIssues(schema));
    for (const part of parts) part.count.signals = part.ids.size;
    const records = parts.reduce((n, p) => n + p.count.signals + p.count.cases, 0);
    return ok({
      counts: parts.map((p) => ({ ...p.count })),
      issues: [...this.warnings],
      records,
      pieces: <P>(textOf: (month: number, list: DdasMonthList) => Iterable<string | P>) =>
        this.pieces<P>(parts, textOf),
    });
  }

  private partOf(code: MunicipalityCode): Part {
    let part = this.parts.get(code);
    if (part === undefined) {
      part = new Part(code);
      this.parts.set(code, part);
    }
    return part;
  }

  private checked(entry: Entry, list: Entry['schema'][number]['list'], at: number, issues: Issue[]) {
    if (issues.length > 0) entry.schema.push({ list, at, issues });
  }

  /** The levering's own fields, as the delivery will hold them. */
  private leveringOf(part: Part, teller: number) {
    return leveringHead(part.code, teller, this.input.organisation);
  }

  /** The schema's problems, part by part in the delivery's order (each signal's and case's at its place). */
  private schemaIssues(parts: readonly Part[]): Issue[] {
    const head = deliveryHead(this.input, this.now);
    const out = ddasHeadIssues(parts.length > 0 ? { ...head, leveringen: [] } : head, parts.length);
    parts.forEach((part, p) => {
      const at = ['leveringen', p];
      out.push(
        ...ddasPartIssues(
          'levering',
          { ...this.leveringOf(part, p + 1), vroegsignalen: [], vroegsignaalzaken: [] },
          at,
        ),
      );
      for (const list of ['vroegsignalen', 'vroegsignaalzaken'] as const) {
        let before = 0;
        for (const entry of part.ordered) {
          for (const x of entry.schema)
            if (x.list === list) out.push(...prefixIssues(x.issues, [...at, list, before + x.at]));
          before += entry.count[list === 'vroegsignalen' ? 'signals' : 'zaken'];
        }
      }
    });
    return out;
  }

  private *pieces<P>(
    parts: readonly Part[],
    textOf: (month: number, list: DdasMonthList) => Iterable<string | P>,
  ): Generator<string | P> {
    const listOf = (part: Part, list: DdasMonthList) => {
      const entries = part.ordered.filter((e) => e.count[list] > 0);
      return new JsonArrayTexts<P>(entries.length === 0, function* (inner) {
        if (inner !== ELEMENT_PAD)
          throw new Error('unreachable: a levering list is indented as its texts were');
        for (const [n, e] of entries.entries()) {
          if (n > 0) yield `,\n${inner}`;
          yield* textOf(e.index, list);
        }
      });
    };
    const leveringen = parts.map((part, p) => ({
      ...this.leveringOf(part, p + 1),
      vroegsignalen: listOf(part, 'signals'),
      vroegsignaalzaken: listOf(part, 'zaken'),
    }));
    yield* jsonPieces<P>(
      { ...deliveryHead(this.input, this.now), ...(parts.length > 0 ? { leveringen } : {}) },
      INDENT,
      3,
    );
  }
}
