// What the history index's properties share (history-index.property.test.ts,
// history-index-lines.property.test.ts): a generated month's case file and index as `run` writes
// them, and the damages that make an index invalid.
import { fc } from '@fast-check/vitest';
import { asIsoMonth } from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { okValue } from '../csv/fixtures.test-support';
import { caseFilePieces } from './case-file-text';
import { compactPlannedCase } from './compact-planned';
import { HISTORY_INDEX_FORMAT, historyIndexPieces } from './history-index';
import { signalsArb } from './months.test-support';

export const month = asIsoMonth('2026-10');
export const presets = fc.constantFrom('type-small', 'type-medium', 'type-large');

/** The case file and the index `run` writes for a generated month. */
export async function written(
  signals: Parameters<typeof runPresetMonth>[1]['signals'],
  history: never[],
  presetId: string,
) {
  const planned = okValue(
    await runPresetMonth(okValue(municipalityPreset(presetId)), { month, signals, history }),
  );
  const head = { month, preset: presetId, decidedOn: planned.decidedOn };
  return {
    cases: [...caseFilePieces(head, planned.journeys, compactPlannedCase)].join(''),
    index: [...historyIndexPieces(month, planned.journeys)].join(''),
  };
}

/** One damage of an index text's line `at` (an entry) or of its head; each makes it invalid. */
export const DAMAGES: Record<string, (lines: string[], at: number, column: number) => void> = {
  'a field of a wrong type': (lines, at, column) => {
    const row = JSON.parse(lines[at]?.replace(/,$/, '') ?? '[]') as unknown[];
    row[column] = 0.5; // no column takes a fraction: not an id, date, kind, cents or yes/no
    lines[at] = JSON.stringify(row) + (lines[at]?.endsWith(',') ? ',' : '');
  },
  'a field left out': (lines, at) => {
    lines[at] = lines[at]?.replace(/,(null|true|false)\](,?)$/, ']$2') ?? '';
  },
  'a field more': (lines, at) => {
    lines[at] = lines[at]?.replace(/\](,?)$/, ',1]$1') ?? '';
  },
  'a signal twice': (lines, at) => {
    const line = lines[at]?.replace(/,$/, '') ?? '';
    lines.splice(at, 0, `${line},`);
  },
  'another format': (lines) => {
    lines[1] = lines[1]?.replace(HISTORY_INDEX_FORMAT, 'signaalreis-history/2') ?? '';
  },
  'a column renamed': (lines) => {
    lines[3] = lines[3]?.replace('"pickedUp"', '"picked"') ?? '';
  },
  'a month that is not one': (lines) => {
    lines[2] = lines[2]?.replace('2026-10', '2026-13') ?? '';
  },
  'a key more': (lines) => {
    lines.splice(1, 0, '  "note": "edited",');
  },
  'cut short': (lines, at) => {
    lines.length = at + 1;
  },
};

/** The arbitraries of one damage: a month's signals, a preset, the damage, where, which column. */
export const damageArbs = [
  signalsArb,
  presets,
  fc.constantFrom(...Object.keys(DAMAGES)),
  fc.nat(),
  fc.nat(10),
] as const;

/**
 * A generated month's index with one damage at the entry `pick` picks (`fc.pre`: the month has an
 * entry), and the household of that entry as written.
 */
export async function damagedIndex(
  signals: Parameters<typeof written>[0],
  presetId: string,
  damage: string,
  pick: number,
  column: number,
): Promise<{ index: string; text: string; household: string }> {
  const { index } = await written(signals, [], presetId);
  const lines = index.split('\n');
  const count = lines.length - 8;
  fc.pre(count > 0);
  const at = 5 + (pick % count);
  const household = (JSON.parse(lines[at]?.replace(/,$/, '') ?? '[]') as string[])[2] as string;
  DAMAGES[damage]?.(lines, at, column);
  return { index, text: lines.join('\n'), household };
}
