// The administrator's routes: keys (made with the full key in the answer once, listed without
// secrets, revoked at once) and the access audit of a municipality — which holds no personal data:
// key id, when, action, route pattern, municipality, month, count, status.
import { type RouteHandler, z } from '@hono/zod-openapi';
import {
  isMunicipalityCode,
  type MunicipalityCode,
  MunicipalityCodeSchema,
  PartnerIdSchema,
} from '@signaalreis/core';
import { API_ROLES } from '../../store/access-store';
import { accessNote, audit, storeProblem } from '../answer';
import { defineRoute } from '../define';
import type { ServiceEnv } from '../env';
import { SERVICE_MESSAGES as M } from '../messages';
import { problem } from '../problem';
import { CodeParams } from '../schemas';

const ADMIN = { roles: ['admin'], scope: 'none' } as const;

const KeyInfoSchema = z
  .object({
    id: z.string(),
    role: z.enum(API_ROLES),
    municipalities: z.array(z.string()),
    partner: z.string().optional(),
    label: z.string().optional(),
    createdAt: z.string(),
    revokedAt: z.string().optional(),
  })
  .openapi('ApiKeyInfo');

const NewKeySchema = z
  .object({
    role: z.enum(API_ROLES),
    municipalities: z.array(MunicipalityCodeSchema).max(400).default([]),
    partner: PartnerIdSchema.optional(),
    label: z.string().min(1).max(200).optional(),
  })
  .strict()
  .openapi('NewApiKey');

const KeyParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .openapi({ param: { name: 'id', in: 'path' }, example: '3f9c2a1b7d4e8f60' }),
});

/** The key store's issues as a problem: bad scope → 422 at the body, anything else → 503. */
const keyProblem = (c: Parameters<typeof storeProblem>[0], issues: Parameters<typeof storeProblem>[1]) =>
  issues.some((i) => i.code.startsWith('key_bad'))
    ? problem(c, 'invalid_request', { issues: issues.map((i) => ({ ...i, path: ['body', ...i.path] })) })
    : storeProblem(c, issues);

/** `POST /keys`. */
export const createKeyRoute = defineRoute(ADMIN, {
  method: 'post',
  path: '/keys',
  summary: 'Makes a key; the full key is in this answer once and never again',
  request: { body: { required: true, content: { 'application/json': { schema: NewKeySchema } } } },
  responses: {
    201: {
      description: 'The key (`sr_<id>_<secret>`) and what it may do',
      content: { 'application/json': { schema: z.object({ key: z.string(), info: KeyInfoSchema }) } },
    },
  },
});

export const createKeyHandler: RouteHandler<typeof createKeyRoute, ServiceEnv> = async (c) => {
  const body = c.req.valid('json');
  // the audit row in the key's transaction: no row, no key
  const access = accessNote(c, 'create-key', createKeyRoute.path, { count: 1, status: 201 });
  const made = await c.get('deps').access.createKey(
    {
      role: body.role,
      municipalities: body.municipalities as MunicipalityCode[],
      ...(body.partner ? { partner: body.partner } : {}),
      ...(body.label ? { label: body.label } : {}),
    },
    { access },
  );
  if (!made.ok) return keyProblem(c, made.issues);
  return c.json({ key: made.value.key, info: made.value.info }, 201);
};

/** `GET /keys`. */
export const listKeysRoute = defineRoute(ADMIN, {
  method: 'get',
  path: '/keys',
  summary: 'Every key, oldest first — never a secret',
  responses: {
    200: {
      description: 'The keys',
      content: { 'application/json': { schema: z.object({ keys: z.array(KeyInfoSchema) }) } },
    },
  },
});

export const listKeysHandler: RouteHandler<typeof listKeysRoute, ServiceEnv> = async (c) => {
  const keys = await c.get('deps').access.listKeys();
  if (!keys.ok) return storeProblem(c, keys.issues);
  return c.json({ keys: keys.value }, 200);
};

/** `POST /keys/{id}/revoke`. */
export const revokeKeyRoute = defineRoute(ADMIN, {
  method: 'post',
  path: '/keys/{id}/revoke',
  summary: 'Revokes a key: refused from the next request on (revoking twice keeps the first time)',
  request: { params: KeyParams },
  responses: {
    200: { description: 'The revoked key', content: { 'application/json': { schema: KeyInfoSchema } } },
  },
});

export const revokeKeyHandler: RouteHandler<typeof revokeKeyRoute, ServiceEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const access = accessNote(c, 'revoke-key', revokeKeyRoute.path, { count: 1, status: 200 });
  const revoked = await c.get('deps').access.revokeKey(id, { access });
  if (!revoked.ok) {
    if (revoked.issues.some((i) => i.code === 'key_not_found'))
      return problem(c, 'not_found', { detail: M.keyNotFound });
    return storeProblem(c, revoked.issues);
  }
  return c.json(revoked.value, 200);
};

const AuditRowSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    keyId: z.string(),
    action: z.string(),
    route: z.string(),
    status: z.number().int(),
    municipality: z.string().optional(),
    month: z.string().optional(),
    count: z.number().int().optional(),
  })
  .openapi('AccessAuditRow');

/** `GET /municipalities/{code}/audit`. */
export const auditRoute = defineRoute(
  // scope none: an admin key has no municipalities but reads every municipality's audit; the
  // handler holds an officer to its own (404 and a `denied` row for another, as the guard does)
  { roles: ['admin', 'officer'], scope: 'none' },
  {
    method: 'get',
    path: '/municipalities/{code}/audit',
    summary: 'The access audit of a municipality, newest first (no personal data in it)',
    request: {
      params: CodeParams,
      query: z.object({
        limit: z.coerce
          .number()
          .int()
          .min(1)
          .max(1000)
          .optional()
          .openapi({ param: { name: 'limit', in: 'query' }, example: 100 }),
      }),
    },
    responses: {
      200: {
        description: 'The access-audit rows',
        content: {
          'application/json': {
            schema: z.object({ municipality: z.string(), entries: z.array(AuditRowSchema) }),
          },
        },
      },
    },
  },
);

export const auditHandler: RouteHandler<typeof auditRoute, ServiceEnv> = async (c) => {
  const { code } = c.req.valid('param');
  const { limit } = c.req.valid('query');
  const key = c.get('key');
  const { access } = c.get('deps');
  if (key?.role === 'officer' && !key.municipalities.includes(code)) {
    if (isMunicipalityCode(code))
      await access.audit({
        keyId: key.id,
        action: 'denied',
        route: auditRoute.path,
        status: 404,
        municipality: code,
      });
    return problem(c, 'not_found', { detail: M.notFound });
  }
  const rows = await access.auditLog({ municipality: code, limit: limit ?? 1000 });
  if (!rows.ok) return storeProblem(c, rows.issues);
  const unaudited = await audit(c, 'read-audit', auditRoute.path, {
    municipality: code,
    count: rows.value.length,
  });
  if (unaudited) return unaudited;
  return c.json({ municipality: code, entries: rows.value }, 200);
};
