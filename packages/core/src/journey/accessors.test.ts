import { journeyExplanation, worklistBucket } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { allocationSection, intakenJourney, matchedJourney, routeSection } from './test-support/journeys';

describe('journeyExplanation', () => {
  it('is empty for a journey only matching has seen (matching does not explain itself)', () => {
    expect(journeyExplanation(matchedJourney())).toEqual([]);
  });

  it('gives intake’s own explanation after intake', async () => {
    const j = await intakenJourney();
    expect(journeyExplanation(j)).toEqual([{ stage: 'intake', ...j.intake.explanation }]);
    expect(journeyExplanation(j)[0]?.nl).toMatch(/^Opgepakt \(bak: opgepakt\)\. S0: Opgepakt\./);
  });

  it('lists intake, route and allocation in stage order, whatever order the record was built in', async () => {
    const j = await intakenJourney();
    const allocation = allocationSection(
      'Eindplan: huisbezoek (wijkteam)',
      'Final plan: home visit (district team)',
    );
    const route = routeSection('visit', 'huisbezoek: …', 'home visit: …');
    const built = { allocation, route, ...j }; // keys in another order than the stages
    expect(journeyExplanation(built)).toEqual([
      { stage: 'intake', ...j.intake.explanation },
      { stage: 'route', nl: 'huisbezoek: …', en: 'home visit: …' },
      {
        stage: 'allocation',
        nl: 'Eindplan: huisbezoek (wijkteam)',
        en: 'Final plan: home visit (district team)',
      },
    ]);
  });

  it('never changes the journey it reads', async () => {
    const j = await intakenJourney();
    const copy = structuredClone(j);
    journeyExplanation(j);
    worklistBucket(j);
    expect(j).toEqual(copy);
  });
});

describe('worklistBucket', () => {
  it('is `matched` before intake, the intake outcome after intake, the routing bucket once routed', async () => {
    expect(worklistBucket(matchedJourney())).toBe('matched');
    const j = await intakenJourney();
    expect(worklistBucket(j)).toBe('picked-up');
    expect(worklistBucket({ ...j, route: routeSection('visit', 'huisbezoek', 'home visit') })).toBe('visit');
  });

  it('shows manual-review for a case matching flagged (40 signals at one address): intake’s decision is final', async () => {
    const j = await intakenJourney(40);
    expect(j.match.manualReview).toBe(true);
    expect(worklistBucket(j)).toBe('manual-review');
  });
});
