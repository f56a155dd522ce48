import type { z } from 'zod';
import { type Issue, type IssuePath, issue } from './issue';
import { excerpt } from './redact';
import { zodDefaultMessage } from './zod-dutch';
import { splitZodMessage } from './zod-message';

// Maps zod issues to signaalreis Issues with Dutch and English messages. It differs from a plain
// flattening in two ways: a failed union (a condition that fits none of all/any/not/leaf) reports
// the errors of the branch that came closest (fewest issues), so `{ "fact": "a", "operator":
// "equal" }` says "value is missing" instead of four unrelated complaints (when branches tie, the
// union's own message is used); and a custom issue with `params: { code }` gets that code.

/**
 * How a schema made or parsed once per load (a preset's routing configuration, a rule table) is
 * parsed: without zod's compiled fast path, which costs more to make than it saves for one parse
 * (project default; docs/performance.md, "Twenty-eighth round"). Internal: not exported by core.
 */
export const PARSED_ONCE = { jitless: true } as const;

type ZodIssue = z.core.$ZodIssue;

const toPath = (path: readonly PropertyKey[]): IssuePath =>
  path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');

const messageOf = (zodIssue: ZodIssue) => splitZodMessage(zodIssue.message) ?? zodDefaultMessage(zodIssue);

function codeOf(zodIssue: ZodIssue): string {
  const custom = (zodIssue as { params?: { code?: unknown } }).params?.code;
  if (zodIssue.code === 'custom' && typeof custom === 'string') return custom;
  return zodIssue.code;
}

function flatten(zodIssue: ZodIssue, prefix: IssuePath, out: Issue[]): void {
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
    out.push(issue('invalid_condition', path, messageOf(zodIssue)));
    return;
  }
  if (zodIssue.code === 'unrecognized_keys') {
    for (const key of zodIssue.keys)
      out.push(
        issue('unknown_key', [...path, key], {
          nl: `Onbekend veld "${excerpt(key)}"`,
          en: `Unknown key "${excerpt(key)}"`,
        }),
      );
    return;
  }
  out.push(issue(codeOf(zodIssue), path, messageOf(zodIssue)));
}

/**
 * Maps a zod error onto {@link Issue}s with JSON paths and Dutch and English messages, resolving
 * failed unions to their closest branch. `prefix` is put in front of every path.
 *
 * @example
 * ```ts
 * import { issuesFromZod, PartnerSchema } from '@signaalreis/core';
 * const r = PartnerSchema.safeParse({ id: 'x', name: 'X', sector: 'gas' });
 * if (!r.success) issuesFromZod(r.error, ['partner'])[0]?.message.nl; // 'Ongeldige waarde: verwacht één van "rent", …'
 * ```
 */
export function issuesFromZod(error: z.ZodError, prefix: IssuePath = []): Issue[] {
  const out: Issue[] = [];
  for (const zodIssue of error.issues) flatten(zodIssue, prefix, out);
  return out;
}
