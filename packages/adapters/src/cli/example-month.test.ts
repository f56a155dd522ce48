import { describe, expect, it } from 'vitest';
import { runCli } from './cli-test-kit';
import type { ValidationReport } from './validation-report';

const OCTOBER = 'examples/data/signals-2026-10.csv';
const EXCEL = 'examples/data/signals-2026-10-excel.csv';
const json = async (file: string) => {
  const { code, stdout, stderr } = await runCli(['validate', file, '--format', 'json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as ValidationReport;
};

describe('signaalreis validate on the example month (examples/data)', () => {
  it('accepts the good rows and rejects the eight deliberate bad ones; the counts add up', async () => {
    const r = await json(OCTOBER);
    expect(r.rows).toBe(250);
    expect(r.rows).toBe(r.accepted + r.rejected.length);
    expect(r.rejected).toHaveLength(8);
    expect(r.accepted).toBe(242);
    const sectorTotal = Object.values(r.bySector).reduce((a, b) => a + b, 0);
    expect(sectorTotal).toBe(r.accepted);
    expect(r.byPartner.reduce((a, p) => a + p.signals, 0)).toBe(r.accepted);
    expect(r.multiPartnerHouseholds).toBeGreaterThanOrEqual(15);
    expect(r.households).toBeLessThan(r.accepted);
  });

  it('reads the Dutch Excel export (Windows-1252, ";") to the same result', async () => {
    const canonical = await json(OCTOBER);
    const excel = await json(EXCEL);
    expect(excel.encoding).toBe('windows-1252');
    expect(excel.delimiter).toBe(';');
    const pick = (r: ValidationReport) => ({
      rows: r.rows,
      accepted: r.accepted,
      rejectedRows: r.rejected.map((x) => x.row),
      bySector: r.bySector,
      byKind: r.byKind,
      households: r.households,
      multiPartnerHouseholds: r.multiPartnerHouseholds,
      totalAmountCents: r.totalAmountCents,
    });
    expect(pick(excel)).toEqual(pick(canonical));
  });

  it('exits 1 under --strict, because the example month has bad rows', async () => {
    expect((await runCli(['validate', OCTOBER, '--strict'])).code).toBe(1);
  });
});
