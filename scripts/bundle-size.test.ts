// Budgets of the browser bundle (issue 10), measured on the sources so that no build is needed:
// the same esbuild settings as `pnpm bench:bundle`, which measures the built dist.
import { describe, expect, it } from 'vitest';
import { bundleSize, ENTRIES } from './bundle';

const HEAVY = ['date-holidays', 'moment', 'moment-timezone', 'astronomia', 'json-rules-engine'];
const packages = (inputs: readonly string[]) =>
  new Set(
    inputs.flatMap((i) => /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(i)?.slice(1) ?? []),
  );

describe('browser bundle', () => {
  it('runs a month with the type-medium preset in at most 150 KB gzip, without holiday or rule-engine libraries', async () => {
    const size = await bundleSize(ENTRIES['month: core + rules-presets, type-medium'], { source: true });
    expect(size.gzip).toBeLessThanOrEqual(150_000);
    const used = packages(size.inputs);
    for (const heavy of HEAVY) expect(used.has(heavy), heavy).toBe(false);
    expect(size.inputs).toContain('packages/core/src/calendar/holiday-table.ts');
    expect(size.inputs).toContain('packages/rules-presets/presets/municipality/type-medium.json');
  });

  it('keeps isIsoDate alone free of the calendar, luxon and zod', async () => {
    const size = await bundleSize(ENTRIES['isIsoDate from /model'], { source: true });
    expect(size.inputs.filter((i) => i.includes('node_modules'))).toEqual([]);
    expect(size.inputs.some((i) => i.includes('/calendar/'))).toBe(false);
    expect(size.minified).toBeLessThan(1_000);
  });

  it('counts working days from the generated table, not from date-holidays (nor, since issue 14, luxon)', async () => {
    const size = await bundleSize(ENTRIES['addWorkingDays from /calendar'], { source: true });
    expect(size.inputs).toContain('packages/core/src/calendar/holiday-table.ts');
    expect([...packages(size.inputs)]).toEqual([]);
  });
});
