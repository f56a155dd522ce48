// A researcher's view of a month: counts only — per DDAS status, intake outcome, bucket,
// lifecycle status and result. No case ids, no keys, nothing about one household.
import { type RouteHandler, z } from '@hono/zod-openapi';
import { audit, storeProblem } from '../answer';
import { defineRoute } from '../define';
import type { ServiceEnv } from '../env';
import { MonthParams } from '../schemas';

const Counts = z.record(z.string(), z.number().int());

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
                cases: z.number().int(),
                signals: z.number().int(),
                bySignalStatus: Counts,
                byIntakeOutcome: Counts,
                byBucket: Counts,
                byLifecycleStatus: Counts,
                byResult: Counts,
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
  const cases = await c.get('deps').store.cases(code, month);
  if (!cases.ok) return storeProblem(c, cases.issues);
  const list = cases.value;
  const refused = await audit(c, 'read-summary', summaryRoute.path, {
    municipality: code,
    month,
    count: list.length,
  });
  if (refused) return refused;
  const signals = list.reduce(
    (n, k) => n + ((k.data as { signalIds?: unknown[] }).signalIds?.length ?? 0),
    0,
  );
  return c.json(
    {
      municipality: code,
      month,
      cases: list.length,
      signals,
      bySignalStatus: count(list.map((k) => k.signalStatus)),
      byIntakeOutcome: count(list.map((k) => k.intakeOutcome)),
      byBucket: count(list.map((k) => k.worklistBucket)),
      byLifecycleStatus: count(list.map((k) => k.record?.status ?? 'none')),
      byResult: count(list.flatMap((k) => (k.record?.result ? [k.record.result] : []))),
    },
    200,
  );
};
