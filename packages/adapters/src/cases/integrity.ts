// Integrity of a case file read back from disk (untrusted: anyone may have edited it): ids are
// unique, and a stored lifecycle record belongs to the case it is stored in. Problems that make
// the file as a whole ambiguous (two cases with one id) are file problems; the caller refuses it.
import { type CaseRecord, type Issue, issue } from '@signaalreis/core';
import { CASE_FILE_MESSAGES as MESSAGES } from './messages';

type Row = Record<string, unknown>;
const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * File-level integrity of the cases of a case file: each `caseId` once, and each `signalId` in one
 * case only. Issues have paths such as `cases.3.caseId`; cases that are not objects or have no
 * string id are left to the per-case checks.
 */
export function duplicateIdIssues(cases: readonly unknown[]): Issue[] {
  const ids = idChecker();
  return cases.flatMap((c, i) => ids.check(c, i));
}

/**
 * {@link duplicateIdIssues} a case at a time (for a reader that does not hold every case): `check`
 * gives the issues of case `i` against the cases checked before it.
 */
export function idChecker(): { check: (c: unknown, i: number) => Issue[] } {
  const caseIds = new Map<string, number>();
  // where a signal id was first seen, as case × 2^20 + signal (a number: a month has a hundred
  // thousand of them; the path is written out only for a duplicate)
  const signalIds = new Map<string, number>();
  const at = (n: number) => `cases.${Math.floor(n / 2 ** 20)}.signals.${n % 2 ** 20}.signalId`;
  const check = (c: unknown, i: number): Issue[] => {
    const out: Issue[] = [];
    if (!isObject(c)) return out;
    if (typeof c.caseId === 'string') {
      const first = caseIds.get(c.caseId);
      if (first === undefined) caseIds.set(c.caseId, i);
      else out.push(issue('duplicate_case_id', ['cases', i, 'caseId'], MESSAGES.caseId(c.caseId, first)));
    }
    if (!Array.isArray(c.signals)) return out;
    c.signals.forEach((s, j) => {
      if (!isObject(s) || typeof s.signalId !== 'string') return;
      const first = signalIds.get(s.signalId);
      if (first === undefined) signalIds.set(s.signalId, i * 2 ** 20 + j);
      else
        out.push(
          issue(
            'duplicate_signal_id',
            ['cases', i, 'signals', j, 'signalId'],
            MESSAGES.signalId(s.signalId, at(first)),
          ),
        );
    });
    return out;
  };
  return { check };
}

/** The signal ids a case names: `signalIds`, else the ids of `signals`. */
function ownSignalIds(c: Row): string[] {
  if (Array.isArray(c.signalIds) && c.signalIds.length > 0)
    return c.signalIds.filter((s) => typeof s === 'string');
  if (!Array.isArray(c.signals)) return [];
  return c.signals.flatMap((s) => (isObject(s) && typeof s.signalId === 'string' ? [s.signalId] : []));
}

/**
 * Whether a stored lifecycle record belongs to case `c` at `at` (e.g. `['cases', 3]`): the same
 * `caseId`, and — when the case names its signals — the same signals (feedback goes to the
 * partners of the record's signals).
 */
export function recordBelongsIssues(record: CaseRecord, c: Row, at: (string | number)[]): Issue[] {
  const out: Issue[] = [];
  if (typeof c.caseId === 'string' && record.caseId !== c.caseId)
    out.push(
      issue(
        'record_of_other_case',
        [...at, 'record', 'caseId'],
        MESSAGES.recordCase(record.caseId, c.caseId),
      ),
    );
  const own = ownSignalIds(c);
  const theirs = record.signals.map((s) => s.signalId);
  const sorted = [...theirs].sort();
  const same = own.length === theirs.length && [...own].sort().every((id, k) => id === sorted[k]);
  if (own.length > 0 && !same)
    out.push(
      issue('record_of_other_case', [...at, 'record', 'signals'], MESSAGES.recordSignals(theirs, own)),
    );
  return out;
}
