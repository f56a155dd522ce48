// simulation.html: a policy simulation's result as one self-contained page — per measure the
// months of every scenario side by side and each reform's difference to the base (vega-lite,
// drawn to inline SVG now), the totals over the horizon with paired differences, how to read the
// intervals, the parameters with their sources and the model's limits. Dutch by default.
import {
  type Lang,
  SIMULATION_MEASURES,
  type SimulationMeasure,
  type SimulationResult,
} from '@signaalreis/core';
import { chartSvg } from '../report/render-svg';
import { deltaChart, levelChart } from './charts';
import { figure, isMoney } from './format';
import {
  SIMULATION_GROUP_TEXTS as G,
  SIMULATION_LIMIT_TEXTS,
  SIMULATION_MEASURE_TEXTS,
  SIMULATION_REPORT_TEXTS as T,
} from './messages';
import {
  businessCaseTable,
  outcomeTable,
  populationTable,
  scenariosTable,
  summaryTable,
  type TableView,
  totalsTable,
} from './tables';
import { SIMULATION_CSS, SIMULATION_TEMPLATE, TABLE_PARTIAL } from './template';

type Group = keyof typeof G;

/** The group (section) of a measure. */
function groupOf(measure: SimulationMeasure): Group {
  if (measure.startsWith('attempts_')) return 'attempts';
  if (measure.startsWith('capacity_used_')) return 'capacity';
  if (isMoney(measure)) return 'money';
  if (measure.startsWith('evictions') || measure.startsWith('cut_offs')) return 'outcomes';
  return (SIMULATION_MEASURES as readonly string[]).includes(measure) ? 'volumes' : 'other';
}

/** The measures of the result: the known ones in their order, then others as they first appear. */
function measuresOf(r: SimulationResult): SimulationMeasure[] {
  const present = new Set(r.rows.map((x) => x.measure));
  const known = SIMULATION_MEASURES.filter((m) => present.has(m));
  return [...known, ...[...present].filter((m) => !(SIMULATION_MEASURES as readonly string[]).includes(m))];
}

/** Nothing to draw: every figure of the measure is 0 in every scenario and month. */
const allZero = (r: SimulationResult, measure: SimulationMeasure) =>
  r.rows
    .filter((x) => x.measure === measure)
    .every((x) =>
      [x.mean, x.p05, x.p95, x.deltaMean ?? 0, x.deltaP05 ?? 0, x.deltaP95 ?? 0].every((v) => v === 0),
    );

/** An SVG with its caption as `<title>` (read out by screen readers; the caption says the same on screen). */
const titled = (svg: string, title: string, escapeText: (s: string) => string) =>
  svg.replace(/^<svg\b([^>]*)>/, `<svg$1 role="img"><title>${escapeText(title)}</title>`);

/**
 * A policy simulation's result as one HTML page in `lang` (Dutch by default): the run (seed,
 * replications, months, municipalities), the scenarios, a summary of each reform's difference to
 * the base over the whole period, then per measure a chart of the months with every scenario side
 * by side (the mean as a line, the 90 % interval as a band), a chart of each reform's paired
 * difference to the base around a zero line, and a table of the totals with the differences and
 * whether they are clear; how to read the intervals; the parameters with their sources (cited as
 * explanations cite them: titles, and in Dutch the project's notes in Dutch); the model's limits.
 * Money is in euros (`€ 1.234,56` in Dutch). Charts are vega-lite drawn to inline SVG now, so the
 * page needs no script, loads nothing from elsewhere and prints on A4; every text is HTML-escaped. A measure that is 0 throughout is named, not drawn. Charts are drawn one after
 * another: vega holds one number locale per process.
 *
 * @example
 * ```ts
 * import { writeOutputFile } from '@signaalreis/adapters/output';
 * import { readSimulationResult, renderSimulationHtml } from '@signaalreis/adapters/simulation-report';
 * declare const text: string; // simulation.json of `signaalreis simulate`
 * const result = readSimulationResult(text);
 * if (result.ok) writeOutputFile('simulation-en.html', await renderSimulationHtml(result.value, 'en'));
 * else result.issues.map((i) => `${i.path.join('.')}: ${i.message.nl}`); // what is wrong, never a throw
 * ```
 */
