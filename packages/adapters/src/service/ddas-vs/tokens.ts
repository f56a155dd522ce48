// OAuth 2.0 client-credentials bearer tokens of DDAS-VS (standards/ddas-vs-api, iam): a JWT from the
// configured issuer, signed by a key of its JWKS, with scope `read`; verified with jose.
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';

/**
 * Who may call: the issuer of the tokens, the audience they must name (optional), the issuer's
 * keys (a JWKS, its URL, or a jose key function such as `createRemoteJWKSet`), the scope a token
 * must grant (default `read`, DDAS-VS iam) and the clock tolerance in seconds (default 60).
 *
 * @example
 * ```ts
 * import type { DdasVsTokenOptions } from '@signaalreis/adapters/service';
 * const tokens: DdasVsTokenOptions = {
 *   issuer: 'https://auth.example.nl',
 *   audience: 'https://ddas.example.nl/gegevens',
 *   jwks: new URL('https://auth.example.nl/.well-known/jwks.json'), // fetched and cached by jose
 * };
 * ```
 */
export interface DdasVsTokenOptions {
  issuer: string;
  audience?: string;
  jwks: JSONWebKeySet | URL | JWTVerifyGetKey;
  scope?: string;
  clockToleranceSeconds?: number;
}

/** The verdict on a bearer token: the client it was issued to, or why it is refused. */
export type TokenVerdict =
  | { ok: true; client: string }
  | { ok: false; status: 401 | 403; code: 'MISSING' | 'INVALID' | 'EXPIRED' | 'SCOPE' }
  /** The issuer's keys could not be had (JWKS URL down, not 200, timed out, no key set): our fault, not the caller's. */
  | { ok: false; status: 502; code: 'KEYS_UNAVAILABLE'; reason: string };

/**
 * Whether a verification error means the issuer's keys could not be had — the JWKS URL cannot be
 * reached (fetch's TypeError), times out, answers other than 200 or with no key set — rather than
 * that the token is bad. The reason names the error's class only, never the token.
 */
function keysUnavailable(e: unknown): string | undefined {
  if (e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid) return e.code;
  if (e instanceof errors.JOSEError)
    return e.code === 'ERR_JOSE_GENERIC' && /JSON Web Key Set HTTP response/.test(e.message)
      ? 'ERR_JWKS_HTTP_STATUS'
      : undefined;
  // not jose's: the fetch of the key set failed (connection refused, DNS, TLS), or a key function threw
  return e instanceof Error ? e.name : 'unknown';
}

/**
 * Source: DDAS-VS iam (standards/ddas-vs-api): client credentials with scope `read`.
 */
const DEFAULT_SCOPE = 'read';
/** Source: project default (clocks of two organisations differ by seconds, not minutes). */
const DEFAULT_TOLERANCE_SECONDS = 60;

/** The scopes of a token: `scope` as a space-separated string (RFC 9068) or a list; `scp` as well. */
function scopesOf(payload: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const claim of [payload.scope, payload.scp]) {
    if (typeof claim === 'string') out.push(...claim.split(' ').filter(Boolean));
    else if (Array.isArray(claim)) out.push(...claim.filter((s): s is string => typeof s === 'string'));
  }
  return out;
}

/**
 * A verifier of `Authorization` header values. Missing or not `Bearer` → MISSING (401); a bad
 * signature, issuer, audience, algorithm or form → INVALID (401); expired or not yet valid →
 * EXPIRED (401); a valid token without the scope → SCOPE (403); the issuer's keys cannot be had
 * (JWKS URL down, not 200, timed out) → KEYS_UNAVAILABLE (502 as DDAS-VS lists ERROR_CODE_SERVICE_UNREACHABLE: try again later). The client is the token's
 * `client_id`, else `azp`, else `sub`.
 *
 * @example
 * ```ts
 * import { bearerVerifier } from '@signaalreis/adapters/service';
 * const verify = bearerVerifier({ issuer: 'https://auth.example.nl', jwks: { keys: [] } }, () => new Date());
 * const v = await verify(undefined); // { ok: false, status: 401, code: 'MISSING' }
 * ```
 */
export function bearerVerifier(
  options: DdasVsTokenOptions,
  clock: () => Date,
): (authorization: string | undefined) => Promise<TokenVerdict> {
  const keys: JWTVerifyGetKey =
    typeof options.jwks === 'function'
      ? options.jwks
      : options.jwks instanceof URL
        ? createRemoteJWKSet(options.jwks)
        : createLocalJWKSet(options.jwks);
  const scope = options.scope ?? DEFAULT_SCOPE;
  return async (authorization) => {
    const match = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i.exec(authorization ?? '');
    if (!match?.[1]) return { ok: false, status: 401, code: 'MISSING' };
    try {
      const { payload } = await jwtVerify(match[1], keys, {
        issuer: options.issuer,
        ...(options.audience !== undefined ? { audience: options.audience } : {}),
        clockTolerance: options.clockToleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
        currentDate: clock(),
        requiredClaims: ['exp'],
      });
      if (!scopesOf(payload).includes(scope)) return { ok: false, status: 403, code: 'SCOPE' };
      const client = [payload.client_id, payload.azp, payload.sub].find((v) => typeof v === 'string');
      return { ok: true, client: String(client ?? 'unknown') };
    } catch (e) {
      const unavailable = keysUnavailable(e);
      if (unavailable !== undefined)
        return { ok: false, status: 502, code: 'KEYS_UNAVAILABLE', reason: unavailable };
      if (e instanceof errors.JWTExpired) return { ok: false, status: 401, code: 'EXPIRED' };
      if (e instanceof errors.JWTClaimValidationFailed && e.claim === 'nbf')
        return { ok: false, status: 401, code: 'EXPIRED' };
      return { ok: false, status: 401, code: 'INVALID' };
    }
  };
}
