// A DDAS delivery imported as it is read in parts (issue 14: a national year in one file is 683 MB;
// held whole with its signals, cases and case files it took 3 GB): each signal and case is checked
// against its place in the schema and imported as it comes, each levering's case files are handed
// over a month at a time when the levering is complete — never the whole delivery at once. Gives
// the case files, warnings and refusals `importDdasDelivery` gives for the same delivery. File-free:
// the reader (`readJsonFileInParts` with `hand` and `onMember`) is the caller's.
import {
  type Bilingual,
  fail,
  type Issue,
  type IssuePath,
  type LifecycleTable,
  type MunicipalityCode,
  ok,
  prefixIssues,
  type Result,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import type { JsonPath as Path } from '../files/json-file-parts';
import { type DdasImport, type DdasImportedFile, parseDeliveryDate as parseDate } from './import';
import { type LeveringContext, LeveringImport } from './import-levering';
import { DDAS_MESSAGES as M } from './messages';
import { cappedSchemaIssues, ddasHeadIssues, ddasPartIssues } from './schema';
import type { DdasLevering, DdasVroegsignaal, DdasVroegsignaalzaak } from './types';

/**
 * Options of {@link ddasPartsImport}: the lifecycle the records are built with (default: the `ddas`
 * preset), and `onFile`, which takes each case file as it is made (checked as written).
 *
 * @example
 * ```ts
 * import type { DdasPartsImportOptions } from '@signaalreis/adapters/ddas';
 * const names: string[] = [];
 * const options: DdasPartsImportOptions = { onFile: (f) => names.push(`${f.municipality} ${f.month}`) };
 * ```
 */
export interface DdasPartsImportOptions {
  lifecycle?: LifecycleTable;
  /**
   * Each case file as soon as it is made: in the order `importDdasDelivery` lists them, with its
   * cases in the compact form they are written in (`caseFilePieces(head, compactCases, (c) => c)`
   * writes the file without making them again). Files handed over before the import is refused
   * must not be used (the caller keeps them aside until {@link DdasPartsImport.finish} says the
   * import is whole).
   */
  onFile: (file: DdasImportedFile, compactCases: readonly unknown[]) => void;
}

/**
 * What a reader in parts is given to import a DDAS delivery as it reads it (see
 * {@link ddasPartsImport}): `hand` and `onMember` for `readJsonFileInParts`, and `finish` with the
 * value it read (the delivery without its leveringen).
 */
export interface DdasPartsImport {
  /** The delivery's leveringen and their signals and cases, handed over one at a time. */
  hand: {
    at: (path: Path) => boolean;
    element: (path: Path, index: number, value: unknown) => void;
    end: (path: Path, length: number) => void;
  };
  /** The delivery's own fields as they are read (what each case file's explanation names). */
  onMember: (path: Path, key: string, value: unknown) => void;
  /**
   * The import, once the whole delivery was read: `head` the value read (its leveringen handed
   * over). Refused as `importDdasDelivery` refuses: the schema's problems (at most 100, one more
   * issue counting the rest), else every problem of the import. `files` is empty: they went to
   * `onFile`.
   */
  finish: (head: unknown) => Result<DdasImport>;
}

/**
 * Whether the object or array at `path` of a DDAS delivery is opened when the delivery is read in
 * parts (`readJsonFileInParts`): the delivery, its `leveringen` and each of them, and their lists of
 * signals and cases — each signal and each case is then one part (a few hundred bytes).
 *
 * @example
 * ```ts
 * import { openInDelivery } from '@signaalreis/adapters/ddas';
 * openInDelivery(['leveringen', 0, 'vroegsignalen']); // true: each signal is a part
 * openInDelivery(['leveringen', 0, 'vroegsignalen', 7]); // false: the signal is read whole
 * ```
 */
export const openInDelivery = (path: readonly (string | number)[]): boolean =>
  path.length < 3 || (path.length === 3 && (path[2] === 'vroegsignalen' || path[2] === 'vroegsignaalzaken'));

const isLeveringen = (p: Path) => p.length === 1 && p[0] === 'leveringen';
/** Which list of a levering `p` is (`leveringen.<i>.vroegsignalen` or `.vroegsignaalzaken`), if one. */
const listOf = (p: Path): 'vroegsignalen' | 'vroegsignaalzaken' | undefined => {
  const [top, i, list] = p;
  const ofLevering = p.length === 3 && top === 'leveringen' && typeof i === 'number';
  return ofLevering && (list === 'vroegsignalen' || list === 'vroegsignaalzaken') ? list : undefined;
};

/**
 * Imports a DDAS v1.2 delivery as a reader in parts hands it over: the same case files, warnings
 * and refusals as {@link importDdasDelivery} of the delivery read whole, with at most one levering's
 * signals and cases held (and, while its case files are made, one month's). Each signal and case is
 * checked against its place in the official schema as it comes (`ddas_schema`, with the same paths);
 * from the first schema problem on nothing more is imported, only checked. Two deliberate limits:
 * the schema's `uniqueItems` over whole leveringen is the import's own check of a municipality
 * twice, and schema problems are listed in the order of the file.
 *
 * @example
 * ```ts
 * import { readJsonFileInParts } from '@signaalreis/adapters/files';
 * import { ddasPartsImport, openInDelivery } from '@signaalreis/adapters/ddas';
 * const parts = ddasPartsImport({ onFile: (f) => console.log(f.month, f.caseFile.cases.length) });
 * const read = readJsonFileInParts('delivery-2026.json', {
 *   maxBytes: 2 ** 32,
 *   open: openInDelivery,
 *   hand: parts.hand,
 *   onMember: parts.onMember,
 * });
 * const imported = read.ok ? parts.finish(read.value) : read; // refused: the file's problem, or the import's
 * ```
 */
export function ddasPartsImport(options: DdasPartsImportOptions): DdasPartsImport {
  const table = options.lifecycle ? ok(options.lifecycle) : lifecyclePreset('ddas');
  const schemaIssues: Issue[] = [];
  const errors: Issue[] = [];
  const ctx: LeveringContext | undefined = table.ok
    ? {
        table: table.value,
        seen: new Map<MunicipalityCode, number>(),
        errors,
        warnings: [],
        onFile: options.onFile,
      }
    : undefined;
  const open = new Map<number, LeveringImport>();
  const head: { supplier?: unknown; deliveredAt?: unknown } = {};
  // leveringen complete before the delivery's supplier and moment were read: made at the end
  const later: [DdasLevering, LeveringImport][] = [];
  let leveringen = 0;
  /** Whether nothing stops the import: from a schema problem (or no lifecycle) on, parts are only checked. */
  const importing = () => ctx !== undefined && schemaIssues.length === 0;
  const levering = (i: number) => {
    let l = open.get(i);
    if (l === undefined) {
      l = new LeveringImport(i);
      open.set(i, l);
    }
    return l;
  };
  const explanation = (): Bilingual | undefined =>
    typeof head.supplier === 'string' && typeof head.deliveredAt === 'string'
      ? M.imported(head.supplier, head.deliveredAt)
      : undefined;
  const check = (part: Parameters<typeof ddasPartIssues>[0], value: unknown, at: IssuePath) => {
    const found = ddasPartIssues(part, value, at);
    schemaIssues.push(...found);
    return found.length === 0;
  };

  return {
    hand: {
      at: (p) => isLeveringen(p) || listOf(p) !== undefined,
      element: (p, index, value) => {
        const list = listOf(p);
        if (list !== undefined) {
          const i = p[1] as number;
          const at = [...p, index];
          if (list === 'vroegsignalen') {
            if (check('vroegsignaal', value, at) && importing())
              levering(i).signal(value as DdasVroegsignaal, index);
          } else if (check('vroegsignaalzaak', value, at) && importing())
            levering(i).zaak(value as DdasVroegsignaalzaak, index);
          return;
        }
        const l = levering(index);
        open.delete(index);
        if (!check('levering', value, ['leveringen', index]) || !importing() || ctx === undefined) return;
        const why = explanation();
        if (why === undefined) later.push([value as DdasLevering, l]);
        else l.finish(value as DdasLevering, why, ctx);
      },
      end: (p, length) => {
        if (isLeveringen(p)) leveringen = length;
        else if (listOf(p) === 'vroegsignalen') levering(p[1] as number).signalsEnd();
      },
    },
    onMember: (p, key, value) => {
      if (p.length !== 0) return;
      if (key === 'codeGegevensleverancier') head.supplier = value;
      else if (key === 'aanleverdatumEnTijd') head.deliveredAt = value;
    },
    finish: (value) => {
      schemaIssues.unshift(...ddasHeadIssues(value, leveringen));
      if (schemaIssues.length > 0) return fail(cappedSchemaIssues(schemaIssues));
      if (!table.ok || ctx === undefined)
        return fail(prefixIssues(table.ok ? [] : table.issues, ['lifecycle']));
      const d = value as { startdatumLevering: string; einddatumLevering: string };
      const why = explanation();
      for (const [l, levering] of later.splice(0)) if (why) levering.finish(l, why, ctx);
      const from = parseDate(d.startdatumLevering, 'startdatumLevering', errors);
      const to = parseDate(d.einddatumLevering, 'einddatumLevering', errors);
      if (errors.length > 0 || from === undefined || to === undefined) return fail(errors);
      return ok({
        period: { from, to },
        supplierCode: head.supplier as string,
        deliveredAt: head.deliveredAt as string,
        municipalities: [...ctx.seen.keys()],
        files: [],
        issues: ctx.warnings,
      });
    },
  };
}
