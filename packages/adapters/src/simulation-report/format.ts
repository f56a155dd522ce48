// Figures of the simulation report as the reader writes them: counts with a decimal comma and
// thousands points in Dutch (1.234,5), amounts in euros (€ 1.234,56; in English €1,234.56),
// differences with their sign, intervals as "low tot high", and whether an interval holds 0.
import { formatEuro, type Lang, type SimulationMeasure } from '@signaalreis/core';
import { SIMULATION_REPORT_TEXTS as T } from './messages';

/** Money measures are counted in cents and end in `_cents`. */
export const isMoney = (measure: SimulationMeasure): boolean => measure.endsWith('_cents');

const COUNT = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};
const EURO_EN = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });
/** The minus sign of print (U+2212), not a hyphen. */
const MINUS = '\u2212';

/** A figure of `measure`: a count to one decimal, or cents as euros and cents. */
export function figure(value: number, measure: SimulationMeasure, lang: Lang): string {
  if (!isMoney(measure)) return COUNT[lang].format(value === 0 ? 0 : value).replace('-', MINUS);
  const cents = Math.round(value);
  const text = lang === 'nl' ? formatEuro(cents === 0 ? 0 : cents) : EURO_EN.format(cents / 100);
  // a non-breaking space: an amount never breaks between € and its number
  return text.replace('-', MINUS).replace(' ', '\u00a0');
}

/** A difference: a figure with its sign (+ or −; 0 without). */
export function signed(value: number, measure: SimulationMeasure, lang: Lang): string {
  const text = figure(value, measure, lang);
  return value > 0 && text !== figure(0, measure, lang) ? `+${text}` : text;
}

/** An interval "low tot high" (Dutch) or "low to high" (English). */
export function range(
  low: number,
  high: number,
  measure: SimulationMeasure,
  lang: Lang,
  sign = false,
): string {
  const f = sign ? signed : figure;
  return T.range(f(low, measure, lang), f(high, measure, lang))[lang];
}

/** What an interval of a difference says: clearly more, clearly less, or no clear difference (it holds 0). */
export function verdict(low: number, high: number, lang: Lang): string {
  if (low > 0) return T.clearlyMore[lang];
  if (high < 0) return T.clearlyLess[lang];
  return T.noClearDifference[lang];
}

/** A share as a whole-ish percentage: 44 %, 12,4 % (Dutch) or 12.4 % (English). */
export function percent(share: number, lang: Lang): string {
  return `${COUNT[lang].format(Math.round(share * 1000) / 10)} %`;
}
