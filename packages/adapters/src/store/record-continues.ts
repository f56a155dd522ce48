// Whether a case's lifecycle record continues the stored one, and whether two records are the same
// JSON value: pure, so that the command line can compare records without loading the store's
// database layer (kysely) when it starts.
import { isDeepStrictEqual } from 'node:util';
import type { CaseRecord } from '@signaalreis/core';

/**
 * Whether `next` continues `stored`: the same start, and the stored audit trail and attempts as
 * its beginning (the lifecycle only ever appends to both).
 */
export function continues(stored: CaseRecord, next: CaseRecord): boolean {
  const prefix = <T>(a: readonly T[], b: readonly T[]) =>
    a.length <= b.length && a.every((x, i) => isDeepStrictEqual(x, b[i]));
  return (
    stored.createdAt === next.createdAt &&
    prefix(stored.audit, next.audit) &&
    prefix(stored.attempts, next.attempts)
  );
}

/** Two records (or none) as JSON values: what the store holds compares with what was read. */
export const sameRecord = (a: CaseRecord | null | undefined, b: CaseRecord | null | undefined): boolean =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));
