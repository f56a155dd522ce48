// validateFacts keeps one schema per list of declarations (facts.ts): the answers are those of a
// schema made afresh for each call, whatever the input, and however calls of tables alternate.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { factsSchema, validateFacts } from '../index';
import { routingExample } from './examples';
import type { FactDeclaration } from './table-types';
import { issuesFromZod } from './zod-issues';

const routing = { facts: routingExample.facts as FactDeclaration[] };
// the same names declared otherwise: a cache keyed by anything but the list would mix them up
const otherwise = {
  facts: (routingExample.facts as FactDeclaration[]).map(
    (f): FactDeclaration => ({ name: f.name, type: 'string', description: f.description }),
  ),
};

const fresh = (facts: readonly FactDeclaration[], input: unknown) => {
  const parsed = factsSchema(facts).safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: issuesFromZod(parsed.error) };
};

const value = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constantFrom('2026-10-20', '2026-02-30', 'rent', 'energy', 'water', 'health', null),
  fc.array(fc.constantFrom('rent', 'energy', 'gas', 1)),
  fc.boolean(),
);
const names = (routingExample.facts as FactDeclaration[]).map((f) => f.name);
const factSet = fc.oneof(fc.dictionary(fc.constantFrom(...names, 'bsn'), value), fc.anything());

describe('validateFacts with its kept schemas', () => {
  test.prop([fc.array(fc.tuple(fc.boolean(), factSet), { minLength: 1, maxLength: 12 })])(
    'answers as a schema made afresh, calls of two tables with the same names alternating',
    (calls) => {
      for (const [first, input] of calls) {
        const table = first ? routing : otherwise;
        expect(validateFacts(table, input)).toEqual(fresh(table.facts, input));
      }
    },
  );
});
