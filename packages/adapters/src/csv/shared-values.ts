// Values that repeat from row to row of a signal file, kept once: the signal and arrear dates, the
// city, the neighbourhood and the partner. A national month of 100,000 signals has a few hundred
// distinct ones; kept per row they held ~15 MB for the whole run (issue 14, memory). Internal to
// the adapters (not exported from the package).
import type { Sector } from '@signaalreis/core';

/**
 * How many distinct values (and partners) are kept before the table starts afresh (project
 * default): far more than a month's dates, places and partners; a file of mostly distinct values
 * cannot grow it without bound.
 */
export const SHARED_VALUES_MAX = 8192;

const texts = new Map<string, string>();

/**
 * `text` as kept in a signal: the string kept the first time an equal text was read (`copy` makes
 * that one, e.g. a copy detached from the file's text), so that equal cells share one string. For
 * example (internal, not exported by the package): `sharedText('Voorbeeldstad')` and
 * `sharedText(['Voorbeeld', 'stad'].join(''))` give the same string object.
 */
export function sharedText<T extends string>(text: T, copy: (s: T) => T = (s) => s): T {
  const known = texts.get(text);
  if (known !== undefined) return known as T;
  if (texts.size >= SHARED_VALUES_MAX) texts.clear();
  const kept = copy(text);
  texts.set(kept, kept);
  return kept;
}

/** A signal's partner as a row gives it (checked with the rest of the signal). */
export type RowPartner = Readonly<{ id: string; name: string; sector: Sector }>;

const partners = new Map<string, RowPartner>();

/**
 * The partner of a signal: one frozen object per partner (id, name and sector), shared by every
 * signal of it — a month has a few dozen partners and a hundred thousand signals. The id and name
 * are kept as {@link sharedText} keeps them. For example (internal): two calls
 * `sharedPartner('ZV-ZLD', 'Zorgverzekeraar Zilverlinde', 'health')` give the same frozen object.
 */
export function sharedPartner(
  id: string,
  name: string,
  sector: Sector,
  copy: (s: string) => string = (s) => s,
): RowPartner {
  const known = partners.get(id);
  if (known !== undefined && known.name === name && known.sector === sector) return known;
  if (partners.size >= SHARED_VALUES_MAX) partners.clear();
  const partner = Object.freeze({ id: sharedText(id, copy), name: sharedText(name, copy), sector });
  partners.set(partner.id, partner);
  return partner;
}
