// The service's keys and access audit: an interface (what the service needs) and the key format.
// Keys are `sr_<id>_<secret>`: a random id to find the key, and a random secret of 32 bytes of
// which only the sha256 is stored. The secret is high-entropy (256 bits), so a fast hash is right:
// a slow password hash (bcrypt, argon2) protects guessable passwords, and nobody guesses 2^256.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IsoMonth, MunicipalityCode, PartnerId, Result, WriteOptions } from '@signaalreis/core';

/**
 * The roles a key can have (docs/service.md, "Keys and roles").
 *
 * @example
 * ```ts
 * import { API_ROLES } from '@signaalreis/adapters/store';
 * API_ROLES.includes('officer'); // true: reads the cases of its municipalities
 * ```
 */
export const API_ROLES = ['officer', 'partner', 'researcher', 'admin'] as const;

/**
 * What a key may do: `officer` reads the cases of its municipalities, `partner` reads the feedback
 * about its own signals, `researcher` reads aggregates of its municipalities, `admin` manages keys.
 */
export type ApiRole = (typeof API_ROLES)[number];

/** A key as the store keeps it: everything but its secret. */
export interface ApiKeyInfo {
  /** 16 hex digits; the public part of the key, used in logs and the access audit. */
  id: string;
  role: ApiRole;
  /** The CBS codes the key may read (officer, partner, researcher); empty for admin. */
  municipalities: MunicipalityCode[];
  /** The partner id of a partner key. */
  partner?: PartnerId;
  /** A note for people (who holds the key); never checked. */
  label?: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
  /** ISO 8601 timestamp, once the key is revoked. */
  revokedAt?: string;
}

/** What a new key is for. */
export interface NewApiKey {
  role: ApiRole;
  municipalities: readonly MunicipalityCode[];
  partner?: PartnerId;
  label?: string;
}

/** One access to personal data (or a refused attempt): never the data, only what and how much. */
export interface AccessAuditEntry {
  keyId: string;
  /** e.g. `read-cases`, `read-case`, `export-ddas`, `denied`. */
  action: string;
  /** The route pattern (`/municipalities/{code}/cases/{caseId}`), never the URL with its values. */
  route: string;
  municipality?: MunicipalityCode;
  month?: IsoMonth;
  /** How many records were given out (cases, signals, rows). */
  count?: number;
  /** The HTTP status answered. */
  status: number;
}

/** An access-audit row as read back. */
export interface StoredAccessAuditEntry extends AccessAuditEntry {
  id: number;
  /** ISO 8601 timestamp of the store's clock. */
  at: string;
}

/**
 * The keys of the service and its access audit, kept in the case store's database. Every method
 * returns a `Result`; database failures are `store_failed` issues.
 */
export interface AccessStore {
  /**
   * Makes a key; the full key (`sr_<id>_<secret>`) is in the value once and never again. With
   * `options.access`, that access-audit row is written in the same transaction: no row, no key.
   */
  createKey(key: NewApiKey, options?: WriteOptions): Promise<Result<{ key: string; info: ApiKeyInfo }>>;
  /** The key a presented `sr_…` string belongs to, if it is known, not revoked and its secret matches. */
  verifyKey(presented: string): Promise<Result<ApiKeyInfo>>;
  /** Every key, oldest first (no secrets). */
  listKeys(): Promise<Result<ApiKeyInfo[]>>;
  /**
   * Revokes a key (`key_not_found` for an unknown id); revoking twice keeps the first time. With
   * `options.access`, that access-audit row is written in the same transaction.
   */
  revokeKey(id: string, options?: WriteOptions): Promise<Result<ApiKeyInfo>>;
  /** Writes one access-audit row. */
  audit(entry: AccessAuditEntry): Promise<Result<void>>;
  /**
   * Counts a request of `keyId` in the minute `window` (ms since the epoch / 60,000, rounded down)
   * and gives the count so far in that minute — one atomic statement, so that several processes on
   * one database share the count (the service's rate limit on a PostgreSQL server store).
   */
  countRequest(keyId: string, window: number): Promise<Result<number>>;
  /** The access audit, newest first, at most `limit` rows (default 1,000). */
  auditLog(filter?: {
    municipality?: MunicipalityCode;
    keyId?: string;
    limit?: number;
  }): Promise<Result<StoredAccessAuditEntry[]>>;
}

const KEY = /^sr_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** A new random key: id (8 bytes, hex) and secret (32 bytes, base64url), and the secret's sha256. */
export function newKeyParts(): { id: string; secret: string; key: string; sha256: string } {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, key: `sr_${id}_${secret}`, sha256: sha256Hex(secret) };
}

/** The sha256 of a secret, hex. */
export const sha256Hex = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** The id and secret of a presented key, or undefined when it does not have the key's form. */
export function splitKey(presented: string): { id: string; secret: string } | undefined {
  const m = KEY.exec(presented);
  return m ? { id: m[1] as string, secret: m[2] as string } : undefined;
}

/** Whether `secret` hashes to `stored` (hex), compared in constant time. */
export function secretMatches(secret: string, stored: string): boolean {
  const a = Buffer.from(sha256Hex(secret), 'hex');
  const b = Buffer.from(stored, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
