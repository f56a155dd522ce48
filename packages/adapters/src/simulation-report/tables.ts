// The tables of the simulation report, as text in the reader's language: the summary of each
// reform's difference to the base over the whole period, the total of a measure per scenario,
// and the parameters the simulation used with their sources, cited as explanations cite them
// (citeSource: titles, and in Dutch the project's notes in Dutch).
import {
  BASE_SCENARIO,
  type BusinessCaseParameters,
  CHANNEL_LABELS,
  CHANNELS,
  citeSource,
  FOLLOW_UPS,
  type Lang,
  type OutcomeParameters,
  type SimulationMeasure,
  type SimulationResult,
  teamLabel,
} from '@signaalreis/core';
import { SECTOR_TEXTS } from '../report/messages';
import { figure, percent, range, signed, verdict } from './format';
import { FOLLOW_UP_TEXTS, SIMULATION_REPORT_TEXTS as T } from './messages';

/** A cell as the page shows it; a row starts with its header cell (`th scope="row"`). */
export interface Cell {
  text: string;
  numeric: boolean;
}
/** A table of the page: caption, column titles, rows of a header and cells. */
export interface TableView {
  id: string;
  caption: string;
  columns: Cell[];
  rows: { header: string; cells: Cell[] }[];
}

const num = (text: string): Cell => ({ text, numeric: true });
const txt = (text: string): Cell => ({ text, numeric: false });
const col = (text: string, numeric = true): Cell => ({ text, numeric });

/** The measures the summary shows, when the result has them. */
const SUMMARY = [
  'reached',
  'help_accepted',
  'evictions',
  'cut_offs',
  'costs_cents',
  'benefits_cents',
  'net_cents',
] as const;

const totalOf = (r: SimulationResult, scenario: string, measure: SimulationMeasure) =>
  r.rows.find((x) => x.scenario === scenario && x.month === 'total' && x.measure === measure);

/** The difference cells of a reform's row: mean, interval, verdict ('–' where there is none). */
function differenceCells(r: SimulationResult, scenario: string, measure: SimulationMeasure, lang: Lang) {
  const t = totalOf(r, scenario, measure);
  if (!t || t.deltaMean === null || t.deltaP05 === null || t.deltaP95 === null)
    return [num('–'), num('–'), txt('')];
  return [
    num(signed(t.deltaMean, measure, lang)),
    num(range(t.deltaP05, t.deltaP95, measure, lang, true)),
    txt(verdict(t.deltaP05, t.deltaP95, lang)),
  ];
}

/** Each reform minus the base over the whole period, for the key measures. */
export function summaryTable(r: SimulationResult, label: (m: string) => string, lang: Lang): TableView {
  const reforms = r.scenarios.filter((s) => s.id !== BASE_SCENARIO);
  const measures = SUMMARY.filter((m) => r.rows.some((x) => x.measure === m && x.month === 'total'));
  return {
    id: 'summary',
    caption: T.summaryNote[lang],
    columns: [
      col(T.measure[lang], false),
      col(T.scenario[lang], false),
      col(T.difference[lang]),
      col(T.differenceInterval[lang]),
      col(T.verdict[lang], false),
    ],
    rows: measures.flatMap((m) =>
      reforms.map((s) => ({
        header: label(m),
        cells: [txt(s.label[lang]), ...differenceCells(r, s.id, m, lang)],
      })),
    ),
  };
}

/** The total of a measure over the whole period per scenario, with the difference to the base. */
export function totalsTable(
  r: SimulationResult,
  measure: SimulationMeasure,
  label: string,
  lang: Lang,
): TableView {
  return {
    id: `totals-${measure}`,
    caption: T.totalsCaption(label)[lang],
    columns: [
      col(T.scenario[lang], false),
      col(T.mean[lang]),
      col(T.interval[lang]),
      col(T.difference[lang]),
      col(T.differenceInterval[lang]),
      col(T.verdict[lang], false),
    ],
    rows: r.scenarios.map((s) => {
      const t = totalOf(r, s.id, measure);
      return {
        header: s.label[lang],
        cells: [
          num(t ? figure(t.mean, measure, lang) : '–'),
          num(t ? range(t.p05, t.p95, measure, lang) : '–'),
          ...differenceCells(r, s.id, measure, lang),
        ],
      };
    }),
  };
}

