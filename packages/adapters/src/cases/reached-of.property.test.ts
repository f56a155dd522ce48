// reachedOf skips the schema for a case without a lifecycle record (issue 14: every case `run`
// writes has none, and a failed safeParse per case was a tenth of a history thread's time in a
// year's month). It must answer what the schema alone answers, for any record value.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import * as z from 'zod';
import { type CaseFileCase, reachedOf } from './case-file';

/** The schema-only answer (reachedOf before the shortcut). */
const Attempts = z.looseObject({ attempts: z.array(z.looseObject({ reached: z.boolean() })) });
function schemaOnly(record: unknown, reached: boolean | undefined): boolean | undefined {
  const parsed = Attempts.safeParse(record);
  if (parsed.success && parsed.data.attempts.length > 0) return parsed.data.attempts.some((a) => a.reached);
  return reached;
}

const attempt = fc.record({ reached: fc.oneof(fc.boolean(), fc.anything()) }, { requiredKeys: [] });
const record = fc.oneof(
  fc.anything(),
  fc.constantFrom(undefined, null, 0, '', [], {}),
  fc.record({ attempts: fc.array(attempt, { maxLength: 4 }) }),
  fc.record({ attempts: fc.oneof(fc.anything(), fc.array(attempt)), other: fc.anything() }),
);

test.prop([record, fc.option(fc.boolean(), { nil: undefined }), fc.boolean()])(
  'reachedOf answers what the schema alone answers, with or without a record',
  (r, reached, withRecord) => {
    const c = { reached, ...(withRecord ? { record: r } : {}) } as unknown as CaseFileCase & {
      record?: unknown;
    };
    expect(reachedOf(c)).toBe(schemaOnly(withRecord ? r : undefined, reached));
  },
);
