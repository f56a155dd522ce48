import { describe, expect, it } from 'vitest';
import { asCaseId } from '../model/ids';
import { asIsoDate } from '../model/iso-date';
import { must, SIGNALS, testTable } from './fixtures.test-support';
import {
  type CaseRecord,
  createRecord,
  FEEDBACK_CODE_INFO,
  FEEDBACK_CODES,
  partnerFeedback,
  transition,
} from './index';

const table = testTable();
function fresh(): CaseRecord {
  return must(
    createRecord(
      { caseId: asCaseId('2026-10-0001'), status: 'open', signals: SIGNALS },
      asIsoDate('2026-10-26'),
    ),
  );
}

describe('partnerFeedback', () => {
  it('has nothing to say before there is a result', () => {
    expect(partnerFeedback(fresh(), table.feedback)).toEqual({ ok: true, value: [] });
  });

  it('gives each partner only its own signals, with a traced code', () => {
    const help = {
      type: 'accept-help',
      result: 'Vervolghulp en/of verwijzing financieel' as const,
      followUp: { kind: 'referral' as const },
    };
    const helped = must(transition(fresh(), help, table, asIsoDate('2026-10-30'))).record;
    const r = partnerFeedback(helped, table.feedback);
    expect(r.ok && r.value.map((f) => [f.partnerId, f.signalIds, f.code])).toEqual([
      ['P1', ['S1', 'S3'], 'wants-help'],
      ['P2', ['S2'], 'wants-help'],
    ]);
    expect(r.ok && r.value[0]?.source).toContain('signaalreis-2023');
  });

  it('never lets the reason of "not picked up" leave', () => {
    const other = must(transition(fresh(), 'reject', table, asIsoDate('2026-10-27'))).record;
    const r = partnerFeedback(other, table.feedback);
    expect(r.ok && r.value.map((f) => f.code)).toEqual(['not-picked-up', 'not-picked-up']);
    expect(JSON.stringify(r)).not.toMatch(/andere reden|other reason/i);
  });

  it('does not feed back "help accepted" without a concrete follow-up the preset counts', () => {
    const record: CaseRecord = { ...fresh(), result: '(Budget)advies en/of quick fix' };
    expect(partnerFeedback(record, table.feedback)).toMatchObject({
      ok: false,
      issues: [{ code: 'help_without_follow_up' }],
    });
    const advice = { ...record, followUp: { kind: 'advice-only' as const, date: asIsoDate('2026-10-30') } };
    expect(partnerFeedback(advice, table.feedback).ok).toBe(false);
  });

  it('reports results the preset does not map, and bad input', () => {
    const record: CaseRecord = { ...fresh(), result: 'Inwoner heeft al een ander lopend traject' };
    expect(partnerFeedback(record, table.feedback)).toMatchObject({
      ok: false,
      issues: [{ code: 'unmapped_result' }],
    });
    expect(partnerFeedback({} as never, table.feedback).ok).toBe(false);
    expect(partnerFeedback(fresh(), null as never)).toMatchObject({
      ok: false,
      issues: [{ path: ['preset'] }],
    });
  });

  it('labels every code in Dutch and English and names a source', () => {
    for (const code of FEEDBACK_CODES) {
      expect(FEEDBACK_CODE_INFO[code].label.nl.length).toBeGreaterThan(0);
      expect(FEEDBACK_CODE_INFO[code].label.en.length).toBeGreaterThan(0);
      expect(FEEDBACK_CODE_INFO[code].source).toMatch(/signaalreis-2023|ddas-v1\.2/);
    }
    expect(FEEDBACK_CODE_INFO['not-picked-up'].label.nl).toBe('Niet opgepakt');
  });
});
