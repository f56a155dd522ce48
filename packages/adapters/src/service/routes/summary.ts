// A researcher's view of a month: counts only — per DDAS status, intake outcome, bucket,
// lifecycle status and result. No case ids, no keys, nothing about one household. For a researcher
// key every count below k is suppressed (null) and the answer says how many were (disclosure control).
import { type RouteHandler, z } from '@hono/zod-openapi';
import { audit, storeProblem } from '../answer';
import { defineRoute } from '../define';
import type { ServiceEnv } from '../env';
import { K_SOURCE, suppressCounts } from '../research';
import { MonthParams } from '../schemas';

const Counts = z.record(z.string(), z.number().int().nullable());

/** `GET /municipalities/{code}/months/{month}/summary`. */
export const summaryRoute = defineRoute(
  { roles: ['researcher', 'officer'], scope: 'municipality' },
  {
    method: 'get',
    path: '/municipalities/{code}/months/{month}/summary',
    summary: 'Counts of a stored month (aggregates only)',
    request: { params: MonthParams },
    responses: {
      200: {
        description: 'The counts',
        content: {
          'application/json': {
            schema: z
              .object({
                municipality: z.string(),
                month: z.string(),
                cases: z.number().int().nullable(),
                signals: z.number().int().nullable(),
                bySignalStatus: Counts,
                byIntakeOutcome: Counts,
                byBucket: Counts,
                byLifecycleStatus: Counts,
                byResult: Counts,
                suppression: z
                  .object({ k: z.number().int(), source: z.string(), suppressed: z.number().int() })
                  .optional()
                  .openapi({
                    description:
                      'for a researcher key: counts below k are null (suppressed); how many were, and why',
                  }),
              })
              .openapi('MonthSummary'),
          },
        },
      },
    },
  },
);

const count = (values: readonly string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const v of [...values].sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
};

export const summaryHandler: RouteHandler<typeof summaryRoute, ServiceEnv> = async (c) => {
  const { code, month } = c.req.valid('param');
  // counted from the list's columns, not from each case's data (a national month in seconds)
  const cases = await c.get('deps').store.caseList(code, month);
  if (!cases.ok) return storeProblem(c, cases.issues);
  const list = cases.value.cases;
  const refused = await audit(c, 'read-summary', summaryRoute.path, {
    municipality: code,
    month,
    count: list.length,
  });
  if (refused) return refused;
  const signals = list.reduce((n, k) => n + k.signals, 0);
  const all = {
    bySignalStatus: count(list.map((k) => k.signalStatus)),
    byIntakeOutcome: count(list.map((k) => k.intakeOutcome)),
    byBucket: count(list.map((k) => k.worklistBucket)),
    byLifecycleStatus: count(list.map((k) => k.lifecycleStatus ?? 'none')),
    byResult: count(list.flatMap((k) => (k.result ? [k.result] : []))),
  };
  if (c.get('key')?.role !== 'researcher')
    return c.json({ municipality: code, month, cases: list.length, signals, ...all }, 200);
  // disclosure control: a researcher sees no count below k
  const { k } = c.get('deps');
  let suppressed = 0;
  const out: Record<string, Record<string, number | null>> = {};
  for (const [name, counts] of Object.entries(all)) {
    const s = suppressCounts(counts, k);
    out[name] = s.counts;
    suppressed += s.suppressed;
  }
  const total = suppressCounts({ cases: list.length, signals }, k);
  suppressed += total.suppressed;
  return c.json(
    {
      municipality: code,
      month,
      cases: total.counts.cases ?? null,
      signals: total.counts.signals ?? null,
      ...(out as typeof all),
      suppression: { k, source: K_SOURCE, suppressed },
    },
    200,
  );
};
