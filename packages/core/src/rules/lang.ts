/**
 * A language for explanations: Dutch (`nl`) or English (`en`).
 *
 * @example
 * ```ts
 * import type { Lang } from '@signaalreis/core';
 * const lang: Lang = 'nl';
 * ```
 */
export type Lang = 'nl' | 'en';
