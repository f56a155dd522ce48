/**
 * @packageDocumentation
 * `@signaalreis/rules-presets`: JSON presets for partners and municipalities (criteria, routing,
 * lifecycle tables), their JSON Schemas and a loader. Presets are data; each rule in them names its
 * source.
 */

/**
 * The version of the preset format this package reads and writes. A preset declares the format it
 * was written for; the loader refuses presets of a newer major version.
 *
 * @example
 * ```ts
 * import { PRESET_FORMAT_VERSION } from '@signaalreis/rules-presets';
 * PRESET_FORMAT_VERSION; // '1.0'
 * ```
 */
export const PRESET_FORMAT_VERSION = '1.0';

export * from './criteria/index';
export * from './lifecycle/index';
export * from './municipality/index';
