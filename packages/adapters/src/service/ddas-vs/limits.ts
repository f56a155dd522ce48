// Two small memories of the endpoint: the rate limit per client (a fixed window) and the cache of
// whole deliveries, so that the pages of one delivery come from one and the same delivery.
import type { Result } from '@signaalreis/core';
import type { Uitwisselmodel } from '../../ddas/types';

/**
 * A fixed-window counter per client: `allow(client)` is false once a client made `requests` calls
 * in the current window of `perSeconds` seconds (then `retryAfter` says in how many seconds the
 * window ends).
 */
export function rateLimiter(rate: { requests: number; perSeconds: number }, clock: () => Date) {
  const windows = new Map<string, { start: number; count: number }>();
  const span = rate.perSeconds * 1000;
  return (client: string): { allowed: boolean; retryAfter: number } => {
    const now = clock().getTime();
    if (windows.size > 1000) for (const [k, w] of windows) if (now - w.start >= span) windows.delete(k);
    const w = windows.get(client);
    if (!w || now - w.start >= span) {
      windows.set(client, { start: now, count: 1 });
      return { allowed: true, retryAfter: 0 };
    }
    w.count += 1;
    return { allowed: w.count <= rate.requests, retryAfter: Math.ceil((w.start + span - now) / 1000) };
  };
}

/**
 * Source: project default. DDAS-VS allows a cache that is refreshed at least daily; 15 minutes is
 * long enough for CBS to fetch every page of one delivery, short enough to follow the store.
 */
export const DELIVERY_CACHE_SECONDS = 15 * 60;
/** Source: project default (a delivery of 150,000 signals takes a few hundred MB in memory). */
const DELIVERY_CACHE_ENTRIES = 4;

/**
 * The deliveries asked for lately, by period and organisation: a delivery is made once and its
 * pages are cut from it until it is `seconds` old. Failures are not kept. `seconds` 0: no cache.
 */
export function deliveryCache(seconds: number, clock: () => Date) {
  const entries = new Map<string, { at: number; value: Promise<Result<Uitwisselmodel>> }>();
  return (key: string, make: () => Promise<Result<Uitwisselmodel>>): Promise<Result<Uitwisselmodel>> => {
    const now = clock().getTime();
    const hit = entries.get(key);
    if (hit && now - hit.at < seconds * 1000) return hit.value;
    const value = make();
    if (seconds <= 0) return value;
    entries.delete(key);
    entries.set(key, { at: now, value });
    while (entries.size > DELIVERY_CACHE_ENTRIES) entries.delete(entries.keys().next().value as string);
    value.then(
      (r) => r.ok || entries.get(key)?.value !== value || entries.delete(key),
      () => entries.get(key)?.value === value && entries.delete(key),
    );
    return value;
  };
}