export async function renderSimulationHtml(r: SimulationResult, lang: Lang = 'nl'): Promise<string> {
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  hb.registerPartial('table', TABLE_PARTIAL);
  const label = (m: string) => SIMULATION_MEASURE_TEXTS[m]?.[lang] ?? T.otherMeasure(m)[lang];
  const groups = new Map<Group, object[]>();
  for (const measure of measuresOf(r)) {
    const name = label(measure);
    const zero = allZero(r, measure);
    const specs = zero
      ? []
      : [
          {
            id: `level-${measure}`,
            spec: levelChart(r, measure, name, lang),
            caption: T.levelCaption(name, r.replications)[lang],
          },
          {
            id: `delta-${measure}`,
            spec: deltaChart(r, measure, name, lang),
            caption: T.deltaCaption(name)[lang],
          },
        ];
    const charts = [];
    for (const c of specs)
      if (c.spec)
        charts.push({
          id: c.id,
          caption: c.caption,
          svg: titled(await chartSvg(c.spec, lang), c.caption, hb.escapeExpression),
        });
    const notes = [
      ...(zero ? [T.allZero[lang]] : []),
      ...(!zero && specs.every((c) => !c.spec) ? [T.noMonths[lang]] : []),
      ...(isMoney(measure) ? [T.moneyNote[lang]] : []),
    ];
    const group = groupOf(measure);
    groups.set(group, [
      ...(groups.get(group) ?? []),
      { id: measure, label: name, charts, notes, table: totalsTable(r, measure, name, lang) },
    ]);
  }
  const p = r.parameters;
  const parameterTables: TableView[] = [
    ...(p.outcome ? [outcomeTable(p.outcome, lang)] : []),
    ...(p.businessCase ? [businessCaseTable(p.businessCase, lang)] : []),
    ...(p.population ? [populationTable(p.population, lang)] : []),
  ];
  const section = (
    id: string,
    title: string,
    more: Partial<Record<'intro' | 'measures' | 'tables' | 'list', unknown[]>>,
  ) => ({
    id,
    title,
    intro: [],
    measures: [],
    tables: [],
    list: [],
    ...more,
  });
  const reforms = r.scenarios.length > 1;
  const sections = [
    section('scenarios', T.scenarios[lang], { tables: [scenariosTable(r, lang)] }),
    ...(reforms ? [section('summary', T.summary[lang], { tables: [summaryTable(r, label, lang)] })] : []),
    section('intervals', T.howToRead[lang], {
      intro: [T.readBand(r.replications)[lang], T.readPaired[lang], T.readZero[lang], T.readModel[lang]],
    }),
    ...(Object.keys(G) as Group[]).flatMap((g) => {
      const measures = groups.get(g);
      return measures ? [section(`group-${g}`, G[g][lang], { measures })] : [];
    }),
    section('parameters', T.parameters[lang], {
      tables: parameterTables,
      intro: parameterTables.length === 0 ? [T.noParameters[lang]] : [],
    }),
    section('limits', T.limits[lang], { list: Object.values(SIMULATION_LIMIT_TEXTS).map((t) => t[lang]) }),
  ];
  const [from = '', to = ''] = [r.months[0], r.months.at(-1)];
  const municipalities = r.municipalities
    .map((m) => {
      const more = [
        m.type,
        m.inhabitants === undefined ? undefined : T.inhabitants(figure(m.inhabitants, 'count', lang))[lang],
      ];
      const detail = more.filter((x) => x !== undefined).join(', ');
      return `${m.name ?? m.code}${detail ? ` (${detail})` : ''}`;
    })
    .join('; ');
  return hb.compile(SIMULATION_TEMPLATE, { strict: true })({
    lang,
    css: SIMULATION_CSS,
    title: T.title[lang],
    facts: T.facts(r.seed, r.replications, from, to, r.months.length)[lang],
    municipalities: municipalities ? T.municipalities(municipalities)[lang] : '',
    synthetic: T.synthetic[lang],
    sections,
    footer: T.footer[lang],
  });
}
