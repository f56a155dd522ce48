// The payment plan of `signaalreis vlp plan` as text for people: Dutch by default, amounts as
// "€ 1.234,56", dates as "1 oktober 2026".
import {
  type Bilingual,
  CORE_MESSAGE_CATALOGUES,
  citeSource,
  formatEuro,
  type Lang,
  type VlpEntry,
  type VlpMonthPlan,
  type VlpObligation,
  type VlpPlan,
} from '@signaalreis/core';
import { localize } from './lang';
import { VLP_CLI_MESSAGES } from './messages/vlp';

const CORE = CORE_MESSAGE_CATALOGUES.vlp;

/** "1 oktober 2026" / "1 October 2026" for `YYYY-MM-DD`, "oktober 2026" for `YYYY-MM`. */
export function dateText(iso: string, lang: Lang): string {
  const names = VLP_CLI_MESSAGES.monthNames[lang].split(',');
  const month = `${names[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  return iso.length === 7 ? month : `${Number(iso.slice(8, 10))} ${month}`;
}

const amount = (cents: number, width = 13) => formatEuro(cents).padStart(width);

/** What an obligation is: "huur (Woonstichting De Linde)", "minimaal huishoudbudget", … */
function about(o: VlpObligation | undefined): Bilingual {
  if (o === undefined || o.kind === 'budget') return CORE.budget;
  if (o.kind === 'buffer') return CORE.buffer;
  const category = CORE.category(o.category ?? 'other');
  return o.supplier === undefined ? category : CORE.costLabel(category, o.supplier);
}

function entryText(e: VlpEntry, m: VlpMonthPlan, lang: Lang): string {
  const t = VLP_CLI_MESSAGES;
  const o = m.obligations.find((x) => x.id === e.obligationId);
  const late = e.daysLate === undefined ? '' : ` (${t.daysLate(e.daysLate)[lang]})`;
  switch (e.kind) {
    case 'income':
      return t.entryIncome(e.label ?? e.incomeId ?? '')[lang];
    case 'reserve':
      return t.entryReserve(about(o))[lang];
    case 'pay-supplier':
      return `${t.entryPaySupplier(about(o))[lang]}${late}`;
    case 'pay-budget':
      return `${t.entryPayBudget[lang]}${late}`;
    case 'to-buffer':
      return t.entryToBuffer[lang];
    case 'to-participant':
      return t.entryToParticipant[lang];
    case 'advantage':
      return t.entryAdvantage(e.to === 'buffer')[lang];
  }
}

function monthLines(m: VlpMonthPlan, lang: Lang): string[] {
  const t = localize(VLP_CLI_MESSAGES, lang);
  const row = (label: string, cents: number, tail = '') =>
    `  ${label.padEnd(26)}${amount(cents)}${tail ? `  ${tail}` : ''}`;
  const lines = [
    t.head(dateText(m.month, lang)),
    t.period(dateText(m.from, lang), dateText(m.to, lang)),
    '',
    row(t.income, m.incomeCents),
    row(t.fixedCosts, m.toSuppliersCents, t.toSuppliers),
    row(t.budget, m.budgetCents, t.toOwn),
    row(t.buffer, m.bufferCents, t.toBuffer),
    row(t.rest, m.restCents, t.toOwn),
    row(t.advantage, m.advantageCents, m.receives.bufferAccountCents > m.bufferCents ? t.toBuffer : t.toOwn),
    '',
    t.receives,
    row(
      t.ownAccount,
      m.receives.ownAccountCents,
      t.receivesParts(
        formatEuro(m.budgetCents),
        formatEuro(m.restCents),
        formatEuro(m.receives.ownAccountCents - m.budgetCents - m.restCents),
      ),
    ),
    row(t.bufferAccount, m.receives.bufferAccountCents),
    '',
    t.schedule,
  ];
  let last = '';
  for (const e of m.entries) {
    const day = e.date === last ? '' : dateText(e.date, lang);
    last = e.date;
    lines.push(`  ${day.padEnd(20)}${entryText(e, m, lang).padEnd(64)}${amount(e.amountCents)}`);
  }
  if (m.late.length > 0) lines.push('', t.lateTitle, ...m.late.map((l) => `  ${l.explanation[lang]}`));
  lines.push('', t.shortfallTitle);
  if (m.shortfall === undefined) lines.push(`  ${t.noShortfall}`);
  else lines.push(`  ${m.shortfall.explanation[lang]}`, `  ${t.orderTitle}: ${m.shortfall.order[lang]}`);
  return lines;
}

/**
 * The payment plan as text: per month the totals, what the participant receives, the schedule per
 * day, late payments and the shortfall; then the contributions and the rules with their sources.
 */
export function vlpPlanText(plan: VlpPlan, lang: Lang): string {
  const t = localize(VLP_CLI_MESSAGES, lang);
  const c = plan.contributions;
  const lines = [t.parameters(plan.parameters.label[lang], plan.parameters.id), ''];
  for (const m of plan.months) lines.push(...monthLines(m, lang), '');
  if (plan.months.length > 1)
    lines.push(
      t.totalsTitle(plan.months.length),
      `  ${t.income} ${formatEuro(plan.totals.incomeCents)}; ${t.fixedCosts} ${formatEuro(plan.totals.toSuppliersCents)}; ${t.shortfallTotal(formatEuro(plan.totals.shortfallCents))}`,
      '',
    );
  lines.push(
    t.contributionsTitle,
    ...c.lines.map(
      (l) =>
        `  ${t.contributionLine(CORE.category(l.category)[lang], formatEuro(l.contributionCents), formatEuro(l.optimisationSavingCents))}`,
    ),
    `  ${c.explanation[lang]}`,
    `  ${t.source(citeSource(c.source, lang))}`,
    '',
    t.rulesTitle,
    ...plan.rules.flatMap((r) => [`  - ${r.text[lang]}`, `    ${t.source(citeSource(r.source, lang))}`]),
  );
  return `${lines.join('\n')}\n`;
}
