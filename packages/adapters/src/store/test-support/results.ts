// Helpers shared by the store suites: the value of a Result (a failure throws with its messages),
// the issue codes of a Result, and municipality codes of their own for each test (tests share a
// store and must not see each other's rows).
import { asMunicipalityCode, type MunicipalityCode } from '@signaalreis/core';

/** The value of a Result; a failed one throws with its English messages. */
export const value = <T>(
  r: { ok: true; value: T } | { ok: false; issues: { message: { en: string } }[] },
): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value;
};

/** The issue codes of a Result (none when it is ok). */
export const codes = (r: { ok: boolean; issues?: { code: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);

/** A maker of fresh municipality codes from `first` on (each suite its own range). */
export function codesFrom(first: number): () => MunicipalityCode {
  let next = first;
  return () => asMunicipalityCode(String(next++).padStart(4, '0'));
}
