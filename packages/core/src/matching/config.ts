// Matching configuration: arrear-age windows per sector (dated), which cases are forwarded, what a
// match is, and how far back repeats and recidive look. Part of a municipality preset.
import * as z from 'zod';
import { type Sector, SectorSchema } from '../model/enums';
import { asIsoDate, type IsoDate, IsoDateSchema } from '../model/iso-date';
import type { Result } from '../model/issue';
import { TEXT_LIMITS } from '../model/json-limits';
import { issuesFromZod } from '../model/zod-issues';
import { zodMessage } from '../model/zod-message';
import { MATCHING_MESSAGES as M } from './messages';

const Days = z.number().int().min(0).max(36_600);
const Source = z.string().min(1).max(TEXT_LIMITS.text);

/** One arrear-age window, in effect from a date until the next entry of its list takes over. */
const DatedWindowSchema = z
  .object({
    from: IsoDateSchema,
    minAgeDays: Days,
    /** Inclusive upper bound in days; `null` means no maximum. */
    maxAgeDays: Days.nullable(),
    source: Source,
  })
  .strict()
  .refine((w) => w.maxAgeDays === null || w.maxAgeDays >= w.minAgeDays, {
    message: zodMessage(M.windowMaxBelowMin),
    path: ['maxAgeDays'],
  });

const WindowListSchema = z
  .array(DatedWindowSchema)
  .min(1)
  .refine((list) => list.every((w, i) => i === 0 || (list[i - 1] as { from: string }).from < w.from), {
    message: zodMessage(M.windowsOutOfOrder),
  });

const PostcodeRangeSchema = z
  .object({
    from: z.string().regex(/^[1-9]\d{3}$/, { message: zodMessage(M.postcodeNumber('1420')) }),
    to: z.string().regex(/^[1-9]\d{3}$/, { message: zodMessage(M.postcodeNumber('1429')) }),
  })
  .strict()
  .refine((r) => r.from <= r.to, { message: zodMessage(M.rangeFromAfterTo), path: ['to'] });

/**
 * The zod schema of a {@link MatchingConfig}: the single source of its type, its JSON Schema and
 * its validation issues.
 *
 * @example
 * ```ts
 * import { DEFAULT_MATCHING_CONFIG, MatchingConfigSchema } from '@signaalreis/core';
 * MatchingConfigSchema.safeParse(DEFAULT_MATCHING_CONFIG).success; // true
 * ```
 */
export const MatchingConfigSchema = z
  .object({
    /**
     * Arrear-age windows (days from `arrearSince` to `signalDate`, both bounds inclusive): a
     * default list and optional lists per sector, each dated.
     */
    windows: z
      .object({
        default: WindowListSchema,
        bySector: z.partialRecord(SectorSchema, WindowListSchema).optional(),
      })
      .strict(),
    /** `all`: every case goes on to intake (national practice); `matches-only`: only matches (the pilot). */
    forward: z.enum(['all', 'matches-only']),
    forwardSource: Source,
    /**
     * A match: signals of at least `minDistinctPartners` partners in the same or the consecutive month.
     * The source says "Minimaal 2 signalen" (pilot-ouder-amstel-uithoorn-2019); reading it as
     * partners is a project default.
     */
    match: z.object({ minDistinctPartners: z.number().int().min(2).max(20), source: Source }).strict(),
    /** A repeat: the same partner and arrear, picked up within the last `lookbackMonths` months. */
    repeat: z.object({ lookbackMonths: z.number().int().min(1).max(24), source: Source }).strict(),
    /** Recidive: the household had a signal within the last `months` months. */
    recidive: z.object({ months: z.number().int().min(1).max(60), source: Source }).strict(),
    /** Postcode ranges of the municipality (inclusive); signals outside are set apart, not lost. */
    area: z
      .object({ postcodeRanges: z.array(PostcodeRangeSchema).min(1), source: Source })
      .strict()
      .optional(),
    /** More signals than this for one household in one month sends the case to manual review. */
    maxSignalsPerHousehold: z.number().int().min(1).max(1000),
  })
  .strict();

/**
 * How signals are grouped and judged in the matching step (phase 3 of the signal journey; docs/matching.md).
 *
 * @example
 * ```ts
 * import type { MatchingConfig } from '@signaalreis/core';
 * import { DEFAULT_MATCHING_CONFIG } from '@signaalreis/core';
 * const config: MatchingConfig = { ...DEFAULT_MATCHING_CONFIG, forward: 'matches-only' };
 * ```
 */
export type MatchingConfig = z.infer<typeof MatchingConfigSchema>;

/**
 * One resolved window with the source of the value used.
 */
export interface WindowRule {
  minAgeDays: number;
  /** Inclusive; `Number.POSITIVE_INFINITY` when the window has no maximum. */
  maxAgeDays: number;
  source: string;
}

const COVENANT = 'pilot-ouder-amstel-uithoorn-2019 (30–100 days); lcv';
// signaalreis-2023: "zodat energiemaatschappijen mogen sinds die tijd ook signalen mogen sturen wanneer
// de oudste vordering meer dan 100 dagen vervallen is" — energy only; water keeps the covenant window.
const LATE_2022 =
  'signaalreis-2023: energy suppliers may signal beyond 100 days from 2022-12-08 (energy only)';

