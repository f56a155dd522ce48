// The national DDAS v1.2 delivery of a period, read from the store (caseFilesOfPeriod) and made by
// ddasDelivery: validated against the official schema before it is answered.
import { type RouteHandler, z } from '@hono/zod-openapi';
import type { IsoMonth } from '@signaalreis/core';
import { ddasDelivery } from '../../ddas/export';
import { caseFilesOfPeriod } from '../../store/period';
import { STORED_MONTH_LIMITS } from '../../store/stored-month';
import { audit, storeProblem } from '../answer';
import { defineRoute } from '../define';
import type { ServiceEnv } from '../env';
import { SERVICE_MESSAGES as M } from '../messages';
import { problem } from '../problem';
import { CodeParams, IssueSchema, PeriodQuery } from '../schemas';

/** `GET /municipalities/{code}/ddas?from=&to=`. */
export const ddasRoute = defineRoute(
  { roles: ['officer'], scope: 'municipality' },
  {
    method: 'get',
    path: '/municipalities/{code}/ddas',
    summary: 'The DDAS v1.2 delivery of a period from the stored months (valid against the schema)',
    request: { params: CodeParams, query: PeriodQuery },
    responses: {
      200: {
        description: 'The delivery, what it holds, and warnings',
        content: {
          'application/json': {
            schema: z
              .object({
                delivery: z
                  .record(z.string(), z.unknown())
                  .openapi({ description: 'DDAS v1.2 Uitwisselmodel' }),
                counts: z.array(z.record(z.string(), z.unknown())),
                warnings: z.array(IssueSchema),
              })
              .openapi('DdasExport'),
          },
        },
      },
    },
  },
);

const monthOf = (d: string) => d.slice(0, 7) as IsoMonth;

export const ddasHandler: RouteHandler<typeof ddasRoute, ServiceEnv> = async (c) => {
  const { code } = c.req.valid('param');
  const q = c.req.valid('query');
  const deps = c.get('deps');
  if (q.from > q.to)
    return problem(c, 'invalid_request', {
      issues: [{ code: 'period_order', path: ['query', 'from'], message: M.periodOrder }],
    });
  const organisation = q.organisation ?? deps.ddas.organisations?.[code];
  if (!organisation)
    return problem(c, 'invalid_request', {
      issues: [{ code: 'organisation_required', path: ['query', 'organisation'], message: M.noOrganisation }],
    });
  const files = await caseFilesOfPeriod(deps.store, [code], monthOf(q.from), monthOf(q.to));
  if (!files.ok) return storeProblem(c, files.issues);
  const made = ddasDelivery(
    {
      period: { from: q.from, to: q.to },
      supplierCode: q.supplier ?? deps.ddas.supplierCode ?? 'SIGNAALREIS',
      organisation,
      months: files.value.map((caseFile) => ({ municipality: code, caseFile })),
      municipalities: [code],
    },
    deps.clock(),
    { limits: STORED_MONTH_LIMITS }, // a national month reads (stored-month.ts)
  );
  if (!made.ok) return problem(c, 'invalid_request', { issues: made.issues });
  const signals = made.value.counts.reduce((n, x) => n + x.signals, 0);
  const refused = await audit(c, 'export-ddas', ddasRoute.path, { municipality: code, count: signals });
  if (refused) return refused;
  return c.json(
    {
      delivery: made.value.delivery as unknown as Record<string, unknown>,
      counts: made.value.counts.map((x) => ({ ...x })),
      warnings: made.value.issues,
    },
    200,
  );
};
