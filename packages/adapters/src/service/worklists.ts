// The worklists of a stored month: per team and channel the cases with a contact step there, made
// by the run's own worklist tables (cases/worklist-table.ts: one column list, one order, the same
// texts), with the names, city, phone and e-mail taken from the month's delivered signals (the
// store's cases hold none). So one list fetched as CSV is, byte for byte, the run's worklist file.
// Personal data: the route audits.
import { z } from '@hono/zod-openapi';
import {
  type Bilingual,
  type Channel,
  type IsoDate,
  type Lang,
  type Signal,
  type StoredCase,
  type TeamLabels,
  teamName,
} from '@signaalreis/core';
import {
  WORKLIST_COLUMNS,
  type WorklistCase,
  type WorklistStep,
  worklistGroups,
  worklistRows,
  worklistSheetName,
} from '../cases/worklist-table';
import { csvHeaders, xlsxHeaders } from '../cli/messages/columns';
import type { OutputTable } from '../output/csv-writer';
import type { XlsxSheet } from '../output/xlsx-writer';

const Entry = z.object({
  caseId: z.string(),
  priority: z.number().int(),
  bucket: z.string().openapi({ description: 'the routing bucket id' }),
  bucketLabel: z
    .string()
    .openapi({ description: 'the bucket as the worklist shows it, in the language asked' }),
  deadline: z.string(),
  deadlineNote: z.string().nullable().openapi({ description: 'e.g. "termijn verstreken op 22-10-2026"' }),
  step: z.string().openapi({ description: 'e.g. "1 van 2"' }),
  attempts: z.number().int(),
  spacingDays: z.number().int().nullable(),
  partsOfDay: z.array(z.string()),
  names: z.array(z.string()),
  address: z.string(),
  city: z.string().nullable(),
  phone: z.array(z.string()),
  email: z.array(z.string()),
  signals: z.array(z.object({ partnerId: z.string(), kind: z.string(), amountCents: z.number().int() })),
  totalAmountCents: z.number().int(),
  explanation: z.string(),
});

/** The answer of `GET …/worklists`. */
export const WorklistsSchema = z
  .object({
    municipality: z.string(),
    month: z.string(),
    worklists: z.array(
      z.object({
        team: z.string(),
        teamLabel: z
          .string()
          .openapi({ description: 'a team the preset declares by its label, else its id' }),
        channel: z.string(),
        cases: z.array(Entry),
      }),
    ),
  })
  .openapi('Worklists');

type Worklist = z.infer<typeof WorklistsSchema>['worklists'][number];

interface CaseData {
  rank?: number;
  priority?: number;
  contactDeadline?: string;
  totalAmountCents?: number;
  bucketLabel?: Bilingual;
  contactExplanation?: Bilingual;
  teamLabels?: Record<string, Bilingual>;
  plan?: WorklistStep[];
  signals?: { partnerId: string; signalId: string; kind: string; amountCents: number }[];
}

/** The worklist cases of a stored month, the teams its cases name by label, and the one list asked for. */
export interface StoredWorklists {
  cases: WorklistCase[];
  /** The labels of the declared teams the cases name (stored with each case by the run). */
  teams: TeamLabels;
  /** Only this worklist (`team/channel`). */
  only?: string;
}

/** The worklists as groups, in the run's order (only the one asked for, if any). */
const groupsOf = (w: StoredWorklists) =>
  [...worklistGroups(w.cases)].filter(([key]) => w.only === undefined || key === w.only);

const nameOf = (s: Signal) =>
  [s.person.initials, s.person.prefix, s.person.surname].filter(Boolean).join(' ');
const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];

/**
 * The cases of a stored month that have contact steps, as worklist cases, with the contact data
 * of the delivered `signals`; `decidedOn` (the month's decision day) tells a deadline that passed
 * before the run, as routing does (the deadline lies before the routing date).
 */
