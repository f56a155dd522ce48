// Partner-criteria presets: one rule table per recorded practice (signaalreis-2023, annex) and per legal rule,
// loaded and validated with core's loadCriteriaTable when a preset is first read (not at import:
// a month run or a bundle that never reads them does not pay for them).
import {
  type CriteriaOutcome,
  fail,
  issue,
  loadCriteriaTable,
  ok,
  type Result,
  type RuleTable,
} from '@signaalreis/core';
import energyA from '../../presets/criteria/criteria-energy-a.json';
import energyB from '../../presets/criteria/criteria-energy-b.json';
import energyRegulation2023 from '../../presets/criteria/criteria-energy-regulation-2023.json';
import healthA from '../../presets/criteria/criteria-health-a.json';
import healthB from '../../presets/criteria/criteria-health-b.json';
import rent from '../../presets/criteria/criteria-rent.json';
import water from '../../presets/criteria/criteria-water.json';
import { PRESET_MESSAGES as M } from '../messages';

/**
 * The ids of the partner-criteria presets: the recorded practices of two health insurers and two
 * energy suppliers (`signaalreis-2023` annex), the energy disconnection regulation of 2023, drinking water, and
 * landlords (Bgs art. 2 with the covenant window). See `docs/criteria.md`.
 *
 * @example
 * ```ts
 * import { CRITERIA_PRESET_IDS } from '@signaalreis/rules-presets';
 * CRITERIA_PRESET_IDS.includes('criteria-energy-a'); // true
 * ```
 */
export const CRITERIA_PRESET_IDS = [
  'criteria-health-a',
  'criteria-health-b',
  'criteria-energy-a',
  'criteria-energy-b',
  'criteria-energy-regulation-2023',
  'criteria-water',
  'criteria-rent',
] as const;

/**
 * One of {@link CRITERIA_PRESET_IDS}.
 */
export type CriteriaPresetId = (typeof CRITERIA_PRESET_IDS)[number];

const RAW: Record<CriteriaPresetId, unknown> = {
  'criteria-health-a': healthA,
  'criteria-health-b': healthB,
  'criteria-energy-a': energyA,
  'criteria-energy-b': energyB,
  'criteria-energy-regulation-2023': energyRegulation2023,
  'criteria-water': water,
  'criteria-rent': rent,
};

function load(id: CriteriaPresetId): RuleTable<CriteriaOutcome> {
  const loaded = loadCriteriaTable(RAW[id]);
  // A preset that does not load is a bug in this package, not bad user input.
  if (!loaded.ok) throw new Error(`Preset ${id} is invalid: ${JSON.stringify(loaded.issues)}`);
  if (loaded.value.id !== id) throw new Error(`Preset file ${id} declares id ${loaded.value.id}`);
  return loaded.value;
}

/** A frozen record whose properties load their preset on first read and keep it. */
function lazyPresets(): Readonly<Record<CriteriaPresetId, RuleTable<CriteriaOutcome>>> {
  const tables = new Map<CriteriaPresetId, RuleTable<CriteriaOutcome>>();
  const record = {} as Record<CriteriaPresetId, RuleTable<CriteriaOutcome>>;
  for (const id of CRITERIA_PRESET_IDS) {
    Object.defineProperty(record, id, {
      enumerable: true,
      get: () => {
        let table = tables.get(id);
        if (table === undefined) {
          table = load(id);
          tables.set(id, table);
        }
        return table;
      },
    });
  }
  return Object.freeze(record);
}

/**
 * The partner-criteria presets by id, validated rule tables ready for `evaluateCriteria` and
 * `evaluateLedger` of `@signaalreis/core`. Treat them as read-only. Each table is loaded and
 * validated on its first read and the same object is returned after that, so importing the
 * package costs nothing for presets you do not use.
 *
 * @example
 * ```ts
 * import { asIsoDate, evaluateLedger } from '@signaalreis/core';
 * import { CRITERIA_PRESETS } from '@signaalreis/rules-presets';
 * declare const rows: unknown[]; // a health insurer's ledger, e.g. parsed from CSV
 * const r = evaluateLedger(CRITERIA_PRESETS['criteria-health-a'], rows, asIsoDate('2026-10-20'));
 * CRITERIA_PRESETS['criteria-health-a'] === CRITERIA_PRESETS['criteria-health-a']; // true: loaded on the first read, then kept
 * ```
 */
export const CRITERIA_PRESETS: Readonly<Record<CriteriaPresetId, RuleTable<CriteriaOutcome>>> =
  /* @__PURE__ */ lazyPresets();

/**
 * Whether a string is the id of a bundled criteria preset.
 *
 * @example
 * ```ts
 * import { isCriteriaPresetId } from '@signaalreis/rules-presets';
 * isCriteriaPresetId('criteria-water'); // true
 * isCriteriaPresetId('__proto__'); // false: only the ids of CRITERIA_PRESET_IDS
 * ```
 */
export function isCriteriaPresetId(id: string): id is CriteriaPresetId {
  return (CRITERIA_PRESET_IDS as readonly string[]).includes(id);
}

/**
 * The criteria preset with an id. Ids can come from user configuration: an unknown id is an
 * `unknown_preset` issue (path `['preset']`) that lists the known ids.
 *
 * @example
 * ```ts
 * import { criteriaPreset } from '@signaalreis/rules-presets';
 * const r = criteriaPreset('criteria-energy-b');
 * r.ok && r.value.label.en; // 'Signal criteria of energy supplier B'
 * const gas = criteriaPreset('criteria-gas');
 * gas.ok || gas.issues[0]?.message.nl; // 'Onbekende criteria-preset "criteria-gas". Wel bekend: criteria-health-a, …'
 * ```
 */
export function criteriaPreset(id: string): Result<RuleTable<CriteriaOutcome>> {
  if (!isCriteriaPresetId(id))
    return fail(issue('unknown_preset', ['preset'], M.unknown_criteria_preset(id, CRITERIA_PRESET_IDS)));
  return ok(CRITERIA_PRESETS[id]);
}
