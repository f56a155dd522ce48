import { asIsoMonth, type PlannedMonth } from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleMonth } from '../build.mjs';
import { monthSummary } from './summary';

let sample: Awaited<ReturnType<typeof sampleMonth>>;
let month: PlannedMonth;

beforeAll(async () => {
  sample = await sampleMonth();
  const preset = municipalityPreset('type-small');
  if (!preset.ok) throw new Error('type-small does not load');
  const run = await runPresetMonth(preset.value, {
    month: asIsoMonth(sample.month),
    signals: sample.signals,
    history: sample.history,
  });
  if (!run.ok) throw new Error(run.issues.map((i) => i.message.en).join('; '));
  month = run.value;
});

describe('the sample month', () => {
  it('is examples/data read with the adapters: October with August and September as history', () => {
    expect(sample.files.map((f) => f.file)).toEqual([
      'examples/data/signals-2026-10.csv',
      'examples/data/signals-2026-08.csv',
      'examples/data/signals-2026-09.csv',
    ]);
    const [october] = sample.files;
    expect(sample.signals).toHaveLength((october?.rows ?? 0) - (october?.rejected ?? 0));
    expect(
      sample.history.every((h: { month: string }) => h.month === '2026-08' || h.month === '2026-09'),
    ).toBe(true);
  });
});

describe('monthSummary', () => {
  it('counts every case once per bucket, and every contacted case once per primary channel', () => {
    const s = monthSummary(month);
    expect(s.cases).toBe(month.journeys.length);
    expect(s.byBucket.reduce((n, b) => n + b.count, 0)).toBe(s.cases);
    expect(s.pickedUp + s.manualReview + s.notPickedUp).toBe(s.cases);
    const contacted = month.journeys.filter((j) => j.allocation?.primaryChannel).length;
    expect(s.byChannel.reduce((n, b) => n + b.count, 0)).toBe(contacted);
    expect(s.capacity).toHaveLength(month.allocation.usage.length);
    expect(s.byBucket.map((b) => b.bucket.nl)).toContain('Huisbezoek');
  });

  it('lists the first worklist lines in worklist order, one per contact step', () => {
    const s = monthSummary(month, 5);
    const steps = month.journeys.reduce((n, j) => n + (j.route ? (j.allocation?.steps.length ?? 0) : 0), 0);
    expect(s.worklist).toHaveLength(5);
    expect(s.worklistTotal).toBe(steps);
    const priority = (caseId: string) =>
      month.journeys.find((j) => j.caseId === caseId)?.route?.priority ?? 0;
    const priorities = s.worklist.map((w) => priority(w.caseId));
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    expect(monthSummary(month, 0).worklist).toEqual([]);
  });

  it('masks personal data: no name, phone number or e-mail address appears whole', () => {
    const s = monthSummary(month, 1_000);
    const shown = JSON.stringify(s.worklist);
    for (const sig of sample.signals) {
      if (sig.contact.phone) expect(shown).not.toContain(sig.contact.phone);
      if (sig.contact.email) expect(shown).not.toContain(sig.contact.email);
      if (sig.person.surname.length > 1) expect(shown).not.toContain(sig.person.surname);
    }
    for (const w of s.worklist) {
      expect(w.name).toMatch(/^[\p{L}.]* ?\p{L}\.$|^—$/u);
      if (w.phone) expect(w.phone).toMatch(/^\*+\d{2}$/);
      if (w.email) expect(w.email).toMatch(/^.\*\*\*@\*\*\*(\.[a-z]+)?$/);
    }
  });

  it("shows a team without a label (a preset's own team) by its id", () => {
    const j = month.journeys.find((x) => x.allocation?.primaryChannel);
    if (!j?.allocation) throw new Error('no contacted case');
    const changed = {
      ...month,
      journeys: [{ ...j, allocation: { ...j.allocation, team: 'wijkteam-noord' } }],
    } as unknown as PlannedMonth;
    expect(monthSummary(changed).byChannel[0]?.team).toEqual({ nl: 'wijkteam-noord', en: 'wijkteam-noord' });
    // a team the preset declares (issue 13) is shown by its label
    const label = { nl: 'Wijkteam Noord', en: 'Neighbourhood team North' };
    const declared = { ...changed, teams: [{ id: 'wijkteam-noord', label, source: 'x' }] } as PlannedMonth;
    expect(monthSummary(declared).byChannel[0]?.team).toEqual(label);
  });
});