export function storedWorklists(
  cases: readonly StoredCase[],
  signals: readonly Signal[],
  decidedOn: IsoDate | undefined,
): StoredWorklists {
  const byId = new Map(signals.map((s) => [`${s.partner.id}\u0000${s.signalId}`, s]));
  const teams = new Map<string, TeamLabels[number]>();
  const out: WorklistCase[] = [];
  for (const c of cases) {
    const d = c.data as CaseData;
    const steps = d.plan ?? [];
    if (steps.length === 0) continue;
    for (const [id, label] of Object.entries(d.teamLabels ?? {})) teams.set(id, { id, label });
    const delivered = (d.signals ?? [])
      .map((s) => byId.get(`${s.partnerId}\u0000${s.signalId}`))
      .filter((s): s is Signal => s !== undefined);
    const deadline = d.contactDeadline ?? '';
    out.push({
      caseId: c.caseId,
      priority: d.priority ?? 0,
      rank: d.rank ?? 0,
      bucket: c.worklistBucket,
      ...(d.bucketLabel ? { bucketLabel: d.bucketLabel } : {}),
      deadline,
      deadlinePassed: decidedOn !== undefined && deadline !== '' && deadline < decidedOn,
      steps,
      names: uniq(delivered.map(nameOf)),
      address: c.householdKey,
      city: delivered[0]?.address.city ?? '',
      phone: uniq(delivered.map((s) => s.contact.phone)),
      email: uniq(delivered.map((s) => s.contact.email)),
      signals: (d.signals ?? []).map((s) => ({
        partnerId: s.partnerId,
        kind: s.kind,
        amountCents: s.amountCents,
      })),
      totalAmountCents: d.totalAmountCents ?? 0,
      ...(d.contactExplanation ? { explanation: d.contactExplanation } : {}),
    });
  }
  return { cases: out, teams: [...teams.values()] };
}

/** The worklists as JSON (`GET …/worklists`), in the run's order, texts in `lang`. */
export function worklistsJson(w: StoredWorklists, lang: Lang): Worklist[] {
  return groupsOf(w).map(([key, group]) => {
    const [team = '', channel = ''] = key.split('/');
    const rows = worklistRows(group, lang, w.teams);
    return {
      team,
      teamLabel: teamName(team, lang, w.teams),
      channel: channel as Channel,
      cases: group.map(({ c, step }, i) => {
        const s = c.steps[step] as WorklistStep;
        const r = rows[i] ?? {};
        return {
          caseId: c.caseId,
          priority: c.priority,
          bucket: c.bucket,
          bucketLabel: String(r.bucket),
          deadline: c.deadline,
          deadlineNote: r.deadline_note ? String(r.deadline_note) : null,
          step: String(r.step),
          attempts: s.attempts,
          spacingDays: s.spacingDays ?? null,
          partsOfDay: [...(s.partsOfDay ?? [])],
          names: [...c.names],
          address: c.address,
          city: c.city || null,
          phone: [...c.phone],
          email: [...c.email],
          signals: c.signals.map((x) => ({ ...x })),
          totalAmountCents: c.totalAmountCents,
          explanation: String(r.explanation ?? ''),
        };
      }),
    };
  });
}

/**
 * The worklists as one table (every list, with {@link WORKLIST_COLUMNS}: the run's worklist files
 * one after the other) for CSV, and as one sheet per team and channel for a workbook (as
 * `signaalreis run --xlsx` writes them). Texts and headers in `lang`, as the run's files.
 */
export function worklistTables(w: StoredWorklists, lang: Lang): { table: OutputTable; sheets: XlsxSheet[] } {
  const numeric = ['total_amount'];
  const lists = groupsOf(w).map(([key, group]) => ({
    key,
    rows: worklistRows(group, lang, w.teams),
  }));
  const csv = csvHeaders(lang);
  const table = {
    columns: WORKLIST_COLUMNS,
    numeric,
    rows: lists.flatMap((l) => l.rows),
    ...(csv ? { headers: csv } : {}),
  };
  const headers = xlsxHeaders(lang);
  const sheets = lists.map((l) => ({
    name: worklistSheetName(l.key, lang, w.teams),
    columns: WORKLIST_COLUMNS,
    numeric,
    rows: l.rows,
    headers,
  }));
  return { table, sheets };
}
