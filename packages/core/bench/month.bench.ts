// Month benchmark: signals per second of matching (matchMonth) and of matching + intake (runMonth)
// on seeded synthetic months of increasing size, with history of the two months before.
// Run: pnpm bench:month [--sizes=1000,10000,100000] [--rounds=3]
// Households: about 0.8 per signal, so about one in six households has several signals (as in the
// example data); partners and sectors spread like the 2023 mix.

import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { historyFromSignals } from '../src/matching/history';
import { matchMonth } from '../src/matching/match-month';
import type { Signal } from '../src/model/signal';
import { runMonth } from '../src/month/run-month';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number);
const ROUNDS = Number(arg('rounds', '3'));

const PARTNERS = [
  { id: 'ZV-A', name: 'Zorg A', sector: 'health' },
  { id: 'ZV-B', name: 'Zorg B', sector: 'health' },
  { id: 'EN-A', name: 'Energie A', sector: 'energy' },
  { id: 'WO-A', name: 'Wonen A', sector: 'rent' },
  { id: 'WA-A', name: 'Water A', sector: 'water' },
] as const;

function month(n: number, m: '08' | '09' | '10', seed: number): Signal[] {
  const rng = xoroshiro128plus(seed);
  const int = (lo: number, hi: number) => uniformInt(rng, lo, hi);
  const households = Math.max(1, Math.round(n * 0.8));
  return Array.from({ length: n }, (_, i) => {
    const h = int(0, households - 1);
    const age = int(10, 160);
    const day = 25;
    const since = new Date(Date.UTC(2026, Number(m) - 1, day) - age * 86_400_000).toISOString().slice(0, 10);
    return {
      signalId: `${m}-${i}`,
      partner: { ...(PARTNERS[int(0, PARTNERS.length - 1)] as (typeof PARTNERS)[number]) },
      kind: int(0, 40) === 0 ? 'eviction' : 'early',
      signalDate: `2026-${m}-${day}`,
      arrearSince: since,
      amountCents: int(5_000, 300_000),
      person: { surname: `P${h}`, legalForm: 'individual' },
      address: { postcode: `${7411 + (h % 29)}AB`, houseNumber: 1 + Math.floor(h / 29) },
      contact: {},
    } satisfies Signal;
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
    const matched = matchMonth({ month: '2026-10', signals: october, history });
    m.push((n / (performance.now() - t)) * 1000);
    cases = matched.counts.cases;
    matches = matched.counts.matches;
    t = performance.now();
    await runMonth({ month: '2026-10', signals: october, history });
    r.push((n / (performance.now() - t)) * 1000);
  }
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(
    `${String(n).padEnd(9)} | ${fmt(median(m)).padStart(20)} | ${fmt(median(r)).padStart(18)} | ${String(cases).padEnd(7)} | ${String(matches).padEnd(7)} | ${heap.toFixed(0)}`,
  );
}
