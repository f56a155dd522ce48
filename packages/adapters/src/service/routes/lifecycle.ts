// The lifecycle's write routes of an officer: a contact attempt, and an event (a status change or
// a result) through the lifecycle table. Each is computed from the stored record by core's pure
// functions and stored only while that record is unchanged (409 otherwise), and audited.
import { type RouteHandler, z } from '@hono/zod-openapi';
import { AttemptInputSchema, LifecycleEventSchema, recordAttempt, transition } from '@signaalreis/core';
import { accessNote, audit } from '../answer';
import { defineRoute, problemResponse } from '../define';
import type { ServiceEnv } from '../env';
import { amsterdamTime, caseForWrite, lifecycleProblem, saveRecord } from '../lifecycle-write';
import { CaseParams } from '../schemas';

const OFFICER = { roles: ['officer'], scope: 'municipality' } as const;

const Written = z
  .object({
    municipality: z.string(),
    month: z.string(),
    caseId: z.string(),
    record: z.record(z.string(), z.unknown()).openapi({
      description: 'the lifecycle record after the step: status, attempts, result, timers, audit trail',
    }),
  })
  .openapi('RecordWritten');

const CONFLICT = problemResponse(
  'The lifecycle does not allow it in the case’s status (issues: invalid_transition, attempt_not_allowed, too_few_attempts, timer_not_due), or the case changed since it was read (record_changed)',
);

/** `POST /municipalities/{code}/cases/{caseId}/attempts`. */
export const attemptRoute = defineRoute(OFFICER, {
  method: 'post',
  path: '/municipalities/{code}/cases/{caseId}/attempts',
  summary: 'Records a contact attempt (DDAS contactsoort, reached, date, time or part of day)',
  request: {
    params: CaseParams,
    body: { required: true, content: { 'application/json': { schema: AttemptInputSchema } } },
  },
  responses: {
    201: { description: 'The record with the attempt', content: { 'application/json': { schema: Written } } },
    409: CONFLICT,
  },
});

export const attemptHandler: RouteHandler<typeof attemptRoute, ServiceEnv> = async (c) => {
  const { code, caseId } = c.req.valid('param');
  const attempt = c.req.valid('json');
  const target = await caseForWrite(c, code, caseId);
  if (!target.ok) return target.response as never;
  const { month, table, record } = target.value;
  const now = amsterdamTime(c.get('deps').clock());
  const next = recordAttempt(record, attempt, table, now);
  if (!next.ok) {
    const answer = lifecycleProblem(c, next.issues, 'attempt');
    await audit(c, 'record-attempt', attemptRoute.path, { municipality: code, month, status: answer.status });
    return answer;
  }
  const access = accessNote(c, 'record-attempt', attemptRoute.path, {
    municipality: code,
    month,
    count: 1,
    status: 201,
  });
  const refused = await saveRecord(c, code, caseId, target.value, next.value, access);
  if (refused) return refused as never;
  return c.json({ municipality: code, month, caseId, record: { ...next.value } }, 201);
};

/** The body of an event: the lifecycle's event without `actor` (the audit trail names the key). */
const EventBody = LifecycleEventSchema.omit({ actor: true });

/** `POST /municipalities/{code}/cases/{caseId}/events`. */
export const eventRoute = defineRoute(OFFICER, {
  method: 'post',
  path: '/municipalities/{code}/cases/{caseId}/events',
  summary: 'Sends an event of the lifecycle table to a case: a status change or a result',
  request: {
    params: CaseParams,
    body: { required: true, content: { 'application/json': { schema: EventBody } } },
  },
  responses: {
    201: {
      description:
        'The record after the transition, and its effects (notify a partner, a collection pause …)',
      content: {
        'application/json': {
          schema: Written.extend({ effects: z.array(z.record(z.string(), z.unknown())) }).openapi(
            'EventApplied',
          ),
        },
      },
    },
    409: CONFLICT,
  },
});

export const eventHandler: RouteHandler<typeof eventRoute, ServiceEnv> = async (c) => {
  const { code, caseId } = c.req.valid('param');
  const event = c.req.valid('json');
  const target = await caseForWrite(c, code, caseId);
  if (!target.ok) return target.response as never;
  const { month, table, record } = target.value;
  const now = amsterdamTime(c.get('deps').clock());
  const actor = `api-key ${c.get('key')?.id ?? ''}`;
  const next = transition(record, { ...event, actor }, table, now);
  if (!next.ok) {
    const answer = lifecycleProblem(c, next.issues, 'event');
    await audit(c, 'record-event', eventRoute.path, { municipality: code, month, status: answer.status });
    return answer;
  }
  const access = accessNote(c, 'record-event', eventRoute.path, {
    municipality: code,
    month,
    count: 1,
    status: 201,
  });
  const refused = await saveRecord(c, code, caseId, target.value, next.value.record, access);
  if (refused) return refused as never;
  return c.json(
    {
      municipality: code,
      month,
      caseId,
      record: { ...next.value.record },
      effects: next.value.effects.map((e) => ({ ...e })),
    },
    201,
  );
};
