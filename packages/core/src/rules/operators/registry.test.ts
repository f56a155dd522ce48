import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc } from '@fast-check/vitest';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { asIsoDate } from '../../model/iso-date';
import { compileTable } from '../compile';
import { loadRuleTable } from '../load';
import { formatValue } from '../render-leaf';
import { resolveTable } from '../resolve';
import type { FactDeclaration, FactType } from '../table-types';
import { factValueArb } from '../test-support/table-arbitraries';
import { tableOf } from '../test-support/tables';
import { DATES, plainValueArb } from '../test-support/value-arbitraries';
import type { OperatorDefinition } from './definition';
import {
  BUILT_IN_OPERATORS,
  CUSTOM_OPERATORS,
  findOperator,
  OPERATOR_DEFINITIONS,
  operatorOf,
  RULE_OPERATORS,
} from './index';

// The registry is the only list of operators: these tests read it (and this folder), so a new
// operator is covered by adding its file and its registry line, and fails here when a part is
// missing, when its file is not registered, or when it renders, anchors or overlaps badly.

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const NOT_OPERATOR_FILES = new Set(['index.ts', 'definition.ts']);
const operatorFiles = readdirSync(new URL('.', import.meta.url)).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_OPERATOR_FILES.has(f),
);
const byName = OPERATOR_DEFINITIONS.map((o) => [o.name, o] as const);

const declaration = (type: FactType): FactDeclaration => ({
  name: 'f',
  type,
  description: `a ${type} fact`,
  ...(type === 'enum' ? { values: ['x', 'y'] } : {}),
});

/** An operator, one of its fact types and a value of the form its spec asks for (no parameters). */
const leafArb = (op: OperatorDefinition) =>
  fc
    .constantFrom(...op.factTypes)
    .chain((type) => plainValueArb(op.valueSpec(declaration(type))).map((value) => ({ type, value })));

describe('operator registry', () => {
  it('has one file per operator, named after it, exporting only that definition, all registered', async () => {
    const found: string[] = [];
    for (const file of operatorFiles) {
      const exports = Object.entries(await import(`./${file}`));
      expect(exports, file).toHaveLength(1);
      const [exportName, definition] = exports[0] as [string, OperatorDefinition];
      expect(file).toBe(`${kebab(definition.name)}.ts`);
      expect(exportName).toBe(`${definition.name}Operator`);
      expect(findOperator(definition.name), `${file} is not in operators/index.ts`).toBe(definition);
      found.push(definition.name);
    }
    expect(found.sort()).toEqual([...RULE_OPERATORS].sort());
    expect(new Set(RULE_OPERATORS).size).toBe(RULE_OPERATORS.length);
  });

  it.each(byName)('%s has every part', (_, op) => {
    expect(op.factTypes.length).toBeGreaterThan(0);
    for (const type of op.factTypes) {
      expect(type).not.toBe('object');
      expect(op.valueSpec(declaration(type)).kind).toEqual(expect.any(String));
    }
    expect(op.compile).toBeTypeOf('function');
    expect(op.render).toBeTypeOf('function');
    expect(op.anchor === undefined || typeof op.anchor === 'function').toBe(true);
    expect(op.reference === 'built-in' || typeof op.reference === 'function').toBe(true);
    if ('boundaries' in op.overlap) expect(op.overlap.boundaries).toBeTypeOf('function');
    else expect(op.overlap.cannotDecide.length).toBeGreaterThan(0);
  });

  it("lists json-rules-engine's own operators as built-in, and no custom operator shadows one", () => {
    // json-rules-engine 7 keeps its operators in engine.operators.operators (a Map by name).
    const engine = new Engine() as unknown as { operators: { operators: Map<string, unknown> } };
    const defaults = [...engine.operators.operators.keys()];
    expect([...BUILT_IN_OPERATORS].sort()).toEqual(defaults.sort());
    for (const name of CUSTOM_OPERATORS) expect(defaults).not.toContain(name);
    for (const op of OPERATOR_DEFINITIONS)
      expect(op.reference === 'built-in', op.name).toBe(
        (BUILT_IN_OPERATORS as readonly string[]).includes(op.name),
      );
  });

  it('finds nothing for names inherited from Object, and throws on an unknown name reaching evaluation', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'not:equal', ''])
      expect(findOperator(name)).toBeUndefined();
    expect(() => operatorOf('atLeast' as never)).toThrow(/programming error/);
  });

  it('is documented: the operator table of docs/rules.md names every operator', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../../../docs/rules.md', import.meta.url)), 'utf8');
    const section = doc.slice(
      doc.indexOf('\n## Operators'),
      doc.indexOf('\n## ', doc.indexOf('\n## Operators') + 1),
    );
    for (const name of RULE_OPERATORS) expect(section, name).toContain(`\`${name}\``);
  });
});

describe('each operator on values of its own spec', () => {
  const asOf = asIsoDate(DATES[10] as string);

  it.each(byName)('%s renders in Dutch and in English, never as its bare name', (_, op) => {
    let translated = false;
    fc.assert(
      fc.property(leafArb(op), ({ type, value }) => {
        const anchored = op.anchor ? op.anchor(value, asOf) : value;
        const render = (lang: 'nl' | 'en') =>
          op.render(anchored, { lang, format: (x) => formatValue(x, type, lang), asOf });
        const nl = render('nl');
        const en = render('en');
        for (const text of [nl, en]) {
          expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
          expect(text.trim().length).toBeGreaterThan(0);
        }
        // render-leaf's fallback for an unknown operator; an English phrase may equal the name
        expect(nl.startsWith(`${op.name} `)).toBe(false);
        if (nl !== en) translated = true;
      }),
      { numRuns: 60 },
    );
    expect(translated).toBe(true);
  });

  // The overlap search must find two identical rules overlapping whenever some fact value satisfies
  // them: the operator's boundaries must be enough to reach a satisfying value.
  it.each(byName.filter(([, op]) => 'boundaries' in op.overlap))(
    '%s names boundaries from which the overlap search reaches a matching fact value',
    (name, op) => {
      fc.assert(
        fc.property(
          leafArb(op).chain(({ type, value }) =>
            fc
              .array(factValueArb(declaration(type)), { minLength: 1, maxLength: 30 })
              .map((factValues) => ({ type, value, factValues })),
          ),
          ({ type, value, factValues }) => {
            const leaf = { fact: 'f', operator: name, value };
            const table = tableOf([declaration(type)], [leaf, leaf], { hitPolicy: 'unique' });
            const resolved = resolveTable({ ...table, hitPolicy: 'collect' }, asOf);
            if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
            const compiled = compileTable(resolved.value);
            const satisfiable = [undefined, ...factValues].some((f) => {
              const d = compiled.decide(f === undefined ? {} : { f });
              return d.ok && d.value.length > 0;
            });
            const loaded = loadRuleTable(table, { overlapDates: [asOf] });
            const overlaps = loaded.ok ? [] : loaded.issues.map((i) => i.code);
            expect(overlaps).toEqual(satisfiable ? ['unique_overlap'] : overlaps);
            if (!satisfiable) expect(overlaps.every((c) => c === 'unique_overlap')).toBe(true);
          },
        ),
        { numRuns: 40 },
      );
    },
  );
});
