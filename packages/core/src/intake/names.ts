// Name, initials and birth-date comparison for the tolerant population-register matcher.
// Sources: signaalreis-2023 (wrong fall-out in the BRP check: name parts swapped, e.g.
// names of some refugees; birth dates set to 1-1-2000); DDAS v1.2 (a move within the municipality).
import type { IsoDate } from '../model/iso-date';

/** Dutch surname particles (tussenvoegsels); ignored when parts of a name are compared as sets. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'ter',
  'ten',
  'te',
  'op',
  'in',
  'la',
  'le',
  'el',
  'al',
  'du',
  'da',
  'di',
  'von',
  'zu',
  'uit',
  'aan',
  'bij',
]);

/** Letters that NFD does not decompose or that case-fold to two letters. */
const FOLD: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/**
 * The lowercase, diacritics-free words of a name; hyphens, apostrophes, dots and spaces separate
 * words. Used by {@link compareNames}.
 *
 * @example
 * ```ts
 * import { nameWords } from '@signaalreis/core';
 * nameWords("Jansen-d'Oliveira"); // ['jansen', 'd', 'oliveira']
 * nameWords('Çelik'); // ['celik']
 * nameWords('Strauß'); // ['strauss']
 * ```
 */
export function nameWords(name: string | undefined): string[] {
  if (!name) return [];
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđı]/g, (c) => FOLD[c] ?? c)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * How two names compare: `same` (equal after normalisation, with the prefix joined or split, e.g.
 * "van der Berg" = "Vanderberg" = prefix "van der" + "Berg"), `tolerated` (the same name parts in
 * another order, a double surname that contains the other name, or the prefix left out), or `none`.
 */
export type NameAgreement = 'same' | 'tolerated' | 'none';

const core = (words: string[]) => words.filter((w) => !PARTICLES.has(w));

/**
 * Compares two full surnames (prefix + surname). See {@link NameAgreement}. Source:
 * signaalreis-2023 (surnames written differently must not make a resident fall out).
 *
 * @example
 * ```ts
 * import { compareNames } from '@signaalreis/core';
 * compareNames({ prefix: 'van der', surname: 'Berg' }, { surname: 'Van Der Berg' }); // 'same'
 * compareNames({ surname: 'Ahmed Mohamed' }, { surname: 'Mohamed Ahmed' }); // 'tolerated'
 * compareNames({ surname: 'Jansen-de Vries' }, { prefix: 'de', surname: 'Vries' }); // 'tolerated'
 * compareNames({ surname: 'Jansen' }, { surname: 'Pietersen' }); // 'none'
 * ```
 */
export function compareNames(
  a: { prefix?: string | undefined; surname: string },
  b: { prefix?: string | undefined; surname: string },
): NameAgreement {
  const wa = [...nameWords(a.prefix), ...nameWords(a.surname)];
  const wb = [...nameWords(b.prefix), ...nameWords(b.surname)];
  if (wa.length === 0 || wb.length === 0) return 'none';
  if (wa.join('') === wb.join('')) return 'same';
  const ca = core(wa);
  const cb = core(wb);
  if (ca.length === 0 || cb.length === 0) return 'none';
  const [small, large] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  const pool = [...large];
  for (const w of small) {
    const i = pool.indexOf(w);
    if (i < 0) return 'none';
    pool.splice(i, 1);
  }
  return 'tolerated';
}

/**
 * The letters of written initials, uppercase and without dots or spaces (`"j.p."` → `"JP"`).
 *
 * @example
 * ```ts
 * import { normaliseInitials } from '@signaalreis/core';
 * normaliseInitials(' j. p. '); // 'JP'
 * normaliseInitials('Ö.'); // 'O'
 * ```
 */
export function normaliseInitials(initials: string | undefined): string {
  return nameWords(initials).join('').toUpperCase();
}

/**
 * Compares written initials: `agree` when one is the start of the other ("J" and "J.P."),
 * `differ` when they disagree, `unknown` when either is missing.
 *
 * @example
 * ```ts
 * import { compareInitials } from '@signaalreis/core';
 * compareInitials('J.', 'J.P.'); // 'agree'
 * compareInitials('M.', 'J.'); // 'differ'
 * compareInitials(undefined, 'J.'); // 'unknown'
 * ```
 */
export function compareInitials(
  a: string | undefined,
  b: string | undefined,
): 'agree' | 'differ' | 'unknown' {
  const x = normaliseInitials(a);
  const y = normaliseInitials(b);
  if (x === '' || y === '') return 'unknown';
  return x.startsWith(y) || y.startsWith(x) ? 'agree' : 'differ';
}

/**
 * Whether a birth date is a known placeholder that says "unknown": 1 January 2000 or 1 January
 * 1900 (signaalreis-2023: birth dates set to 1-1-2000 made real residents fall out).
 *
 * @example
 * ```ts
 * import { asIsoDate, isPlaceholderBirthDate } from '@signaalreis/core';
 * isPlaceholderBirthDate(asIsoDate('2000-01-01')); // true
 * isPlaceholderBirthDate(asIsoDate('1985-01-01')); // false (but it never counts as a conflict, see compareBirthDates)
 * ```
 */
export function isPlaceholderBirthDate(date: IsoDate | undefined): boolean {
  return date === '2000-01-01' || date === '1900-01-01';
}

/**
 * Compares birth dates: `unknown` when either is missing or a placeholder
 * ({@link isPlaceholderBirthDate}); `agree` when equal; `unknown` when they differ but either is a
 * 1 January (a common stand-in for an unknown day, e.g. for refugees); otherwise `conflict`.
 *
 * @example
 * ```ts
 * import { asIsoDate, compareBirthDates } from '@signaalreis/core';
 * compareBirthDates(asIsoDate('1980-05-17'), asIsoDate('1980-05-17')); // 'agree'
 * compareBirthDates(asIsoDate('2000-01-01'), asIsoDate('1980-05-17')); // 'unknown'
 * compareBirthDates(asIsoDate('1980-01-01'), asIsoDate('1980-05-17')); // 'unknown'
 * compareBirthDates(asIsoDate('1980-05-18'), asIsoDate('1980-05-17')); // 'conflict'
 * ```
 */
export function compareBirthDates(
  a: IsoDate | undefined,
  b: IsoDate | undefined,
): 'agree' | 'conflict' | 'unknown' {
  if (!a || !b || isPlaceholderBirthDate(a) || isPlaceholderBirthDate(b)) return 'unknown';
  if (a === b) return 'agree';
  if (a.endsWith('-01-01') || b.endsWith('-01-01')) return 'unknown';
  return 'conflict';
}
