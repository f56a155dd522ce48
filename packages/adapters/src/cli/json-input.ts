// The command line's side of reading JSON files: a file the user gives is read by readJsonFile
// (limits, UTF-8, line and column) and its problems become one-line user errors (exit 2); a file
// with several problems lists each one with its path first.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Issue, JsonLimits, Lang } from '@signaalreis/core';
import { CASE_FILE_FORMAT, type CaseFile, readCaseFile } from '../cases/case-file';
import { caseFileValueFromLines } from '../cases/case-file-lines';
import { JSON_FILE_LIMITS, readJsonFile } from '../files/read-json-file';
import { textLines } from '../files/text-lines';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText } from './lang';
import { FILE_MESSAGES as M } from './messages/files';

/** The kinds of JSON file the command line reads, with their size limits. */
export type JsonFileKind = keyof typeof JSON_FILE_LIMITS;

/** `file:line:column: message` for a problem in the text, `file: path: message` for one in the value. */
export function issueLine(file: string, issue: Issue, lang: Lang): string {
  const at = issue as Issue & { column?: number };
  const message = issueText(lang, issue);
  if (at.line !== undefined && at.column !== undefined) return `${file}:${at.line}:${at.column}: ${message}`;
  return issue.path.length > 0 ? `${file}: ${issue.path.join('.')}: ${message}` : `${file}: ${message}`;
}

/** Reads a JSON file under the limits of its kind; any problem is a one-line {@link CliUserError}. */
export function readJsonArg(io: CliIo, file: string, kind: JsonFileKind): unknown {
  const r = readJsonFile(resolve(io.cwd, file), { maxBytes: JSON_FILE_LIMITS[kind] });
  if (r.ok) return r.value;
  return unreadFile(io, file, r.issues);
}

/** A file that could not be read (its first problem) as a one-line {@link CliUserError}. */
export function unreadFile(io: CliIo, file: string, issues: readonly Issue[]): never {
  const [first] = issues;
  const lang = cliLang(io);
  throw new CliUserError(first ? issueLine(file, first, lang) : M.cannotBeRead(file)[lang]);
}

/**
 * Refuses a whole file: one line per problem on stderr (each with its path), then a
 * {@link CliUserError} that sums up. Nothing of the file is used.
 */
export function refuseFile(io: CliIo, file: string, issues: readonly Issue[], what: string): never {
  const lang = cliLang(io);
  if (issues.length === 1 && issues[0])
    throw new CliUserError(`${issueLine(file, issues[0], lang)} (${what})`);
  for (const line of refusalLines(file, issues, lang)) io.stderr.write(`signaalreis: ${line}\n`);
  throw new CliUserError(M.refused(file, what, issues.length)[lang]);
}

/**
 * Problems of one kind listed one by one (project default): a delivery of another platform that
 * names every client by BSN gives a problem per signal — 90,000 lines for a national month — where
 * five and a count say it.
 */
export const LISTED_PER_KIND = 5;

/**
 * The lines of a refusal: each problem, in order, up to {@link LISTED_PER_KIND} of a kind (the same
 * code, and schema rule if any, where the path differs only in its indexes); then, per kind with more, one line with how many
 * more and where (`leveringen.*.vroegsignalen.*.client`).
 */
export function refusalLines(file: string, issues: readonly Issue[], lang: Lang): string[] {
  const lines: string[] = [];
  const kinds = new Map<string, { where: string; count: number }>();
  for (const issue of issues) {
    const where = issue.path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
    // a schema's problems of one code differ by the rule they break: that is part of the kind
    const rule = (issue as Issue & { schemaPath?: string }).schemaPath ?? '';
    const key = `${issue.code}\u0000${where}\u0000${rule}`;
    const kind = kinds.get(key) ?? { where, count: 0 };
    kinds.set(key, kind);
    if (++kind.count <= LISTED_PER_KIND) lines.push(issueLine(file, issue, lang));
  }
  for (const { where, count } of kinds.values())
    if (count > LISTED_PER_KIND) lines.push(M.moreOfKind(file, count - LISTED_PER_KIND, where)[lang]);
  return lines;
}

/**
 * A case file given on the command line, as JSON, and the JSON limits to give `readCaseFile` for
 * it. Read whole under the case-file limit (64 MiB) when it is not larger, as every file; a larger
 * one in the compact layout `run` writes is read a line (a case) at a time
 * (`caseFileValueFromLines`: at most 2 GiB, each line within 64 MiB, the values counted per line as
 * when the file is read as history) — a national month with its lifecycle records is larger
 * (issue 14). A problem in its lines refuses the file (`what`: what it is not, for the summing-up
 * line); a file of another layout is read whole, which refuses it as too large. `wholeMax`: tests.
 */
export function readCaseFileArg(
  io: CliIo,
  file: string,
  what: string,
  wholeMax: number = JSON_FILE_LIMITS.caseFile,
): { value: unknown; limits: Partial<JsonLimits> } {
  const path = resolve(io.cwd, file);
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  if (size > wholeMax) {
    const limits = { maxLength: JSON_FILE_LIMITS.caseFile, maxValues: Number.MAX_SAFE_INTEGER };
    let read: ReturnType<typeof caseFileValueFromLines>;
    try {
      const lines = textLines(path, JSON_FILE_LIMITS.caseFileByLine, JSON_FILE_LIMITS.caseFile);
      read = caseFileValueFromLines(lines, limits);
    } catch {
      read = undefined; // a line too long, not UTF-8, not a file: read whole below, which says so
    }
    if (read?.ok) return { value: read.value, limits };
    if (read) refuseFile(io, file, read.issues, what);
  }
  return { value: readJsonArg(io, file, 'caseFile'), limits: {} };
}

/**
 * A case file given on the command line, read ({@link readCaseFileArg}) and checked by
 * `readCaseFile`: any problem refuses it. `compact`: the JSON as given when it is of the compact
 * format `run` writes (`letters` writes it back so), else undefined.
 */
export function caseFileArg(io: CliIo, file: string): { file: CaseFile; compact?: Record<string, unknown> } {
  const notCaseFile = M.notCaseFile[cliLang(io)];
  const { value, limits } = readCaseFileArg(io, file, notCaseFile);
  const read = readCaseFile(value, limits);
  if (!read.ok) refuseFile(io, file, read.issues, notCaseFile);
  const raw = value as Record<string, unknown>;
  return raw.format === CASE_FILE_FORMAT ? { file: read.value, compact: raw } : { file: read.value };
}
