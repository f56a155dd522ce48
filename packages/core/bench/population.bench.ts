// Population benchmark (issue 16): milliseconds per simulated month and signals per month of the
// synthetic population, for a municipality of a given size (default: the Netherlands, 17.9
// million inhabitants, about 90,000 signals a month) with the default criteria presets.
// Run: pnpm bench:population [--inhabitants=17900000] [--months=13] [--start=2027-01]
// The criteria tables are read from the preset files of rules-presets (core may not import that
// package; reading its JSON files here keeps the benchmark honest to the real presets).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCriteriaTable } from '../src/criteria/facts';
import { asIsoMonth } from '../src/model/iso-date';
import { POPULATION_CRITERIA_PRESETS } from '../src/simulation/population/defaults';
import type { CriteriaSelection } from '../src/simulation/population/evaluate';
import { POPULATION_SECTORS } from '../src/simulation/population/parameters';
import { createPopulation } from '../src/simulation/population/population';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const INHABITANTS = Number(arg('inhabitants', '17900000'));
const MONTHS = Number(arg('months', '13'));
const START = asIsoMonth(arg('start', '2027-01'));

const presets = join(dirname(fileURLToPath(import.meta.url)), '../../rules-presets/presets/criteria');
const criteria: CriteriaSelection = {};
for (const sector of POPULATION_SECTORS) {
  const id = POPULATION_CRITERIA_PRESETS[sector];
  const table = loadCriteriaTable(JSON.parse(readFileSync(join(presets, `${id}.json`), 'utf8')));
  if (!table.ok) throw new Error(`${id}: ${JSON.stringify(table.issues)}`);
  criteria[sector] = table.value;
}

const population = createPopulation({
  seed: 'bench',
  replication: 0,
  municipality: { code: '9999', name: 'Nederland (gesimuleerd)', inhabitants: INHABITANTS },
  start: START,
});
if (!population.ok) throw new Error(JSON.stringify(population.issues));
const p = population.value;
console.log(
  `population: ${INHABITANTS.toLocaleString('en')} inhabitants, ${p.info.households.toLocaleString('en')} households`,
);
console.log('month     ms   signals  per 1,000  open arrears  heap MB');
const times: number[] = [];
for (let i = 0; i < MONTHS; i++) {
  const t0 = performance.now();
  const m = p.next(criteria);
  const ms = performance.now() - t0;
  if (i > 0) times.push(ms); // the first month has no carried-over arrears yet
  const open = POPULATION_SECTORS.reduce((n, s) => n + m.arrears[s].open, 0);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${m.month} ${ms.toFixed(0).padStart(6)} ${String(m.signals.length).padStart(9)} ${((1000 * m.signals.length) / INHABITANTS).toFixed(2).padStart(10)} ${String(open).padStart(13)} ${heap.toFixed(0).padStart(8)}`,
  );
}
const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
console.log(`mean ${mean.toFixed(0)} ms per month (months 2–${MONTHS})`);
