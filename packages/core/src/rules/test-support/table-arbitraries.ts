// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style); outcomes are data, never functions
// Test-only fast-check arbitraries (not exported from the package): random fact schemas, random
// rule tables over them (condition trees of depth ≤ 3, parameters with dated values, every
// operator of the registry with values from its own value spec) and random fact sets. Values
// come from small domains shared by tables and facts, so boundaries (equal values, the same day,
// a word in the list) are hit often.
import { fc } from '@fast-check/vitest';
import { asIsoDate } from '../../model/iso-date';
import { OPERATOR_DEFINITIONS } from '../operators';
import type { Condition, DatedValue, FactDeclaration, HitPolicy, RuleTable } from '../table-types';
import { CENTS, DATES, NUMBERS, type ValueDraft, valueDraftArb, WORDS } from './value-arbitraries';

type Scalar = 'number' | 'money' | 'date' | 'string' | 'enum' | 'boolean' | 'string[]';
const SCALARS: Scalar[] = ['number', 'money', 'date', 'string', 'enum', 'boolean', 'string[]'];

const scalarDecl = (name: string, type: Scalar, values: string[]): FactDeclaration => ({
  name,
  type,
  description: `generated ${type}`,
  ...(type === 'enum' || (type === 'string[]' && values.length === WORDS.length) ? { values } : {}),
});

const valuesArb = fc.subarray([...WORDS], { minLength: 1 }).map((v) => (v.length === 1 ? [...WORDS] : v));

const declArb = (name: string): fc.Arbitrary<FactDeclaration> =>
  fc.oneof(
    {
      weight: 7,
      arbitrary: fc.tuple(fc.constantFrom(...SCALARS), valuesArb).map(([t, v]) => scalarDecl(name, t, v)),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(fc.constantFrom(...SCALARS), valuesArb), { minLength: 1, maxLength: 2 })
        .map((fields) => ({
          name,
          type: 'object' as const,
          description: 'generated object',
          fields: fields.map(([t, v], i) => scalarDecl(`x${i}`, t, v)),
        })),
    },
  );

/** 1–5 declared facts named f0, f1, … */
export const factSchemaArb = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => declArb(`f${i}`))));

interface Slot {
  fact: string;
  path?: string;
  decl: FactDeclaration;
}

function slotsOf(facts: FactDeclaration[]): Slot[] {
  return facts.flatMap((f) =>
    f.type === 'object'
      ? (f.fields ?? []).map((d) => ({ fact: f.name, path: `$.${d.name}`, decl: d }))
      : [{ fact: f.name, decl: f }],
  );
}

/** A value for a slot's declared type (an element for lists). */
function scalarValueArb(decl: FactDeclaration): fc.Arbitrary<unknown> {
  switch (decl.type) {
    case 'number':
      return fc.constantFrom(...NUMBERS);
    case 'money':
      return fc.constantFrom(...CENTS);
    case 'date':
      return fc.constantFrom(...DATES);
    case 'boolean':
      return fc.boolean();
    default:
      return fc.constantFrom(...(decl.values ?? WORDS));
  }
}

/** A fact value for a slot: the type's values; lists of 0–4 elements (repeats allowed). */
export function factValueArb(decl: FactDeclaration): fc.Arbitrary<unknown> {
  return decl.type === 'string[]' ? fc.array(scalarValueArb(decl), { maxLength: 4 }) : scalarValueArb(decl);
}

/** The operators that apply to each type, from the registry: every operator is generated. */
const OPS = Object.fromEntries(
  SCALARS.map((t) => [t, OPERATOR_DEFINITIONS.filter((o) => o.factTypes.includes(t)).map((o) => o.name)]),
) as Record<Scalar, string[]>;

/** A value for `operator` on a slot declared as `decl`, from the operator's own value spec. */
function operatorValueArb(operator: string, decl: FactDeclaration): fc.Arbitrary<ValueDraft> {
  const definition = OPERATOR_DEFINITIONS.find((o) => o.name === operator);
  if (!definition) throw new Error(`unknown operator ${operator}`);
  return valueDraftArb(definition.valueSpec(decl));
}

type Draft = { fact: string; path?: string; operator: string; value: ValueDraft };
type DraftTree = { all: DraftTree[] } | { any: DraftTree[] } | { not: DraftTree } | Draft;

