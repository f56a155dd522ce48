import { DEFAULT_INTAKE_CONFIG, loadRoutingConfig, planMonth, runMonth } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { sig } from '../matching/test-support/signals';
import { routingJson } from '../routing/fixtures.test-support';

const routing = (() => {
  const r = loadRoutingConfig(routingJson);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
})();
const floor100 = { ...DEFAULT_INTAKE_CONFIG, floor: { defaultCents: 10_000, source: 'test' } };

describe('planMonth', () => {
  it('routes over the signals intake picked up: a dropped € 400 signal does not lift the case to phone', async () => {
    const month = await runMonth({
      month: '2026-10',
      intake: floor100,
      signals: [
        sig('A', 'rent', { amountCents: 20_000 }),
        sig('B', 'rent', { amountCents: 40_000, person: { surname: 'Jansen BV', legalForm: 'bv' } }),
      ],
    });
    const planned = planMonth(month, routing);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const c = planned.value.cases[0];
    expect(c?.status).toBe('Opgepakt');
    expect(c?.plan?.bucket).toBe('email'); // € 200 alone; with the BV's € 400 it would be phone
  });

  it('leaves cases that are not picked up or wait for manual review unrouted, and keeps them', async () => {
    const month = await runMonth({
      month: '2026-10',
      intake: floor100,
      signals: [sig('A', 'rent', { amountCents: 5_000 })],
    });
    const planned = planMonth(month, routing);
    expect(planned.ok && planned.value.cases.map((c) => [c.bucket, c.worklistBucket, c.plan])).toEqual([
      ['not-picked-up', 'not-picked-up', undefined],
    ]);
  });
});
