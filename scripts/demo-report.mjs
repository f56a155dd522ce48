#!/usr/bin/env node
// `npm run demo:report`: the monthly report of the example month (October 2026) from case files.
// Three example months are run (each with the case files of the months before as history), the
// lifecycle of October is brought to 2 November (records, timers, partner feedback), and the report
// of October with a three-month trend is written: report.html (open it in a browser, print it on
// A4), report.xlsx and report.json. Everything goes to out/demo-report/ (removed first). Each step
// is one `signaalreis` command, printed before it runs, so an officer can repeat it by hand
// (docs/report.md). Synthetic data only (examples/data).
import { rmSync } from 'node:fs';
import { demoSteps, fromRoot } from './demo-steps.mjs';

const DIR = process.env.SIGNAALREIS_DEMO_OUT ?? 'out/demo-report'; // tests write elsewhere
const MUNICIPALITY = '0363'; // the code the examples give Voorbeeldstad (docs/exchange.md)

const step = demoSteps('demo:report');

rmSync(DIR, { recursive: true, force: true });
const MONTHS = ['2026-08', '2026-09', '2026-10'];
MONTHS.forEach((month, i) => {
  const history = MONTHS.slice(0, i).flatMap((m) => ['--history', `${DIR}/${m}/cases.json`]);
  step(`the run of ${month}`, [
    'run',
    fromRoot(`examples/data/signals-${month}.csv`),
    '--month',
    month,
    '--preset',
    'type-medium',
    '--municipality',
    MUNICIPALITY,
    ...history,
    '--out',
    `${DIR}/${month}`,
  ]);
});
step('the lifecycle of 2026-10 on 2026-11-02: case records, timers and partner feedback', [
  'feedback',
  `${DIR}/2026-10/cases.json`,
  '--at',
  '2026-11-02',
  '--out',
  `${DIR}/2026-10-feedback`,
]);
step('the monthly report of 2026-10, with the trend over three months', [
  'report',
  `${DIR}/2026-08/cases.json`,
  `${DIR}/2026-09/cases.json`,
  `${DIR}/2026-10-feedback/cases.json`,
  '--month',
  '2026-10',
  '--months',
  '3',
  '--at',
  '2026-11-02',
  '--out',
  `${DIR}/report-2026-10`,
]);
console.log(
  `\nOpen ${DIR}/report-2026-10/report.html in a browser (print it on A4), or report.xlsx in Excel.`,
);
