// Month benchmark: signals per second of matching (matchMonth) and of matching + intake (runMonth)
// on seeded synthetic months of increasing size, with history of the two months before.
// Run: pnpm bench:month [--sizes=1000,10000,100000] [--rounds=3]
// Households: about 0.8 per signal, so about one in six households has several signals (as in the
// example data); partners and sectors spread like the 2023 mix. The signals are plain objects as
// a reader delivers them after validation; matchMonth's structural check of each signal is part of
// what is measured.

import { historyFromSignals } from '../src/matching/history';
import { matchMonth } from '../src/matching/match-month';
import { asIsoMonth } from '../src/model/iso-date';
import type { Signal } from '../src/model/signal';
import { runMonth } from '../src/month/run-month';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number);
const ROUNDS = Number(arg('rounds', '3'));
const OCTOBER = asIsoMonth('2026-10');

const PARTNERS = [
  { id: 'ZV-A', name: 'Zorg A', sector: 'health' },
  { id: 'ZV-B', name: 'Zorg B', sector: 'health' },
  { id: 'EN-A', name: 'Energie A', sector: 'energy' },
  { id: 'WO-A', name: 'Wonen A', sector: 'rent' },
  { id: 'WA-A', name: 'Water A', sector: 'water' },
] as const;

/** A seeded generator of integers in [lo, hi] (splitmix32; the benchmark needs no package for it). */
function seeded(seed: number): (lo: number, hi: number) => number {
  let state = seed >>> 0;
  return (lo, hi) => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z = (z ^ (z >>> 15)) >>> 0;
    return lo + (z % (hi - lo + 1));
  };
}

function month(n: number, m: '08' | '09' | '10', seed: number): Signal[] {
  const int = seeded(seed);
  const households = Math.max(1, Math.round(n * 0.8));
  return Array.from({ length: n }, (_, i) => {
    const h = int(0, households - 1);
    const age = int(10, 160);
    const day = 25;
    const since = new Date(Date.UTC(2026, Number(m) - 1, day) - age * 86_400_000).toISOString().slice(0, 10);
    const signal = {
      signalId: `${m}-${i}`,
      partner: { ...(PARTNERS[int(0, PARTNERS.length - 1)] as (typeof PARTNERS)[number]) },
      kind: int(0, 40) === 0 ? 'eviction' : 'early',
      signalDate: `2026-${m}-${day}`,
      arrearSince: since,
      amountCents: int(5_000, 300_000),
      person: { surname: `P${h}`, legalForm: 'individual' },
      address: { postcode: `${7411 + (h % 29)}AB`, houseNumber: 1 + Math.floor(h / 29) },
      contact: {},
    };
    // plain data as a reader returns it once validated (validateSignal would brand the same values)
    return signal as unknown as Signal;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

console.log(`node ${process.version}, ${ROUNDS} rounds, median rate`);
console.log('signals   | matchMonth signals/s | runMonth signals/s | cases   | matches | heap after (MB)');
for (const n of SIZES) {
  const october = month(n, '10', 1);
  const history = historyFromSignals([...month(n, '08', 2), ...month(n, '09', 3)]);
  const m: number[] = [];
  const r: number[] = [];
  let cases = 0;
  let matches = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    const matched = matchMonth({ month: OCTOBER, signals: october, history });
    m.push((n / (performance.now() - t)) * 1000);
    if (!matched.ok) throw new Error(`matchMonth failed: ${JSON.stringify(matched.issues)}`);
    cases = matched.value.counts.cases;
    matches = matched.value.counts.matches;
    t = performance.now();
    const run = await runMonth({ month: OCTOBER, signals: october, history });
    r.push((n / (performance.now() - t)) * 1000);
    if (!run.ok) throw new Error(`runMonth failed: ${JSON.stringify(run.issues)}`);
  }
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(
    `${String(n).padEnd(9)} | ${fmt(median(m)).padStart(20)} | ${fmt(median(r)).padStart(18)} | ${String(cases).padEnd(7)} | ${String(matches).padEnd(7)} | ${heap.toFixed(0)}`,
  );
}
