// The text summary of `signaalreis compare`: the two presets side by side, the cases treated
// differently, and the cases under one preset only with the reason the other has none (issue 16).
import { formatEuro, type Lang, type MonthComparison, type OneSidedCase, type Pair } from '@signaalreis/core';
import { localize } from './lang';
import { ABSENCE_REASON_TEXTS, COMPARE_MESSAGES } from './messages/compare';

/** One-sided cases listed per side in the text; the rest are in JSON and the `--out` file. */
const LISTED = 20; // project default: a screenful

/**
 * The words for an absence reason in Dutch or English; codes joined with `+` read as their words
 * joined, and a code without words (a newer engine's) as itself.
 *
 * @example
 * ```ts
 * import { reasonText } from './compare-text';
 * reasonText('not_in_input+outside_municipality', 'nl'); // 'niet in de invoer + buiten het gebied (postcodes)'
 * ```
 */
export function reasonText(reason: string, lang: Lang): string {
  return reason
    .split('+')
    .map((code) => ABSENCE_REASON_TEXTS[code as keyof typeof ABSENCE_REASON_TEXTS]?.[lang] ?? code)
    .join(' + ');
}

function table(title: string, rows: Partial<Record<string, Pair>>, a: string, b: string): string[] {
  const keys = Object.keys(rows).sort();
  const w = Math.max(title.length, ...keys.map((k) => k.length)) + 2;
  const cell = (s: string | number) => String(s).padStart(Math.max(a.length, b.length, 6) + 2);
  const lines = [`${title.padEnd(w)}${cell(a)}${cell(b)}${cell('Δ')}`];
  for (const k of keys) {
    const p = rows[k] as Pair;
    const d = p.b - p.a;
    lines.push(`  ${k.padEnd(w - 2)}${cell(p.a)}${cell(p.b)}${cell(d > 0 ? `+${d}` : d)}`);
  }
  return lines;
}

function oneSidedLines(c: MonthComparison, a: string, b: string, lang: Lang): string[] {
  if (c.onlyInA.length === 0 && c.onlyInB.length === 0) return [];
  const t = localize(COMPARE_MESSAGES, lang);
  const byReason = Object.fromEntries(
    Object.entries(c.oneSidedByReason).map(([reason, pair]) => [reasonText(reason, lang), pair]),
  );
  const lines = ['', ...table(t.oneSided, byReason, a, b)];
  const list = (preset: string, cases: OneSidedCase[]) => {
    if (cases.length === 0) return;
    lines.push('', t.onlyUnder(preset, cases.length));
    for (const x of cases.slice(0, LISTED))
      lines.push(
        `  ${x.caseId}  ${reasonText(x.reason, lang)}  ${x.outcome.bucket}  ${t.signals(x.signals)}  ${formatEuro(x.totalAmountCents)}`,
      );
    if (cases.length > LISTED) lines.push(t.more(cases.length - LISTED));
  };
  list(a, c.onlyInA);
  list(b, c.onlyInB);
  return lines;
}

/**
 * The text summary of a comparison in Dutch or English: statuses, primary channels and capacity
 * side by side, the cases under one preset only (counted by reason, the first 20 of each side
 * listed by case id without personal data), and how many cases under both are treated differently.
 *
 * @example
 * ```ts
 * import type { MonthComparison } from '@signaalreis/core';
 * import { compareText } from './compare-text';
 * declare const c: MonthComparison; // type-medium against a copy with an area
 * compareText(c, 'type-medium', 'medium-area', 'nl');
 * // 'signaalreis compare — 2026-10: 249 zaken onder type-medium, 180 onder medium-area; …'
 * ```
 */
export function compareText(c: MonthComparison, a: string, b: string, lang: Lang): string {
  const t = localize(COMPARE_MESSAGES, lang);
  const even = c.cases.a === c.inBoth && c.cases.b === c.inBoth;
  return `${[
    even ? t.head(c.month, c.inBoth, a, b) : t.headUneven(c.month, a, c.cases.a, b, c.cases.b, c.inBoth),
    '',
    ...table(t.status, c.bySignalStatus, a, b),
    '',
    ...table(t.channel, c.byPrimaryChannel, a, b),
    '',
    ...table(t.capacity, c.capacityUsed, a, b),
    ...oneSidedLines(c, a, b, lang),
    '',
    t.unplaced(c.unplaced.a, c.unplaced.b),
    t.changed(c.changed.length, c.inBoth),
  ].join('\n')}\n`;
}
