/**
 * A validation problem, as data. Every entry point of signaalreis reports bad input this way
 * instead of throwing (a project rule: errors are data).
 *
 * @example
 * ```ts
 * import type { Issue } from '@signaalreis/core';
 * const issue: Issue = { code: 'invalid_postcode', path: ['address', 'postcode'], message: 'Postcode "12AB" is not a Dutch postcode' };
 * ```
 */
export interface Issue {
  /** A stable, machine-readable code in snake_case, e.g. `invalid_bsn`. */
  code: string;
  /** Where the problem is: object keys and array indexes from the root of the input. */
  path: (string | number)[];
  /** A readable sentence for people (English). */
  message: string;
}

/**
 * The result of a validating function: the value, or the issues that prevented it.
 *
 * @example
 * ```ts
 * import type { Result } from '@signaalreis/core';
 * const ok: Result<number> = { ok: true, value: 42 };
 * const bad: Result<number> = { ok: false, issues: [{ code: 'not_a_number', path: [], message: 'Not a number' }] };
 * ```
 */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Makes an {@link Issue}.
 *
 * @example
 * ```ts
 * import { issue } from '@signaalreis/core';
 * issue('invalid_bsn', ['bsn'], 'BSN fails the elfproef'); // { code: 'invalid_bsn', path: ['bsn'], message: '…' }
 * ```
 */
export function issue(code: string, path: (string | number)[], message: string): Issue {
  return { code, path, message };
}
