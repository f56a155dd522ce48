// Routes without data: the health of the service and its store.
import { type RouteHandler, z } from '@hono/zod-openapi';
import { asMunicipalityCode } from '@signaalreis/core';
import { definePublicRoute } from '../define';
import type { ServiceEnv } from '../env';
import { problem } from '../problem';

/** `GET /health`: public, no key. */
export const healthRoute = definePublicRoute({
  method: 'get',
  path: '/health',
  summary: 'Whether the service and its store answer (no key needed)',
  responses: {
    200: {
      description: 'The service and the store answer',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }).openapi('Health') } },
    },
  },
});

/** A code no municipality has: a health check reads nobody's rows. */
const NOBODY = asMunicipalityCode('0000');

export const healthHandler: RouteHandler<typeof healthRoute, ServiceEnv> = async (c) => {
  const months = await c.get('deps').store.months(NOBODY);
  if (!months.ok) return problem(c, 'store_unavailable');
  return c.json({ status: 'ok' as const }, 200);
};

/** `GET /openapi.json`: public, not itself in the document. */
export const openApiRoute = definePublicRoute({
  method: 'get',
  path: '/openapi.json',
  hide: true,
  summary: 'The OpenAPI 3.1 document of the service',
  responses: {
    200: {
      description: 'The document',
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    },
  },
});
