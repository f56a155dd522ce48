// The charts of the simulation report as vega-lite specifications: per measure the months of
// every scenario side by side (one panel each, a colour each, the same scale), the mean as a line
// and the 90 % interval as a band; and the paired difference of each reform to the base with its
// interval around a zero line. Money is drawn in euros.
import {
  BASE_SCENARIO,
  type Lang,
  type SimulationMeasure,
  type SimulationResult,
  type SimulationRow,
} from '@signaalreis/core';
import type { ChartSpec } from '../report/charts';
import { CHART_WIDTH } from '../report/charts';
import { isMoney } from './format';
import { SIMULATION_REPORT_TEXTS as T } from './messages';

/** One colour per scenario, the base first (dark blue); colour-blind safe first (Okabe–Ito), then tableau. */
export const SCENARIO_COLOURS = [
  '#154273',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#8c6d31',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#9467bd',
  '#393b79',
];

/** Most panels on one line; more scenarios wrap to the next line. */
const PER_LINE = 3;
const GAP = 12;

/** The panels' width so that a line of them fits the report's chart width. */
const panelWidth = (panels: number) => {
  const n = Math.max(1, Math.min(panels, PER_LINE));
  return Math.floor((CHART_WIDTH - 70 - (n - 1) * GAP) / n);
};

const scenarioLabel = (r: SimulationResult, id: string, lang: Lang) =>
  r.scenarios.find((s) => s.id === id)?.label[lang] ?? id;

/** The colour scale: every scenario's label with its colour, in the result's order. */
function colours(r: SimulationResult, lang: Lang, ids: string[]) {
  const order = r.scenarios.map((s) => s.id);
  return {
    domain: ids.map((id) => scenarioLabel(r, id, lang)),
    range: ids.map((id) => SCENARIO_COLOURS[order.indexOf(id) % SCENARIO_COLOURS.length] ?? '#1b1b1b'),
  };
}

const config = {
  font: 'Arial, Helvetica, sans-serif',
  axis: { labelFontSize: 10, titleFontSize: 10, grid: true },
  header: { labelFontSize: 11, labelLimit: 220, title: null },
  legend: { disable: true },
  view: { stroke: '#d8d8d8' },
};

/** The x axis: the months in order, labels turned to fit narrow panels. */
const monthAxis = (months: string[], lang: Lang) => ({
  field: 'month',
  type: 'ordinal',
  title: T.month[lang],
  sort: months,
  scale: { domain: months },
  axis: { labelAngle: -90, labelFontSize: 9 },
});

/** The y axis's number format: euros for money, grouped numbers otherwise. */
const yFormat = (measure: SimulationMeasure) => (isMoney(measure) ? '$,.0f' : ',~r');

/** Facetted layers over the scenarios `ids`, one panel each, the same y scale. */
function facetted(
  r: SimulationResult,
  lang: Lang,
  description: string,
  ids: string[],
  values: object[],
  layer: object[],
): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    background: 'white',
    data: { values },
    columns: PER_LINE,
    spacing: GAP,
    facet: {
      field: 'scenario',
      type: 'nominal',
      sort: colours(r, lang, ids).domain,
      header: { labelFontWeight: 'bold' },
    },
    spec: { width: panelWidth(ids.length), height: 150, layer },
    config,
  };
}

const rowsOf = (r: SimulationResult, measure: SimulationMeasure, ids: string[]) =>
  r.rows.filter((x) => x.measure === measure && x.month !== 'total' && ids.includes(x.scenario));

const scale = (measure: SimulationMeasure) => (x: number) => (isMoney(measure) ? x / 100 : x);

/**
 * The chart of a measure over the months: every scenario side by side, mean as a line, 90 %
 * interval as a band. Undefined when the result has no monthly rows of the measure.
 */
export function levelChart(r: SimulationResult, measure: SimulationMeasure, label: string, lang: Lang) {
  const ids = r.scenarios.map((s) => s.id);
  const to = scale(measure);
  const values = rowsOf(r, measure, ids).map((x: SimulationRow) => ({
    scenario: scenarioLabel(r, x.scenario, lang),
    month: x.month,
    mean: to(x.mean),
    low: to(x.p05),
    high: to(x.p95),
  }));
  if (values.length === 0) return undefined;
  const colour = { field: 'scenario', type: 'nominal', scale: colours(r, lang, ids), legend: null };
  const y = { field: 'mean', type: 'quantitative', title: label, axis: { format: yFormat(measure) } };
  return facetted(r, lang, T.levelCaption(label, r.replications)[lang], ids, values, [
    {
      mark: { type: 'area', opacity: 0.25 },
      encoding: {
        x: monthAxis(r.months, lang),
        y: { ...y, field: 'low' },
        y2: { field: 'high' },
        color: colour,
      },
    },
    {
      mark: { type: 'line', point: { size: 18 }, strokeWidth: 2 },
      encoding: { x: monthAxis(r.months, lang), y, color: colour },
    },
  ]);
}

/**
 * The chart of each reform's paired difference to the base over the months, with its 90 %
 * interval and a zero line. Undefined without reforms or monthly differences.
 */
export function deltaChart(r: SimulationResult, measure: SimulationMeasure, label: string, lang: Lang) {
  const ids = r.scenarios.map((s) => s.id).filter((id) => id !== BASE_SCENARIO);
  const to = scale(measure);
  const values = rowsOf(r, measure, ids).flatMap((x) =>
    x.deltaMean === null || x.deltaP05 === null || x.deltaP95 === null
      ? []
      : [
          {
            scenario: scenarioLabel(r, x.scenario, lang),
            month: x.month,
            mean: to(x.deltaMean),
            low: to(x.deltaP05),
            high: to(x.deltaP95),
          },
        ],
  );
  if (values.length === 0) return undefined;
  const colour = { field: 'scenario', type: 'nominal', scale: colours(r, lang, ids), legend: null };
  const title = `${T.differenceAxis[lang]}`;
  const y = { field: 'mean', type: 'quantitative', title, axis: { format: yFormat(measure) } };
  return facetted(r, lang, T.deltaCaption(label)[lang], ids, values, [
    { mark: { type: 'rule', color: '#1b1b1b', strokeDash: [4, 3] }, encoding: { y: { datum: 0 } } },
    {
      mark: { type: 'area', opacity: 0.25 },
      encoding: {
        x: monthAxis(r.months, lang),
        y: { ...y, field: 'low' },
        y2: { field: 'high' },
        color: colour,
      },
    },
    {
      mark: { type: 'line', point: { size: 18 }, strokeWidth: 2 },
      encoding: { x: monthAxis(r.months, lang), y, color: colour },
    },
  ]);
}
