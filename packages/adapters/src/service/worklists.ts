// The worklists of a stored month: per team and channel the cases with a contact step there, most
// urgent first — the columns of the run's worklist CSV, with the names, city, phone and e-mail taken
// from the month's delivered signals (the store's cases hold none). Personal data: the route audits.
import { z } from '@hono/zod-openapi';
import { CHANNELS, formatEuro, type Signal, type StoredCase } from '@signaalreis/core';
import type { OutputTable } from '../output/csv-writer';
import type { XlsxSheet } from '../output/xlsx-writer';

const Entry = z.object({
  caseId: z.string(),
  priority: z.number().int().nullable(),
  bucket: z.string(),
  deadline: z.string().nullable(),
  step: z.string(),
  attempts: z.number().int(),
  spacingDays: z.number().int().nullable(),
  names: z.array(z.string()),
  address: z.string(),
  city: z.string().nullable(),
  phone: z.array(z.string()),
  email: z.array(z.string()),
  signals: z.array(z.object({ partnerId: z.string(), kind: z.string(), amountCents: z.number().int() })),
  totalAmountCents: z.number().int(),
});

/** The answer of `GET …/worklists`. */
export const WorklistsSchema = z
  .object({
    municipality: z.string(),
    month: z.string(),
    worklists: z.array(z.object({ team: z.string(), channel: z.string(), cases: z.array(Entry) })),
  })
  .openapi('Worklists');

type Worklist = z.infer<typeof WorklistsSchema>['worklists'][number];

interface CaseData {
  rank?: number;
  priority?: number;
  contactDeadline?: string;
  totalAmountCents?: number;
  plan?: { channel: string; team: string; attempts: number; spacingDays?: number }[];
  signals?: { partnerId: string; signalId: string; kind: string; amountCents: number }[];
}

const nameOf = (s: Signal) =>
  [s.person.initials, s.person.prefix, s.person.surname].filter(Boolean).join(' ');
const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];

/** The worklists of `cases` (a stored month in its order) with the contact data of `signals`. */
export function worklistsOf(cases: readonly StoredCase[], signals: readonly Signal[]): Worklist[] {
  const byId = new Map(signals.map((s) => [`${s.partner.id}\u0000${s.signalId}`, s]));
  const lists = new Map<string, Worklist>();
  const ordered = cases
    .map((c) => ({ c, d: c.data as CaseData }))
    .filter(({ d }) => (d.plan ?? []).length > 0)
    .sort((a, b) => (a.d.priority ?? 99) - (b.d.priority ?? 99) || (a.d.rank ?? 0) - (b.d.rank ?? 0));
  for (const { c, d } of ordered) {
    const delivered = (d.signals ?? [])
      .map((s) => byId.get(`${s.partnerId}\u0000${s.signalId}`))
      .filter((s): s is Signal => s !== undefined);
    const plan = d.plan ?? [];
    plan.forEach((step, i) => {
      const k = `${step.team}/${step.channel}`;
      const list = lists.get(k) ?? { team: step.team, channel: step.channel, cases: [] };
      list.cases.push({
        caseId: c.caseId,
        priority: d.priority ?? null,
        bucket: c.worklistBucket,
        deadline: d.contactDeadline ?? null,
        step: `${i + 1} of ${plan.length}`,
        attempts: step.attempts,
        spacingDays: step.spacingDays ?? null,
        names: uniq(delivered.map(nameOf)),
        address: c.householdKey,
        city: delivered[0]?.address.city ?? null,
        phone: uniq(delivered.map((s) => s.contact.phone)),
        email: uniq(delivered.map((s) => s.contact.email)),
        signals: (d.signals ?? []).map((s) => ({
          partnerId: s.partnerId,
          kind: s.kind,
          amountCents: s.amountCents,
        })),
        totalAmountCents: d.totalAmountCents ?? 0,
      });
      lists.set(k, list);
    });
  }
  const order = (l: Worklist) => CHANNELS.indexOf(l.channel as (typeof CHANNELS)[number]);
  return [...lists.values()].sort((a, b) => order(a) - order(b) || (a.team < b.team ? -1 : 1));
}

/** The columns of the worklists as a table: those of the run's worklist files, with team and channel. */
const COLUMNS = [
  'team',
  'channel',
  'case_id',
  'priority',
  'bucket',
  'deadline',
  'step',
  'attempts',
  'spacing_days',
  'names',
  'address',
  'city',
  'phone',
  'email',
  'signals',
  'total_amount',
];

type Row = Record<string, string | number | undefined>;

const rowOf = (l: Worklist, e: Worklist['cases'][number]): Row => ({
  team: l.team,
  channel: l.channel,
  case_id: e.caseId,
  priority: e.priority ?? '',
  bucket: e.bucket,
  deadline: e.deadline ?? '',
  step: e.step,
  attempts: e.attempts,
  spacing_days: e.spacingDays ?? '',
  names: e.names.join('; '),
  address: e.address,
  city: e.city ?? '',
  phone: e.phone.join(' '),
  email: e.email.join(' '),
  signals: e.signals.map((s) => `${s.partnerId} ${s.kind} ${formatEuro(s.amountCents)}`).join('; '),
  total_amount: (e.totalAmountCents / 100).toFixed(2),
});

/**
 * The worklists as one table (every list, `team` and `channel` first) for CSV, and as one sheet per
 * team and channel for a workbook (as `signaalreis run --xlsx` writes them).
 */
export function worklistTables(lists: readonly Worklist[]): { table: OutputTable; sheets: XlsxSheet[] } {
  const numeric = ['total_amount'];
  const table = { columns: COLUMNS, numeric, rows: lists.flatMap((l) => l.cases.map((e) => rowOf(l, e))) };
  const sheets = lists.map((l) => ({
    name: `${l.team} ${l.channel}`,
    columns: COLUMNS.slice(2),
    numeric,
    rows: l.cases.map((e) => rowOf(l, e)),
  }));
  return { table, sheets };
}
