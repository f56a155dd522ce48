// Where `signaalreis report` gets its months: case files (each read and checked, one municipality)
// or the store (the months of the trend of one municipality), each as a month of the report with
// the lifecycle table its records follow; and the capacities of the report's month from a preset.
import {
  addMonths,
  type IsoMonth,
  type Issue,
  type LifecycleTable,
  type MunicipalityCode,
  type ReportCapacity,
  type ReportMonth,
} from '@signaalreis/core';
import { lifecyclePreset, municipalityPreset } from '@signaalreis/rules-presets';
import type { CaseFile } from '../cases/case-file';
import { lifecycleIdOf } from '../cases/record-of';
import { reportMonthOf } from '../report/report-month';
import { type CliIo, CliUserError } from './io';
import { caseFileArg, issueLine, refuseFile } from './json-input';
import { cliLang, issueText, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { FILE_MESSAGES } from './messages/files';
import { REPORT_CLI_MESSAGES } from './messages/report';
import { loadPresetArg } from './preset';
import { NO_PROGRESS, type PhasedProgress } from './progress';
import { storeError, withStore } from './store-option';

/** The options that say which months to read. */
export interface ReportInputOptions {
  month: IsoMonth;
  months: number;
  municipality?: MunicipalityCode;
  store?: string;
  lifecycle?: string;
  preset?: string;
}

/** One month read: the report's month, where it came from (for messages), and its preset and municipality. */
export interface ReadMonth {
  month: ReportMonth;
  name: string;
  preset: string;
  municipality?: MunicipalityCode;
}

/** The lifecycle table of a case file: `--lifecycle`, else the file's preset's, else `ddas`. */
function tableOf(io: CliIo, file: CaseFile, asked: string | undefined): LifecycleTable {
  const table = lifecyclePreset(asked ?? lifecycleIdOf(file.preset));
  if (!table.ok) throw new CliUserError(table.issues.map((i) => issueText(cliLang(io), i)).join('; '));
  return table.value;
}

/** A case file as a month of the report; a plan, allocation or record of the wrong shape refuses the file. */
function monthOfFile(io: CliIo, file: CaseFile, name: string, o: ReportInputOptions): ReadMonth {
  const month = reportMonthOf(file, tableOf(io, file, o.lifecycle));
  if (!month.ok) refuseFile(io, name, month.issues, FILE_MESSAGES.notCaseFile[cliLang(io)]);
  return {
    month: month.value,
    name,
    preset: file.preset,
    ...(file.municipality ? { municipality: file.municipality } : {}),
  };
}

const inTrend = (month: IsoMonth, o: ReportInputOptions) =>
  month <= o.month && month >= addMonths(o.month, -(o.months - 1));

/**
 * The months of the report from case files: each read and checked (`readCaseFile`); a file of
 * another municipality than `--municipality`, or of a month outside the trend, is skipped with a
 * note; files of two municipalities are refused (a report is about one). `bar` shows the files
 * read (a large trend's, on a terminal).
 */
export function monthsFromFiles(
  io: CliIo,
  files: readonly string[],
  o: ReportInputOptions,
  bar: PhasedProgress = NO_PROGRESS,
): ReadMonth[] {
  const lang = cliLang(io);
  const t = localize(REPORT_CLI_MESSAGES, lang);
  const out: ReadMonth[] = [];
  for (const [i, name] of files.entries()) {
    bar.show(COMMON_MESSAGES.phaseRead[lang], i, files.length);
    const { file } = caseFileArg(io, name);
    bar.show(COMMON_MESSAGES.phaseRead[lang], i + 1, files.length);
    const skip = (why: string) => {
      bar.stop(); // the note on a line of its own; the next file starts the bar again
      io.stderr.write(`signaalreis: ${COMMON_MESSAGES.note(t.skipped(name, why))[lang]}\n`);
    };
    if (o.municipality && file.municipality && file.municipality !== o.municipality) {
      skip(t.otherMunicipality(file.municipality));
      continue;
    }
    if (!inTrend(file.month, o)) {
      skip(t.outsideTrend(file.month));
      continue;
    }
    out.push(monthOfFile(io, file, name, o));
  }
  const codes = [...new Set(out.flatMap((m) => (m.municipality ? [m.municipality] : [])))];
  if (codes.length > 1) throw new CliUserError(t.twoMunicipalities(codes[0] ?? '', codes[1] ?? ''));
  return out;
}

/** The months of the report's trend of `--municipality` from the store. */
export async function monthsFromStore(
  io: CliIo,
  target: string,
  o: ReportInputOptions,
): Promise<ReadMonth[]> {
  const lang = cliLang(io);
  if (!o.municipality) throw new CliUserError(REPORT_CLI_MESSAGES.storeNeedsMunicipality[lang]);
  const municipality = o.municipality;
  const { caseFilesOfPeriod } = await import('../store/period');
  const { readStoredMonth } = await import('../store/stored-month');
  const files = await withStore(io, target, async (store) => {
    const read = await caseFilesOfPeriod(store, [municipality], addMonths(o.month, -(o.months - 1)), o.month);
    if (!read.ok) throw storeError(io, read.issues);
    return read.value;
  });
  return files.map((file) => {
    const name = `store ${municipality}/${file.month}`;
    // stored months were checked when stored; read them as a file all the same (anyone may edit a
    // store), a national month's values not counted as one document's (STORED_MONTH_LIMITS)
    const checked = readStoredMonth(file);
    if (!checked.ok) refuseFile(io, name, checked.issues, FILE_MESSAGES.notCaseFile[lang]);
    return monthOfFile(io, checked.value, name, o);
  });
}

/**
 * The capacities of the report's month: those of `--preset`, else of the bundled preset the month
 * names; `undefined` (with a note) when the month's preset is not a bundled one.
 */
export function capacityOf(
  io: CliIo,
  preset: string | undefined,
  monthPreset: string,
): ReportCapacity[] | undefined {
  const lang = cliLang(io);
  if (preset !== undefined) return loadPresetArg(io, preset).routing.capacity;
  const bundled = municipalityPreset(monthPreset);
  if (bundled.ok) return bundled.value.routing.capacity;
  io.stderr.write(
    `signaalreis: ${COMMON_MESSAGES.note(REPORT_CLI_MESSAGES.noCapacity(monthPreset)[lang])[lang]}\n`,
  );
  return undefined;
}

/** An issue of the report's input as a line: the month's file or store name first when the path names one. */
export function reportIssueLine(issue: Issue, months: readonly ReadMonth[], io: CliIo): string {
  const lang = cliLang(io);
  const [head, i, ...rest] = issue.path;
  const m = head === 'cases' && typeof i === 'number' ? months[i] : undefined;
  return m ? issueLine(m.name, { ...issue, path: rest }, lang) : issueText(lang, issue);
}
