// `signaalreis feedback --store`: the month's cases and records from the store instead of a case
// file — or, with a case file too, that file's records (attempts and results recorded elsewhere)
// taken into the store — and the records after the timers, with the feedback sent, stored in the
// same transaction as the output folder is written.
import {
  type CaseRecord,
  type CaseStore,
  type FeedbackSent,
  type IsoDate,
  type IsoMonth,
  type Issue,
  issue,
  type Lang,
  type LifecycleTable,
  type MunicipalityCode,
  parseCaseRecord,
  parseMunicipalityCode,
} from '@signaalreis/core';
import type { Command } from 'commander';
import { continues } from '../store/record-continues';
import { caseFileOfStored, closedOn } from '../store/stored-month';
import { type CasesFile, isObject, readCases } from './feedback-cases';
import { type CliIo, CliUserError } from './io';
import { cliLang } from './lang';
import { CLI_STORE_MESSAGES as M } from './messages/store';
import { parsersIn } from './month-input';
import { addStoreOption, type StoreOptions, storeError } from './store-option';

/** The store options of `signaalreis feedback`. */
export interface FeedbackStoreOptions extends StoreOptions {
  /** With `--store` and no case file: the month whose cases to take from the store. */
  month?: IsoMonth;
}

/** Adds `--store`, `--municipality` and `--month` to `signaalreis feedback`. */
export function addFeedbackStoreOptions(command: Command, lang: Lang = 'nl'): Command {
  const parse = parsersIn(lang);
  return addStoreOption(command, M.feedbackStoreHelp[lang])
    .option('--municipality <code>', M.withStore(M.municipalityHelp[lang])[lang], parse.municipality)
    .option('--month <month>', M.feedbackMonthHelp[lang], parse.month);
}

/** The month and municipality of the feedback run: from the file when there is one, else from the options. */
function monthOf(io: CliIo, file: string | undefined, o: FeedbackStoreOptions) {
  const lang = cliLang(io);
  if (file === undefined) {
    if (!o.municipality || !o.month) throw new CliUserError(M.feedbackNeedsMonth[lang]);
    return { municipality: o.municipality, month: o.month, json: undefined };
  }
  const json = readCases(io, file);
  const fromFile = parseMunicipalityCode(json.municipality);
  const municipality = o.municipality ?? (fromFile.ok ? fromFile.value : undefined);
  if (!municipality) throw new CliUserError(M.fileWithoutMunicipality(file)[lang]);
  if (fromFile.ok && fromFile.value !== municipality)
    throw new CliUserError(M.fileOfOtherMunicipality(file, fromFile.value, municipality)[lang]);
  if (o.month && o.month !== json.month)
    throw new CliUserError(M.fileOfOtherMonth(file, json.month, o.month)[lang]);
  return { municipality, month: json.month, json };
}

/**
 * The cases of a feedback run from the store: the stored month as a case file, each case with its
 * stored record — or, with a case file, that file's record where it continues the stored one.
 * A file case the store does not hold, or a record that rewrites stored history, is a problem of
 * that case (exit 1); the rest goes on.
 */
export async function casesFromStore(
  io: CliIo,
  store: CaseStore,
  file: string | undefined,
  o: FeedbackStoreOptions,
): Promise<{
  json: CasesFile;
  problems: Issue[];
  municipality: MunicipalityCode;
  expected: ReadonlyMap<string, CaseRecord | null>;
}> {
  const { municipality, month, json: fromFile } = monthOf(io, file, o);
  const months = await store.months(municipality);
  if (!months.ok) throw storeError(io, months.issues);
  const cases = await store.cases(municipality, month);
  if (!cases.ok) throw storeError(io, cases.issues);
  const summary = months.value.find((m) => m.month === month);
  if (!summary) throw new CliUserError(M.monthNotStored(month, municipality)[cliLang(io)]);
  const stored = caseFileOfStored(summary, cases.value) as unknown as CasesFile;
  // what was read: a record changed by someone else before the run is stored refuses the run
  const expected = new Map(cases.value.map((c) => [c.caseId as string, c.record ?? null]));
  if (!fromFile) return { json: stored, problems: [], municipality, expected };
  const problems: Issue[] = [];
  const storedById = new Map(cases.value.map((c) => [c.caseId as string, c]));
  const fileRecords = new Map<string, unknown>();
  fromFile.cases.forEach((c, i) => {
    if (!isObject(c) || typeof c.caseId !== 'string') return;
    if (!storedById.has(c.caseId))
      problems.push(issue('case_not_found', ['cases', i, 'caseId'], M.notInStore));
    else if (c.record !== undefined) fileRecords.set(c.caseId, c.record);
  });
  const merged = stored.cases.map((c, i) => {
    const row = c as Record<string, unknown>;
    const id = String(row.caseId);
    const candidate = fileRecords.get(id);
    const current = storedById.get(id)?.record;
    if (candidate === undefined) return c;
    const parsed = parseCaseRecord(candidate);
    if (current && parsed.success && !continues(current, parsed.data)) {
      problems.push(issue('record_conflict', ['cases', i, 'record'], M.conflict));
      return c;
    }
    return { ...row, record: candidate };
  });
  return { json: { ...stored, cases: merged }, problems, municipality, expected };
}

/**
 * Stores the records of a feedback run and the feedback it sent, writing the output folder
 * (`write`) inside the same transaction; returns the line for the summary.
 */
export async function storeFeedback(
  io: CliIo,
  store: CaseStore,
  run: {
    municipality: MunicipalityCode;
    month: IsoMonth;
    at: IsoDate;
    table: LifecycleTable;
    expected?: ReadonlyMap<string, CaseRecord | null>;
  },
  records: ReadonlyMap<string, CaseRecord>,
  feedback: FeedbackSent[],
  write: () => void,
): Promise<string> {
  const update = {
    municipality: run.municipality,
    month: run.month,
    on: run.at,
    records: [...records.values()].map((record) => {
      const closed = closedOn(record, run.table);
      const expected = run.expected?.get(record.caseId);
      return {
        caseId: record.caseId,
        record,
        ...(closed ? { closedOn: closed } : {}),
        ...(expected === undefined ? {} : { expected }),
      };
    }),
    feedback,
  };
  const saved = await store.saveLifecycle(update, { beforeCommit: write });
  if (!saved.ok) throw storeError(io, saved.issues);
  const { records: n, feedback: sent } = saved.value;
  return M.feedbackStored(store.location, n, sent, run.month, run.municipality)[cliLang(io)];
}
