// Database errors as issues: a failure of the database (a lost connection, a full disk, a row that
// breaks a constraint) is outside input, so it becomes `store_failed` with a short reason — the
// SQLSTATE or system error code and the first line of the message, with the URL's secrets removed.
import { type Issue, issue } from '@signaalreis/core';
import { STORE_MESSAGES as M, type StoreAction } from './messages';
import { scrubSecrets } from './target';

/** Longest reason shown from a database error (characters; project default). */
const MAX_REASON = 200;

/** Whether an error comes from the database or the connection to it (it carries a code). */
export function isDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    typeof code === 'string' ||
    /connection|terminat|timeout|ECONN|socket|closed|PGlite|Aborted/i.test(error.message) ||
    error.name === 'RuntimeError'
  );
}

/** The first line of an error's message, short, without secrets, with its code when it has one. */
export function reasonOf(error: unknown, secrets: readonly string[] = []): string {
  const e = error as { message?: unknown; code?: unknown };
  const line = String(e?.message ?? error).split('\n')[0] ?? '';
  const short = line.length > MAX_REASON ? `${line.slice(0, MAX_REASON)}…` : line;
  const code = typeof e?.code === 'string' && !short.includes(e.code) ? ` (${e.code})` : '';
  return scrubSecrets(`${short}${code}`, secrets);
}

/** `store_failed` for a database error while doing `what`. */
export const failedIssue = (what: StoreAction, error: unknown, secrets: readonly string[]): Issue =>
  issue('store_failed', [], M.failed(what, reasonOf(error, secrets)));
