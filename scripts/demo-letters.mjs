#!/usr/bin/env node
// `npm run demo:letters`: the example month's letters, cards and e-mails AND its monthly report, from
// synthetic data only (examples/data, the example preset examples/presets/voorbeeldstad.json with the
// municipality's contact block). Three example months are run; October's lifecycle is brought to
// 2 November; the letters of October are made (one PDF per case, print-letters.pdf and
// print-cards.pdf in postcode order, an .eml per e-mail, skipped.csv, letters.json); the contact
// attempts they are are recorded with `signaalreis feedback`; and the report of October then counts
// them (contact attempts per DDAS kind: Brief, Kaartje, Mail). Everything goes to out/demo-letters/
// (removed first). Each step is one `signaalreis` command, printed before it runs (docs/letters.md).
import { rmSync } from 'node:fs';
import { demoSteps, fromRoot } from './demo-steps.mjs';

const DIR = process.env.SIGNAALREIS_DEMO_OUT ?? 'out/demo-letters'; // tests write elsewhere
const MUNICIPALITY = '0363'; // the code the examples give Voorbeeldstad (docs/exchange.md)
const AT = '2026-11-02';

const step = demoSteps('demo:letters');

rmSync(DIR, { recursive: true, force: true });
const MONTHS = ['2026-08', '2026-09', '2026-10'];
MONTHS.forEach((month, i) => {
  const history = MONTHS.slice(0, i).flatMap((m) => ['--history', `${DIR}/${m}/cases.json`]);
  step(`the run of ${month}`, [
    'run',
    fromRoot(`examples/data/signals-${month}.csv`),
    ...['--month', month, '--preset', 'type-medium', '--municipality', MUNICIPALITY],
    ...history,
    ...['--out', `${DIR}/${month}`],
  ]);
});
step(`the lifecycle of 2026-10 on ${AT}: case records, timers and partner feedback`, [
  'feedback',
  `${DIR}/2026-10/cases.json`,
  ...['--at', AT, '--out', `${DIR}/2026-10-feedback`],
]);
step(`the letters, cards and e-mails of 2026-10 on ${AT}`, [
  'letters',
  `${DIR}/2026-10-feedback`,
  ...['--month', '2026-10', '--signals', fromRoot('examples/data/signals-2026-10.csv')],
  ...['--addresses', fromRoot('examples/data/bag-2026-10.csv')],
  ...[
    '--preset',
    fromRoot('examples/presets/voorbeeldstad.json'),
    '--at',
    AT,
    '--out',
    `${DIR}/letters-2026-10`,
  ],
]);
step('after printing and sending: the contact attempts recorded', [
  'feedback',
  `${DIR}/letters-2026-10/cases.json`,
  ...['--at', AT, '--out', `${DIR}/2026-10-sent`],
]);
step('the monthly report of 2026-10, which now counts the letters, cards and e-mails as attempts', [
  'report',
  ...[`${DIR}/2026-08/cases.json`, `${DIR}/2026-09/cases.json`, `${DIR}/2026-10-sent/cases.json`],
  ...['--month', '2026-10', '--months', '3', '--at', AT, '--out', `${DIR}/report-2026-10`],
]);
console.log(
  `\nThe print room's PDFs: ${DIR}/letters-2026-10/print-letters.pdf and print-cards.pdf; the report: ${DIR}/report-2026-10/report.html.`,
);
