import type { Bilingual } from './text';

/**
 * Where a problem is: object keys and array indexes from the root of the input (zod style). Case
 * problems use the case id as the key: `['cases', '2026-10-0001', 'signals', 0]`.
 */
export type IssuePath = (string | number)[];

/**
 * A problem with the input, as data — the one issue shape of signaalreis. Every public function
 * that takes outside input reports bad input this way instead of throwing (a project rule: errors
 * are data); throws are left for programming errors.
 *
 * - `code`: stable, machine-readable, snake_case (`invalid_bsn`, `below_floor`);
 * - `path`: where, from the root of the input;
 * - `message`: a sentence in Dutch (for officers, the default) and English;
 * - `line`: for text inputs (CSV, JSON text), the physical line the problem is on.
 *
 * @example
 * ```ts
 * import type { Issue } from '@signaalreis/core';
 * const issue: Issue = {
 *   code: 'invalid_postcode', path: ['address', 'postcode'],
 *   message: { nl: 'Postcode "12AB" is geen Nederlandse postcode', en: 'Postcode "12AB" is not a Dutch postcode' },
 * };
 * ```
 */
export interface Issue {
  code: string;
  path: IssuePath;
  message: Bilingual;
  line?: number;
}

/**
 * The one result shape: the value, or the issues that prevented it. Warnings that do not prevent
 * a value are part of the value (e.g. `MonthMatch.issues`).
 *
 * @example
 * ```ts
 * import type { Result } from '@signaalreis/core';
 * const good: Result<number> = { ok: true, value: 42 };
 * const bad: Result<number> = {
 *   ok: false,
 *   issues: [{ code: 'not_a_number', path: [], message: { nl: 'Geen getal', en: 'Not a number' } }],
 * };
 * ```
 */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Makes an {@link Issue}.
 *
 * @example
 * ```ts
 * import { issue } from '@signaalreis/core';
 * issue('invalid_bsn', ['bsn'], { nl: 'BSN ****9427 voldoet niet aan de elfproef', en: 'BSN ****9427 fails the elfproef' }).code; // 'invalid_bsn'
 * ```
 */
export function issue(code: string, path: IssuePath, message: Bilingual, line?: number): Issue {
  return line === undefined ? { code, path, message } : { code, path, message, line };
}

/**
 * A successful {@link Result}.
 *
 * @example
 * ```ts
 * import { ok } from '@signaalreis/core';
 * ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/**
 * A failed {@link Result} with one or more issues.
 *
 * @example
 * ```ts
 * import { fail, issue } from '@signaalreis/core';
 * const r = fail(issue('empty', [], { nl: 'Leeg', en: 'Empty' }));
 * r.issues.length; // 1
 * ```
 */
export function fail(issues: Issue | readonly Issue[]): { ok: false; issues: Issue[] } {
  return { ok: false, issues: Array.isArray(issues) ? [...issues] : [issues as Issue] };
}

/**
 * Puts a path in front of every issue's path (e.g. the case id when a stage reports on one case).
 *
 * @example
 * ```ts
 * import { issue, prefixIssues } from '@signaalreis/core';
 * prefixIssues([issue('x', ['amountCents'], { nl: 'x', en: 'x' })], ['signals', 3])[0]?.path; // ['signals', 3, 'amountCents']
 * ```
 */
export function prefixIssues(issues: readonly Issue[], prefix: IssuePath): Issue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}
