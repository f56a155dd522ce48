// One way to make the three functions every branded type has: parse (a Result), is (a type guard)
// and as (for literals in code and tests: throws a TypeError, a programming error).
import { type Issue, issue, type Result } from './issue';
import { excerpt } from './redact';
import type { Bilingual } from './text';

/** The parse / is / as functions of one branded type. */
export interface BrandFunctions<B> {
  parse(value: unknown): Result<B>;
  is(value: unknown): value is B;
  as(value: unknown): B;
}

/**
 * Builds the functions of a branded type from its check; `what` names it in the messages.
 * Internal: each brand exports its own named functions (`parseIsoDate`, `isIsoDate`, `asIsoDate` …).
 */
export function brandFunctions<B>(
  check: (value: unknown) => boolean,
  code: string,
  expected: (shown: string) => Bilingual,
): BrandFunctions<B> {
  const problem = (value: unknown): Issue =>
    issue(code, [], expected(typeof value === 'string' ? `"${excerpt(value)}"` : excerpt(String(value))));
  return {
    parse: (value) =>
      check(value) ? { ok: true, value: value as B } : { ok: false, issues: [problem(value)] },
    is: (value): value is B => check(value),
    as: (value) => {
      if (!check(value)) throw new TypeError(problem(value).message.en);
      return value as B;
    },
  };
}
