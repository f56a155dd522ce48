// Where a store is: a folder (PGlite, embedded) or a PostgreSQL URL (a server). A URL's password
// never appears in anything signaalreis prints or writes: it is masked wherever the URL is shown,
// and removed from the text of database errors (docs/security.md).
import { resolve } from 'node:path';
import { fail, issue, ok, type Result } from '@signaalreis/core';
import { STORE_MESSAGES as M } from './messages';

/** A store location: a folder for PGlite, or a server URL with what must never be shown. */
export type StoreTarget =
  | { kind: 'folder'; path: string; shown: string }
  | { kind: 'server'; url: string; shown: string; secrets: string[] };

const SERVER = /^postgres(?:ql)?:\/\//i;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const SECRET_PARAMS = ['password', 'sslpassword'];
const MASK = '****';

/**
 * A store location as it may be shown: a PostgreSQL URL with its password (and any `password` or
 * `sslpassword` parameter) replaced by `****`; anything else as given.
 *
 * @example
 * ```ts
 * import { maskStoreTarget } from '@signaalreis/adapters/store';
 * maskStoreTarget('postgres://signaalreis:s3cret@db.example.nl/vroeg'); // 'postgres://signaalreis:****@db.example.nl/vroeg'
 * maskStoreTarget('./data/store'); // './data/store'
 * ```
 */
export function maskStoreTarget(target: string): string {
  if (!SCHEME.test(target)) return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = MASK;
    for (const p of SECRET_PARAMS) if (url.searchParams.has(p)) url.searchParams.set(p, MASK);
    return url.toString();
  } catch {
    // not parseable: mask what looks like user:password@ and any password parameter
    return target
      .replace(/\/\/([^/@:]*):[^/@]*@/, `//$1:${MASK}@`)
      .replace(/([?&](?:ssl)?password=)[^&]*/gi, `$1${MASK}`);
  }
}

/** The secrets of a URL in every form they may appear in an error text. */
function secretsOf(target: string): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    if (s.length > 0) out.add(s);
    try {
      const decoded = decodeURIComponent(s);
      if (decoded.length > 0) out.add(decoded);
    } catch {
      // not percent-encoded
    }
  };
  try {
    const url = new URL(target);
    add(url.password);
    for (const p of SECRET_PARAMS) for (const v of url.searchParams.getAll(p)) add(v);
  } catch {
    const m = /\/\/[^/@:]*:([^/@]*)@/.exec(target);
    if (m?.[1]) add(m[1]);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * A text with every secret of the store's URL replaced by `****` (for database error messages).
 *
 * @example
 * ```ts
 * import { scrubSecrets } from '@signaalreis/adapters/store';
 * scrubSecrets('bad password s3cret', ['s3cret']); // 'bad password ****'
 * ```
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join(MASK);
  return out;
}

/**
 * Reads a `--store` value: `postgres://…` or `postgresql://…` is a server, any other URL is
 * refused (`store_url_unsupported`), anything else is a folder (relative to `cwd`).
 *
 * @example
 * ```ts
 * import { parseStoreTarget } from '@signaalreis/adapters/store';
 * parseStoreTarget('data/store', '/srv/vroeg'); // { ok: true, value: { kind: 'folder', path: '/srv/vroeg/data/store', shown: 'data/store' } }
 * parseStoreTarget('mysql://db/x', '/srv').ok; // false
 * ```
 */
export function parseStoreTarget(value: string, cwd: string): Result<StoreTarget> {
  const shown = maskStoreTarget(value);
  if (SERVER.test(value)) return ok({ kind: 'server', url: value, shown, secrets: secretsOf(value) });
  if (SCHEME.test(value)) return fail(issue('store_url_unsupported', [], M.urlUnsupported(shown)));
  return ok({ kind: 'folder', path: resolve(cwd, value), shown });
}
