// The check of the date a routing call decides on: a bad date is an issue, never a RangeError
// from deep inside the calendar.

import { parseIsoDate } from '../model/iso-date';
import { type Issue, prefixIssues } from '../model/issue';

/** The issues of a routing date that is not a real `YYYY-MM-DD` date (path `['on']`), else undefined. */
export function badOn(on: unknown): Issue[] | undefined {
  const parsed = parseIsoDate(on);
  return parsed.ok ? undefined : prefixIssues(parsed.issues, ['on']);
}
