import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTable } from './compile';
import { routingExample } from './examples';
import { resolved } from './test-support/tables';

const table = compileTable(resolved(routingExample, '2026-10-26'));

describe('compileTable', () => {
  it('produces a trace that survives JSON unchanged and leaves the facts untouched', () => {
    const facts = { signalCount: 1, sectors: ['rent'], kinds: ['early'], amount: 60000 };
    const copy = structuredClone(facts);
    const d = table.evaluate(facts);
    expect(JSON.parse(JSON.stringify(d))).toStrictEqual(d);
    expect(facts).toStrictEqual(copy);
    expect(d.ok && d.value.selected).toEqual(['single-rent-high']);
  });

  it('is reusable: the same facts give the same decision, other facts another one', () => {
    const a = { signalCount: 1, sectors: ['water'], kinds: ['early'], amount: 60000 };
    const b = { signalCount: 1, sectors: ['water'], kinds: ['eviction'], amount: 60000 };
    const first = table.evaluate(a);
    expect(table.evaluate(b)).not.toEqual(first);
    expect(table.evaluate(a)).toStrictEqual(first);
    expect(table.decide(b)).toEqual({ ok: true, value: [routingExample.rules[0]?.then] });
  });

  it('reads no inherited property for a missing fact', () => {
    const d = table.evaluate(Object.create(null));
    expect(d.ok && d.value.selected).toEqual([]);
  });

  it('uses neither eval nor the Function constructor anywhere in the rule language', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const text = readFileSync(`${dir}/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(text, file).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(/);
    }
  });
});
