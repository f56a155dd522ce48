// The DDAS v1.2 vocabulary both ways: which value of each enum of the exchange model
// (standards/ddas-v1.2/json_schema_Uitwisselmodel.json, `$defs`) the project writes for what it
// records, and what it records for each value it reads. Tables in docs/exchange.md.
//
// Signal statuses, case results, contact kinds and parts of day are stored as the DDAS values
// themselves (core: DDAS_SIGNAL_STATUSES, DDAS_CASE_RESULTS, DDAS_CONTACT_KINDS, DDAS_PARTS_OF_DAY):
// those map one to one. Only the signal partner type and the two signal flags need a table.
import {
  DDAS_CASE_RESULTS,
  DDAS_CONTACT_KINDS,
  DDAS_PARTS_OF_DAY,
  DDAS_SIGNAL_PARTNERS,
  DDAS_SIGNAL_STATUSES,
  type DdasCaseResult,
  type DdasSignalPartner,
  type FollowUpKind,
  type Sector,
  type SignalKind,
} from '@signaalreis/core';

/**
 * The values of DDAS v1.2 `geslacht` (gender of a client). signaalreis does not record a gender:
 * an import leaves it out and says how many it left out.
 *
 * @example
 * ```ts
 * import { DDAS_GENDERS } from '@signaalreis/adapters/ddas';
 * DDAS_GENDERS.length; // 4
 * ```
 */
export const DDAS_GENDERS = ['Man', 'Vrouw', 'Onbekend', 'Leeg'] as const;

/**
 * Every enumeration of the DDAS v1.2 schema (its `$defs` name) with the values signaalreis knows.
 * A test reads the enumerations from the schema file itself, so that a new or changed value in the
 * schema fails the build until it is mapped here and in docs/exchange.md.
 *
 * @example
 * ```ts
 * import { DDAS_ENUMS } from '@signaalreis/adapters/ddas';
 * DDAS_ENUMS.EnumDagdeel; // ['Ochtend', 'Middag', 'Avond']
 * ```
 */
export const DDAS_ENUMS = {
  EnumContactsoort: DDAS_CONTACT_KINDS,
  EnumDagdeel: DDAS_PARTS_OF_DAY,
  EnumEindresultaat: DDAS_CASE_RESULTS,
  EnumSignaalpartner: DDAS_SIGNAL_PARTNERS,
  EnumSignaalstatus: DDAS_SIGNAL_STATUSES,
  geslacht: DDAS_GENDERS,
} as const;

/**
 * The two signal flags of DDAS (`crisissignaal`, `warmeOverdracht`) for each kind of signal. A
 * threatened eviction is a crisis by itself (Wgs: a threatening situation, 3 working days); an
 * end-of-supply signal is not by itself threatening (`wgs`, in the ministry's reading of Nov 2023) —
 * the same line as core's default intake `crisisKinds` — so it goes as an ordinary signal, and
 * DDAS cannot tell it apart. A warm referral is `warmeOverdracht`; a CAK registration is told by
 * the partner type `CAK Zorgverzekeringen`, not by a flag.
 *
 * @example
 * ```ts
 * import { DDAS_FLAGS_BY_KIND } from '@signaalreis/adapters/ddas';
 * DDAS_FLAGS_BY_KIND.eviction; // { crisissignaal: true, warmeOverdracht: false }
 * DDAS_FLAGS_BY_KIND['end-of-supply']; // { crisissignaal: false, warmeOverdracht: false }
 * ```
 */
export const DDAS_FLAGS_BY_KIND = {
  early: { crisissignaal: false, warmeOverdracht: false },
  'end-of-supply': { crisissignaal: false, warmeOverdracht: false },
  eviction: { crisissignaal: true, warmeOverdracht: false },
  'warm-referral': { crisissignaal: false, warmeOverdracht: true },
  cak: { crisissignaal: false, warmeOverdracht: false },
} as const satisfies Record<SignalKind, { crisissignaal: boolean; warmeOverdracht: boolean }>;

/**
 * The sector signaalreis records for each DDAS signal partner type, and whether that is the same
 * thing (`exact`). The five types without a sector of their own become `other`, which an export
 * writes back as `Overige`: an import reports each of them.
 *
 * @example
 * ```ts
 * import { SECTOR_BY_DDAS_SIGNAL_PARTNER } from '@signaalreis/adapters/ddas';
 * SECTOR_BY_DDAS_SIGNAL_PARTNER.Huur; // { sector: 'rent', exact: true }
 * SECTOR_BY_DDAS_SIGNAL_PARTNER.DUO; // { sector: 'other', exact: false }
 * ```
 */
