import { fc, test } from '@fast-check/vitest';
import { type CaseJourney, JOURNEY_STAGES, journeyExplanation, worklistBucket } from '@signaalreis/core';
import { expect } from 'vitest';
import { allocationSection, intakenJourney, matchedJourney, routeSection } from './test-support/journeys';

const text = fc.string({ minLength: 1, maxLength: 12 });

test.prop([
  fc.boolean(),
  fc.option(fc.tuple(fc.constantFrom('visit', 'letter', 'phone'), text, text), { nil: undefined }),
  fc.option(fc.tuple(text, text), { nil: undefined }),
  fc.infiniteStream(fc.nat()),
])(
  'explanations come once per explaining section, in stage order, whatever order the sections were added in',
  async (withIntake, route, allocation, order) => {
    const base = withIntake ? await intakenJourney() : matchedJourney();
    const sections: [string, unknown][] = [
      ...(route ? [['route', routeSection(...route)] as [string, unknown]] : []),
      ...(allocation ? [['allocation', allocationSection(...allocation)] as [string, unknown]] : []),
      ...Object.entries(base),
    ];
    // shuffle the keys with the stream of numbers, so the record's key order is random
    const shuffled = [...sections];
    const it = order[Symbol.iterator]();
    for (let i = shuffled.length - 1; i > 0; i--) {
      const k = (it.next().value as number) % (i + 1);
      [shuffled[i], shuffled[k]] = [shuffled[k] as [string, unknown], shuffled[i] as [string, unknown]];
    }
    const j = Object.fromEntries(shuffled) as unknown as CaseJourney;
    const got = journeyExplanation(j);
    const expected = JOURNEY_STAGES.filter(
      (s) => (j[s] as { explanation?: unknown } | undefined)?.explanation !== undefined,
    );
    expect(got.map((e) => e.stage)).toEqual(expected);
    for (const e of got) {
      const own = (j[e.stage] as { explanation: { nl: string; en: string } }).explanation;
      expect({ nl: e.nl, en: e.en }).toEqual(own);
    }
    expect(worklistBucket(j)).toBe(route ? route[0] : withIntake ? 'picked-up' : 'matched');
  },
);
