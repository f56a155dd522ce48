// Issue 9: one feedback file per partner, and no partner's feedback lost to another's file name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixtureDir, runCliEn } from './cli-test-kit';

const notPickedUp = (caseId: string, signalId: string, partnerId: string) => ({
  caseId,
  signalIds: [signalId],
  signalStatus: 'Niet opgepakt: andere reden',
  intakeOutcome: 'not-picked-up',
  plan: [],
  explanation: { nl: '', en: '' },
  signals: [{ signalId, partnerId, sector: 'energy', kind: 'early' }],
});

describe('feedback file names per partner (issue 9)', () => {
  it('EN.WKR, EN_WKR, EN-WKR and en-wkr each get their own file with their own signals', async () => {
    const partners = ['EN.WKR', 'EN_WKR', 'EN-WKR', 'en-wkr', 'EN/WKR', '../EN', '.EN'];
    const file = {
      month: '2026-10',
      cases: partners.map((p, i) => notPickedUp(`2026-10-${String(i + 1).padStart(4, '0')}`, `S-${i}`, p)),
    };
    const dir = fixtureDir({ 'cases.json': JSON.stringify(file) });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-10-26', '--out', 'fb'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = join(dir, 'fb');
    const files = readdirSync(out).filter((f) => f.startsWith('feedback-'));
    expect(files).toHaveLength(partners.length);
    // distinct even on a case-insensitive file system
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(partners.length);
    const seen = files.flatMap(
      (f) =>
        parse(readFileSync(join(out, f), 'utf8'), { columns: true }) as {
          partner_id: string;
          signal_id: string;
        }[],
    );
    expect(seen.map((s) => [s.partner_id, s.signal_id]).sort()).toEqual(
      partners.map((p, i) => [p, `S-${i}`]).sort(),
    );
    expect(readdirSync(dir).sort()).toEqual(['cases.json', 'fb']);
    expect(readFileSync(join(out, 'feedback-EN-WKR.csv'), 'utf8')).toMatch(/EN-WKR,S-2/);
  });
});
