// Intake configuration: each step of phase 3 is a configurable part of a municipality preset.
import * as z from 'zod';
import { SectorSchema, SignalKindSchema } from '../model/enums';
import type { Result } from '../model/issue';
import { TEXT_LIMITS } from '../model/json-limits';
import { issuesFromZod } from '../model/zod-issues';

const Cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

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
     * Amounts below the floor (strictly less) are not picked up ("Niet opgepakt: onterecht
     * signaal", DDAS v1.2); `bySector` overrides the default per sector (0 = no floor). Crisis
     * kinds are never dropped by a floor. Source: signaalreis-2023 (€0, €50, €100; municipality 4: < €100
     * except water).
     */
    floor: z
      .object({
        defaultCents: Cents,
        bySector: z.partialRecord(SectorSchema, Cents).optional(),
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
