// A partner's view of a month: its own signals and the feedback codes sent about them — the
// partner-visible code only, never the internal result or its reason (docs/lifecycle.md).
import { type RouteHandler, z } from '@hono/zod-openapi';
import { FEEDBACK_CODE_INFO } from '@signaalreis/core';
import { audit, storeProblem } from '../answer';
import { defineRoute } from '../define';
import type { ServiceEnv } from '../env';
import { BilingualSchema, MonthParams, PartnerQuery } from '../schemas';

/** `GET /municipalities/{code}/months/{month}/feedback?partner=`. */
export const feedbackRoute = defineRoute(
  { roles: ['partner', 'officer'], scope: 'partner' },
  {
    method: 'get',
    path: '/municipalities/{code}/months/{month}/feedback',
    summary: "A partner's signals of a month and the feedback sent about them (a partner key: its own only)",
    request: { params: MonthParams, query: PartnerQuery },
    responses: {
      200: {
        description: 'The signals of the partner and the feedback codes sent',
        content: {
          'application/json': {
            schema: z
              .object({
                municipality: z.string(),
                month: z.string(),
                partner: z.string(),
                signals: z.array(
                  z.object({
                    signalId: z.string(),
                    feedback: z.array(
                      z.object({ code: z.string(), label: BilingualSchema, sentOn: z.string() }),
                    ),
                  }),
                ),
              })
              .openapi('PartnerFeedback'),
          },
        },
      },
    },
  },
);

const labelOf = (code: string) =>
  (FEEDBACK_CODE_INFO as Record<string, { label: { nl: string; en: string } } | undefined>)[code]?.label ?? {
    nl: code,
    en: code,
  };

export const feedbackHandler: RouteHandler<typeof feedbackRoute, ServiceEnv> = async (c) => {
  const { code, month } = c.req.valid('param');
  const { partner } = c.req.valid('query');
  const { store } = c.get('deps');
  // the partner's own signals picked out in the store: a national month's view reads no other data
  const own = await store.partnerSignalIds(code, month, partner);
  if (!own.ok) return storeProblem(c, own.issues);
  const sent = await store.feedback(code, month);
  if (!sent.ok) return storeProblem(c, sent.issues);
  const byId = new Map<string, { code: string; label: { nl: string; en: string }; sentOn: string }[]>();
  for (const f of sent.value)
    if (f.partnerId === partner)
      byId.set(f.signalId, [
        ...(byId.get(f.signalId) ?? []),
        { code: f.code, label: labelOf(f.code), sentOn: f.sentOn },
      ]);
  const refused = await audit(c, 'read-feedback', feedbackRoute.path, {
    municipality: code,
    month,
    count: own.value.length,
  });
  if (refused) return refused;
  return c.json(
    {
      municipality: code,
      month,
      partner,
      signals: own.value.map((signalId) => ({ signalId, feedback: byId.get(signalId) ?? [] })),
    },
    200,
  );
};
