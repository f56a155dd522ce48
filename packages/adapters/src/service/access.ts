// Who may call a route: every route carries its access (`roles`, `scope`) in the route table, and
// this middleware enforces it before anything else of the route runs — the key, the rate, the
// role, and the municipality or partner the request is about.
import { isMunicipalityCode, type MunicipalityCode } from '@signaalreis/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiKeyInfo, ApiRole } from '../store/access-store';
import type { ServiceEnv } from './env';
import { SERVICE_MESSAGES as M } from './messages';
import { problem } from './problem';

/**
 * The access of a route: the roles that may call it and what it is scoped by — `municipality`
 * (the `{code}` of its path must be one of the key's municipalities, else 404), `partner` (as
 * municipality, and a partner key only for its own partner id) or `none`. `public` routes need no key.
 */
export interface RouteAccess {
  roles: readonly ApiRole[] | 'public';
  scope: 'municipality' | 'partner' | 'none';
  /**
   * An admin key (which has no municipalities) may use this municipality-scoped route for every
   * municipality: setting a municipality's active preset. Never on a route that reads case data.
   */
  adminEverywhere?: true;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Counts a request of `keyId` in its minute; the seconds to wait when over the limit. In memory per
 * process (a window from the key's first request), or — with a PostgreSQL server store, where several
 * processes serve one database — in the store (`countRequest`, minutes of the clock), so they share it.
 */
async function overLimit(c: Context<ServiceEnv>, keyId: string): Promise<number | 'store' | undefined> {
  const { windows, limits, clock, sharedRate, access } = c.get('deps');
  const now = clock().getTime();
  if (sharedRate) {
    const minute = Math.floor(now / 60_000);
    const counted = await access.countRequest(keyId, minute);
    if (!counted.ok) return 'store';
    if (counted.value <= limits.requestsPerMinute) return undefined;
    return Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000));
  }
  const w = windows.get(keyId);
  if (!w || now - w.start >= 60_000) {
    windows.set(keyId, { start: now, count: 1 });
    return undefined;
  }
  w.count += 1;
  if (w.count <= limits.requestsPerMinute) return undefined;
  return Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
}

/** Writes a `denied` access-audit row: someone asked for data outside the key's scope. */
async function denied(c: Context<ServiceEnv>, key: ApiKeyInfo, route: string, municipality?: string) {
  await c.get('deps').access.audit({
    keyId: key.id,
    action: 'denied',
    route,
    status: 404,
    ...(municipality && isMunicipalityCode(municipality) ? { municipality } : {}),
  });
}

/**
 * The middleware that enforces `access` for the route `pattern`: 401 without a valid key
 * (`WWW-Authenticate: Bearer`), 429 over the rate (`Retry-After`), 403 for a role the route does
 * not allow or another partner's feedback, 404 for a municipality outside the key's scope — the
 * same body as for a case that does not exist.
 */
export function guard(access: RouteAccess, pattern: string): MiddlewareHandler<ServiceEnv> {
  return async (c, next) => {
    if (access.roles === 'public') return next();
    const m = BEARER.exec(c.req.header('authorization') ?? '');
    const auth = { headers: { 'www-authenticate': 'Bearer realm="signaalreis"' } };
    if (!m) return problem(c, 'unauthorized', { detail: M.noKey, ...auth });
    const verified = await c.get('deps').access.verifyKey(m[1] as string);
    if (!verified.ok) {
      if (verified.issues.some((i) => i.code === 'store_failed')) return problem(c, 'store_unavailable');
      return problem(c, 'unauthorized', { detail: M.badKey, ...auth });
    }
    const key = verified.value;
    c.set('key', key);
    const wait = await overLimit(c, key.id);
    if (wait === 'store') return problem(c, 'store_unavailable');
    if (wait !== undefined)
      return problem(c, 'rate_limited', {
        detail: M.rate(c.get('deps').limits.requestsPerMinute),
        headers: { 'retry-after': String(wait) },
      });
    if (!access.roles.includes(key.role)) return problem(c, 'forbidden', { detail: M.role(access.roles) });
    if (access.scope === 'none') return next();
    if (access.adminEverywhere && key.role === 'admin') return next();
    // the municipality of the path, or of the query on a route without one in its path (the
    // researcher's export: `?municipality=`)
    const code = c.req.param('code') ?? c.req.query('municipality');
    // a code that is no code: the validator answers 422 (nothing of anyone's data is involved)
    if (
      code !== undefined &&
      isMunicipalityCode(code) &&
      !key.municipalities.includes(code as MunicipalityCode)
    ) {
      await denied(c, key, pattern, code);
      return problem(c, 'not_found', { detail: M.notFound });
    }
    if (access.scope === 'partner' && key.role === 'partner') {
      const partner = c.req.query('partner');
      if (partner !== undefined && partner !== key.partner)
        return problem(c, 'forbidden', { detail: M.otherPartner });
    }
    return next();
  };
}