function treeArb(slots: Slot[], depth: number): fc.Arbitrary<DraftTree> {
  const leaf = fc
    .constantFrom(...slots)
    .chain((s) =>
      fc
        .constantFrom(...OPS[s.decl.type as Scalar])
        .chain((operator) =>
          operatorValueArb(operator, s.decl).map(
            (value): Draft => ({ fact: s.fact, ...(s.path ? { path: s.path } : {}), operator, value }),
          ),
        ),
    );
  if (depth === 0) return leaf;
  const sub = treeArb(slots, depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(sub, { minLength: 1, maxLength: 3 }).map((all) => ({ all })) },
    { weight: 1, arbitrary: fc.array(sub, { minLength: 1, maxLength: 3 }).map((any) => ({ any })) },
    { weight: 1, arbitrary: sub.map((not) => ({ not })) },
  );
}

/** Turns drafts into conditions, moving parameter slots into `parameters` with dated values. */
function finish(tree: DraftTree, parameters: Record<string, DatedValue[]>, froms: string[][]): Condition {
  if ('all' in tree) return { all: tree.all.map((c) => finish(c, parameters, froms)) };
  if ('any' in tree) return { any: tree.any.map((c) => finish(c, parameters, froms)) };
  if ('not' in tree) return { not: finish(tree.not, parameters, froms) };
  const gen = (g: ValueDraft): unknown => {
    if ('value' in g) return g.value;
    if ('fields' in g) return Object.fromEntries(Object.entries(g.fields).map(([k, f]) => [k, gen(f)]));
    const name = `p${Object.keys(parameters).length}`;
    const dates = ['2000-01-01', ...(froms[Object.keys(parameters).length % froms.length] ?? [])];
    parameters[name] = g.param.map((value, i) => ({
      from: asIsoDate(dates[i] ?? `2001-01-0${i}`),
      value,
      source: 'project default (test)',
    }));
    return { param: name };
  };
  const value = gen(tree.value);
  return { fact: tree.fact, ...(tree.path ? { path: tree.path } : {}), operator: tree.operator, value };
}

/** A random table over a random schema, an evaluation date and `perTable` fact sets. */
export function caseArb(perTable: number) {
  return factSchemaArb.chain((facts) => {
    const slots = slotsOf(facts);
    const rule = fc.record({
      when: fc.oneof(
        fc.array(treeArb(slots, 2), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
        fc.array(treeArb(slots, 2), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
        treeArb(slots, 2).map((not) => ({ not })),
      ),
      priority: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    });
    return fc
      .record({
        hitPolicy: fc.constantFrom<HitPolicy>('first', 'collect', 'unique'),
        rules: fc.array(rule, { minLength: 1, maxLength: 8 }),
        froms: fc.array(
          fc.uniqueArray(fc.constantFrom(...DATES), { maxLength: 2 }).map((d) => d.sort()),
          { minLength: 1, maxLength: 3 },
        ),
        asOf: fc.constantFrom(...DATES),
        factSets: fc.array(factSetArb(facts), { minLength: perTable, maxLength: perTable }),
      })
      .map(({ hitPolicy, rules, froms, asOf, factSets }) => {
        const parameters: Record<string, DatedValue[]> = {};
        const table: RuleTable<string> = {
          id: 'generated',
          label: { nl: 'Gegenereerde tabel', en: 'Generated table' },
          hitPolicy,
          facts,
          parameters,
          rules: rules.map((r, i) => ({
            id: `R${i}`,
            label: { nl: `Regel ${i}`, en: `Rule ${i}` },
            source: 'project default (test)',
            ...(r.priority === undefined ? {} : { priority: r.priority }),
            when: finish(r.when, parameters, froms) as RuleTable<string>['rules'][number]['when'],
            then: `R${i}`,
          })),
        };
        return { table, asOf, factSets };
      });
  });
}

/** A fact set for the schema: each fact (and each field) present with probability 6/7. */
export function factSetArb(facts: FactDeclaration[]): fc.Arbitrary<Record<string, unknown>> {
  const MISSING = Symbol('missing');
  const maybe = (arb: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(MISSING) });
  const entries = (decls: FactDeclaration[]): fc.Arbitrary<Record<string, unknown>> =>
    fc
      .tuple(...decls.map((d) => maybe(d.type === 'object' ? entries(d.fields ?? []) : factValueArb(d))))
      .map((values) =>
        Object.fromEntries(decls.map((d, i) => [d.name, values[i]]).filter(([, v]) => v !== MISSING)),
      );
  return entries(facts);
}
