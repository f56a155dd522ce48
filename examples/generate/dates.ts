// Plain ISO-date arithmetic for the generator (UTC, whole days). August–October 2026 have no
// public holidays under the Algemene termijnenwet, so working days there are Monday–Friday.

const DAY_MS = 86_400_000;

const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** `iso` plus `days` (may be negative). */
export function addDays(iso: string, days: number): string {
  return toIso(toMs(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** Monday–Friday dates of a month, e.g. `workingDays('2026-10')`. */
export function workingDays(month: string): string[] {
  const out: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) {
    const weekday = new Date(toMs(d)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push(d);
  }
  return out;
}

/** The monthly delivery day: the 25th, or the first working day after it (Ouder-Amstel/Uithoorn pilot). */
export function deliveryDay(month: string): string {
  const days = workingDays(month);
  const day = days.find((d) => d >= `${month}-25`);
  if (!day) throw new Error(`no working day on or after the 25th in ${month}`);
  return day;
}

/** `YYYY-MM-DD` → `DD-MM-YYYY` (the Dutch Excel form). Leaves anything else unchanged. */
export function toDutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}
