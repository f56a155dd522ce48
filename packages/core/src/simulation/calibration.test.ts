// Calibration (issue 16): one parameter set, two independent sources — the 66-signal sample of
// March 2023 and the national monitor — each checked figure within ±3 points (mean over 200
// replications). The national channel mix is a project default (no source gives it), so the
// monitor's overall "1 in 5" checks the mix as much as the model; its per-channel figures and the
// sample's margins check the model.
import {
  applyOutcomePatch,
  CALIBRATION_TOLERANCE,
  calibrate,
  DEFAULT_OUTCOME_PARAMETERS,
  NATIONAL_MONITOR,
  SAMPLE_2023,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

const run = (p = DEFAULT_OUTCOME_PARAMETERS, seed = 1) => {
  const r = calibrate(p, { replications: 200, seed });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('calibration of the default outcome parameters', () => {
  const r = run();

  it.each(r.rows.filter((x) => x.checked))('$source, $measure: $target % vs model $mean %', (row) => {
    expect(Math.abs(row.mean - row.target)).toBeLessThanOrEqual(CALIBRATION_TOLERANCE);
    expect(row.low).toBeLessThanOrEqual(row.mean);
    expect(row.high).toBeGreaterThanOrEqual(row.mean);
  });

  it('checks every figure the issue names, for both sources', () => {
    const checked = (id: string) =>
      r.rows
        .filter((x) => x.source === id && x.checked)
        .map((x) => [x.measure, x.target])
        .sort();
    expect(checked('sample-2023')).toEqual(
      [
        ['help-accepted', 12],
        ['not-picked-up', 8],
        ['not-reached', 56],
        ['reached-no-help', 23],
      ].sort(),
    );
    expect(checked('national-monitor')).toEqual(
      [
        ['help-accepted', 7],
        ['help-of-reached', 35],
        ['reached', 20],
        ['reached-letter-only', 6],
        ['reached-with-phone', 59],
        ['reached-with-visit', 46],
      ].sort(),
    );
    expect(r.ok).toBe(true);
  });

  it('uses the populations the sources describe', () => {
    const size = (groups: typeof SAMPLE_2023.groups) => groups.reduce((n, g) => n + g.count, 0);
    expect(size(SAMPLE_2023.groups)).toBe(66);
    const picked = SAMPLE_2023.groups.filter((g) => Array.isArray(g.plan));
    const withChannel = (c: string) =>
      picked
        .filter((g) => (g.plan as { channel: string }[]).some((a) => a.channel === c))
        .reduce((n, g) => n + g.count, 0);
    expect([
      size(picked),
      withChannel('phone'),
      withChannel('email'),
      withChannel('sms'),
      withChannel('home-visit'),
    ]).toEqual([60, 35, 31, 1, 6]);
    expect(size(NATIONAL_MONITOR.groups)).toBe(1000);
  });
});

describe('calibrate', () => {
  it('is deterministic for a seed, and another seed gives other replications', () => {
    expect(run(DEFAULT_OUTCOME_PARAMETERS, 5)).toEqual(run(DEFAULT_OUTCOME_PARAMETERS, 5));
    expect(run(DEFAULT_OUTCOME_PARAMETERS, 6).rows).not.toEqual(run(DEFAULT_OUTCOME_PARAMETERS, 5).rows);
  });

  it('says when a parameter set misses a source', () => {
    const eager = applyOutcomePatch(DEFAULT_OUTCOME_PARAMETERS, {
      reach: { byChannel: { phone: { byAttempt: [0.9] } } },
    });
    if (!eager.ok) throw new Error(JSON.stringify(eager.issues));
    const r = run(eager.value);
    expect(r.ok).toBe(false);
    expect(r.rows.filter((x) => !x.within).map((x) => x.measure)).toContain('reached-with-phone');
  });

  it('bad options give issues', () => {
    const r = calibrate(DEFAULT_OUTCOME_PARAMETERS, { replications: 0, seed: 1.5 });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['bad_replications', 'bad_seed']);
  });
});
