// Rules benchmark: decisions per second of json-rules-engine and of the compiled evaluator, side
// by side, on (a) the six-rule routing table of docs/rules.md (plus a hand-written `if` chain for
// the same rules, the practical limit) and (b) a generated 200-rule table, over 100,000 seeded
// fact sets. Run: pnpm tsx packages/core/bench/rules.bench.ts [--sets=100000] [--jre-sets=N] [--rounds=7]
// The synchronous evaluators run ROUNDS passes over all fact sets and report the median rate.
// json-rules-engine is slow on (b); by default it runs on the first 3,000 fact sets there (a
// rate is a rate), --jre-sets=100000 runs all of them.
import { isDeepStrictEqual } from 'node:util';
import { asIsoDate } from '../src/model/iso-date';
import { routingExample } from '../src/rules/examples';
import {
  compileTable,
  createReferenceEvaluator,
  type Facts,
  loadRuleTable,
  resolveTable,
} from '../src/rules/index';
import { buildEngine } from '../src/rules/reference';
import type { ResolvedTable } from '../src/rules/resolved-types';
import { generatedTable, handWrittenRouting, routingFacts } from './bench-tables';

const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const SETS = arg('sets', 100_000);
const ROUNDS = arg('rounds', 7);
const AS_OF = asIsoDate('2026-10-26');

function rate(count: number, ms: number): number {
  return (count / ms) * 1000;
}

/** Median rate over ROUNDS passes (the synchronous passes take milliseconds; one pass is noisy). */
function timeSync(label: string, sets: readonly Facts[], run: (f: Facts) => unknown): number {
  for (let i = 0; i < Math.min(sets.length, 20_000); i++) run(sets[i] as Facts); // warm-up
  const rates: number[] = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const f of sets) if (run(f)) sink++;
    rates.push(rate(sets.length, performance.now() - start));
  }
  const perSecond = rates.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] as number;
  print(`${label}`, sets.length, perSecond, sink, ` × ${ROUNDS} rounds, median`);
  return perSecond;
}

async function timeAsync(label: string, sets: readonly Facts[], run: (f: Facts) => Promise<unknown>) {
  for (let i = 0; i < Math.min(sets.length, 500); i++) await run(sets[i] as Facts);
  const start = performance.now();
  let sink = 0;
  for (const f of sets) if (await run(f)) sink++;
  const perSecond = rate(sets.length, performance.now() - start);
  print(label, sets.length, perSecond, sink);
  return perSecond;
}

function print(label: string, n: number, perSecond: number, _sink: number, note = '') {
  const r = Math.round(perSecond).toLocaleString('en-US').padStart(12);
  console.log(`  ${label.padEnd(40)} ${r} decisions/s  (${n.toLocaleString('en-US')} fact sets${note})`);
}

function resolved(input: unknown): ResolvedTable<unknown> {
  const loaded = loadRuleTable(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const r = resolveTable(loaded.value, AS_OF);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

async function bench(
  title: string,
  table: ResolvedTable<unknown>,
  sets: Facts[],
  jreSets: number,
  hand?: (f: Facts) => unknown,
) {
  console.log(
    `\n${title} — ${table.rules.length} rules, hit policy ${table.hitPolicy}, evaluation date ${AS_OF}`,
  );
  const compiled = compileTable(table);
  const engine = await buildEngine(table);
  const reference = createReferenceEvaluator(table);
  const jreSlice = sets.slice(0, jreSets);
  for (const f of sets.slice(0, 2_000)) {
    const a = await reference.evaluate(f);
    const b = compiled.evaluate(f);
    const c = compiled.decide(f);
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b))))
      throw new Error('disagree');
    if (!isDeepStrictEqual(b.ok ? b.value.outcomes : b, c.ok ? c.value : c))
      throw new Error('decide ≠ evaluate');
    if (hand && !isDeepStrictEqual(hand(f), c))
      throw new Error(`hand-written ≠ compiled for ${JSON.stringify(f)}`);
  }
  const jre = await timeAsync('json-rules-engine (engine.run)', jreSlice, (f) => engine.run({ ...f }));
  const ref = await timeAsync('reference evaluator (engine + trace)', jreSlice, (f) => reference.evaluate(f));
  const traced = timeSync('compiled evaluate (outcomes + trace)', sets, (f) => compiled.evaluate(f).ok);
  const fast = timeSync('compiled decide (outcomes only)', sets, (f) => compiled.decide(f).ok);
  const handRate = hand ? timeSync('hand-written if chain', sets, hand) : undefined;
  const x = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  console.log(`  ratio compiled decide / json-rules-engine:   ${x(fast, jre)}`);
  console.log(`  ratio compiled evaluate / json-rules-engine: ${x(traced, jre)}`);
  console.log(`  ratio compiled evaluate / reference:         ${x(traced, ref)}`);
  if (handRate)
    console.log(`  ratio hand-written / compiled decide:        ${x(handRate, fast)} (aim: ≤ 3×)`);
}

console.log(
  `signaalreis rules benchmark — node ${process.version}, ${SETS.toLocaleString('en-US')} fact sets`,
);
const sets = routingFacts(SETS);
await bench(
  '(a) routing table (docs/rules.md, routing-m2)',
  resolved(routingExample),
  sets,
  arg('jre-sets', SETS),
  (f) => handWrittenRouting(f),
);
await bench('(b) generated table', resolved(generatedTable(200)), sets, arg('jre-sets', 3_000));
