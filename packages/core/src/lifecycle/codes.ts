// Which lifecycle issue codes say "not now, in this status" rather than "bad input": a service on
// top of core answers the first with 409 Conflict and every other with 422 Unprocessable Content.

/**
 * The issue codes of the lifecycle that mean the request is well-formed but the record's state
 * does not allow it (an HTTP service answers 409 Conflict): `invalid_transition` (the event is not
 * allowed in the record's status), `timer_not_due` (a timer event before its date),
 * `too_few_attempts` (the table's minimum of contact attempts is not met yet) and
 * `attempt_not_allowed` (a contact attempt on a record in a final status). Every other issue code
 * of `transition`, `applyDue`, `recordAttempt`, `createRecord`, `due` … is bad input (422).
 *
 * @example
 * ```ts
 * import { LIFECYCLE_CONFLICT_CODES, type Issue } from '@signaalreis/core';
 * const httpStatus = (issues: Issue[]) =>
 *   issues.every((i) => (LIFECYCLE_CONFLICT_CODES as readonly string[]).includes(i.code)) ? 409 : 422;
 * ```
 */
export const LIFECYCLE_CONFLICT_CODES = [
  'invalid_transition',
  'timer_not_due',
  'too_few_attempts',
  'attempt_not_allowed',
] as const;
