// Every messages file of rules-presets, in one object (see CORE_MESSAGE_CATALOGUES in core).
import { AUTHORING_MESSAGES, PRESET_MESSAGES, PRESET_TEST_MESSAGES } from './messages';
import { REFORM_MESSAGES } from './simulation/messages';

/**
 * The message catalogues of rules-presets by name: each a record of `Bilingual` texts and functions
 * that make one. For walking every message (tests, translators), not for picking one.
 *
 * @example
 * ```ts
 * import { RULES_PRESETS_MESSAGE_CATALOGUES } from '@signaalreis/rules-presets';
 * Object.keys(RULES_PRESETS_MESSAGE_CATALOGUES); // ['presets', 'presetTests', 'authoring', 'reforms']
 * ```
 */
export const RULES_PRESETS_MESSAGE_CATALOGUES = {
  presets: PRESET_MESSAGES,
  presetTests: PRESET_TEST_MESSAGES,
  authoring: AUTHORING_MESSAGES,
  reforms: REFORM_MESSAGES,
} as const;
