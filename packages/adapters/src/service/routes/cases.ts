// The read routes of an officer: the stored months of a municipality, the cases of a month (ids,
// statuses, buckets — no names, no addresses) and one case with its record and the feedback sent.

import type { RouteHandler } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { FEEDBACK_CODE_INFO, issue } from '@signaalreis/core';
import { audit, storeProblem } from '../answer';
import { defineRoute, problemResponse } from '../define';
import type { ServiceEnv } from '../env';
import { SERVICE_MESSAGES as M } from '../messages';
import { problem } from '../problem';
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

/** Cases in a page of the case list when none is asked for (project default: ~200 KB of JSON). */
export const CASE_PAGE_DEFAULT = 1000;
/** The most cases in one page (project default: a national month of ~57,000 cases in six pages). */
export const CASE_PAGE_MAX = 10_000;

const CasesQuery = z.object({
  limit: z.coerce
    .number<string | number>()
    .int()
    .min(1)
    .max(CASE_PAGE_MAX)
    .optional()
    .openapi({
      param: { name: 'limit', in: 'query' },
      description: `cases in the page (default ${CASE_PAGE_DEFAULT}, at most ${CASE_PAGE_MAX})`,
      example: CASE_PAGE_DEFAULT,
    }),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,120}$/)
    .optional()
    .openapi({
      param: { name: 'cursor', in: 'query' },
      description: 'the `next` of the page before (none for the first page)',
      example: 'OTk5fDIwMjYtMTEtMDJUMTA6MDA6MDAuMDAwWg',
    }),
});

/**
 * The cursor of the page after `after` of the month stored at `storedAt`: opaque to callers (a
 * position and a moment, no case id, nothing personal), so that a page asked for after the month
 * was stored again is refused instead of mixing two months' cases.
 */
export const caseCursor = (after: number, storedAt: string): string =>
  Buffer.from(`${after}|${storedAt}`, 'utf8').toString('base64url');

/** What a cursor holds: a position (from -1) and a moment as the store gives `storedAt`. */
const CURSOR_TEXT =
  /^(-1|0|[1-9][0-9]{0,9})\|(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,6})?(?:Z|[+-]\d\d(?::?\d\d)?))$/;

/** A cursor read back, or undefined when it is none {@link caseCursor} made. */
export function readCaseCursor(cursor: string): { after: number; storedAt: string } | undefined {
  const m = CURSOR_TEXT.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || caseCursor(Number(m[1]), m[2] as string) !== cursor) return undefined;
  return { after: Number(m[1]), storedAt: m[2] as string };
}

/** `GET /municipalities/{code}/months/{month}/cases`. */
export const casesRoute = defineRoute(OFFICER, {
  method: 'get',
  path: '/municipalities/{code}/months/{month}/cases',
  summary:
    'The cases of a stored month, in their order, a page at a time: ids, statuses and buckets (no names)',
  request: { params: MonthParams, query: CasesQuery },
  responses: {
    200: {
      description:
        'A page of the cases: `total` cases in the month, `next` the cursor of the page after (null after the last case)',
      content: {
        'application/json': {
          schema: z.object({
            municipality: z.string(),
            month: z.string(),
            storedAt: z.string().openapi({ description: 'when the month was stored' }),
            total: z.number().int(),
            cases: z.array(ListedCaseSchema),
            next: z.string().nullable(),
          }),
        },
      },
    },
    409: problemResponse('month_changed: the month was stored again since the cursor’s page'),
  },
});

export const casesHandler: RouteHandler<typeof casesRoute, ServiceEnv> = async (c) => {
  const { code, month } = c.req.valid('param');
  const { limit = CASE_PAGE_DEFAULT, cursor } = c.req.valid('query');
  const from = cursor === undefined ? undefined : readCaseCursor(cursor);
  if (cursor !== undefined && from === undefined)
    return problem(c, 'invalid_request', {
      issues: [issue('bad_cursor', ['query', 'cursor'], M.badCursor)],
    });
  const list = await c
    .get('deps')
    .store.caseList(code, month, { ...(from ? { after: from.after } : {}), limit });
  if (!list.ok) return storeProblem(c, list.issues);
  const l = list.value;
  if (from && from.storedAt !== l.storedAt)
    return problem(c, 'month_changed', { detail: M.monthChanged(month) });
  const refused = await audit(c, 'read-cases', casesRoute.path, {
    municipality: code,
    month,
    count: l.cases.length,
  });
  if (refused) return refused;
  const next = l.next === null ? null : caseCursor(l.next, l.storedAt);
  return c.json(
    { municipality: code, month, storedAt: l.storedAt, total: l.total, cases: l.cases, next },
    200,
  );
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
