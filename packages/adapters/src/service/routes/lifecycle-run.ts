// `signaalreis feedback --store` over HTTP: the lifecycle of a stored month at a date — the timers
// due applied, the records and the partner feedback stored once — answered with counts per
// partner and event, never a case id.
import { type RouteHandler, z } from '@hono/zod-openapi';
import { deliveryDay, IsoDateSchema, type Issue, issue, prefixIssues } from '@signaalreis/core';
import { lifecycleRun } from '../../cases/lifecycle-run';
import { caseFileOfStored, closedOn } from '../../store/stored-month';
import { accessNote, storeProblem } from '../answer';
import { defineRoute, problemResponse } from '../define';
import type { ServiceEnv } from '../env';
import { tableOf, today } from '../lifecycle-write';
import { SERVICE_MESSAGES as M } from '../messages';
import { problem } from '../problem';
import { IssueSchema, MonthParams } from '../schemas';

const RunBody = z
  .object({
    at: IsoDateSchema.meta({ description: 'the date to run the lifecycle on', example: '2026-11-30' }),
  })
  .strict();

const RunSchema = z
  .object({
    municipality: z.string(),
    month: z.string(),
    at: z.string(),
    lifecycle: z.string(),
    cases: z.number().int(),
    records: z.number().int(),
    actionsDue: z.array(z.object({ event: z.string(), count: z.number().int() })),
    feedback: z.object({
      newRows: z
        .number()
        .int()
        .openapi({ description: 'feedback rows stored now (feedback is stored once)' }),
      partners: z.array(
        z.object({
          partner: z.string(),
          signals: z.number().int(),
          byCode: z.record(z.string(), z.number().int()),
        }),
      ),
    }),
    problems: z.array(IssueSchema).openapi({ description: 'cases that could not be processed, by position' }),
  })
  .openapi('LifecycleRun');

/** `POST /municipalities/{code}/months/{month}/lifecycle-run`. */
export const lifecycleRunRoute = defineRoute(
  { roles: ['officer'], scope: 'municipality' },
  {
    method: 'post',
    path: '/municipalities/{code}/months/{month}/lifecycle-run',
    summary:
      'Runs the lifecycle of a stored month at a date: timers due, records and partner feedback stored',
    request: {
      params: MonthParams,
      body: { required: true, content: { 'application/json': { schema: RunBody } } },
    },
    responses: {
      200: {
        description: 'What the run did, in counts',
        content: { 'application/json': { schema: RunSchema } },
      },
      409: problemResponse('A record of the month changed while the run went (record_changed): run it again'),
    },
  },
);

export const lifecycleRunHandler: RouteHandler<typeof lifecycleRunRoute, ServiceEnv> = async (c) => {
  const { code, month } = c.req.valid('param');
  const { at } = c.req.valid('json');
  const { store } = c.get('deps');
  const cases = await store.cases(code, month);
  if (!cases.ok) return storeProblem(c, cases.issues);
  const months = await store.months(code);
  if (!months.ok) return storeProblem(c, months.issues);
  const summary = months.value.find((m) => m.month === month);
  if (!summary) return problem(c, 'not_found', { detail: M.notFound });
  const start = deliveryDay(month);
  const now = today(c);
  if (at < start || at > now)
    return problem(c, 'invalid_request', {
      issues: [
        issue(
          at < start ? 'at_before_delivery' : 'at_in_future',
          ['body', 'at'],
          at < start ? M.atBeforeDelivery(start) : M.atInFuture(now),
        ),
      ],
    });
  const table = tableOf(summary.preset);
  const run = lifecycleRun(caseFileOfStored(summary, cases.value).cases, table, start, at);
  const expected = new Map(cases.value.map((k) => [k.caseId as string, k.record ?? null]));
  const records = [...run.updated.values()].map((record) => {
    const closed = closedOn(record, table);
    return {
      caseId: record.caseId,
      record,
      expected: expected.get(record.caseId) ?? null,
      ...(closed ? { closedOn: closed } : {}),
    };
  });
  const access = accessNote(c, 'lifecycle-run', lifecycleRunRoute.path, {
    municipality: code,
    month,
    count: records.length,
    status: 200,
  });
  const saved = await store.saveLifecycle(
    { municipality: code, month, on: at, records, feedback: run.sent },
    { access },
  );
  if (!saved.ok) {
    if (saved.issues.some((i) => i.code === 'record_changed'))
      return problem(c, 'conflict', { detail: M.recordChanged, issues: saved.issues.slice(0, 20) });
    return storeProblem(c, saved.issues);
  }
  const perEvent = new Map<string, number>();
  for (const a of run.actions) perEvent.set(a.event, (perEvent.get(a.event) ?? 0) + 1);
  const partners = new Map<string, { signals: number; byCode: Record<string, number> }>();
  for (const s of run.sent) {
    const p = partners.get(s.partnerId) ?? { signals: 0, byCode: {} };
    p.signals += 1;
    p.byCode[s.code] = (p.byCode[s.code] ?? 0) + 1;
    partners.set(s.partnerId, p);
  }
  // paths by position: a case id is never part of an answer about many cases
  const problems: Issue[] = [
    ...run.problems,
    ...run.caseProblems.flatMap((p) => prefixIssues(p.issues, ['cases', p.index])),
  ];
  return c.json(
    {
      municipality: code,
      month,
      at,
      lifecycle: table.id,
      cases: cases.value.length,
      records: records.length,
      actionsDue: [...perEvent].map(([event, count]) => ({ event, count })),
      feedback: {
        newRows: saved.value.feedback,
        partners: [...partners].map(([partner, p]) => ({ partner, ...p })),
      },
      problems,
    },
    200,
  );
};
