// Explanations of an allocated case in Dutch and English: each change capacity or missing contact
// data made, and the final plan (the routing rule explains itself in the `route` section).
import { citeSource } from '../sources/cite';
import type { AllocationOutcome } from './allocate';
import { CHANNEL_LABELS, type ContactStep, stepsText, TEAM_LABELS } from './outcome';
import type { StepChange, StepPlacement } from './place-step';
import type { RoutedPlan } from './route';

type Lang = 'nl' | 'en';

const MISSING = {
  phone: { nl: 'geen telefoonnummer', en: 'no phone number' },
  email: { nl: 'geen e-mailadres', en: 'no e-mail address' },
  address: { nl: 'geen adres', en: 'no address' },
} as const;

const pair = (p: { channel: ContactStep['channel']; team: ContactStep['team'] }, lang: Lang) =>
  `${CHANNEL_LABELS[p.channel][lang]} (${TEAM_LABELS[p.team][lang]})`;

function change(c: StepChange, lang: Lang): string | undefined {
  const src = c.source ? ` (${lang === 'nl' ? 'bron' : 'source'}: ${citeSource(c.source, lang)})` : '';
  if (c.kind === 'fallback' && c.missing)
    return lang === 'nl'
      ? `${MISSING[c.missing].nl}: ${pair(c.to, lang)} in plaats van ${pair(c.from, lang)}${src}`
      : `${MISSING[c.missing].en}: ${pair(c.to, lang)} instead of ${pair(c.from, lang)}${src}`;
  if (c.kind === 'overflow') {
    const n = c.limit?.perMonth ?? 0;
    const scope = c.limit?.team
      ? TEAM_LABELS[c.limit.team][lang]
      : lang === 'nl'
        ? 'alle teams'
        : 'all teams';
    return lang === 'nl'
      ? `capaciteit ${CHANNEL_LABELS[c.from.channel].nl} vol (${n} per maand, ${scope}): ${pair(c.from, lang)} wordt ${pair(c.to, lang)}${src}`
      : `${CHANNEL_LABELS[c.from.channel].en} capacity full (${n} a month, ${scope}): ${pair(c.from, lang)} becomes ${pair(c.to, lang)}${src}`;
  }
  if (c.kind === 'merged')
    return lang === 'nl'
      ? `${pair(c.to, lang)} stond al in het plan`
      : `${pair(c.to, lang)} was already in the plan`;
  return undefined;
}

function placement(p: StepPlacement, lang: Lang): string[] {
  const lines = p.changes.flatMap((c) => change(c, lang) ?? []);
  const what = pair(p.requested, lang);
  if (p.outcome === 'skipped')
    lines.push(
      lang === 'nl'
        ? `${what} alleen bij restcapaciteit: overgeslagen (${p.reason === 'capacity' ? 'geen capaciteit over' : 'contactgegevens ontbreken'})`
        : `${what} only if capacity is left: skipped (${p.reason === 'capacity' ? 'no capacity left' : 'contact data missing'})`,
    );
  if (p.outcome === 'unplaced')
    lines.push(
      lang === 'nl'
        ? `${what} niet ingepland: ${p.reason === 'capacity' ? 'capaciteit vol en geen overloop' : 'contactgegevens ontbreken en geen terugvaloptie'}`
        : `${what} not placed: ${p.reason === 'capacity' ? 'capacity full and no overflow' : 'contact data missing and no fallback'}`,
    );
  return lines;
}

/**
 * What allocation did to one case, in one language, one statement a line: each change (fallback,
 * overflow, merge, skipped or unplaced step), then the final plan or why nothing was placed. The
 * routing rule's own explanation is in the `route` section.
 */
export function allocationText(
  plan: RoutedPlan,
  outcome: AllocationOutcome,
  placements: readonly StepPlacement[],
  steps: readonly ContactStep[],
  lang: Lang,
): string {
  const lines: string[] = [];
  for (const p of placements) lines.push(...placement(p, lang));
  if (plan.ruleId === undefined)
    lines.push(
      lang === 'nl'
        ? 'Niet ingepland: geen routeringsregel van toepassing'
        : 'Not placed: no routing rule applies',
    );
  else if (outcome === 'unplaced')
    lines.push(lang === 'nl' ? 'Niet ingepland: past nergens' : 'Not placed: fits nowhere');
  else
    lines.push(
      lang === 'nl' ? `Eindplan: ${stepsText(steps, lang)}` : `Final plan: ${stepsText(steps, lang)}`,
    );
  return lines.join('\n');
}
