// Checks of a parsed preset that zod and the routing loader do not make, so that a mistake shows
// at `preset validate` rather than silently or only at `run`: a parameter no rule uses (a
// misspelling), a parameter without a value on a date the preset's own tests run on, and
// matching windows outside the covenant's 30–100 days (a warning with its source).
import { deliveryDay, type Issue, issue, monthOf, unknownTeamIssues } from '@signaalreis/core';
import { AUTHORING_MESSAGES as M } from '../messages';
import { parameterUses, placeholders, valueAt } from './parameters';
import type { MunicipalityPreset } from './schema';
import { didYouMean } from './suggest';

/** The covenant's window (lcv; pilot-ouder-amstel-uithoorn-2019): 30–100 days. */
const COVENANT = { minAgeDays: 30, maxAgeDays: 100 } as const;
/** From this date energy and water may signal without a maximum age (lcv, change of 2022-12-08). */
const NO_MAXIMUM = { from: '2022-12-08', sectors: new Set(['energy', 'water']) } as const;

/**
 * Errors: parameters the preset gives itself (`own`) that no rule uses (a misspelling, with "did
 * you mean"), and parameters the preset's tests need before their first value.
 */
export function parameterIssues(p: MunicipalityPreset, own: ReadonlySet<string>): Issue[] {
  const { parameters, rules } = p.routing.table;
  const uses = parameterUses(rules);
  const out: Issue[] = [];
  for (const name of own)
    if (!uses.has(name))
      out.push(
        issue(
          'unused_parameter',
          ['routing', 'table', 'parameters', name],
          M.unusedParameter(
            name,
            didYouMean(
              name,
              [...uses.keys()].filter((u) => !own.has(u)),
            ),
          ),
        ),
      );
  for (const test of p.tests ?? []) {
    const first = test.signals[0];
    const month = test.month ?? (first ? monthOf(first.signalDate) : undefined);
    if (!month) continue;
    const on = deliveryDay(month);
    for (const name of uses.keys()) {
      const values = parameters[name];
      if (!values || valueAt(values, on)) continue;
      const start = values.map((v) => v.from).sort()[0] ?? on;
      out.push(
        issue(
          'parameter_not_in_effect',
          ['routing', 'table', 'parameters', name],
          M.parameterNeeded(name, start, test.name, on),
        ),
      );
    }
  }
  return out;
}

/**
 * Warnings: a matching window (default or per sector) that starts below 30 days or ends above 100
 * days (or has no maximum, except energy and water from 2022-12-08). Source: lcv.
 */
export function windowWarnings(p: MunicipalityPreset): Issue[] {
  const out: Issue[] = [];
  const lists = [
    ['default', p.matching.windows.default] as const,
    ...Object.entries(p.matching.windows.bySector ?? {}).map(([s, l]) => [s, l ?? []] as const),
  ];
  for (const [sector, list] of lists)
    for (const [i, w] of list.entries()) {
      const noMaxAllowed = NO_MAXIMUM.sectors.has(sector) && w.from >= NO_MAXIMUM.from;
      const tooLong = w.maxAgeDays === null ? !noMaxAllowed : w.maxAgeDays > COVENANT.maxAgeDays;
      if (w.minAgeDays >= COVENANT.minAgeDays && !tooLong) continue;
      const path = sector === 'default' ? ['default', i] : ['bySector', sector, i];
      const where = sector === 'default' ? `(${w.from})` : `${sector} (${w.from})`;
      out.push(
        issue(
          'window_outside_covenant',
          ['matching', 'windows', ...path],
          M.windowOutsideCovenant(where, w.minAgeDays, w.maxAgeDays),
        ),
      );
    }
  return out;
}

/** Errors: a `{name}` placeholder in a label of the routing table that names no parameter. */
export function placeholderIssues(p: MunicipalityPreset): Issue[] {
  const { label, rules, parameters } = p.routing.table;
  const known = Object.keys(parameters);
  const texts: [(string | number)[], { nl: string; en: string }][] = [
    [['routing', 'table', 'label'], label],
    ...rules.flatMap((r, i) => [
      [['routing', 'table', 'rules', i, 'label'], r.label] as [
        (string | number)[],
        { nl: string; en: string },
      ],
      ...(r.then.label
        ? [
            [['routing', 'table', 'rules', i, 'then', 'label'], r.then.label] as [
              (string | number)[],
              { nl: string; en: string },
            ],
          ]
        : []),
    ]),
  ];
  const out: Issue[] = [];
  for (const [path, text] of texts)
    for (const lang of ['nl', 'en'] as const)
      for (const name of placeholders(text[lang]))
        if (!known.includes(name))
          out.push(
            issue(
              'unknown_placeholder',
              [...path, lang],
              M.unknownPlaceholder(name, didYouMean(name, known)),
            ),
          );
  return out;
}

/** Errors: a team an embedded test expects that is neither built in nor declared (`unknown_team`). */
export function testTeamIssues(p: MunicipalityPreset): Issue[] {
  const refs = (p.tests ?? []).flatMap((t, i) =>
    t.expect.cases.flatMap((c, j) =>
      c.team === undefined ? [] : [{ team: c.team, path: ['tests', i, 'expect', 'cases', j, 'team'] }],
    ),
  );
  return unknownTeamIssues(refs, p.teams ?? []);
}
