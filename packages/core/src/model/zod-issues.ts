import type { z } from 'zod';
import { type Issue, issue } from './issue';
import { excerpt } from './redact';

// Maps zod issues to signaalreis Issues. It differs from a plain
// flattening in one way: a failed union (a condition that fits none of all/any/not/leaf) reports
// the errors of the branch that came closest (fewest issues), so `{ "fact": "a", "operator":
// "equal" }` says "value is missing" instead of four unrelated complaints. When branches tie, the
// union's own message is used.

type ZodIssue = z.core.$ZodIssue;

const toPath = (path: readonly PropertyKey[]): (string | number)[] =>
  path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');

function flatten(zodIssue: ZodIssue, prefix: (string | number)[], out: Issue[]): void {
  const path = [...prefix, ...toPath(zodIssue.path)];
  if (zodIssue.code === 'invalid_union' && zodIssue.errors.length > 0) {
    const sizes = zodIssue.errors.map((branch) => branch.length);
    const best = Math.min(...sizes);
    const winners = zodIssue.errors.filter((branch) => branch.length === best);
    const [winner] = winners;
    if (winners.length === 1 && winner) {
      for (const sub of winner) flatten(sub, path, out);
      return;
    }
    out.push(issue('invalid_condition', path, zodIssue.message));
    return;
  }
  if (zodIssue.code === 'unrecognized_keys') {
    for (const key of zodIssue.keys)
      out.push(issue('unknown_key', [...path, key], `Unknown key "${excerpt(key)}"`));
    return;
  }
  out.push(issue(zodIssue.code === 'invalid_type' ? 'invalid_type' : zodIssue.code, path, zodIssue.message));
}

/**
 * Maps a zod error onto {@link Issue}s with JSON paths, resolving failed unions to their closest
 * branch. `prefix` is put in front of every path.
 *
 * @example
 * ```ts
 * import { issuesFromZod, PartnerSchema } from '@signaalreis/core';
 * const r = PartnerSchema.safeParse({ id: 'x', name: 'X', sector: 'gas' });
 * if (!r.success) issuesFromZod(r.error, ['partner']); // [{ code: 'invalid_value', path: ['partner', 'sector'], … }]
 * ```
 */
export function issuesFromZod(error: z.ZodError, prefix: (string | number)[] = []): Issue[] {
  const out: Issue[] = [];
  for (const zodIssue of error.issues) flatten(zodIssue, prefix, out);
  return out;
}