export const SECTOR_BY_DDAS_SIGNAL_PARTNER = {
  Belastingdienst: { sector: 'other', exact: false },
  'CAK Eigen bijdrage': { sector: 'other', exact: false },
  'CAK Zorgverzekeringen': { sector: 'health', exact: true },
  'Dienst Toeslagen': { sector: 'other', exact: false },
  DUO: { sector: 'other', exact: false },
  Energie: { sector: 'energy', exact: true },
  Huur: { sector: 'rent', exact: true },
  Hypotheek: { sector: 'other', exact: false },
  Overige: { sector: 'other', exact: true },
  Water: { sector: 'water', exact: true },
  Zorg: { sector: 'health', exact: true },
} as const satisfies Record<DdasSignalPartner, { sector: Sector; exact: boolean }>;

/** What an import makes of a signal's partner type and flags. */
export interface ImportedKind {
  sector: Sector;
  kind: SignalKind;
  /** DDAS facts the project cannot record for this signal (reported by the import). */
  lost: ('partner-type' | 'crisissignaal' | 'warmeOverdracht' | 'cak')[];
}

/**
 * The sector and kind of signal for a DDAS partner type and flags — the reverse of
 * `ddasSignalPartner` and {@link DDAS_FLAGS_BY_KIND}. One kind per signal: a crisis wins and is read
 * as `eviction`, the one kind the project treats as a crisis by itself, whoever the partner (DDAS
 * says "crisis", not what kind); then a warm referral; then a CAK registration. A flag that loses
 * is listed in `lost`, as is a partner type without a sector of its own.
 *
 * @example
 * ```ts
 * import { kindFromDdas } from '@signaalreis/adapters/ddas';
 * kindFromDdas('Huur', { crisissignaal: true }); // { sector: 'rent', kind: 'eviction', lost: [] }
 * kindFromDdas('CAK Zorgverzekeringen', {}); // { sector: 'health', kind: 'cak', lost: [] }
 * kindFromDdas('DUO', { warmeOverdracht: true }); // { sector: 'other', kind: 'warm-referral', lost: ['partner-type'] }
 * ```
 */
export function kindFromDdas(
  type: DdasSignalPartner,
  flags: { crisissignaal?: boolean | undefined; warmeOverdracht?: boolean | undefined },
): ImportedKind {
  const { sector, exact } = SECTOR_BY_DDAS_SIGNAL_PARTNER[type];
  const cak = type === 'CAK Zorgverzekeringen';
  const lost: ImportedKind['lost'] = exact ? [] : ['partner-type'];
  const crisis = flags.crisissignaal === true;
  const warm = flags.warmeOverdracht === true;
  if (crisis) {
    if (warm) lost.push('warmeOverdracht');
    if (cak) lost.push('cak');
    return { sector, kind: 'eviction', lost };
  }
  if (warm) {
    if (cak) lost.push('cak');
    return { sector, kind: 'warm-referral', lost };
  }
  return { sector, kind: cak ? 'cak' : 'early', lost };
}

/**
 * The follow-up an import records for a DDAS result that means help was accepted: DDAS names the
 * help only by its result, and the lifecycle feeds "help accepted" back to a partner only with a
 * concrete follow-up (`signaalreis-2023`; Divosa counts a quick fix and a referral as help). The
 * other way, the project's follow-up kinds have no place in DDAS: an export carries the result only.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_BY_DDAS_RESULT } from '@signaalreis/adapters/ddas';
 * FOLLOW_UP_BY_DDAS_RESULT['(Budget)advies en/of quick fix']; // 'quick-fix'
 * ```
 */
export const FOLLOW_UP_BY_DDAS_RESULT = {
  '(Budget)advies en/of quick fix': 'quick-fix',
  'Vervolghulp en/of verwijzing': 'referral',
  'Vervolghulp en/of verwijzing financieel': 'referral',
  'Vervolghulp en/of verwijzing niet financieel': 'referral',
} as const satisfies Partial<Record<DdasCaseResult, FollowUpKind>>;
