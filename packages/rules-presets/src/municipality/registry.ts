// The bundled municipality presets (JSON files in presets/municipality/, imported so that they
// are part of the built package) and lookups by id.
import { type Bilingual, excerpt, fail, issue, type MunicipalityType, type Result } from '@signaalreis/core';
import nationalBaseline from '../../presets/municipality/national-baseline.json';
import pilotOuderAmstelUithoorn from '../../presets/municipality/pilot-ouder-amstel-uithoorn.json';
import practice1 from '../../presets/municipality/practice-1.json';
import practice2 from '../../presets/municipality/practice-2.json';
import practice3 from '../../presets/municipality/practice-3.json';
import practice4 from '../../presets/municipality/practice-4.json';
import practice5 from '../../presets/municipality/practice-5.json';
import practice6 from '../../presets/municipality/practice-6.json';
import typeLarge from '../../presets/municipality/type-large.json';
import typeMedium from '../../presets/municipality/type-medium.json';
import typeRegional from '../../presets/municipality/type-regional.json';
import typeSmall from '../../presets/municipality/type-small.json';
import { PRESET_MESSAGES as M } from '../messages';
import { type LoadedMunicipalityPreset, loadMunicipalityPreset, type PresetRegistry } from './load';

/**
 * The bundled municipality presets as written (id → JSON): `national-baseline` and one per
 * municipality type (`type-small`, `type-medium`, `type-large`, `type-regional`), and the seven
 * recorded practices (`practice-1` … `practice-6` from the annex of `signaalreis-2023`, and
 * `pilot-ouder-amstel-uithoorn` from `pilot-ouder-amstel-uithoorn-2019`), each extending the baseline. Pass it (or a copy with your own presets added) to {@link loadMunicipalityPreset}.
 *
 * @example
 * ```ts
 * import { MUNICIPALITY_PRESETS } from '@signaalreis/rules-presets';
 * Object.keys(MUNICIPALITY_PRESETS); // ['national-baseline', 'type-small', …, 'type-regional', 'practice-1', …, 'practice-6', 'pilot-ouder-amstel-uithoorn']
 * ```
 */
export const MUNICIPALITY_PRESETS: PresetRegistry = Object.freeze({
  'national-baseline': nationalBaseline,
  'type-small': typeSmall,
  'type-medium': typeMedium,
  'type-large': typeLarge,
  'type-regional': typeRegional,
  'practice-1': practice1,
  'practice-2': practice2,
  'practice-3': practice3,
  'practice-4': practice4,
  'practice-5': practice5,
  'practice-6': practice6,
  'pilot-ouder-amstel-uithoorn': pilotOuderAmstelUithoorn,
});

/**
 * Loads a bundled municipality preset by id, with its parents merged in. An unknown id is an
 * `unknown_preset` issue.
 *
 * @example
 * ```ts
 * import { municipalityPreset } from '@signaalreis/rules-presets';
 * const r = municipalityPreset('type-small');
 * r.ok && r.value.preset.routing.capacity; // [{ channel: 'home-visit', perMonth: 20, … }, { channel: 'phone', perMonth: 50, … }]
 * ```
 */
export function municipalityPreset(
  id: string,
  registry: PresetRegistry = MUNICIPALITY_PRESETS,
): Result<LoadedMunicipalityPreset> {
  if (!Object.hasOwn(registry, id))
    return fail(issue('unknown_preset', [], M.unknown_preset(excerpt(id), Object.keys(registry))));
  return loadMunicipalityPreset(registry[id], registry);
}

/**
 * A line of {@link listMunicipalityPresets}.
 *
 * @example
 * ```ts
 * import type { MunicipalityPresetSummary } from '@signaalreis/rules-presets';
 * const s: MunicipalityPresetSummary = {
 *   id: 'type-small', label: { nl: 'Kleine gemeente', en: 'Small municipality' },
 *   municipalityType: 'small', extends: 'national-baseline',
 *   description: { nl: 'Voor gemeenten met …', en: 'For municipalities with …' },
 * };
 * s.label.nl; // what a list for officers shows
 * ```
 */
export interface MunicipalityPresetSummary {
  id: string;
  /** The preset's name in Dutch and English; the id (in both) when the preset does not load. */
  label: Bilingual;
  /**
   * The preset's description in Dutch and English ({@link presetDescription}: a description written as
   * one text in both); the first issue's message when the preset does not load.
   */
  description: Bilingual;
  municipalityType?: MunicipalityType;
  extends?: string;
}

/**
 * The presets of a registry (default: the bundled ones) with labels, type and parent, in
 * registry order. A preset that does not load is listed with its id as label.
 *
 * @example
 * ```ts
 * import { listMunicipalityPresets } from '@signaalreis/rules-presets';
 * listMunicipalityPresets().map((p) => p.id); // ['national-baseline', 'type-small', …]
 * ```
 */
export function listMunicipalityPresets(
  registry: PresetRegistry = MUNICIPALITY_PRESETS,
): MunicipalityPresetSummary[] {
  return Object.keys(registry).map((id) => {
    const r = municipalityPreset(id, registry);
    if (!r.ok)
      return { id, label: { nl: id, en: id }, description: r.issues[0]?.message ?? { nl: '', en: '' } };
    const p = r.value.preset;
    return {
      id,
      label: p.label,
      description: presetDescription(p.description),
      ...(p.municipalityType ? { municipalityType: p.municipalityType } : {}),
      ...(p.extends ? { extends: p.extends } : {}),
    };
  });
}

/**
 * A preset's description in Dutch and English: as written when it is bilingual (`{ nl, en }`), else
 * its one text in both (a preset written before descriptions were bilingual, shown as its author
 * wrote it).
 *
 * @example
 * ```ts
 * import { presetDescription } from '@signaalreis/rules-presets';
 * presetDescription('Our own routing.').nl; // 'Our own routing.': one text is shown as written
 * presetDescription({ nl: 'Onze verdeling.', en: 'Our own routing.' }).nl; // 'Onze verdeling.'
 * ```
 */
export function presetDescription(description: string | Bilingual): Bilingual {
  return typeof description === 'string' ? { nl: description, en: description } : description;
}
