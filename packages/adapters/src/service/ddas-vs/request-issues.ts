// zod's verdict on a GegevensRequest as issues of the project: the field's path and a sentence of
// our own (zod's texts can echo a value, and CBS may log what it receives).

import type { z } from '@hono/zod-openapi';
import type { Issue } from '@signaalreis/core';
import { DDAS_VS_MESSAGES as M } from './messages';

const EXPECTED: Record<string, string> = {
  string: 'text',
  int: 'a whole number',
  number: 'a number',
  object: 'an object',
};

/** One zod issue as an issue `request_<kind>` with its path. */
export function requestIssue(i: z.core.$ZodIssue): Issue {
  const path = i.path.map((p) => (typeof p === 'number' ? p : String(p)));
  switch (i.code) {
    case 'invalid_type':
      return { code: 'request_type', path, message: M.issueType(EXPECTED[i.expected] ?? i.expected) };
    case 'unrecognized_keys':
      return { code: 'request_unknown_field', path, message: M.issueUnknownKeys(i.keys) };
    case 'invalid_format':
      return { code: 'request_date', path, message: M.issueDate };
    case 'too_small':
      return { code: 'request_too_small', path, message: M.issueTooSmall(String(i.minimum)) };
    case 'too_big':
      return { code: 'request_too_big', path, message: M.issueTooBig(String(i.maximum)) };
    case 'custom':
      return i.params?.code === 'period_order'
        ? { code: 'request_period_order', path, message: M.issuePeriodOrder }
        : { code: 'request_other', path, message: M.issueOther };
    default:
      return { code: 'request_other', path, message: M.issueOther };
  }
}
