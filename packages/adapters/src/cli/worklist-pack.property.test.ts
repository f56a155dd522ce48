import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { WorklistLineCase, WorklistLineStep } from '../cases/worklist-lines';
import { packCase, packedCases, unpackCases } from './worklist-pack';

// Any texts (empty, quotes, delimiters, non-Latin-1) and numbers (0, -0, fractions, large), steps with
// and without spacing and parts of the day (also an empty list), cases with no steps.
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '"', ';', '€ 1.234,56', 'x\ny'));
const num = fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.constantFrom(0, -0, 1.5, 2 ** 40));
const step: fc.Arbitrary<WorklistLineStep> = fc.record(
  {
    team: text,
    channel: text,
    attempts: num,
    spacingDays: num,
    partsOfDay: fc.array(text, { maxLength: 3 }),
  },
  { requiredKeys: ['team', 'channel', 'attempts'] },
);
const lineCase: fc.Arbitrary<WorklistLineCase> = fc.record({
  caseId: text,
  priority: num,
  bucket: text,
  deadline: text,
  deadlinePassed: fc.boolean(),
  steps: fc.array(step, { maxLength: 4 }),
  names: text,
  householdKey: text,
  city: text,
  phone: text,
  email: text,
  signals: text,
  total: text,
  explanation: fc.constant(''),
});

test.prop([fc.array(lineCase, { maxLength: 12 })])(
  "a chunk's cases packed as columns come back as they were, in order (explanations travel beside)",
  (cases) => {
    const p = packedCases();
    for (const c of cases) packCase(p, c);
    // what crosses to the worker is a structured clone
    expect(unpackCases(structuredClone(p))).toEqual(cases);
  },
);
