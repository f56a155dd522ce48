// The summary `signaalreis simulate` prints (issue 16): per measure the total over the horizon of
// each scenario, with its 90 % interval and the paired difference to the base, Dutch or English.
import { BASE_SCENARIO, type Lang, type SimulationResult, type SimulationRow } from '@signaalreis/core';
import { localize } from './lang';
import { SIMULATE_RUN_MESSAGES } from './messages/simulate';

/** The measures of the summary, in order (their labels: `measureLabels`). */
const SUMMARY = [
  'signals',
  'cases',
  'reached',
  'help_accepted',
  'evictions',
  'cut_offs',
  'costs_cents',
  'benefits_cents',
  'net_cents',
] as const;

function number(x: number, lang: Lang, money: boolean, signed = false): string {
  const v = money ? x / 100 : x;
  const f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: money ? 0 : 1,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(v);
  if (!money) return f;
  // the sign before the euro sign, as simulation.html writes it: +€ 35.503, -€ 18.662
  const [, sign = '', digits = f] = /^([+\-\u2212]?)(.*)$/.exec(f) ?? [];
  return `${sign}€ ${digits}`;
}

const span = (lo: number, hi: number, lang: Lang, money: boolean, signed = false) =>
  `[${number(lo, lang, money, signed)} – ${number(hi, lang, money, signed)}]`;

/**
 * The summary of a simulation as text: a head line with the settings, a note on how to read it,
 * then per measure a line per scenario — the total over the horizon, its interval, and (for a
 * reform) the difference to the base with its interval.
 */
export function simulationText(r: SimulationResult, lang: Lang): string {
  const t = localize(SIMULATE_RUN_MESSAGES, lang);
  const labels = t.measureLabels.split('|');
  const [scenarioCol, meanCol, deltaCol] = t.summaryColumns.split('|') as [string, string, string];
  const totals = new Map<string, SimulationRow>();
  for (const row of r.rows) if (row.month === 'total') totals.set(`${row.scenario}\u0000${row.measure}`, row);
  // the base by its word (`basis`), a reform by its id (the name of its file)
  const name = (id: string) => (id === BASE_SCENARIO ? t.base : id);
  const w = Math.max(scenarioCol.length, ...r.scenarios.map((s) => name(s.id).length)) + 2;
  const municipalities = r.municipalities.map((m) => m.code).join(', ');
  const lines = [
    t.summaryHead(r.months.length, r.months[0] ?? '', r.replications, r.seed, municipalities),
    t.summaryNote,
    '',
  ];
  SUMMARY.forEach((measure, i) => {
    const money = measure.endsWith('_cents');
    const cells = r.scenarios.flatMap((s) => {
      const row = totals.get(`${s.id}\u0000${measure}`);
      if (row === undefined) return [];
      const own = `${number(row.mean, lang, money)} ${span(row.p05, row.p95, lang, money)}`;
      const delta =
        row.deltaMean === null || row.deltaP05 === null || row.deltaP95 === null
          ? ''
          : `${number(row.deltaMean, lang, money, true)} ${span(row.deltaP05, row.deltaP95, lang, money, true)}`;
      return [[name(s.id), own, delta] as const];
    });
    const v = Math.max(meanCol.length, ...cells.map(([, own]) => own.length)) + 2;
    lines.push(`${labels[i] ?? measure}`);
    lines.push(`  ${scenarioCol.padEnd(w)}${meanCol.padEnd(v)}${deltaCol}`);
    for (const [id, own, delta] of cells) lines.push(`  ${id.padEnd(w)}${own.padEnd(v)}${delta}`.trimEnd());
    lines.push('');
  });
  return `${lines.join('\n')}`;
}
