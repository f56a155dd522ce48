// The read routes of an officer: the stored months of a municipality, the cases of a month (ids,
// statuses, buckets — no names, no addresses) and one case with its record and the feedback sent.

import type { RouteHandler } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { FEEDBACK_CODE_INFO, listedCase as listedCaseOf, type StoredCase } from '@signaalreis/core';
import { audit, storeProblem } from '../answer';
import { defineRoute } from '../define';
import type { ServiceEnv } from '../env';
import { BilingualSchema, CaseParams, CodeParams, MonthParams } from '../schemas';

const OFFICER = { roles: ['officer'], scope: 'municipality' } as const;

const MonthSchema = z
  .object({
    month: z.string(),
    preset: z.string(),
    decidedOn: z.string(),
    cases: z.number().int(),
    signals: z.number().int(),
    storedAt: z.string(),
  })
  .openapi('StoredMonth');

/** `GET /municipalities/{code}/months`. */
export const monthsRoute = defineRoute(OFFICER, {
  method: 'get',
  path: '/municipalities/{code}/months',
  summary: 'The stored months of a municipality, oldest first',
  request: { params: CodeParams },
  responses: {
    200: {
      description: 'The months',
      content: {
        'application/json': { schema: z.object({ municipality: z.string(), months: z.array(MonthSchema) }) },
      },
    },
  },
});

export const monthsHandler: RouteHandler<typeof monthsRoute, ServiceEnv> = async (c) => {
  const { code } = c.req.valid('param');
  const months = await c.get('deps').store.months(code);
  if (!months.ok) return storeProblem(c, months.issues);
  const refused = await audit(c, 'read-months', monthsRoute.path, {
    municipality: code,
    count: months.value.length,
  });
  if (refused) return refused;
  return c.json({ municipality: code, months: months.value.map(({ municipality: _, ...m }) => m) }, 200);
};

const ListedCaseSchema = z
  .object({
    caseId: z.string(),
    signalStatus: z.string(),
    intakeOutcome: z.string(),
    worklistBucket: z.string(),
    signals: z.number().int(),
    totalAmountCents: z.number().int(),
    lifecycleStatus: z.string().nullable(),
    result: z.string().nullable(),
    closedOn: z.string().nullable(),
  })
  .openapi('ListedCase');

/** One case as the list gives it: ids, statuses, bucket, counts — no household key, no names. */
export const listedCase: (c: StoredCase) => z.infer<typeof ListedCaseSchema> = listedCaseOf;

/** `GET /municipalities/{code}/months/{month}/cases`. */
export const casesRoute = defineRoute(OFFICER, {
  method: 'get',
  path: '/municipalities/{code}/months/{month}/cases',
  summary: 'The cases of a stored month, in their order: ids, statuses and buckets (no names)',
  request: { params: MonthParams },
  responses: {
    200: {
      description: 'The cases',
      content: {
        'application/json': {
          schema: z.object({ municipality: z.string(), month: z.string(), cases: z.array(ListedCaseSchema) }),
        },
      },
    },
  },
});

export const casesHandler: RouteHandler<typeof casesRoute, ServiceEnv> = async (c) => {
  const { code, month } = c.req.valid('param');
  const cases = await c.get('deps').store.cases(code, month);
  if (!cases.ok) return storeProblem(c, cases.issues);
  const refused = await audit(c, 'read-cases', casesRoute.path, {
    municipality: code,
    month,
    count: cases.value.length,
  });
  if (refused) return refused;
  return c.json({ municipality: code, month, cases: cases.value.map(listedCase) }, 200);
};

const FeedbackSentSchema = z.object({
  partnerId: z.string(),
  signalId: z.string(),
  code: z.string(),
  label: BilingualSchema,
  sentOn: z.string(),
});

const CaseDetailSchema = z
  .object({
    municipality: z.string(),
    month: z.string(),
    case: z.object({
      caseId: z.string(),
      householdKey: z.string(),
      signalStatus: z.string(),
      intakeOutcome: z.string(),
      worklistBucket: z.string(),
      explanation: BilingualSchema.nullable(),
      closedOn: z.string().nullable(),
      data: z.record(z.string(), z.unknown()).openapi({ description: 'the case as the case file holds it' }),
      record: z
        .record(z.string(), z.unknown())
        .nullable()
        .openapi({ description: 'the lifecycle record: status, attempts, result, timers, audit trail' }),
    }),
    feedback: z.array(FeedbackSentSchema),
  })
  .openapi('CaseDetail');

/** `GET /municipalities/{code}/cases/{caseId}`. */
export const caseRoute = defineRoute(OFFICER, {
  method: 'get',
  path: '/municipalities/{code}/cases/{caseId}',
  summary: 'One case: the stored case, its lifecycle record and the feedback sent about it',
  request: { params: CaseParams },
  responses: {
    200: { description: 'The case', content: { 'application/json': { schema: CaseDetailSchema } } },
  },
});

const label = (code: string) => {
  const info = (FEEDBACK_CODE_INFO as Record<string, { label?: { nl: string; en: string } } | undefined>)[
    code
  ];
  return info?.label ?? { nl: code, en: code };
};

export const caseHandler: RouteHandler<typeof caseRoute, ServiceEnv> = async (c) => {
  const { code, caseId } = c.req.valid('param');
  const detail = await c.get('deps').store.caseDetail(code, caseId);
  if (!detail.ok) return storeProblem(c, detail.issues);
  const d = detail.value;
  const refused = await audit(c, 'read-case', caseRoute.path, {
    municipality: code,
    month: d.month,
    count: 1,
  });
  if (refused) return refused;
  const explanation = (d.case.data as { explanation?: { nl: string; en: string } }).explanation;
  return c.json(
    {
      municipality: code,
      month: d.month,
      case: {
        caseId: d.case.caseId,
        householdKey: d.case.householdKey,
        signalStatus: d.case.signalStatus,
        intakeOutcome: d.case.intakeOutcome,
        worklistBucket: d.case.worklistBucket,
        explanation: explanation ?? null,
        closedOn: d.case.closedOn ?? null,
        data: { ...d.case.data },
        record: d.case.record ? { ...d.case.record } : null,
      },
      feedback: d.feedback.map((f) => ({ ...f, label: label(f.code) })),
    },
    200,
  );
};
