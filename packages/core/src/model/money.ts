import * as z from 'zod';

/**
 * An amount of money in integer euro cents (a project convention). Parsing of written amounts such as
 * `€ 1.527,96` happens at the edges (the CSV reader), never in core.
 *
 * @example
 * ```ts
 * import type { MoneyCents } from '@signaalreis/core';
 * const amount: MoneyCents = 152796; // € 1.527,96
 * ```
 */
export type MoneyCents = number;

/**
 * zod schema of {@link MoneyCents}: a safe integer.
 *
 * @example
 * ```ts
 * import { MoneyCentsSchema } from '@signaalreis/core';
 * MoneyCentsSchema.safeParse(1527.5).success; // false: cents are whole
 * ```
 */
export const MoneyCentsSchema = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

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
export function euros(amount: number): MoneyCents {
  if (!Number.isFinite(amount)) throw new RangeError(`euros: ${amount} is not a finite number`);
  return Math.round(Number((amount * 100).toFixed(4)));
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
export function formatEuro(cents: MoneyCents): string {
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
export function toWholeEuros(cents: MoneyCents): number {
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100) + (abs % 100 >= 50 ? 1 : 0);
  return cents < 0 ? -whole : whole;
}
