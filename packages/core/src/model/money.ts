import * as z from 'zod';
import { brandFunctions } from './brand';
import type { Result } from './issue';

/**
 * zod schema of {@link Cents}: a safe integer number of euro cents; its output is branded.
 *
 * @example
 * ```ts
 * import { CentsSchema } from '@signaalreis/core';
 * CentsSchema.safeParse(1527.5).success; // false: cents are whole
 * ```
 */
export const CentsSchema = /* @__PURE__ */ z
  .number()
  .int()
  .min(Number.MIN_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER)
  .brand<'Cents'>();

/**
 * An amount of money in integer euro cents (a project convention), branded so that euros or an
 * unchecked number do not compile where cents are expected. Parsing of written amounts such as
 * `€ 1.527,96` happens at the edges (the CSV reader), never in core. Sums of cents are plain
 * numbers: {@link sumCents} adds them back into cents.
 *
 * @example
 * ```ts
 * import { asCents, type Cents } from '@signaalreis/core';
 * const amount: Cents = asCents(152796); // € 1.527,96
 * ```
 */
export type Cents = z.infer<typeof CentsSchema>;

const isWholeCents = (value: unknown): boolean => typeof value === 'number' && Number.isSafeInteger(value);
const centsFunctions = /* @__PURE__ */ brandFunctions<Cents>(isWholeCents, 'invalid_cents', (v) => ({
  nl: `${v} is geen heel aantal centen`,
  en: `${v} is not a whole number of cents`,
}));

/**
 * Whether a value is a whole number of cents (a safe integer); a type guard.
 *
 * @example
 * ```ts
 * import { isCents } from '@signaalreis/core';
 * isCents(15000); // true
 * isCents(150.5); // false
 * ```
 */
export function isCents(value: unknown): value is Cents {
  return isWholeCents(value);
}

/**
 * Checks outside input as {@link Cents}; issue code `invalid_cents`.
 *
 * @example
 * ```ts
 * import { parseCents } from '@signaalreis/core';
 * parseCents(Number.POSITIVE_INFINITY).ok; // false: what JSON 1e400 becomes
 * ```
 */
export function parseCents(value: unknown): Result<Cents> {
  return centsFunctions.parse(value);
}

/**
 * {@link Cents} from a literal or a computed whole number; throws a TypeError when it is not a
 * safe integer (a programming error). Use {@link parseCents} for outside input.
 *
 * @example
 * ```ts
 * import { asCents } from '@signaalreis/core';
 * asCents(15000); // 15000 (€ 150,00)
 * ```
 */
export function asCents(value: number): Cents {
  return centsFunctions.as(value);
}

/**
 * Adds amounts of cents.
 *
 * @example
 * ```ts
 * import { asCents, sumCents } from '@signaalreis/core';
 * sumCents([asCents(15000), asCents(2550)]); // 17550
 * ```
 */
export function sumCents(amounts: Iterable<Cents>): Cents {
  let total = 0;
  for (const a of amounts) total += a;
  return asCents(total);
}

/**
 * Euros (a number with at most two decimals) to cents, without floating-point drift.
 *
 * @example
 * ```ts
 * import { euros } from '@signaalreis/core';
 * euros(1527.96); // 152796
 * euros(0.1 + 0.2); // 30
 * ```
 */
export function euros(amount: number): Cents {
  if (!Number.isFinite(amount)) throw new RangeError(`euros: ${amount} is not a finite number`);
  return asCents(Math.round(Number((amount * 100).toFixed(4))));
}

const GROUPS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * Formats cents the Dutch way: `€ 1.527,96`; negative amounts as `-€ 1.527,96`.
 *
 * @example
 * ```ts
 * import { formatEuro } from '@signaalreis/core';
 * formatEuro(152796); // '€ 1.527,96'
 * formatEuro(-5); // '-€ 0,05'
 * ```
 */
export function formatEuro(cents: number): string {
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`formatEuro: ${cents} is not a whole number of cents`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(GROUPS, '.');
  const frac = (abs % 100).toString().padStart(2, '0');
  return `${sign}€ ${whole},${frac}`;
}

/**
 * Cents to whole euros, as DDAS v1.2 `bedrag` (an integer) needs: rounds half away from zero
 * (€ 12,50 → 13; -€ 12,50 → -13). Source: DDAS v1.2 (`bedrag` is an integer); rounding: project default.
 *
 * @example
 * ```ts
 * import { toWholeEuros } from '@signaalreis/core';
 * toWholeEuros(152796); // 1528
 * toWholeEuros(1249); // 12
 * ```
 */
export function toWholeEuros(cents: number): number {
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100) + (abs % 100 >= 50 ? 1 : 0);
  return cents < 0 ? -whole : whole;
}
