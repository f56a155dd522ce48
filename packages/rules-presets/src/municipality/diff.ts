// What differs between two municipality presets, in words: parameters, rules, capacities,
// overflow, fallbacks, and every other setting by its path.
import {
  type Bilingual,
  CHANNEL_LABELS,
  formatEuro,
  type Lang,
  type TeamDeclaration,
  teamLabel,
} from '@signaalreis/core';
import { moneyParameters } from './parameters';
import type { MunicipalityPreset } from './schema';

/**
 * One difference between two presets: where (`path`), what kind, the values before and after,
 * and a sentence in Dutch and English.
 *
 * @example
 * ```ts
 * import type { PresetChange } from '@signaalreis/rules-presets';
 * const c: PresetChange = {
 *   path: 'routing.capacity[home-visit]', kind: 'changed', before: 20, after: 30,
 *   nl: 'Capaciteit huisbezoek (alle teams): 20 → 30 per maand', en: 'Capacity home visit (all teams): 20 → 30 a month',
 * };
 * ```
 */
export interface PresetChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  nl: string;
  en: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const show = (v: unknown, money = false): string =>
  v === undefined ? '—' : money && typeof v === 'number' ? formatEuro(v) : JSON.stringify(v);

function change(path: string, before: unknown, after: unknown, nl: string, en: string): PresetChange {
  const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  return {
    path,
    kind,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
    nl,
    en,
  };
}

/** A `{ nl, en }` text (a label): compared whole, shown in the sentence's own language. */
const isBilingual = (v: unknown): v is Bilingual =>
  isObject(v) && Object.keys(v).length === 2 && typeof v.nl === 'string' && typeof v.en === 'string';

/** Settings by path: objects are walked, arrays, values and labels compared whole. */
function walk(path: string, a: unknown, b: unknown, out: PresetChange[]): void {
  const labelOrNone = (v: unknown) => v === undefined || isBilingual(v);
  if ((isBilingual(a) || isBilingual(b)) && labelOrNone(a) && labelOrNone(b)) {
    if (same(a, b)) return;
    const text = (v: unknown, lang: Lang) => show((v as Bilingual | undefined)?.[lang]);
    out.push(
      change(
        path,
        a,
        b,
        `${path}: ${text(a, 'nl')} → ${text(b, 'nl')}`,
        `${path}: ${text(a, 'en')} → ${text(b, 'en')}`,
      ),
    );
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      walk(path ? `${path}.${key}` : key, a[key], b[key], out);
    return;
  }
  if (same(a, b)) return;
  const money = /Cents$|\.bySector\.[a-z-]+$/.test(path) && path.includes('floor');
  out.push(
    change(
      path,
      a,
      b,
      `${path}: ${show(a, money)} → ${show(b, money)}`,
      `${path}: ${show(a, money)} → ${show(b, money)}`,
    ),
  );
}

/** Matches keyed list entries and reports added, removed and changed ones. */
function keyed<T>(
  list: [readonly T[], readonly T[]],
  keyOf: (t: T) => string,
  describe: (key: string, a: T | undefined, b: T | undefined) => [string, string],
  at: string,
  out: PresetChange[],
): void {
  const [a, b] = list.map((l) => new Map(l.map((t) => [keyOf(t), t])));
  for (const key of new Set([...(a?.keys() ?? []), ...(b?.keys() ?? [])])) {
    const x = a?.get(key);
    const y = b?.get(key);
    if (same(x, y)) continue;
    const [nl, en] = describe(key, x, y);
    out.push(change(`${at}[${key}]`, x, y, nl, en));
  }
}

/** A team by its label (declared teams: the newer preset's label first), or all teams. */
const scopeIn = (declared: readonly TeamDeclaration[]) => (team: string | undefined, lang: Lang) =>
  team ? teamLabel(team, lang, declared) : lang === 'nl' ? 'alle teams' : 'all teams';
const ch = (c: string, lang: Lang) => CHANNEL_LABELS[c as keyof typeof CHANNEL_LABELS][lang];

const sourceChanged = (nl: string, en: string, a: string, b: string): [string, string] => [
  `${nl}: bron ${JSON.stringify(a)} → ${JSON.stringify(b)}`,
  `${en}: source ${JSON.stringify(a)} → ${JSON.stringify(b)}`,
];

