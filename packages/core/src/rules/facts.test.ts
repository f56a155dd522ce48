import { describe, expect, it } from 'vitest';
import { validateFacts } from '../index';
import { routingExample } from './examples';
import type { FactDeclaration } from './table-types';

const table = { facts: routingExample.facts as FactDeclaration[] };

describe('validateFacts', () => {
  it('accepts a partial fact set and strips undeclared keys', () => {
    expect(validateFacts(table, { amount: 1200, bsn: '123456782' })).toEqual({
      ok: true,
      value: { amount: 1200 },
    });
  });
  it('rejects money that is not whole cents, null, and values outside an enum list, with paths', () => {
    const r = validateFacts(table, { amount: 12.5, signalCount: null, sectors: ['rent', 'gas'] });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([['signalCount'], ['sectors', 1], ['amount']]);
  });
  it('rejects impossible dates and checks fields of object facts', () => {
    const facts: FactDeclaration[] = [
      { name: 'due', type: 'date', description: 'x' },
      {
        name: 'h',
        type: 'object',
        description: 'x',
        fields: [{ name: 'partners', type: 'number', description: 'x' }],
      },
    ];
    const r = validateFacts({ facts }, { due: '2026-02-30', h: { partners: 'two' } });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([['due'], ['h', 'partners']]);
  });
  it('rejects a non-object fact set', () => {
    expect(validateFacts(table, 'amount=12').ok).toBe(false);
  });
});
