// What a simulation runs (issue 16), as plain JSON so that a worker thread — or a batch job on
// another machine — can load the same scenarios: the base preset, the reform files' texts, the
// horizon, the replications, the municipalities and the seed.
import {
  addMonths,
  createSimpleSignalSource,
  fail,
  type IsoMonth,
  type Issue,
  issue,
  prefixIssues,
  type Result,
  type SignalSourceFactory,
  type SimulatedMunicipality,
} from '@signaalreis/core';
import {
  baseScenario,
  loadMunicipalityPresetText,
  loadReformText,
  MUNICIPALITY_PRESETS,
  POPULATION_WARM_UP_MONTHS,
  type PresetRegistry,
  populationSignalSource,
  REFORM_MESSAGES,
  type Scenario,
} from '@signaalreis/rules-presets';

/**
 * The signal sources a simulation can name (JSON cannot carry a function): `population` is the
 * synthetic population (`populationSignalSource`: arrears month by month, the criteria presets
 * deciding which become signals), `simple` a plain seeded pool of households for tests.
 *
 * @example
 * ```ts
 * import { SIGNAL_SOURCES } from '@signaalreis/adapters/simulation';
 * Object.keys(SIGNAL_SOURCES); // ['population', 'simple']
 * ```
 */
export const SIGNAL_SOURCES: Readonly<Record<string, { factory: SignalSourceFactory; description: string }>> =
  {
    population: {
      factory: populationSignalSource,
      description: `synthetic population (populationSignalSource): households, arrears arising and resolving month by month, partner ledgers, the criteria presets (a reform's criteria over the calibrated defaults) deciding which arrears become signals; ${POPULATION_WARM_UP_MONTHS} months of warm-up before the first month`,
    },
    simple: {
      factory: createSimpleSignalSource,
      description:
        'interim seeded source (createSimpleSignalSource): a pool of households, about 4 signals per 1,000 inhabitants a month, criteria not applied',
    },
  };

/**
 * A simulation as plain JSON. `base` is a bundled preset id or, with `baseText`, the JSON text of
 * a preset file (its `id` is then the base's); `reforms` are reform files as text with the name
 * they are reported under.
 *
 * @example
 * ```ts
 * import type { SimulationSpec } from '@signaalreis/adapters/simulation';
 * const spec: SimulationSpec = {
 *   base: 'type-medium', reforms: [], seed: 'q1', start: '2027-01' as never, months: 12, replications: 200,
 *   municipalities: [{ code: 'medium', type: 'medium' }], signalSource: 'simple',
 * };
 * ```
 */
export interface SimulationSpec {
  base: string;
  baseText?: string;
  reforms: { source: string; text: string }[];
  seed: string;
  start: IsoMonth;
  months: number;
  replications: number;
  municipalities: SimulatedMunicipality[];
  /** A key of {@link SIGNAL_SOURCES}. */
  signalSource: string;
}

/**
 * The months of a spec's horizon, in order.
 *
 * @example
 * ```ts
 * import { asIsoMonth } from '@signaalreis/core';
 * import { horizon, type SimulationSpec } from '@signaalreis/adapters/simulation';
 * declare const spec: SimulationSpec;
 * horizon({ ...spec, start: asIsoMonth('2027-11'), months: 3 }); // ['2027-11', '2027-12', '2028-01']
 * ```
 */
export const horizon = (spec: SimulationSpec): IsoMonth[] =>
  Array.from({ length: spec.months }, (_, i) => addMonths(spec.start, i));

/**
 * The scenarios of a spec: the base first, then each reform in the order given. A base preset that
 * does not load, a reform file with problems (issues under `['reforms', source, …]`, with lines)
 * or two reforms with one id fail the whole spec.
 *
 * @example
 * ```ts
 * import { loadScenarios } from '@signaalreis/adapters/simulation';
 * declare const spec: Parameters<typeof loadScenarios>[0];
 * const r = loadScenarios(spec);
 * r.ok && r.value.map((s) => s.id); // ['base', 'visit-all', …]
 * ```
 */
export function loadScenarios(spec: SimulationSpec): Result<Scenario[]> {
  let registry: PresetRegistry = MUNICIPALITY_PRESETS;
  let baseId = spec.base;
  if (spec.baseText !== undefined) {
    const own = loadMunicipalityPresetText(spec.baseText);
    if (!own.ok) return fail(prefixIssues(own.issues, ['preset']));
    baseId = own.value.preset.id;
    registry = { ...MUNICIPALITY_PRESETS, [baseId]: JSON.parse(spec.baseText) as unknown };
  }
  const base = baseScenario(baseId, registry);
  if (!base.ok) return fail(prefixIssues(base.issues, ['preset']));
  const scenarios: Scenario[] = [{ ...base.value, source: spec.base }];
  const issues: Issue[] = [];
  for (const r of spec.reforms) {
    const loaded = loadReformText(r.text, base.value, r.source, registry);
    if (!loaded.ok) {
      issues.push(...prefixIssues(loaded.issues, ['reforms', r.source]));
      continue;
    }
    if (scenarios.some((s) => s.id === loaded.value.id))
      issues.push(
        issue(
          'duplicate_reform',
          ['reforms', r.source, 'id'],
          REFORM_MESSAGES.duplicateReform(loaded.value.id),
        ),
      );
    else scenarios.push(loaded.value);
  }
  return issues.length > 0 ? fail(issues) : { ok: true, value: scenarios };
}
