// The sample month's summary as plain data: cases, intake, per bucket and per primary channel,
// capacity use and the first worklist lines with personal data masked (core's mask helpers).
import {
  type Bilingual,
  CHANNEL_LABELS,
  formatEuro,
  maskEmail,
  maskPhone,
  type PlannedJourney,
  type PlannedMonth,
  TEAM_LABELS,
  worklistBucket,
} from '@signaalreis/core';
import { T } from './texts';

/** A team's or channel's label; a preset's own team without a label is shown by its id. */
const label = (
  labels: Readonly<Record<string, Bilingual>>,
  id: string | undefined,
  none: Bilingual,
): Bilingual => (id === undefined ? none : (labels[id] ?? { nl: id, en: id }));

/** One worklist line, masked: what an officer needs to recognise the case, not who it is. */
export interface WorklistLine {
  caseId: string;
  bucket: Bilingual;
  channel: Bilingual;
  team: Bilingual;
  deadline: string;
  /** Initials and the surname's first letter, e.g. `E. K.` */
  name: string;
  phone: string;
  email: string;
  amount: string;
}

/** What the page shows of a planned month. */
export interface MonthSummary {
  month: string;
  decidedOn: string;
  cases: number;
  matches: number;
  pickedUp: number;
  crisis: number;
  manualReview: number;
  notPickedUp: number;
  byBucket: { bucket: Bilingual; count: number }[];
  byChannel: { channel: Bilingual; team: Bilingual; count: number }[];
  capacity: {
    channel: Bilingual;
    team: Bilingual;
    perMonth: number | undefined;
    used: number;
    overflowedOut: number;
    unplaced: number;
  }[];
  worklist: WorklistLine[];
  worklistTotal: number;
  warnings: Bilingual[];
}

const ALL_TEAMS = T.allTeams;
const NONE = { nl: '—', en: '—' };

function bucketLabel(j: PlannedJourney): Bilingual {
  const b = worklistBucket(j);
  return j.route?.label ?? T.outcome[b] ?? { nl: b, en: b };
}

/** Initials and the first letter of the surname: enough to tell lines apart on screen. */
function maskName(person: { initials?: string; surname?: string } | undefined): string {
  const initials = (person?.initials ?? '').replace(/[^\p{L}.]/gu, '').slice(0, 6);
  const s = (person?.surname ?? '').trim().slice(0, 1);
  return [initials, s ? `${s}.` : ''].filter(Boolean).join(' ') || '—';
}

function count<K>(items: Iterable<K>, keyOf: (k: K) => string): Map<string, { first: K; n: number }> {
  const out = new Map<string, { first: K; n: number }>();
  for (const item of items) {
    const k = keyOf(item);
    const seen = out.get(k);
    if (seen) seen.n += 1;
    else out.set(k, { first: item, n: 1 });
  }
  return out;
}

/**
 * The summary of a planned month; `lines` worklist lines (default 10) in worklist order: priority,
 * then matching rank, one line per contact step, as `signaalreis run` writes the worklists.
 */
export function monthSummary(m: PlannedMonth, lines = 10): MonthSummary {
  const o = m.counts.byOutcome;
  // the built-in teams' labels and those of the teams the preset declares
  const teams = { ...TEAM_LABELS, ...Object.fromEntries((m.teams ?? []).map((t) => [t.id, t.label])) };
  const buckets = count(m.journeys, (j) => worklistBucket(j));
  const primary = count(
    m.journeys.filter((j) => j.allocation?.primaryChannel),
    (j) => `${j.allocation?.primaryChannel}/${j.allocation?.team ?? ''}`,
  );
  const ordered = m.journeys
    .filter((j) => j.route && j.allocation && j.allocation.steps.length > 0)
    .sort((a, b) => (a.route?.priority ?? 0) - (b.route?.priority ?? 0) || a.match.rank - b.match.rank);
  const all: WorklistLine[] = ordered.flatMap((j) =>
    (j.allocation?.steps ?? []).map((s) => {
      const signals = j.match.signals.map((x) => x.signal);
      const phone = signals.map((x) => x.contact.phone).find(Boolean);
      const email = signals.map((x) => x.contact.email).find(Boolean);
      return {
        caseId: j.caseId,
        bucket: bucketLabel(j),
        channel: label(CHANNEL_LABELS, s.channel, NONE),
        team: label(teams, s.team, ALL_TEAMS),
        deadline: j.route?.deadline ?? '',
        name: maskName(signals[0]?.person),
        phone: phone ? maskPhone(phone) : '',
        email: email ? maskEmail(email) : '',
        amount: formatEuro(j.match.totals.totalAmountCents),
      };
    }),
  );
  return {
    month: m.month,
    decidedOn: m.decidedOn,
    cases: m.counts.cases,
    matches: m.matching.counts.matches,
    pickedUp: o['picked-up'] + o.crisis,
    crisis: o.crisis,
    manualReview: o['manual-review'],
    notPickedUp: o['not-picked-up'],
    byBucket: [...buckets.values()]
      .map(({ first, n }) => ({ bucket: bucketLabel(first), count: n }))
      .sort((a, b) => b.count - a.count),
    byChannel: [...primary.values()]
      .map(({ first, n }) => ({
        channel: label(CHANNEL_LABELS, first.allocation?.primaryChannel, NONE),
        team: label(teams, first.allocation?.team, ALL_TEAMS),
        count: n,
      }))
      .sort((a, b) => b.count - a.count),
    capacity: m.allocation.usage.map((u) => ({
      channel: label(CHANNEL_LABELS, u.channel, NONE),
      team: label(teams, u.team, ALL_TEAMS),
      perMonth: u.perMonth,
      used: u.used,
      overflowedOut: u.overflowedOut,
      unplaced: u.unplaced,
    })),
    worklist: all.slice(0, lines),
    worklistTotal: all.length,
    warnings: m.issues.map((i) => i.message),
  };
}
