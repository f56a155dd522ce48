// Intake configuration: each step of phase 3 is a configurable part of a municipality preset.
import * as z from 'zod';
import { SectorSchema, SignalKindSchema } from '../model/enums';
import type { Result } from '../model/issue';
import { TEXT_LIMITS } from '../model/json-limits';
import { issuesFromZod } from '../model/zod-issues';

const Cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * How a floor is read: `from` — the floor amount itself is picked up (Dutch sources: "vanaf",
 * "minimaal", "< € 100 niet"); `above` — only amounts over it (Dutch: "boven", "> € 100").
 *
 * @example
 * ```ts
 * import { FLOOR_COMPARISONS } from '@signaalreis/core';
 * FLOOR_COMPARISONS; // ['from', 'above']
 * ```
 */
export const FLOOR_COMPARISONS = ['from', 'above'] as const;

/**
 * zod schema of an {@link IntakeConfig}: the single source of its type and of its validation.
 *
 * @example
 * ```ts
 * import { DEFAULT_INTAKE_CONFIG, IntakeConfigSchema } from '@signaalreis/core';
 * IntakeConfigSchema.safeParse(DEFAULT_INTAKE_CONFIG).success; // true
 * ```
 */
export const IntakeConfigSchema = z
  .object({
    /**
     * Amounts under the floor are not picked up ("Niet opgepakt: onterecht signaal", DDAS v1.2);
     * `bySector` overrides the default per sector (0 = no floor). `compare` says how the floor
     * itself is read, as the source words it: `from` ("vanaf", "minimaal", "< € 100 niet": the
     * floor amount itself is picked up; the default) or `above` ("boven", "> € 100": the floor
     * amount itself is not). Crisis kinds are never dropped by a floor. Source: signaalreis-2023
     * (€0, €50, €100; municipality 1: "> € 100 opgepakt"; municipality 4: "< € 100 … NIET
     * doorgezet", except water).
     */
    floor: z
      .object({
        defaultCents: Cents,
        bySector: z.partialRecord(SectorSchema, Cents).optional(),
        compare: z.enum(FLOOR_COMPARISONS).optional(),
        source: z.string().min(1).max(TEXT_LIMITS.text),
      })
      .strict(),
    /** Only natural persons (and legal persons with someone personally liable) are picked up. Wgs. */
    naturalPersonsOnly: z.boolean(),
    /** The population-register (BRP) check. Source: signaalreis-2023. */
    registerCheck: z
      .object({
        enabled: z.boolean(),
        onMismatch: z.enum(['not-picked-up', 'manual-review']),
        onUncertain: z.literal('manual-review'),
      })
      .strict(),
    /** The debt-assistance (SHV) check. Source: signaalreis-2023. */
    debtAssistanceCheck: z.object({ enabled: z.boolean() }).strict(),
    /** Signal kinds that make a threatening situation: 3 working days (Wgs). */
    crisisKinds: z.array(SignalKindSchema),
    /** Signal kinds picked up the same day (signaalreis-2023, municipality 3). */
    urgentKinds: z.array(SignalKindSchema),
    /** A repeated signal with an amount that did not increase (DDAS v1.2 "herhaalde melding"). */
    repeatSignals: z.enum(['not-picked-up', 'pick-up']),
    /** An arrear too old or too young for its window (DDAS v1.2 "onterecht signaal"). */
    outOfWindow: z.enum(['not-picked-up', 'pick-up']),
    /**
     * A case matching did not forward (`forward: 'matches-only'`): `crisis-picked-up` (the default)
     * still picks up its crisis kinds, as a platform that passes crisis signals on by itself
     * (signaalreis-2023, annex, municipality 4: crisis signals "automatisch door Ris doorgezet");
     * `not-picked-up` drops every signal of it, crisis kinds too — the platform delivers nothing
     * but matches (pilot-ouder-amstel-uithoorn-2019: "Alleen deze meldingen worden op de
     * 'signaallijst' … aangeleverd").
     */
    notForwarded: z.enum(['crisis-picked-up', 'not-picked-up']).optional(),
  })
  .strict();

/**
 * How a municipality picks up signals (phase 3 of the signal journey). See {@link IntakeConfigSchema} for
 * each field and docs/matching.md ("Intake") for the sources.
 *
 * @example
 * ```ts
 * import { DEFAULT_INTAKE_CONFIG, type IntakeConfig } from '@signaalreis/core';
 * // signaalreis-2023, municipality 4: below €100 not forwarded, except water; fall-out reviewed by hand.
 * const m4: IntakeConfig = {
 *   ...DEFAULT_INTAKE_CONFIG,
 *   floor: { defaultCents: 10_000, bySector: { water: 0 }, source: 'signaalreis-2023' },
 *   registerCheck: { enabled: true, onMismatch: 'manual-review', onUncertain: 'manual-review' },
 *   debtAssistanceCheck: { enabled: true },
 * };
 * ```
 */