/** The parts of a rule or team that changed, named in Dutch (the English sentence keeps the keys). */
const PART_NL: ReadonlyMap<string, string> = new Map([
  ['when', 'voorwaarde'],
  ['then', 'uitkomst'],
  ['priority', 'prioriteit'],
  ['source', 'bron'],
  ['label', 'label'],
]);
const inDutch = (parts: readonly string[]): string => parts.map((p) => PART_NL.get(p) ?? p).join(', ');

function routingChanges(a: MunicipalityPreset, b: MunicipalityPreset, out: PresetChange[]): void {
  const scope = scopeIn([...(b.teams ?? []), ...(a.teams ?? [])]);
  keyed(
    [a.teams ?? [], b.teams ?? []],
    (t) => t.id,
    (id, x, y) => {
      if (!x) return [`Team ${id} (${y?.label.nl}) toegevoegd`, `Team ${id} (${y?.label.en}) added`];
      if (!y) return [`Team ${id} (${x.label.nl}) verwijderd`, `Team ${id} (${x.label.en}) removed`];
      const parts = (['label', 'source'] as const).filter((k) => !same(x[k], y[k]));
      return [`Team ${id} gewijzigd: ${inDutch(parts)}`, `Team ${id} changed: ${parts.join(', ')}`];
    },
    'teams',
    out,
  );
  const [ta, tb] = [a.routing.table, b.routing.table];
  const { rules: ra, parameters: pa, ...restA } = ta;
  const { rules: rb, parameters: pb, ...restB } = tb;
  walk('routing.table', restA, restB, out);
  const money = new Set([...moneyParameters(a.routing.table), ...moneyParameters(b.routing.table)]);
  for (const name of new Set([...Object.keys(pa), ...Object.keys(pb)])) {
    const [x, y] = [pa[name], pb[name]];
    if (same(x, y)) continue;
    const values = (d: typeof x) =>
      d ? d.map((v) => `${show(v.value, money.has(name))} (${v.from})`).join(', ') : '—';
    out.push(
      change(
        `routing.table.parameters.${name}`,
        x,
        y,
        `Parameter ${name}: ${values(x)} → ${values(y)}`,
        `Parameter ${name}: ${values(x)} → ${values(y)}`,
      ),
    );
  }
  keyed(
    [ra, rb],
    (r) => r.id,
    (id, x, y) => {
      if (!x) return [`Regel ${id} (${y?.label.nl}) toegevoegd`, `Rule ${id} (${y?.label.en}) added`];
      if (!y) return [`Regel ${id} (${x.label.nl}) verwijderd`, `Rule ${id} (${x.label.en}) removed`];
      const parts = (['when', 'then', 'priority', 'source', 'label'] as const).filter(
        (k) => !same(x[k], y[k]),
      );
      return [`Regel ${id} gewijzigd: ${inDutch(parts)}`, `Rule ${id} changed: ${parts.join(', ')}`];
    },
    'routing.table.rules',
    out,
  );
  const common = (l: typeof ra, other: typeof rb) =>
    l.map((r) => r.id).filter((id) => other.some((o) => o.id === id));
  if (!same(common(ra, rb), common(rb, ra)))
    out.push(
      change(
        'routing.table.rules',
        common(ra, rb),
        common(rb, ra),
        `Volgorde van de regels gewijzigd: ${common(ra, rb).join(', ')} → ${common(rb, ra).join(', ')}`,
        `Order of the rules changed: ${common(ra, rb).join(', ')} → ${common(rb, ra).join(', ')}`,
      ),
    );
  keyed(
    [a.routing.capacity, b.routing.capacity],
    (c) => `${c.channel}${c.team ? `/${c.team}` : ''}`,
    (_k, x, y) => {
      const c = (x ?? y) as NonNullable<typeof x>;
      const n = (v: typeof x) => (v ? String(v.perMonth) : '—');
      if (x && y && x.perMonth === y.perMonth)
        return sourceChanged(
          `Capaciteit ${ch(c.channel, 'nl')} (${scope(c.team, 'nl')})`,
          `Capacity ${ch(c.channel, 'en')} (${scope(c.team, 'en')})`,
          x.source,
          y.source,
        );
      return [
        `Capaciteit ${ch(c.channel, 'nl')} (${scope(c.team, 'nl')}): ${n(x)} → ${n(y)} per maand`,
        `Capacity ${ch(c.channel, 'en')} (${scope(c.team, 'en')}): ${n(x)} → ${n(y)} a month`,
      ];
    },
    'routing.capacity',
    out,
  );
  keyed(
    [a.routing.overflow, b.routing.overflow],
    (o) => `${o.from.channel}${o.from.team ? `/${o.from.team}` : ''}`,
    (_k, x, y) => {
      const o = (x ?? y) as NonNullable<typeof x>;
      const to = (v: typeof x, lang: Lang) =>
        v ? `${ch(v.to.channel, lang)}${v.to.team ? ` (${scope(v.to.team, lang)})` : ''}` : '—';
      if (x && y && same(x.to, y.to))
        return sourceChanged(
          `Overloop ${ch(o.from.channel, 'nl')} (${scope(o.from.team, 'nl')})`,
          `Overflow ${ch(o.from.channel, 'en')} (${scope(o.from.team, 'en')})`,
          x.source,
          y.source,
        );
      return [
        `Overloop ${ch(o.from.channel, 'nl')} (${scope(o.from.team, 'nl')}) vol: ${to(x, 'nl')} → ${to(y, 'nl')}`,
        `Overflow when ${ch(o.from.channel, 'en')} (${scope(o.from.team, 'en')}) is full: ${to(x, 'en')} → ${to(y, 'en')}`,
      ];
    },
    'routing.overflow',
    out,
  );
  keyed(
    [a.routing.fallbacks, b.routing.fallbacks],
    (f) => `${f.missing}:${f.channel}`,
    (_k, x, y) => {
      const f = (x ?? y) as NonNullable<typeof x>;
      const to = (v: typeof x, lang: Lang) => (v ? ch(v.to, lang) : '—');
      if (x && y && x.to === y.to)
        return sourceChanged(
          `Terugval ${ch(f.channel, 'nl')} zonder ${f.missing}`,
          `Fallback for ${ch(f.channel, 'en')} without ${f.missing}`,
          x.source,
          y.source,
        );
      return [
        `Terugval ${ch(f.channel, 'nl')} zonder ${f.missing}: ${to(x, 'nl')} → ${to(y, 'nl')}`,
        `Fallback for ${ch(f.channel, 'en')} without ${f.missing}: ${to(x, 'en')} → ${to(y, 'en')}`,
      ];
    },
    'routing.fallbacks',
    out,
  );
}

