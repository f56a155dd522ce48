// Explanations of an allocated case in Dutch and English: each change capacity or missing contact
// data made, and the final plan (the routing rule explains itself in the `route` section).
import { citeSource } from '../sources/cite';
import type { AllocationOutcome } from './allocate';
import { CHANNEL_LABELS, type ContactStep, stepsText } from './outcome';
import type { StepChange, StepPlacement } from './place-step';
import type { RoutedPlan } from './route';
import { type TeamDeclaration, teamLabel } from './teams';

type Lang = 'nl' | 'en';
type Teams = readonly TeamDeclaration[];

const MISSING = {
  phone: { nl: 'geen telefoonnummer', en: 'no phone number' },
  email: { nl: 'geen e-mailadres', en: 'no e-mail address' },
  address: { nl: 'geen adres', en: 'no address' },
} as const;

function change(c: StepChange, lang: Lang, teams: Teams): string | undefined {
  const pair = (p: { channel: ContactStep['channel']; team: ContactStep['team'] }) =>
    `${CHANNEL_LABELS[p.channel][lang]} (${teamLabel(p.team, lang, teams)})`;
  const src = c.source ? ` (${lang === 'nl' ? 'bron' : 'source'}: ${citeSource(c.source, lang)})` : '';
  if (c.kind === 'fallback' && c.missing)
    return lang === 'nl'
      ? `${MISSING[c.missing].nl}: ${pair(c.to)} in plaats van ${pair(c.from)}${src}`
      : `${MISSING[c.missing].en}: ${pair(c.to)} instead of ${pair(c.from)}${src}`;
  if (c.kind === 'overflow') {
    const n = c.limit?.perMonth ?? 0;
    const scope = c.limit?.team
      ? teamLabel(c.limit.team, lang, teams)
      : lang === 'nl'
        ? 'alle teams'
        : 'all teams';
    return lang === 'nl'
      ? `capaciteit ${CHANNEL_LABELS[c.from.channel].nl} vol (${n} per maand, ${scope}): ${pair(c.from)} wordt ${pair(c.to)}${src}`
      : `${CHANNEL_LABELS[c.from.channel].en} capacity full (${n} a month, ${scope}): ${pair(c.from)} becomes ${pair(c.to)}${src}`;
  }
  if (c.kind === 'merged')
    return lang === 'nl' ? `${pair(c.to)} stond al in het plan` : `${pair(c.to)} was already in the plan`;
  return undefined;
}

function placement(p: StepPlacement, lang: Lang, teams: Teams): string[] {
  const lines = p.changes.flatMap((c) => change(c, lang, teams) ?? []);
  const what = `${CHANNEL_LABELS[p.requested.channel][lang]} (${teamLabel(p.requested.team, lang, teams)})`;
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
  teams: Teams,
): string {
  const lines: string[] = [];
  for (const p of placements) lines.push(...placement(p, lang, teams));
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
      lang === 'nl'
        ? `Eindplan: ${stepsText(steps, lang, teams)}`
        : `Final plan: ${stepsText(steps, lang, teams)}`,
    );
  return lines.join('\n');
}
