// The sources that rules cite, by key: the same keys and titles as docs/sources.md (a test keeps
// the two equal). A citation names a key, never a file, so it reads the same everywhere.

/**
 * One source: the title a municipal officer reads in an explanation, and a public address where
 * one is known.
 *
 * @example
 * ```ts
 * import type { SourceEntry } from '@signaalreis/core';
 * const council: SourceEntry = { title: 'Gemeente Voorbeeld, raadsbesluit schuldhulp (2026)' };
 * ```
 */
export interface SourceEntry {
  /** Publisher, title and year as cited in an explanation (Dutch titles stay Dutch). */
  readonly title: string;
  /** A public address of the document or law, where known. */
  readonly url?: string;
}

/**
 * The sources of the rules in this repository, by key (see docs/sources.md for what each is and is
 * used for). `project default` is not a document: the sources are silent and the project chose.
 *
 * @example
 * ```ts
 * import { SOURCES } from '@signaalreis/core';
 * SOURCES['signaalreis-2023'].title; // 'Divosa/NVVK/VNG, De signaalreis (2023)'
 * SOURCES.wgs.url; // 'https://wetten.overheid.nl/BWBR0031445'
 * ```
 */
export const SOURCES = {
  'signaalreis-2023': { title: 'Divosa/NVVK/VNG, De signaalreis (2023)' },
  'pilot-ouder-amstel-uithoorn-2019': {
    title: 'Pilot vroegsignalering Ouder-Amstel/Uithoorn, Bijlage 1 De aanpak (2019)',
  },
  'vps-bkr': {
    title: 'BKR, Vindplaats van Schulden (VPS)',
    url: 'https://www.vindplaatsvanschulden.nl/over-vps/',
  },
  'vaste-lasten-pakket-2019': {
    title: 'Vaste Lasten Pakket, VLP concept en eerste pilot in Den Haag (2019)',
  },
  'schuldenlab-almelo-2020': {
    title: 'Schuldenlab NL, projecten in Almelo (2020)',
    url: 'http://www.schuldenlabalmelo.nl/',
  },
  'ddas-v1.2': { title: 'VNG Realisatie, uitwisselmodel DDAS v1.2' },
  'divosa-monitor': {
    title: 'Divosa, Monitor Vroegsignalering Schulden',
    url: 'https://www.divosa.nl/projecten/monitor-vroegsignalering-schulden',
  },
  lcv: {
    title: 'Landelijk Convenant Vroegsignalering (LCV)',
    url: 'https://vng.nl/nieuws/aanpassingen-van-het-lcv-van-schulden',
  },
  'nvvk-2022': { title: 'NVVK, vuistregels voor vastelastenpartners (2022)' },
  wgs: {
    title: 'Wet gemeentelijke schuldhulpverlening (Wgs)',
    url: 'https://wetten.overheid.nl/BWBR0031445',
  },
  bgs: {
    title: 'Besluit gemeentelijke schuldhulpverlening (Bgs)',
    url: 'https://wetten.overheid.nl/BWBR0043850',
  },
  'afsluitregeling-2023': {
    title: 'Regeling afsluitbeleid voor kleinverbruikers van elektriciteit en gas (2023)',
    url: 'https://wetten.overheid.nl/BWBR0030164',
  },
  drinkwaterbesluit: { title: 'Drinkwaterbesluit', url: 'https://wetten.overheid.nl/BWBR0030111' },
  zvw: { title: 'Zorgverzekeringswet (Zvw)', url: 'https://wetten.overheid.nl/BWBR0018450' },
  'algemene-termijnenwet': {
    title: 'Algemene termijnenwet',
    url: 'https://wetten.overheid.nl/BWBR0002448',
  },
  wabb: {
    title: 'Wet algemene bepalingen burgerservicenummer (Wabb)',
    url: 'https://wetten.overheid.nl/BWBR0022428',
  },
  'project default': { title: 'project default' },
} as const satisfies Record<string, SourceEntry>;

/**
 * A key of {@link SOURCES}.
 */
export type SourceKey = keyof typeof SOURCES;

/**
 * Whether a text is a key of {@link SOURCES} (exactly, case included).
 *
 * @example
 * ```ts
 * import { isSourceKey } from '@signaalreis/core';
 * isSourceKey('wgs'); // true
 * isSourceKey('Wgs'); // false: keys are written in lower case
 * ```
 */
export function isSourceKey(key: string): key is SourceKey {
  return Object.hasOwn(SOURCES, key);
}
