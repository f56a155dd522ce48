// What handlers share: store refusals as problems, and the access audit that must be written
// before personal data leaves (no audit row, no data).
import type { AccessNote, IsoMonth, Issue, MunicipalityCode } from '@signaalreis/core';
import type { Context } from 'hono';
import type { ServiceEnv } from './env';
import { SERVICE_MESSAGES as M } from './messages';
import { type ProblemResponse, problem } from './problem';

const NOT_FOUND = new Set(['month_not_found', 'case_not_found']);

/**
 * A store's issues as a problem: not found → 404 with exactly the body of a municipality outside
 * the key's scope (so the two cannot be told apart); anything else → 503 without the store's words.
 */
export function storeProblem(
  c: Context<ServiceEnv>,
  issues: readonly Issue[],
): ProblemResponse<'not_found' | 'internal' | 'store_unavailable'> {
  if (issues.some((i) => NOT_FOUND.has(i.code))) return problem(c, 'not_found', { detail: M.notFound });
  return problem(c, issues.some((i) => i.code === 'store_row_invalid') ? 'internal' : 'store_unavailable', {
    detail: M.store,
  });
}

/**
 * Writes the access-audit row of a read or write of personal data by the caller's key (status 200
 * unless `what.status` says otherwise); undefined when written, else the problem to answer instead
 * of the data.
 */
export async function audit(
  c: Context<ServiceEnv>,
  action: string,
  route: string,
  what: { municipality?: MunicipalityCode; month?: IsoMonth; count?: number; status?: number },
): Promise<ProblemResponse<'internal' | 'store_unavailable'> | undefined> {
  const key = c.get('key');
  if (!key) return problem(c, 'internal', { detail: M.internal });
  const written = await c.get('deps').access.audit({ keyId: key.id, action, route, status: 200, ...what });
  return written.ok ? undefined : problem(c, 'store_unavailable', { detail: M.store });
}

/**
 * The access-audit row of a write by the caller's key, for the store to write in the write's own
 * transaction (`WriteOptions.access`): when that row cannot be written, nothing is stored.
 */
export function accessNote(
  c: Context<ServiceEnv>,
  action: string,
  route: string,
  what: { municipality?: MunicipalityCode; month?: IsoMonth; count?: number; status: number },
): AccessNote {
  const key = c.get('key');
  // the guard set the key before any handler that writes runs: without one this is a bug
  if (!key) throw new Error(`no key on a guarded route ${route}`);
  return { keyId: key.id, action, route, ...what };
}
