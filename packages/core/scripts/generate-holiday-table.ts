// Writes packages/core/src/calendar/holiday-table.ts from date-holidays (see holiday-table.ts in
// this folder). Run after upgrading date-holidays or changing the year range:
//   pnpm --filter @signaalreis/core generate:holidays
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderHolidayTable } from './holiday-table';

const target = fileURLToPath(new URL('../src/calendar/holiday-table.ts', import.meta.url));
writeFileSync(target, renderHolidayTable());
console.log(`wrote ${target}`);
