// The researcher's pseudonymised row export (issue 12): one row per case of the months asked, the
// household as a pseudonym of this store, the amount as a band, and small-count suppression so that
// every combination of quasi-identifiers occurs at least k times — what was coarsened or left out is
// counted in the answer, nothing is lost silently. Audited per municipality (how many rows, not which).
import { type RouteHandler, z } from '@hono/zod-openapi';
import { IsoMonthSchema, type MunicipalityCode, MunicipalityCodeSchema } from '@signaalreis/core';
import { audit, storeProblem } from '../answer';
import { defineRoute } from '../define';
import type { ServiceEnv } from '../env';
import { SERVICE_MESSAGES as M } from '../messages';
import { problem } from '../problem';
import { RESEARCH_COLUMNS, type ResearchRow, researchRow, suppressRows } from '../research';
import { FormatQuery, TABLE_MEDIA, tableFormat, tableResponse } from '../table-answer';

/** Most months in one export (project default: three years, the retention of closed cases). */
const MAX_MONTHS = 36;

const Query = z.object({
  from: IsoMonthSchema.meta({ param: { name: 'from', in: 'query' }, example: '2026-08' }),
  to: IsoMonthSchema.meta({ param: { name: 'to', in: 'query' }, example: '2026-10' }),
  municipality: MunicipalityCodeSchema.optional().meta({
    param: { name: 'municipality', in: 'query' },
    description: 'one of the key’s municipalities (default: all of them)',
    example: '0363',
  }),
  format: FormatQuery,
});

const Row = z.object({
  pseudonym: z
    .string()
    .openapi({ description: 'the household, pseudonymised for this store (stable across months)' }),
  month: z.string(),
  municipality: z.string(),
  sectors: z.string().openapi({ description: 'sectors of the signals joined with +; `*` when coarsened' }),
  signals: z.number().int(),
  amountBand: z.string().openapi({ description: 'euros: 0-249 … 5000+; `*` when coarsened' }),
  bucket: z.string(),
  primaryChannel: z.string().nullable(),
  status: z.string(),
  result: z.string().nullable(),
  daysToFirstContact: z.number().int().nullable(),
});

const SuppressionSchema = z
  .object({
    k: z.number().int(),
    source: z.string(),
    coarsenedAmount: z.number().int(),
    coarsenedSectors: z.number().int(),
    leftOut: z.number().int(),
  })
  .openapi('Suppression');

/** `GET /research/cases`. */
export const researchRoute = defineRoute(
  { roles: ['researcher'], scope: 'municipality' },
  {
    method: 'get',
    path: '/research/cases',
    summary: 'One pseudonymised row per case of the months asked, with small-count suppression (researcher)',
    request: { query: Query },
    responses: {
      200: {
        description:
          'The rows and what suppression did; as CSV (`?format=csv` or Accept: text/csv) with the same counts in the headers `X-Signaalreis-K`, `X-Signaalreis-Coarsened` and `X-Signaalreis-Left-Out`',
        content: {
          'application/json': {
            schema: z
              .object({
                from: z.string(),
                to: z.string(),
                municipalities: z.array(z.string()),
                rows: z.array(Row),
                suppression: SuppressionSchema,
              })
              .openapi('ResearchExport'),
          },
          ...TABLE_MEDIA,
        },
      },
    },
  },
);

const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
};

export const researchHandler: RouteHandler<typeof researchRoute, ServiceEnv> = async (c) => {
  const q = c.req.valid('query');
  const key = c.get('key');
  const { store, k } = c.get('deps');
  if (!key) return problem(c, 'internal', { detail: M.internal });
  const span = monthsBetween(q.from, q.to);
  if (span < 1 || span > MAX_MONTHS)
    return problem(c, 'invalid_request', {
      issues: [{ code: 'invalid_period', path: ['query', 'to'], message: M.researchPeriod(MAX_MONTHS) }],
    });
  // the guard answered 404 for a municipality outside the key's scope
  const codes: MunicipalityCode[] = q.municipality ? [q.municipality] : [...key.municipalities];
  const secret = await store.storeSecret('pseudonym');
  if (!secret.ok) return storeProblem(c, secret.issues);
  const all: ResearchRow[] = [];
  for (const code of codes) {
    const months = await store.months(code);
    if (!months.ok) return storeProblem(c, months.issues);
    for (const m of months.value.filter((x) => x.month >= q.from && x.month <= q.to)) {
      // in outline: the sectors, counts and dates picked out in the store, not every case's data
      const cases = await store.caseOutlines(code, m.month);
      if (!cases.ok) return storeProblem(c, cases.issues);
      for (const x of cases.value) all.push(researchRow(secret.value, code, m.month, m.decidedOn, x));
    }
  }
  const { rows, suppression } = suppressRows(all, k);
  rows.sort(
    (a, b) =>
      a.municipality.localeCompare(b.municipality) ||
      a.month.localeCompare(b.month) ||
      a.pseudonym.localeCompare(b.pseudonym),
  );
  // counted in one pass: a key for every municipality over national months is ~342 × 2,000,000 otherwise
  const perCode = new Map<string, number>();
  for (const r of rows) perCode.set(r.municipality, (perCode.get(r.municipality) ?? 0) + 1);
  for (const code of codes) {
    const refused = await audit(c, 'export-research', researchRoute.path, {
      municipality: code,
      count: perCode.get(code) ?? 0,
    });
    if (refused) return refused;
  }
  const format = tableFormat(c, q.format);
  if (format === 'json')
    return c.json({ from: q.from, to: q.to, municipalities: codes, rows, suppression }, 200);
  const answer = await tableResponse(format, `onderzoek-${q.from}-${q.to}`, {
    columns: [...RESEARCH_COLUMNS],
    rows: rows.map((r) => ({ ...r })),
  });
  answer.headers.set('x-signaalreis-k', String(suppression.k));
  answer.headers.set(
    'x-signaalreis-coarsened',
    `amountBand=${suppression.coarsenedAmount}; sectors=${suppression.coarsenedSectors}`,
  );
  answer.headers.set('x-signaalreis-left-out', String(suppression.leftOut));
  return answer as never;
};