export type IntakeConfig = z.infer<typeof IntakeConfigSchema>;

/**
 * The project default intake configuration:
 *
 * - floor €0 — the municipality must act on all signals it receives (Wgs); a floor is a local
 *   choice (signaalreis-2023: €0, €50 or €100; 64% of municipalities use one, typically €75), made in a preset;
 * - natural persons only (Wgs);
 * - register and debt-assistance checks off — both are the municipality's own choice and need a
 *   coupling (signaalreis-2023); when switched on, a mismatch goes to manual review (signaalreis-2023: 10 of 40 fall-outs in one
 *   month were real residents), uncertain always does;
 * - crisis kinds: eviction only — the ministry's reading (Nov 2023) is that an end-of-supply
 *   signal is not by itself threatening (Wgs); a preset may add `end-of-supply`;
 * - urgent kinds: eviction, end-of-supply and warm referral, picked up the same day (signaalreis-2023,
 *   municipality 3);
 * - repeated signals and signals outside their window are not picked up (DDAS v1.2).
 *
 * @example
 * ```ts
 * import { DEFAULT_INTAKE_CONFIG } from '@signaalreis/core';
 * DEFAULT_INTAKE_CONFIG.crisisKinds; // ['eviction']
 * ```
 */
export const DEFAULT_INTAKE_CONFIG: IntakeConfig = Object.freeze({
  floor: Object.freeze({ defaultCents: 0, source: 'wgs; project default' }),
  naturalPersonsOnly: true,
  registerCheck: Object.freeze({
    enabled: false,
    onMismatch: 'manual-review' as const,
    onUncertain: 'manual-review' as const,
  }),
  debtAssistanceCheck: Object.freeze({ enabled: false }),
  crisisKinds: Object.freeze(['eviction' as const]) as IntakeConfig['crisisKinds'],
  urgentKinds: Object.freeze([
    'eviction' as const,
    'end-of-supply' as const,
    'warm-referral' as const,
  ]) as IntakeConfig['urgentKinds'],
  repeatSignals: 'not-picked-up' as const,
  outOfWindow: 'not-picked-up' as const,
});

/**
 * Validates unknown input (e.g. a preset's JSON) as an {@link IntakeConfig}; problems come back as
 * issues with paths, never thrown.
 *
 * @example
 * ```ts
 * import { validateIntakeConfig } from '@signaalreis/core';
 * validateIntakeConfig({ floor: { defaultCents: -1 } }).ok; // false
 * ```
 */
export function validateIntakeConfig(input: unknown): Result<IntakeConfig> {
  const parsed = IntakeConfigSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: issuesFromZod(parsed.error) };
}

/**
 * The floor in cents that applies to a sector: the sector's own value, else the default.
 *
 * @example
 * ```ts
 * import { DEFAULT_INTAKE_CONFIG, floorFor } from '@signaalreis/core';
 * const floor = { defaultCents: 10_000, bySector: { water: 0 }, source: 'signaalreis-2023' };
 * floorFor({ ...DEFAULT_INTAKE_CONFIG, floor }, 'water'); // 0
 * floorFor({ ...DEFAULT_INTAKE_CONFIG, floor }, 'rent'); // 10000
 * ```
 */
export function floorFor(config: Pick<IntakeConfig, 'floor'>, sector: z.infer<typeof SectorSchema>): number {
  return config.floor.bySector?.[sector] ?? config.floor.defaultCents;
}

/**
 * Whether an amount stays under the floor of its sector, read as the preset's `floor.compare`
 * says: with `from` (the default) an amount equal to the floor passes, with `above` it does not
 * (signaalreis-2023, annex, municipality 1: "> € 100 opgepakt"). A floor of 0 never stops anything.
 *
 * @example
 * ```ts
 * import { DEFAULT_INTAKE_CONFIG, underFloor } from '@signaalreis/core';
 * const above = { ...DEFAULT_INTAKE_CONFIG, floor: { defaultCents: 10_000, compare: 'above' as const, source: 'signaalreis-2023, annex, municipality 1' } };
 * underFloor(above, 'rent', 10_000); // true: "> € 100" does not pick up € 100,00
 * underFloor({ ...above, floor: { ...above.floor, compare: 'from' } }, 'rent', 10_000); // false
 * ```
 */
export function underFloor(
  config: Pick<IntakeConfig, 'floor'>,
  sector: z.infer<typeof SectorSchema>,
  amountCents: number,
): boolean {
  const floor = floorFor(config, sector);
  if (floor === 0) return false;
  return config.floor.compare === 'above' ? amountCents <= floor : amountCents < floor;
}
