#!/usr/bin/env node
// `npm run demo:store`: three example months through the embedded case store (PGlite in a folder),
// the lifecycle at the end of November, and the DDAS v1.2 delivery of the three months from the
// store, validated against the official schema before it is written. Everything goes to
// out/demo-store/ (removed first, so the demo can run again). Each step is one `signaalreis`
// command, printed before it runs, so an officer can repeat it by hand (docs/store.md).
import { rmSync } from 'node:fs';
import { demoSteps, fromRoot } from './demo-steps.mjs';

const DIR = process.env.SIGNAALREIS_DEMO_OUT ?? 'out/demo-store'; // tests write elsewhere
const STORE = `${DIR}/store`;
const MUNICIPALITY = '0363'; // the code the examples give Voorbeeldstad (docs/exchange.md)

const step = demoSteps('demo:store');

rmSync(DIR, { recursive: true, force: true });
// each month: the run on its delivery, then the lifecycle a month later (the last one on 30 November)
const MONTHS = [
  ['2026-08', '2026-09-25'],
  ['2026-09', '2026-10-23'],
  ['2026-10', '2026-11-30'],
];
for (const [month, followUp] of MONTHS) {
  step(`the run of ${month}, stored; history from the store`, [
    'run',
    fromRoot(`examples/data/signals-${month}.csv`),
    '--month',
    month,
    '--preset',
    'type-medium',
    '--municipality',
    MUNICIPALITY,
    '--store',
    STORE,
    '--out',
    `${DIR}/${month}`,
  ]);
  step(`the lifecycle of ${month} on ${followUp}: timers, records and partner feedback, stored`, [
    'feedback',
    '--store',
    STORE,
    '--municipality',
    MUNICIPALITY,
    '--month',
    month,
    '--at',
    followUp,
    '--out',
    `${DIR}/${month}-feedback`,
  ]);
}
step('what the store holds', ['cases', 'list', '--store', STORE, '--municipality', MUNICIPALITY]);
step('the DDAS v1.2 delivery of the three months, from the store', [
  'export',
  'ddas',
  '--store',
  STORE,
  '--municipality',
  MUNICIPALITY,
  '--from',
  '2026-08-01',
  '--to',
  '2026-10-31',
  '--supplier',
  'SIGNAALREIS',
  '--organisation',
  'Gemeente Voorbeeldstad',
  '--out',
  `${DIR}/ddas-2026-08-01-2026-10-31.json`,
]);
console.log(`\nThe store is in ${STORE}; the delivery in ${DIR}/ddas-2026-08-01-2026-10-31.json.`);
