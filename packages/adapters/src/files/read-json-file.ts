// Reading a JSON file the user gives (case file, history case file, preset): size checked before
// the file is read, UTF-8 checked (no silently replaced bytes), then the text read by core's
// parseJsonText under the JSON limits. The one place every JSON file of the command line goes through.
import { readFileSync, statSync } from 'node:fs';
import {
  type Bilingual,
  issue,
  type JsonLimits,
  type JsonTextIssue,
  parseJsonText,
  positionAt,
  type Result,
} from '@signaalreis/core';
import { PRESET_MAX_LENGTH } from '@signaalreis/rules-presets';

/**
 * The largest JSON file read, in bytes, per kind of file (project default): a case file read whole
 * 64 MiB — about 20,000 cases with their lifecycle records, or a national month of 100,000 signals
 * in the compact format; a preset 2 MiB — about seventy times the largest bundled preset; a
 * plan of `signaalreis batch` 4 MiB — a run for each of the 342 municipalities takes ~150 KiB.
 * `caseFileByLine`: a compact case file read a line (a case) at a time as history, never held
 * whole — 2 GiB, each line at most `caseFile` (issue 14: twelve national months are read one after
 * another; the limit only stops a wrong file). `ddasDeliveryInParts`: a DDAS delivery larger than
 * `caseFile`, read a signal and a case at a time (`readJsonFileInParts`) — 2 GiB (a national year
 * delivered at once is ~0.8 GB; the limit only stops a wrong file).
 *
 * @example
 * ```ts
 * import { JSON_FILE_LIMITS } from '@signaalreis/adapters/files';
 * JSON_FILE_LIMITS.preset; // 2097152
 * ```
 */
export const JSON_FILE_LIMITS = Object.freeze({
  caseFile: 64 * 1024 * 1024,
  caseFileByLine: 2 * 1024 * 1024 * 1024,
  ddasDeliveryInParts: 2 * 1024 * 1024 * 1024,
  preset: PRESET_MAX_LENGTH,
  batchPlan: 4 * 1024 * 1024,
});

/**
 * Options of {@link readJsonFile}: the largest file in bytes, and the JSON limits (default: core's
 * `JSON_LIMITS`).
 *
 * @example
 * ```ts
 * import { JSON_FILE_LIMITS, type ReadJsonFileOptions } from '@signaalreis/adapters/files';
 * const options: ReadJsonFileOptions = { maxBytes: JSON_FILE_LIMITS.caseFile, limits: { maxDepth: 32 } };
 * ```
 */
export interface ReadJsonFileOptions {
  maxBytes: number;
  limits?: Partial<JsonLimits>;
}

/** Every text of this module, in one place (Dutch B1 for officers, and English). */
export const JSON_FILE_MESSAGES = {
  notFound: (): Bilingual => ({ nl: 'bestand niet gevonden', en: 'file not found' }),
  directory: (): Bilingual => ({
    nl: 'dit is een map, geen JSON-bestand',
    en: 'this is a directory, not a JSON file',
  }),
  unreadable: (code: string): Bilingual => ({
    nl: `het bestand kan niet worden gelezen (${code})`,
    en: `the file cannot be read (${code})`,
  }),
  tooLarge: (size: number, max: number): Bilingual => ({
    nl: `het bestand is ${mib(size, ',')}, groter dan de ${mib(max, ',')} die voor dit soort bestand worden gelezen (projectkeuze)`,
    en: `the file is ${mib(size)}, larger than the ${mib(max)} read for this kind of file (project default)`,
  }),
  partTooLong: (max: number): Bilingual => ({
    nl: `een waarde in dit bestand is langer dan ${max} tekens (projectkeuze); een groot bestand wordt een waarde (bijvoorbeeld een signaal) tegelijk gelezen`,
    en: `a value in this file is longer than ${max} characters (project default); a large file is read a value (e.g. a signal) at a time`,
  }),
  notUtf8: (): Bilingual => ({
    nl: 'het bestand is geen UTF-8-tekst, en dat moet JSON wel zijn (RFC 8259); de eerste foute byte staat hier of net daarna',
    en: 'the file is not UTF-8 text, as JSON must be (RFC 8259); the first bad byte is here or just after',
  }),
} as const;
const MESSAGES = JSON_FILE_MESSAGES;

