// The route table: every route of the service is declared here with createRoute, its zod schemas
// and its access — the one list the OpenAPI document, the access checks and the isolation tests
// are made from.
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { ApiRole } from '../store/access-store';
import { guard, type RouteAccess } from './access';
import { PROBLEM_TYPE } from './problem';
import { ProblemSchema } from './schemas';

/** One entry of the route table. */
export interface RouteEntry {
  method: string;
  /** The OpenAPI path (`/municipalities/{code}/months`). */
  path: string;
  access: RouteAccess;
}

/**
 * Every route of the service with its access, in the order of declaration: what the isolation
 * tests iterate, so that no route escapes them.
 *
 * @example
 * ```ts
 * import { ROUTE_TABLE } from '@signaalreis/adapters/service';
 * ROUTE_TABLE.filter((r) => r.access.roles === 'public').map((r) => r.path); // ['/health', '/openapi.json']
 * ```
 */
export const ROUTE_TABLE: RouteEntry[] = [];

/** A response of {@link PROBLEM_TYPE} with the problem schema. */
export const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_TYPE]: { schema: ProblemSchema } },
});

/** The refusals every route may answer with. */
const REFUSALS = {
  400: problemResponse(
    'The body is not JSON signaalreis reads (a key twice, 1e400, __proto__, a syntax error)',
  ),
  401: problemResponse('No key, or an unknown, revoked or wrong key'),
  403: problemResponse('The key’s role may not use this route'),
  413: problemResponse('Request body too large'),
  404: problemResponse(
    'Not found: an unknown case, month or preset, or one of a municipality outside the key’s scope',
  ),
  422: problemResponse('Invalid request: the issues say where'),
  415: problemResponse('The body is not application/json'),
  429: problemResponse('Too many requests with this key (see Retry-After)'),
  500: problemResponse('Internal error'),
  503: problemResponse('The store is unavailable'),
};
const PUBLIC_REFUSALS = { 500: REFUSALS[500], 503: REFUSALS[503] };

type Config = Omit<RouteConfig, 'middleware' | 'security'>;

/**
 * Declares a route that needs a key: createRoute with the refusals, the security requirement and
 * the access guard added, and an entry in {@link ROUTE_TABLE}.
 */
export function defineRoute<const R extends Config>(
  access: RouteAccess & { roles: readonly ApiRole[] },
  config: R,
) {
  ROUTE_TABLE.push({ method: config.method.toUpperCase(), path: config.path, access });
  return createRoute({
    ...config,
    security: [{ bearer: [] }],
    'x-signaalreis-access': access,
    responses: { ...REFUSALS, ...config.responses },
    middleware: [guard(access, config.path)] as const,
  });
}

/** Declares a route without a key (health, the OpenAPI document), and its entry in {@link ROUTE_TABLE}. */
export function definePublicRoute<const R extends Config>(config: R) {
  const access: RouteAccess = { roles: 'public', scope: 'none' };
  ROUTE_TABLE.push({ method: config.method.toUpperCase(), path: config.path, access });
  return createRoute({
    ...config,
    'x-signaalreis-access': access,
    responses: { ...PUBLIC_REFUSALS, ...config.responses },
  });
}
