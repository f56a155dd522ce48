// The compact case file (issue 14) next to the full format 2 it replaces: a file of format 2 (the
// fixture: six cases of the example month as `signaalreis run` and `feedback` on main wrote them)
// is still read, gives the same history and lifecycle records as its compact form, and a case that
// says something other than what could be derived keeps saying it.
import { readFileSync } from 'node:fs';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { type CaseFile, historyFromCaseFile, readCaseFile } from './case-file';
import { compactCase, expandCase } from './case-file-compact';
import { CompactCaseSchema } from './case-file-schema';
import { caseFileText } from './case-file-text';
import { recordOf } from './record-of';

const fixture = new URL('./test-fixtures/cases-2026-10.v2.json', import.meta.url);
const v2: unknown = JSON.parse(readFileSync(fixture, 'utf8'));
const full = okValue(readCaseFile(v2));
const compactText = caseFileText(full);
const ddas = okValue(lifecyclePreset('ddas'));
const noExplanation = (c: CaseFile['cases'][number]) => {
  const { explanation: _e, ...rest } = c;
  return rest;
};

describe('a case file of format 2', () => {
  it('is read, and written again in the compact format 3 is read back to the same cases', () => {
    expect(full.cases).toHaveLength(6);
    expect(JSON.parse(compactText).format).toBe('signaalreis-cases/3');
    const back = okValue(readCaseFile(JSON.parse(compactText)));
    expect(back.cases).toEqual(full.cases.map(noExplanation));
    expect(compactText.length).toBeLessThan(readFileSync(fixture, 'utf8').length / 2);
  });

  it('gives the same history as its compact form (records included: reached from the attempts)', () => {
    const back = okValue(readCaseFile(JSON.parse(compactText)));
    expect(historyFromCaseFile(back)).toEqual(historyFromCaseFile(full));
    expect(historyFromCaseFile(full)).toHaveLength(full.cases.reduce((n, c) => n + c.signals.length, 0));
  });

  it('gives feedback the same lifecycle records from either form (read raw, as feedback does)', () => {
    const raw = (v2 as { cases: unknown[] }).cases;
    const compact = (JSON.parse(compactText) as { cases: unknown[] }).cases;
    const start = full.decidedOn;
    raw.forEach((c, i) => {
      expect(recordOf(ddas, compact[i], i, start)).toEqual(recordOf(ddas, c, i, start));
    });
  });
});

describe('compactCase and expandCase', () => {
  const [first] = full.cases;
  if (!first) throw new Error('fixture without cases');
  const signal = first.signals[0];
  if (!signal) throw new Error('fixture case without signals');

  it('leave out exactly what is derived, and derive it again', () => {
    const compact = compactCase(first);
    for (const key of ['signalIds', 'partners', 'totalAmountCents', 'explanation', 'primaryChannel', 'team'])
      expect(compact).not.toHaveProperty(key);
    expect(expandCase(CompactCaseSchema.parse(compact))).toEqual(noExplanation(first));
  });

  it('keep what differs from what would be derived: an edited file says what it says', () => {
    const odd = {
      ...first,
      signalIds: [signal.signalId],
      partners: ['OTHER'],
      totalAmountCents: 1,
      recidiveMonths: ['2026-08'],
      primaryChannel: 'letter',
      team: 'crisis',
      signals: [
        {
          ...signal,
          ageDays: signal.ageDays + 1,
          naturalPerson: false,
          signalStatus:
            first.signalStatus === 'Opgepakt' ? ('Nog niet opgepakt' as const) : ('Opgepakt' as const),
        },
      ],
    } as unknown as CaseFile['cases'][number];
    const compact = compactCase(odd);
    expect(compact).toMatchObject({ partners: ['OTHER'], totalAmountCents: 1, primaryChannel: 'letter' });
    expect(expandCase(CompactCaseSchema.parse(compact))).toEqual(noExplanation(odd));
  });

  it('a case whose signals add up past what can be counted is refused, not wrapped', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const file = JSON.parse(compactText);
    file.cases[0].signals = [
      { ...file.cases[0].signals[0], signalId: 'X-1', amountCents: big },
      { ...file.cases[0].signals[0], signalId: 'X-2', amountCents: big },
    ];
    delete file.cases[0].record;
    const read = readCaseFile(file);
    expect(read.ok ? [] : read.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_case', 'cases.0.signals'],
    ]);
  });
});
