// Routing and allocation write their explanations when read (issue 14). A worklist asks for one
// language (contactExplanationIn); it must read exactly what the bilingual sections say, also for
// sections that were copied (a spread copy keeps the texts, not the way to write them).
import { describe, expect, it } from 'vitest';
import { contactExplanationIn, renderDecision, routeMonth } from '../index';
import { caseInput, journeyOf, loaded, ON, signal } from './fixtures.test-support';

const journeys = [1, 2, 3, 4].map((rank) =>
  journeyOf(`2026-10-000${rank}`, caseInput([signal({ amountCents: 30_000 * rank })]), { rank, house: rank }),
);

describe('contactExplanationIn', () => {
  const r = routeMonth(journeys, loaded(), ON);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));

  it('is the route and the allocation explanation in one language, a line apart', () => {
    for (const j of r.value.journeys)
      for (const lang of ['nl', 'en'] as const)
        expect(contactExplanationIn(j, lang)).toBe(
          `${j.route.explanation[lang]}\n${j.allocation.explanation[lang]}`,
        );
  });

  it('reads copied sections too, and the route explains what its own trace says', () => {
    for (const j of r.value.journeys) {
      const copy = { route: { ...j.route }, allocation: { ...j.allocation } };
      expect(contactExplanationIn(copy, 'nl')).toBe(contactExplanationIn(j, 'nl'));
      // the rule's reasons, as its own trace gives them (the outcome's label left out here)
      const reasons = renderDecision(j.route.trace, { lang: 'nl', outcomeLabel: () => '' }).slice(2);
      expect(j.route.explanation.nl).toContain(reasons);
      expect(j.route.trace).toEqual(j.route.trace);
    }
  });
});
