// A realistic simulation result for tests (issue 16), made from seeded numbers, not by the runner:
// a medium municipality, the base and two reforms (home visits for every case; a € 75 floor),
// 12 months from 2027-01 with a March peak, 200 replications. The replications are drawn on
// common random numbers (a reform changes the base's draw, not the noise), and the rows are
// their mean, 5th and 95th percentile (linear interpolation) and the paired differences — so the
// totals are the sums of the months per replication and every interval is a real one.
import { CHANNELS } from '../model/enums';
import type { IsoMonth } from '../model/iso-date';
import { DEFAULT_BUSINESS_CASE_PARAMETERS } from './business-case-parameters';
import { DEFAULT_OUTCOME_PARAMETERS } from './outcome-defaults';
import {
  BASE_SCENARIO,
  SIMULATION_FORMAT,
  SIMULATION_MEASURES,
  type SimulationResult,
  type SimulationRow,
} from './result';

/** mulberry32: a small seeded generator of uniforms in [0, 1). */
function uniforms(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A count near `mean` (normal approximation of a Poisson count), from a standard normal `z`. */
const count = (mean: number, z: number) => Math.max(0, Math.round(mean + Math.sqrt(mean) * z));

/** The 5th and 95th percentile, linear between order statistics (R's type 7). */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

type Figures = Record<string, number>;
/** Cents per attempt (DEFAULT_BUSINESS_CASE_PARAMETERS: minutes × € 39,01 an hour). */
const ATTEMPT_CENTS: Record<string, number> = {
  letter: 650,
  email: 650,
  sms: 325,
  phone: 1300,
  'home-visit': 5852,
};

interface Scenario {
  id: string;
  floor: number; // share of cases picked up
  visit: number; // share of picked-up cases visited at home
}

const SCENARIOS: (Scenario & { label: { nl: string; en: string }; source: string })[] = [
  {
    id: BASE_SCENARIO,
    floor: 0.9,
    visit: 0.12,
    label: { nl: 'Basis (type-medium)', en: 'Base (type-medium)' },
    source: 'type-medium',
  },
  {
    id: 'visit-all',
    floor: 0.9,
    visit: 1,
    label: { nl: 'Huisbezoek voor iedereen', en: 'Home visit for everyone' },
    source: 'reforms/visit-all.json',
  },
  {
    id: 'floor-75',
    floor: 0.78,
    visit: 0.12,
    label: { nl: 'Ondergrens € 75', en: 'Floor € 75' },
    source: 'reforms/floor-75.json',
  },
];

/** One month of one scenario in one replication, from the month's shared normals `z`. */
function month(s: Scenario, signalsMean: number, z: number[]): Figures {
  const at = (i: number) => z[i] ?? 0;
  const signals = count(signalsMean, at(0));
  const cases = Math.round(signals * 0.82);
  const pickedUp = Math.round(cases * s.floor);
  const visited = Math.round(pickedUp * s.visit);
  const phoned = Math.round((pickedUp - visited) * 0.6);
  const reachShare = 0.16 + 0.3 * s.visit + 0.02 * at(1);
  const reached = Math.min(pickedUp, Math.round(pickedUp * reachShare));
  const help = Math.round(reached * (0.35 + 0.04 * at(2)));
  const f: Figures = {
    signals,
    cases,
    picked_up: pickedUp,
    reached,
    help_accepted: help,
    attempts_letter: pickedUp,
    attempts_email: Math.round(pickedUp * 0.2),
    attempts_sms: Math.round(pickedUp * 0.02),
    attempts_phone: Math.round(phoned * 1.7),
    'attempts_home-visit': Math.round(visited * 1.4),
    evictions: count((pickedUp - help) * 0.3 * (13 / 105), at(3)),
    cut_offs: count((pickedUp - help) * 0.25 * (4 / 105), at(4)),
    not_picked_up: cases - pickedUp,
    contacted: pickedUp,
    open_cases: Math.round(pickedUp * 1.5),
    unplaced: 0,
    evictions_prevented: count(help * 0.3 * (13 / 105), at(3)),
    cut_offs_prevented: count(help * 0.25 * (4 / 105), at(4)),
  };
  for (const c of CHANNELS) {
    f[`attempts_${c}`] ??= 0;
    f[`capacity_used_${c}`] = c === 'phone' || c === 'home-visit' ? (f[`attempts_${c}`] ?? 0) : 0;
  }
  f.costs_cents =
    Object.entries(ATTEMPT_CENTS).reduce((sum, [c, cents]) => sum + (f[`attempts_${c}`] ?? 0) * cents, 0) +
    pickedUp * 3901;
  f.benefits_cents = help * Math.round((13 / 105) * 708_000 + (4 / 105) * 79_000);
  f.net_cents = (f.benefits_cents ?? 0) - (f.costs_cents ?? 0);
  return f;
}

/** Options of {@link exampleSimulationResult}. */
export interface ExampleOptions {
  seed?: number;
  replications?: number;
  months?: number;
  /** Only these scenarios (default: base, visit-all, floor-75). */
  scenarios?: string[];
}

/**
 * A simulation result for tests: seeded, so the same options give the same result; every measure
 * of SIMULATION_MEASURES (the card and appointment channels are 0 throughout, as in a preset
 * without them).
 */
export function exampleSimulationResult(o: ExampleOptions = {}): SimulationResult {
  const seed = o.seed ?? 16;
  const replications = o.replications ?? 200;
  const scenarios = SCENARIOS.filter((s) => o.scenarios?.includes(s.id) ?? true);
  const months = Array.from({ length: o.months ?? 12 }, (_, i) => {
    const d = new Date(Date.UTC(2027, i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}` as IsoMonth;
  });
  const next = uniforms(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  // draws[scenario][month or 'total'][measure] = values per replication
  const draws = new Map<string, Map<string, Map<string, number[]>>>();
  const push = (s: string, m: string, f: Figures) => {
    const byMonth = draws.get(s) ?? new Map<string, Map<string, number[]>>();
    draws.set(s, byMonth);
    const byMeasure = byMonth.get(m) ?? new Map<string, number[]>();
    byMonth.set(m, byMeasure);
    for (const [k, v] of Object.entries(f)) byMeasure.set(k, [...(byMeasure.get(k) ?? []), v]);
  };
  for (let r = 0; r < replications; r++) {
    const totals = new Map<string, Figures>();
    months.forEach((m, i) => {
      const z = [normal(), normal(), normal(), normal(), normal()];
      const signalsMean = 200 * (m.endsWith('-03') ? 1.3 : 1) * (1 + 0.01 * i);
      for (const s of scenarios) {
        const f = month(s, signalsMean, z);
        push(s.id, m, f);
        const t = totals.get(s.id) ?? {};
        for (const [k, v] of Object.entries(f)) t[k] = (t[k] ?? 0) + v;
        totals.set(s.id, t);
      }
    });
    for (const s of scenarios) push(s.id, 'total', totals.get(s.id) ?? {});
  }
  const rows: SimulationRow[] = [];
  const round = (x: number) => Math.round(x * 1000) / 1000;
  for (const s of scenarios)
    for (const m of [...months, 'total'] as const)
      for (const measure of SIMULATION_MEASURES) {
        const values = draws.get(s.id)?.get(m)?.get(measure) ?? [];
        const base = draws.get(BASE_SCENARIO)?.get(m)?.get(measure);
        const delta = s.id === BASE_SCENARIO || !base ? null : values.map((v, i) => v - (base[i] ?? 0));
        const mean = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / xs.length);
        rows.push({
          scenario: s.id,
          month: m,
          measure,
          mean: mean(values),
          p05: round(quantile(values, 0.05)),
          p95: round(quantile(values, 0.95)),
          deltaMean: delta && mean(delta),
          deltaP05: delta && round(quantile(delta, 0.05)),
          deltaP95: delta && round(quantile(delta, 0.95)),
          replications,
        });
      }
  return {
    format: SIMULATION_FORMAT,
    seed: String(seed),
    months,
    replications,
    municipalities: [{ code: 'medium', type: 'medium', inhabitants: 50_000 }],
    scenarios: scenarios.map(({ id, label, source }) => ({ id, label, source })),
    rows,
    parameters: {
      outcome: DEFAULT_OUTCOME_PARAMETERS,
      businessCase: DEFAULT_BUSINESS_CASE_PARAMETERS,
      population: {
        signalsPerThousand: {
          value: 4,
          source: 'divosa-monitor (about 4 signals per 1,000 inhabitants a month)',
        },
        marchPeak: { factor: 1.3, source: 'project default' },
      },
    },
  };
}
