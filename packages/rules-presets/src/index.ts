/**
 * @packageDocumentation
 * `@signaalreis/rules-presets`: JSON presets for partners and municipalities (criteria, routing,
 * lifecycle tables), their JSON Schemas and a loader. Presets are data; each rule in them names its
 * source.
 */

/**
 * The version of the preset format this package reads and writes. A preset declares the format it
 * was written for; the loader refuses presets of a newer major version. Format 2 (issue 10) writes
 * every text for people as `{ "nl": …, "en": … }`: the `label` of a preset, of its routing table
 * and rules, and of a routing outcome (format 1's `labelNl` and `bucketNl` are gone; a preset that
 * still has them gets a `preset_format_1` issue saying what to write instead). Format 2.1 adds the
 * preset's `description` as `{ "nl": …, "en": … }` (one text, as 2.0 wrote it, still loads).
 *
 * @example
 * ```ts
 * import { PRESET_FORMAT_VERSION } from '@signaalreis/rules-presets';
 * PRESET_FORMAT_VERSION; // '2.1'
 * ```
 */
export const PRESET_FORMAT_VERSION = '2.1';

export * from './criteria/index';
export * from './lifecycle/index';
export { RULES_PRESETS_MESSAGE_CATALOGUES } from './message-catalogues';
export { AUTHORING_MESSAGES, PRESET_TEST_MESSAGES } from './messages';
export * from './municipality/index';
export * from './simulation/index';