/**
 * The differences between two (loaded, complete) presets, in words: labels and settings of
 * matching and intake by path (amounts in euros), routing parameters (with their dates), rules
 * (added, removed, changed, reordered), capacities, overflow and fallbacks, and the number of
 * tests. An empty list means the presets behave the same. A label (`{ nl, en }`) is one change,
 * shown in the language of the sentence: the Dutch label in `nl`, the English one in `en`.
 *
 * @example
 * ```ts
 * import { diffPresets, municipalityPreset } from '@signaalreis/rules-presets';
 * const a = municipalityPreset('type-small');
 * const b = municipalityPreset('type-medium');
 * if (a.ok && b.ok) diffPresets(a.value.preset, b.value.preset).map((c) => c.en);
 * // ['id: "type-small" → "type-medium"', 'label: "Small municipality (< 150 signals a month)" → "Medium municipality (150–1,000 signals a month)"',
 * //  …, 'Capacity home visit (all teams): 20 → 40 a month', …]
 * // and in `nl`: 'label: "Kleine gemeente (< 150 signalen per maand)" → "Middelgrote gemeente (150–1.000 signalen per maand)"'
 * ```
 */
export function diffPresets(a: MunicipalityPreset, b: MunicipalityPreset): PresetChange[] {
  const out: PresetChange[] = [];
  const { routing: _ra, tests: ta, $schema: _sa, teams: _ta, ...restA } = a;
  const { routing: _rb, tests: tb, $schema: _sb, teams: _tb, ...restB } = b;
  walk('', restA, restB, out);
  routingChanges(a, b, out);
  const [na, nb] = [ta?.length ?? 0, tb?.length ?? 0];
  if (na !== nb) out.push(change('tests', na, nb, `Tests: ${na} → ${nb}`, `Tests: ${na} → ${nb}`));
  return out;
}