const covenantWindow = [{ from: asIsoDate('2000-01-01'), minAgeDays: 30, maxAgeDays: 100, source: COVENANT }];
const late2022Window = [
  ...covenantWindow,
  { from: asIsoDate('2022-12-08'), minAgeDays: 30, maxAgeDays: null, source: LATE_2022 },
];

/**
 * National practice: every case goes on to intake; window 30–100 days, and for energy no
 * maximum from 2022-12-08 (signaalreis-2023 names energy suppliers only); a match is two or more partners in the same or the consecutive month (project default reading of "Minimaal 2 signalen");
 * repeats within 3 months; recidive within 6 months; manual review above 20 signals a household.
 *
 * @example
 * ```ts
 * import { DEFAULT_MATCHING_CONFIG } from '@signaalreis/core';
 * DEFAULT_MATCHING_CONFIG.forward; // 'all'
 * ```
 */
export const DEFAULT_MATCHING_CONFIG: MatchingConfig = {
  windows: { default: covenantWindow, bySector: { energy: late2022Window } },
  forward: 'all',
  forwardSource: 'signaalreis-2023 (national practice: every signal reaches the municipality)',
  match: {
    minDistinctPartners: 2, // project default: "Minimaal 2 signalen" read as 2 different partners
    source:
      'pilot-ouder-amstel-uithoorn-2019 ("Minimaal 2 signalen van betalingsachterstanden in een maand of een opeenvolgende maand"); project default: 2 signals read as 2 different partners',
  },
  repeat: {
    lookbackMonths: 3,
    source: 'signaalreis-2023 (repeat signals; "try for at most 3 months")',
  },
  recidive: {
    months: 6,
    source: 'signaalreis-2023, annex, municipality 4 (recidive within 6 months)',
  },
  maxSignalsPerHousehold: 20,
};

/**
 * The Ouder-Amstel/Uithoorn pilot (`pilot-ouder-amstel-uithoorn-2019`): only matches are forwarded, and arrears over 100 days
 * are not included for any sector.
 *
 * @example
 * ```ts
 * import { PILOT_MATCHING_CONFIG } from '@signaalreis/core';
 * PILOT_MATCHING_CONFIG.forward; // 'matches-only'
 * ```
 */
export const PILOT_MATCHING_CONFIG: MatchingConfig = {
  ...DEFAULT_MATCHING_CONFIG,
  windows: { default: covenantWindow },
  forward: 'matches-only',
  forwardSource: 'pilot-ouder-amstel-uithoorn-2019 (only matches reach the signal list: data minimisation)',
};

/**
 * Checks untrusted JSON against {@link MatchingConfigSchema}; problems are issues with paths.
 *
 * @example
 * ```ts
 * import { validateMatchingConfig } from '@signaalreis/core';
 * validateMatchingConfig({ forward: 'some' }).ok; // false
 * ```
 */
export function validateMatchingConfig(input: unknown): Result<MatchingConfig> {
  const parsed = MatchingConfigSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: issuesFromZod(parsed.error) };
}

/**
 * The arrear-age window for a sector on a date: the last entry of the sector's list (or the
 * default list) whose `from` is on or before the date. `undefined` before the first entry.
 *
 * @example
 * ```ts
 * import { asIsoDate, DEFAULT_MATCHING_CONFIG, windowFor } from '@signaalreis/core';
 * windowFor(DEFAULT_MATCHING_CONFIG, 'energy', asIsoDate('2022-12-07'))?.maxAgeDays; // 100
 * windowFor(DEFAULT_MATCHING_CONFIG, 'energy', asIsoDate('2022-12-08'))?.maxAgeDays; // Infinity
 * ```
 */
export function windowFor(
  config: Pick<MatchingConfig, 'windows'>,
  sector: Sector,
  date: IsoDate,
): WindowRule | undefined {
  const found = windowEntryFor(config, sector, date);
  return found && windowRuleOf(found);
}

type WindowEntry = MatchingConfig['windows']['default'][number];

/** The configured window in effect for `sector` on `date` (the last one from on or before it). */
function windowEntryFor(
  config: Pick<MatchingConfig, 'windows'>,
  sector: Sector,
  date: IsoDate,
): WindowEntry | undefined {
  const list = config.windows.bySector?.[sector] ?? config.windows.default;
  let found: WindowEntry | undefined;
  for (const w of list) if (w.from <= date) found = w;
  return found;
}

const windowRuleOf = (found: WindowEntry): WindowRule => ({
  minAgeDays: found.minAgeDays,
  maxAgeDays: found.maxAgeDays ?? Number.POSITIVE_INFINITY,
  source: found.source,
});

const sharedRules = new WeakMap<WindowEntry, WindowRule>();

/**
 * {@link windowFor}, one object per configured window: a month's case signals each keep their
 * window rule, and a hundred thousand equal copies outlive the month's young generation. Callers
 * must not change it (internal to core; not exported by the package).
 */
export function sharedWindowFor(
  config: Pick<MatchingConfig, 'windows'>,
  sector: Sector,
  date: IsoDate,
): WindowRule | undefined {
  const found = windowEntryFor(config, sector, date);
  if (!found) return undefined;
  let rule = sharedRules.get(found);
  if (rule === undefined) {
    rule = windowRuleOf(found);
    sharedRules.set(found, rule);
  }
  return rule;
}
