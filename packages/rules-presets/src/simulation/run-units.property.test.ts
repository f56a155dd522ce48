// Scenarios of one unit side by side (runSimulationUnits): each scenario's result is the one the
// runner before session 51 gave it alone (run-unit.old.test-support.ts: a source asked month by
// month, the whole retained history handed to the engine) — for any choice, order and repetition
// of scenarios, both sources, and a source that gives its signal ids again in later months.
import { fc, test } from '@fast-check/vitest';
import {
  asIsoMonth,
  createSimpleSignalSource,
  type Signal,
  type SignalSourceFactory,
  type SimulationUnit,
  type SourceMonth,
} from '@signaalreis/core';
import {
  baseScenario,
  loadReform,
  populationSignalSource,
  runSimulationUnit,
  runSimulationUnits,
  type Scenario,
} from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { oldRunSimulationUnit } from './run-unit.old.test-support';

const ok = <T>(r: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

const base = ok(baseScenario('type-medium'));
const reform = (r: Record<string, unknown>) =>
  ok(loadReform({ label: { nl: 'Hervorming', en: 'Reform' }, ...r }, base));
/** The base and reforms of every kind: routing/capacity, intake, criteria (two with the same). */
const POOL: Scenario[] = [
  base,
  reform({ id: 'no-limits', preset: { routing: { capacity: [] } } }),
  reform({ id: 'floor-300', preset: { intake: { floor: { defaultCents: 30_000 } } } }),
  reform({ id: 'energy-a', preset: {}, criteria: { energy: 'criteria-energy-a' } }),
  reform({ id: 'energy-a-too', preset: {}, criteria: { energy: 'criteria-energy-a' } }),
  reform({ id: 'health-b', preset: {}, criteria: { health: 'criteria-health-b', rent: 'criteria-rent' } }),
];

/** The same source without `nextMany`: the month made anew for every scenario. */
const monthByMonth =
  (factory: SignalSourceFactory): SignalSourceFactory =>
  (u) => {
    const s = factory(u);
    return s.ok ? { ok: true, value: { next: (c) => s.value.next(c) } } : s;
  };

/** The simple source with few signal ids, given again month after month (history with twins). */
const reusing: SignalSourceFactory = (u) => {
  const s = createSimpleSignalSource(u);
  if (!s.ok) return s;
  const renamed = (m: SourceMonth): SourceMonth => ({
    month: m.month,
    signals: m.signals.map((x, i) => ({ ...x, signalId: `R-${i % 40}` as Signal['signalId'] })),
  });
  return {
    ok: true,
    value: {
      next: (c) => renamed(s.value.next(c)),
      nextMany: (cs) => {
        const m = renamed(s.value.next({}));
        return cs.map(() => m);
      },
    },
  };
};

const SOURCES: Record<string, SignalSourceFactory> = {
  simple: createSimpleSignalSource,
  population: populationSignalSource,
  reusing,
};

const unitOf = (replication: number, inhabitants: number): SimulationUnit => ({
  seed: 'prop',
  replication,
  municipality: { code: 'm', inhabitants },
  start: asIsoMonth('2027-02'),
});

describe('runSimulationUnits', () => {
  test.prop(
    [
      fc.array(fc.integer({ min: 0, max: POOL.length - 1 }), { minLength: 1, maxLength: 4 }),
      fc.constantFrom('simple', 'population', 'reusing'),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 2_000, max: 40_000 }),
    ],
    { numRuns: 15 },
  )('gives each scenario what it gets alone', async (picks, sourceId, replication, months, inhabitants) => {
    const scenarios = picks.map((i) => POOL[i] as Scenario);
    const source = SOURCES[sourceId] as SignalSourceFactory;
    const unit = unitOf(replication, inhabitants);
    const calls: number[] = [];
    const together = await runSimulationUnits(scenarios, unit, {
      months,
      source,
      onMonth: (done, total, n) => calls.push(done, total, n),
    });
    const alone = [];
    for (const s of scenarios)
      alone.push(await oldRunSimulationUnit(s, unit, { months, source: monthByMonth(source) }));
    expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
    expect(calls).toEqual(Array.from({ length: months }, (_, k) => [k + 1, months, scenarios.length]).flat());
  });

  it('scenarios with other criteria get their own signals, those with the same criteria share them', async () => {
    const scenarios = [base, POOL[3], POOL[4], POOL[5]] as Scenario[];
    const unit = unitOf(1, 40_000);
    const o = { months: 2, source: populationSignalSource };
    const together = await runSimulationUnits(scenarios, unit, o);
    const alone = [];
    for (const s of scenarios)
      alone.push(await oldRunSimulationUnit(s, unit, { ...o, source: monthByMonth(o.source) }));
    expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
    const signals = together.map((r) => (r.ok ? r.value.months.map((m) => m.measures.signals) : []));
    expect(signals[1]).not.toEqual(signals[0]); // energy-a: other criteria, other signals
    expect(signals[2]).toEqual(signals[1]);
  });

  it('a scenario whose month fails stops with its issues; the others go on as alone', async () => {
    const broken: Scenario = { ...base, id: 'broken', businessCase: {} as Scenario['businessCase'] };
    const unit = unitOf(0, 8_000);
    const o = { months: 2, source: createSimpleSignalSource };
    const [a, b, c] = await runSimulationUnits([base, broken, POOL[1] as Scenario], unit, o);
    expect(b?.ok).toBe(false);
    expect(JSON.stringify(b)).toBe(JSON.stringify(await runSimulationUnit(broken, unit, o)));
    expect(JSON.stringify([a, c])).toBe(
      JSON.stringify([
        await runSimulationUnit(base, unit, o),
        await runSimulationUnit(POOL[1] as Scenario, unit, o),
      ]),
    );
  });

  it('a month with something that is not a signal: matching reports it, the result is as before', async () => {
    const junk: SignalSourceFactory = (u) => {
      const s = createSimpleSignalSource(u);
      if (!s.ok) return s;
      const spoiled = (m: SourceMonth): SourceMonth => ({
        month: m.month,
        signals: [...m.signals, { signalId: 'X' } as unknown as Signal, null as unknown as Signal],
      });
      return {
        ok: true,
        value: {
          next: (c) => spoiled(s.value.next(c)),
          nextMany: (cs) => {
            const m = spoiled(s.value.next({}));
            return cs.map(() => m);
          },
        },
      };
    };
    const unit = unitOf(0, 8_000);
    const scenarios = [base, POOL[1] as Scenario];
    const together = await runSimulationUnits(scenarios, unit, { months: 3, source: junk });
    const alone = [];
    for (const s of scenarios)
      alone.push(await oldRunSimulationUnit(s, unit, { months: 3, source: monthByMonth(junk) }));
    expect(together.every((r) => r.ok)).toBe(true);
    expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
  });

  it('a source without nextMany gives every scenario a source of its own', async () => {
    let made = 0;
    const counted: SignalSourceFactory = (u) => {
      made++;
      return monthByMonth(createSimpleSignalSource)(u);
    };
    const unit = unitOf(1, 8_000);
    const r = await runSimulationUnits([base, POOL[2] as Scenario], unit, { months: 2, source: counted });
    expect(made).toBe(2); // one per scenario
    expect(r.map((x) => x.ok && x.value.scenario)).toEqual(['base', 'floor-300']);
  });

  it('a source that cannot be made gives each scenario its issues', async () => {
    const r = await runSimulationUnits(
      [base, base],
      { ...unitOf(0, 1), municipality: { code: 'x' } },
      {
        months: 1,
        source: createSimpleSignalSource,
      },
    );
    expect(r.map((x) => !x.ok && x.issues[0]?.code)).toEqual(['bad_municipality', 'bad_municipality']);
  });

  it('the engine reads the shared signals and never changes them: frozen, the same result', async () => {
    const deepFreeze = <T>(v: T): T => {
      if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
        Object.freeze(v);
        for (const x of Object.values(v)) deepFreeze(x);
      }
      return v;
    };
    const frozen: SignalSourceFactory = (u) => {
      const s = populationSignalSource(u);
      if (!s.ok) return s;
      return {
        ok: true,
        value: {
          next: (c) => deepFreeze(s.value.next(c)),
          nextMany: (cs) => deepFreeze(s.value.nextMany?.(cs) ?? []),
        },
      };
    };
    const unit = unitOf(2, 30_000);
    const scenarios = [base, POOL[1] as Scenario, POOL[2] as Scenario, POOL[3] as Scenario];
    const cold = await runSimulationUnits(scenarios, unit, { months: 3, source: frozen });
    const warm = await runSimulationUnits(scenarios, unit, { months: 3, source: populationSignalSource });
    expect(cold.every((x) => x.ok)).toBe(true);
    expect(JSON.stringify(cold)).toBe(JSON.stringify(warm));
  });
});
