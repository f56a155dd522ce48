// The issue codes a case store returns, so that a service on top of it can answer each kind.

/**
 * The issue codes of a {@link CaseStore}: the store cannot be used (`store_unreachable`,
 * `store_not_found`, `store_not_a_store`, `store_corrupt`, `store_too_new`, `store_locked`, `store_failed`), the
 * request conflicts with what is stored (`month_exists`, `month_has_records`, `record_conflict`,
 * `record_changed`: the record was changed by someone else since it was read, `signal_already_delivered`),
 * something asked for is not there (`month_not_found`, `case_not_found`), or a stored row does not
 * read back as what was written (`store_row_invalid`: the database was edited by hand).
 *
 * @example
 * ```ts
 * import type { Issue } from '@signaalreis/core';
 * import { STORE_ISSUE_CODES } from '@signaalreis/core/store';
 * const conflict = (i: Issue) => i.code === 'month_exists' || i.code === 'month_has_records'; // HTTP 409
 * STORE_ISSUE_CODES.includes('store_too_new'); // true
 * ```
 */
export const STORE_ISSUE_CODES: readonly string[] = Object.freeze([
  'store_unreachable',
  'store_not_found',
  'store_not_a_store',
  'store_corrupt',
  'store_too_new',
  'store_locked',
  'store_failed',
  'month_exists',
  'month_has_records',
  'record_conflict',
  'record_changed',
  'signal_already_delivered',
  'month_not_found',
  'case_not_found',
  'store_row_invalid',
]);