/** A size for people: bytes, KiB or MiB (`decimal`: the decimal separator). */
function mib(bytes: number, decimal = '.'): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), 'MiB']
      : bytes >= 1024
        ? [bytes / 1024, 'KiB']
        : [bytes, 'bytes'];
  return `${Number.isInteger(value) ? value : value.toFixed(1).replace('.', decimal)} ${unit}`;
}

const fsCode = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error';

/**
 * Reads a JSON file given by the user: refuses a missing file, a directory and a file above
 * `maxBytes` before reading it, refuses bytes that are not UTF-8 (with the line and column of the
 * first), and reads the text with `parseJsonText` of core (nesting, `1e400`, duplicate keys,
 * `__proto__`; line and column of the first problem). Problems are issues with a Dutch and English
 * message (path `[]` for the file itself), never exceptions; a problem in the text has `line` and
 * `column` (a `JsonTextIssue`).
 *
 * @example
 * ```ts
 * import { JSON_FILE_LIMITS, readJsonFile } from '@signaalreis/adapters/files';
 * const r = readJsonFile('cases-2026-10.json', { maxBytes: JSON_FILE_LIMITS.caseFile });
 * if (!r.ok) r.issues[0]; // e.g. { code: 'json_too_deep', line: 1, column: 131, path: ['cases', 0, 'extra', …], message: { nl: …, en: … } }
 * ```
 */
export function readJsonFile(path: string, options: ReadJsonFileOptions): Result<unknown> {
  const text = readJsonText(path, options.maxBytes);
  return text.ok ? parseJsonText(text.value, { maxLength: options.maxBytes, ...options.limits }) : text;
}

/**
 * The checks of a file the user gives, before it is read: a missing file, a directory and a file
 * above `maxBytes` are refused; then `open` (reading it whole, or opening it), whose failure of the
 * file system is refused too. Internal: {@link readJsonText} and `readJsonFileInParts`.
 */
export function checkedFile<T>(path: string, maxBytes: number, open: (path: string) => T): Result<T> {
  const fail = (code: string, message: Bilingual): Result<T> => ({
    ok: false,
    issues: [issue(code, [], message)],
  });
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail('not_a_file', MESSAGES.directory());
    if (stat.size > maxBytes) return fail('file_too_large', MESSAGES.tooLarge(stat.size, maxBytes));
    return { ok: true, value: open(path) };
  } catch (error) {
    const code = fsCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? fail('file_not_found', MESSAGES.notFound())
      : fail('file_unreadable', MESSAGES.unreadable(code));
  }
}

/**
 * The text of a JSON file the user gives, before it is parsed: the checks of {@link readJsonFile}
 * on the file (missing, a directory, above `maxBytes`, not UTF-8 — with line and column), for a
 * reader that takes the text a line at a time (the compact case file, issue 14).
 *
 * @example
 * ```ts
 * import { JSON_FILE_LIMITS, readJsonText } from '@signaalreis/adapters/files';
 * const r = readJsonText('cases-2026-10.json', JSON_FILE_LIMITS.caseFile);
 * if (r.ok) r.value.split('\n').length; // one case a line in a case file `signaalreis run` wrote
 * ```
 */
export function readJsonText(path: string, maxBytes: number): Result<string> {
  const fail = (code: string, message: Bilingual): Result<string> => ({
    ok: false,
    issues: [issue(code, [], message)],
  });
  const read = checkedFile(path, maxBytes, (p) => readFileSync(p));
  if (!read.ok) return read;
  const bytes = read.value;
  if (bytes.length > maxBytes) return fail('file_too_large', MESSAGES.tooLarge(bytes.length, maxBytes));
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const offset = Math.max(0, lenient.indexOf('\uFFFD'));
    const { line, column } = positionAt(lenient, offset);
    const bad: JsonTextIssue = {
      code: 'not_utf8',
      path: [],
      message: MESSAGES.notUtf8(),
      line,
      column,
      offset,
    };
    return { ok: false, issues: [bad] };
  }
}
