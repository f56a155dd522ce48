// routePlan picks the rule without building the trace (`selectOf`); these properties hold that fast
// path to the old one, which read the selection from `evaluate`'s full trace: a CompiledTable that
// compileTable did not make (here a plain copy of the compiled table's three members) still goes
// through `evaluate`, so the two must give equal plans — explanation and trace included.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  asIsoDate,
  compileRouting,
  type LoadedRoutingConfig,
  type RoutingCaseInput,
  routeInput,
} from '../index';
import { SECTORS, SIGNAL_KINDS } from '../model/enums';
import type { CompiledTable } from '../rules/compile';
import { caseInput, loaded, ON, signal } from './fixtures.test-support';
import type { RoutingOutcome } from './outcome';

const day = (n: number) => asIsoDate(`2026-${n < 31 ? '09' : '10'}-${String((n % 30) + 1).padStart(2, '0')}`);

const signalArb = fc
  .record({
    id: fc.integer({ min: 1, max: 4 }),
    partner: fc.constantFrom('ZV-1', 'WC-2', 'EN-3'),
    sector: fc.constantFrom(...SECTORS),
    kind: fc.constantFrom(...SIGNAL_KINDS),
    amount: fc.integer({ min: 1, max: 120_000 }),
    since: fc.integer({ min: 0, max: 50 }),
    phone: fc.boolean(),
    email: fc.boolean(),
  })
  .map((r) =>
    signal({
      signalId: `S${r.id}`,
      partnerId: r.partner,
      sector: r.sector,
      kind: r.kind,
      amountCents: r.amount,
      arrearSince: day(r.since),
      signalDate: ON,
      hasPhone: r.phone,
      hasEmail: r.email,
    }),
  );

const caseArb: fc.Arbitrary<RoutingCaseInput> = fc
  .record(
    {
      signals: fc.array(signalArb, { minLength: 1, maxLength: 3 }),
      isMatch: fc.boolean(),
      recidiveMonthsAgo: fc.integer({ min: 1, max: 12 }),
      reachedBefore: fc.boolean(),
    },
    { requiredKeys: ['signals', 'isMatch'] },
  )
  .map(({ signals, ...over }) => ({ ...caseInput(signals), ...over }));

/** The fixture's table under each hit policy (a `unique` table whose rules overlap is made by hand). */
const configs: [string, LoadedRoutingConfig][] = (['first', 'collect', 'unique'] as const).map(
  (hitPolicy) => {
    const base = loaded();
    return [hitPolicy, { ...base, table: { ...base.table, hitPolicy } }];
  },
);

describe('routing selects its rule without the trace', () => {
  for (const [hitPolicy, config] of configs) {
    const made = compileRouting(config, ON);
    if (!made.ok) throw new Error(JSON.stringify(made.issues));
    const compiled = made.value;
    // not made by compileTable: selectOf reads it from evaluate, as routePlan did before
    const traced: CompiledTable<RoutingOutcome> = {
      table: compiled.table,
      evaluate: (f) => compiled.evaluate(f),
      decide: (f) => compiled.decide(f),
    };
    test.prop([caseArb])(`hit policy ${hitPolicy}: the plan equals the plan read from evaluate`, (input) => {
      const options = { teams: config.teams };
      const fast = routeInput(input, compiled, ON, options);
      const slow = routeInput(input, traced, ON, options);
      expect(fast).toStrictEqual(slow);
    });
  }

  test('a unique violation is the same issue on both paths', () => {
    const [, config] = configs[2] as [string, LoadedRoutingConfig];
    const made = compileRouting(config, ON);
    if (!made.ok) throw new Error(JSON.stringify(made.issues));
    const c = made.value;
    const traced: CompiledTable<RoutingOutcome> = { table: c.table, evaluate: c.evaluate, decide: c.decide };
    const input = caseInput([signal({ amountCents: 70_000 })], { isMatch: true });
    const fast = routeInput(input, c, ON);
    expect(fast.ok).toBe(false);
    expect(fast).toStrictEqual(routeInput(input, traced, ON));
  });
});
