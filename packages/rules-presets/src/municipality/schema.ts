// The municipality preset format: one JSON file with everything a municipality configures —
// matching, intake, routing with capacities — plus the sources of its rules and example tests.
import {
  ChannelSchema,
  DdasSignalStatusSchema,
  DebtAssistanceEntrySchema,
  HistoryEntrySchema,
  IntakeConfigSchema,
  IsoMonthSchema,
  MatchingConfigSchema,
  MunicipalityTypeSchema,
  RegisterRecordSchema,
  RetentionSchema,
  RoutingConfigSchema,
  SignalSchema,
  TEXT_LIMITS,
  TeamDeclarationSchema,
  TeamSchema,
  zodMessage,
} from '@signaalreis/core';
import * as z from 'zod';
import { PRESET_MESSAGES as M } from '../messages';
import { MunicipalityContactSchema } from './contact';

/**
 * zod schema of a preset id: kebab-case, at most `TEXT_LIMITS.id` (64) characters.
 *
 * @example
 * ```ts
 * import { PresetIdSchema } from '@signaalreis/rules-presets';
 * PresetIdSchema.safeParse('my-town').success; // true
 * PresetIdSchema.safeParse('a'.repeat(65)).success; // false
 * ```
 */
export const PresetIdSchema = z
  .string()
  .max(TEXT_LIMITS.id)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: zodMessage(M.preset_id) });
const Id = PresetIdSchema;
const Label = z.string().min(1).max(TEXT_LIMITS.label);
/** A text for people in Dutch (nl) and English (en): core's `Bilingual`. */
const BilingualLabel = z.strictObject({ nl: Label, en: Label });
const Text = z.string().min(1).max(TEXT_LIMITS.text);
/**
 * A preset's description: in Dutch and English (`{ nl, en }`, what officers read in `preset show`),
 * or one text as presets written before descriptions were bilingual have it (shown as written).
 */
const Description = z.union([Text, z.strictObject({ nl: Text, en: Text })], {
  message: zodMessage(M.description),
});

/**
 * zod schema of one example test of a preset: signals (and history) of a month and the cases it
 * should give, per household — bucket, DDAS status, primary channel, team. Run by
 * `signaalreis preset test`.
 *
 * @example
 * ```ts
 * import { PresetTestSchema } from '@signaalreis/rules-presets';
 * PresetTestSchema.safeParse({ name: 'empty month', signals: [], expect: { cases: [] } }).success; // true
 * ```
 */
export const PresetTestSchema = z
  .object({
    name: Label,
    /** What the test shows, for people in Dutch and English (`preset test` prints it; else `name`). */
    label: BilingualLabel.optional(),
    source: Text.optional(),
    /** The month the signals are delivered in (default: the month of the latest signal date). */
    month: IsoMonthSchema.optional(),
    signals: z.array(SignalSchema),
    history: z.array(HistoryEntrySchema).optional(),
    /** Population-register records (synthetic) the test's intake looks up; without it there is no register. */
    register: z.array(RegisterRecordSchema).optional(),
    /** Residents known at debt assistance in this test. */
    knownAtDebtAssistance: z.array(DebtAssistanceEntrySchema).optional(),
    expect: z
      .object({
        cases: z.array(
          z
            .object({
              householdKey: Label,
              bucket: Label.optional(),
              status: DdasSignalStatusSchema.optional(),
              primaryChannel: ChannelSchema.optional(),
              team: TeamSchema.optional(),
            })
            .strict(),
        ),
      })
      .strict(),
  })
  .strict();

/**
 * One example test of a municipality preset.
 *
 * @example
 * ```ts
 * import type { PresetTest } from '@signaalreis/rules-presets';
 * const t: PresetTest = { name: 'nothing delivered', signals: [], expect: { cases: [] } };
 * ```
 */
export type PresetTest = z.infer<typeof PresetTestSchema>;

/**
 * zod schema of a complete {@link MunicipalityPreset} (after `extends` is resolved): the single
 * source of its type, of the JSON Schema `schemas/municipality-preset.schema.json` and of the
 * structural issues. {@link loadMunicipalityPreset} adds the checks of meaning (the routing
 * table's facts and operators, overflow loops, circular `extends`).
 *
 * @example
 * ```ts
 * import { MunicipalityPresetSchema } from '@signaalreis/rules-presets';
 * MunicipalityPresetSchema.safeParse({ id: 'x' }).success; // false: label, sources, matching … missing
 * ```
 */
export const MunicipalityPresetSchema = z
  .object({
    /** JSON Schema reference for editors. */
    $schema: z.string().max(TEXT_LIMITS.text).optional(),
    /** The preset format version the file was written for (default: the current one). */
    formatVersion: z
      .string()
      .regex(/^\d+\.\d+$/)
      .optional(),
    id: Id,
    /** The preset's name, in Dutch and English. */
    label: BilingualLabel,
    /** What the preset is for, in Dutch and English (`{ nl, en }`); one text is taken as written. */
    description: Description,
    /** small (< 150 signals a month), medium (150–1,000), large (> 1,000), regional (one team, several municipalities). */
    municipalityType: MunicipalityTypeSchema.optional(),
    /** The id of the preset this one changes; only the changed fields need to be given. */
    extends: Id.optional(),
    /** The documents the preset is based on: keys of docs/sources.md with a locator, or pages of the repository. */
    sources: z.array(Text).min(1),
    matching: MatchingConfigSchema,
    intake: IntakeConfigSchema,
    /**
     * Teams of the municipality's own besides the built-in ones (`municipality`, `neighbourhood-team`
     * …): an id to name in routing steps, capacities, overflow and tests, a label in Dutch and
     * English that worklists and summaries show, and a source.
     */
    teams: z.array(TeamDeclarationSchema).optional(),
    routing: RoutingConfigSchema,
    /**
     * How long a case store keeps matching data and closed cases (`signaalreis purge`); without
     * it the store's default applies (6 months, 12 if picked up, cases 18 months after closure).
     */
    retention: RetentionSchema.optional(),
    /**
     * The municipality's name, contact details, opening hours and privacy statement, for the
     * letters, cards, e-mails and SMS that `signaalreis letters` makes; optional (that command
     * refuses a preset without it).
     */
    contact: MunicipalityContactSchema.optional(),
    tests: z.array(PresetTestSchema).optional(),
  })
  .strict();

/**
 * A municipality preset: labels, sources, and the matching, intake and routing configuration of
 * one municipality (or type of municipality), with example tests.
 *
 * @example
 * ```ts
 * import type { MunicipalityPreset } from '@signaalreis/rules-presets';
 * const describe = (p: MunicipalityPreset) => `${p.id} (${p.municipalityType ?? 'no type'}): ${p.label.nl}`;
 * ```
 */
export type MunicipalityPreset = z.infer<typeof MunicipalityPresetSchema>;
