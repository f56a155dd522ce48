// One unit of a simulation through the engine (issue 16): deterministic, consistent counts, history
// carried from month to month into matching, the lifecycle's closing, and bad input as issues.
import {
  asIsoMonth,
  createSimpleSignalSource,
  type Signal,
  SignalSchema,
  type SignalSourceFactory,
  type SimulationUnit,
} from '@signaalreis/core';
import { baseScenario, loadReform, runSimulationUnit, type Scenario } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';

const unit = (over: Partial<SimulationUnit> = {}): SimulationUnit => ({
  seed: 'test',
  replication: 0,
  municipality: { code: 'small', type: 'small' },
  start: asIsoMonth('2027-01'),
  ...over,
});

function base(id = 'type-small'): Scenario {
  const r = baseScenario(id);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('runSimulationUnit', () => {
  it('is deterministic for a unit and differs between replications', async () => {
    const o = { months: 2, source: createSimpleSignalSource };
    const a = await runSimulationUnit(base(), unit(), o);
    const b = await runSimulationUnit(base(), unit(), o);
    const c = await runSimulationUnit(base(), unit({ replication: 1 }), o);
    expect(a.ok && b.ok && c.ok).toBe(true);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('counts hold together every month', async () => {
    const r = await runSimulationUnit(
      base('type-medium'),
      unit({ municipality: { code: 'm', inhabitants: 30_000 } }),
      {
        months: 3,
        source: createSimpleSignalSource,
      },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.months.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03']);
    for (const { measures: m } of r.value.months) {
      const get = (k: string) => m[k] ?? 0;
      expect(get('signals')).toBeGreaterThan(0);
      expect(get('cases')).toBeLessThanOrEqual(get('signals'));
      expect(get('picked_up') + get('not_picked_up')).toBeLessThanOrEqual(get('cases'));
      expect(get('contacted')).toBeLessThanOrEqual(get('picked_up'));
      expect(get('reached')).toBeLessThanOrEqual(get('contacted'));
      expect(get('help_accepted')).toBeLessThanOrEqual(get('reached'));
      expect(get('net_cents')).toBe(get('benefits_cents') - get('costs_cents'));
      expect(get('costs_cents')).toBeGreaterThan(0);
      const attempts = Object.keys(m)
        .filter((k) => k.startsWith('attempts_'))
        .reduce((n, k) => n + get(k), 0);
      expect(attempts).toBeGreaterThanOrEqual(get('contacted'));
    }
  });

  it('carries history: the same arrear signalled again next month is a repeat, not picked up again', async () => {
    const again: SignalSourceFactory = (u) => {
      let month = u.start;
      return {
        ok: true,
        value: {
          next: () => {
            const m = month;
            month = asIsoMonth(m === '2027-01' ? '2027-02' : '2027-03');
            const s: Signal = SignalSchema.parse({
              signalId: `S-${m}`,
              partner: { id: 'WO-1', name: 'Woningcorporatie', sector: 'rent' },
              kind: 'early',
              signalDate: `${m}-20`,
              arrearSince: '2026-11-20',
              amountCents: 60_000,
              person: { surname: 'Huishouden', legalForm: 'individual' },
              address: { postcode: '7411AB', houseNumber: 1 },
              contact: { phone: '+31612345678' },
            });
            return { month: m, signals: [s] };
          },
        },
      };
    };
    // type-regional does not pick up a repeat with the same amount (DDAS "herhaalde melding")
    const r = await runSimulationUnit(base('type-regional'), unit(), { months: 2, source: again });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const [jan, feb] = r.value.months.map((m) => m.measures);
    expect([jan?.picked_up, jan?.contacted]).toEqual([1, 1]);
    expect([feb?.picked_up, feb?.not_picked_up]).toEqual([0, 1]);
    expect(jan?.open_cases).toBe(1); // auto-close 28 days after the delivery day: in February
    // in February it closed by its timer, unless it accepted help (then it stays for aftercare)
    expect(feb?.open_cases).toBe(jan?.help_accepted);
  });

  it('common random numbers: a reform with only more capacity reaches at least as many in the first month', async () => {
    const b = base('type-medium');
    const more = loadReform(
      {
        id: 'no-limits',
        label: { nl: 'Geen grenzen', en: 'No limits' },
        preset: { routing: { capacity: [] } },
      },
      b,
    );
    if (!more.ok) throw new Error(JSON.stringify(more.issues));
    const u = unit({ municipality: { code: 'm', inhabitants: 150_000 } });
    const o = { months: 1, source: createSimpleSignalSource };
    const [x, y] = await Promise.all([runSimulationUnit(b, u, o), runSimulationUnit(more.value, u, o)]);
    if (!x.ok || !y.ok) throw new Error('run failed');
    const reached = (r: typeof x) => (r.ok ? (r.value.months[0]?.measures.reached ?? 0) : 0);
    expect(x.value.months[0]?.measures.signals).toBe(y.value.months[0]?.measures.signals);
    expect(reached(y)).toBeGreaterThanOrEqual(reached(x));
  });

  it('bad input: a municipality without size is an issue, not a throw', async () => {
    const r = await runSimulationUnit(base(), unit({ municipality: { code: 'x' } }), {
      months: 1,
      source: createSimpleSignalSource,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'bad_municipality', path: ['municipality'] });
  });
});