/** The scenarios: label, base or reform, and where each comes from (the preset or file, as given: no citation). */
export function scenariosTable(r: SimulationResult, lang: Lang): TableView {
  return {
    id: 'scenarios',
    caption: T.scenariosCaption[lang],
    columns: [col(T.scenario[lang], false), col(T.role[lang], false), col(T.source[lang], false)],
    rows: r.scenarios.map((s) => ({
      header: s.label[lang],
      cells: [txt(s.id === BASE_SCENARIO ? T.base[lang] : `${T.reform[lang]} (${s.id})`), txt(s.source)],
    })),
  };
}

const parameterColumns = (lang: Lang) => [
  col(T.parameter[lang], false),
  col(T.value[lang], false),
  col(T.source[lang], false),
];

/** The outcome model's parameters, one row per part, each with its source (cited in `lang`). */
export function outcomeTable(p: OutcomeParameters, lang: Lang): TableView {
  const rows: TableView['rows'] = [];
  const add = (header: string, value: string, source: string) =>
    rows.push({ header, cells: [txt(value), txt(citeSource(source, lang))] });
  for (const c of CHANNELS) {
    const reach = p.reach.byChannel[c];
    add(
      T.reachBy(CHANNEL_LABELS[c][lang])[lang],
      reach.byAttempt.map((x) => percent(x, lang)).join(', '),
      reach.source,
    );
  }
  for (const [team, f] of Object.entries(p.reach.byTeam))
    add(T.teamFactor(teamLabel(team, lang))[lang], figure(f.factor, 'factor', lang), f.source); // a built-in team by its label
  add(T.acceptance[lang], percent(p.acceptance.probability, lang), p.acceptance.source);
  for (const help of [false, true]) {
    const w = help ? p.followUp.withHelp : p.followUp.withoutHelp;
    add(
      T.followUp(help)[lang],
      FOLLOW_UPS.map((f) => `${FOLLOW_UP_TEXTS[f][lang]} ${figure(w[f], 'weight', lang)}`).join(', '),
      p.followUp.source,
    );
  }
  for (const [key, risk] of [
    ['eviction', p.eviction],
    ['cutOff', p.cutOff],
  ] as const) {
    const sectors = risk.sectors.map((s) => SECTOR_TEXTS[s][lang]).join(', ');
    add(
      T[key][lang],
      T.risk(percent(risk.withoutHelp, lang), percent(risk.withHelp, lang), sectors)[lang],
      risk.source,
    );
  }
  return {
    id: 'parameters-outcome',
    caption: T.outcomeParameters[lang],
    columns: parameterColumns(lang),
    rows,
  };
}

/** The business case's prices: unit, price (or not quantifiable), source (cited in `lang`) and date. */
export function businessCaseTable(p: BusinessCaseParameters, lang: Lang): TableView {
  return {
    id: 'parameters-business-case',
    caption: T.businessCase(p.label[lang])[lang],
    columns: [
      col(T.parameter[lang], false),
      col(T.unit[lang], false),
      col(T.price[lang]),
      col(T.source[lang], false),
      col(T.asOf[lang], false),
    ],
    rows: p.prices.map((x) => ({
      header: x.label[lang],
      cells: [
        txt(x.unit[lang]),
        num(x.priceCents === null ? T.notPriced[lang] : figure(x.priceCents, 'price_cents', lang)),
        txt(citeSource(x.source, lang)),
        txt(x.asOf),
      ],
    })),
  };
}

/** A value of the population's parameters as short text (its `source` shown apart). */
function summarise(value: unknown): string {
  const text =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value)
          .filter(([k]) => k !== 'source')
          .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
          .join(', ')
      : (JSON.stringify(value) ?? '');
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** The population's parameters as the result gives them: one row per key, with its source (cited in `lang`). */
export function populationTable(p: Record<string, unknown>, lang: Lang): TableView {
  return {
    id: 'parameters-population',
    caption: T.population[lang],
    columns: parameterColumns(lang),
    rows: Object.entries(p).map(([key, value]) => {
      const source = (value as { source?: unknown } | null)?.source;
      return {
        header: key,
        cells: [txt(summarise(value)), txt(typeof source === 'string' ? citeSource(source, lang) : '–')],
      };
    }),
  };
}
