// ISO dates of the simulation's days, computed once each (issue 16): a national month builds
// hundreds of thousands of ledger rows whose dates fall on a few hundred distinct days.
import { epochDay, isoFromEpochDay } from '../../calendar/epoch-day';
import type { IsoDate } from '../../model/iso-date';

const LIMIT = 8192; // cleared when full, so the memory stays bounded over any horizon

/** Day numbers (days since 1970-01-01) to ISO dates and back, cached. */
export class DayCache {
  private readonly isos = new Map<number, IsoDate>();
  private readonly days = new Map<string, number>();

  /** The ISO date of a day number. */
  iso(day: number): IsoDate {
    let iso = this.isos.get(day);
    if (iso === undefined) {
      if (this.isos.size >= LIMIT) this.isos.clear();
      iso = isoFromEpochDay(day);
      this.isos.set(day, iso);
    }
    return iso;
  }

  /** The day number of an ISO date (a valid one). */
  day(iso: string): number {
    let day = this.days.get(iso);
    if (day === undefined) {
      if (this.days.size >= LIMIT) this.days.clear();
      day = epochDay(iso);
      this.days.set(iso, day);
    }
    return day;
  }
}
