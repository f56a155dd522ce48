// Issue 13 (domain): the pilot's automatic closure after 28 days may not set "Definitief geen
// contact" before the three visits its give-up needs. pilot-ouder-amstel-uithoorn-2019, section
// 1.4.1: "Er worden tenminste drie pogingen ondernomen om via een huisbezoek contact te leggen. Dit
// gebeurt op wisselende dagen en tijden." Section 1.4.4: "Definitief geen contact — Het is niet
// gelukt om via de verschillende kanalen contact te krijgen"; "Geen contact, nog een poging — Het is
// nog niet gelukt om contact te krijgen, maar er worden pogingen ondernomen."
import {
  applyDue,
  asCaseId,
  asIsoDate,
  asLifecycleTime,
  asPartnerId,
  asSignalId,
  type CaseRecord,
  createRecord,
  recordAttempt,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { lifecyclePreset } from '../index';

const loaded = lifecyclePreset('pilot-ouder-amstel-uithoorn');
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const table = loaded.value;

function fresh(): CaseRecord {
  const r = createRecord(
    {
      caseId: asCaseId('2026-10-0001'),
      status: 'not-started',
      signals: [{ signalId: asSignalId('S1'), partnerId: asPartnerId('P1'), sector: 'rent' }],
      plan: { steps: [{ channel: 'home-visit', team: 'debt-assistance', attempts: 3, spacingDays: 2 }] },
    },
    asIsoDate('2026-10-26'),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function visited(days: string[]): CaseRecord {
  let r = fresh();
  for (const d of days) {
    const next = recordAttempt(
      r,
      { kind: 'Huisbezoek', reached: false, date: asIsoDate(d), time: '19:00' },
      table,
      asIsoDate(d),
    );
    if (!next.ok) throw new Error(JSON.stringify(next.issues));
    r = next.value;
  }
  return r;
}

describe('pilot lifecycle: "Er worden tenminste drie pogingen ondernomen om via een huisbezoek contact te leggen" before "Definitief geen contact"', () => {
  it('after 28 days with no visit the case is not closed: "Geen contact, nog een poging", no result, no feedback code', () => {
    const due = applyDue(fresh(), table, asLifecycleTime('2026-11-23'));
    expect(due.ok).toBe(true);
    if (!due.ok) return;
    expect(due.value.record.status).toBe('no-contact-retrying');
    expect(due.value.record.result).toBeUndefined();
    expect(due.value.effects.filter((e) => e.type === 'notify-partner')).toEqual([]);
  });

  it('after 28 days with two visits: still open', () => {
    const due = applyDue(visited(['2026-10-27', '2026-10-29']), table, asLifecycleTime('2026-11-23'));
    expect(due.ok && due.value.record.status).toBe('no-contact-retrying');
  });

  it('after 28 days with three visits on different days: "Definitief geen contact", fed back', () => {
    const due = applyDue(
      visited(['2026-10-27', '2026-10-29', '2026-11-02']),
      table,
      asLifecycleTime('2026-11-23'),
    );
    expect(due.ok).toBe(true);
    if (!due.ok) return;
    expect(due.value.record.status).toBe('no-contact-final');
    expect(due.value.record.result).toBe('Definitief geen contact kunnen krijgen');
    expect(due.value.effects.some((e) => e.type === 'notify-partner')).toBe(true);
  });
});
