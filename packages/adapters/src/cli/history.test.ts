// History files for matching (issue 14: a national month carries two months of history, 100,000
// signals and more each). loadHistory appended each file's entries with push(...entries), which
// throws "Maximum call stack size exceeded" from about 150,000 entries on Node 20.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { asIsoDate, asIsoMonth, historyFromSignals, historySieve } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from './cli-test-kit';
import { type HistoryFileRead, loadHistory, readHistoryFile } from './history';
import { loadSignals } from './load-signals';

const ROWS = 200_000;

/**
 * A history signal file of `rows` valid rows with the required columns only (about 16 MB for
 * 200,000), signal ids `${idPrefix}${i}`.
 */
function bigHistory(rows: number, idPrefix = 'H-'): string {
  const lines = [
    'signal_id,partner_id,sector,kind,signal_date,arrear_since,amount,surname,postcode,house_number',
  ];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${idPrefix}${i},ZV-A,health,early,2026-09-${String(1 + (i % 28)).padStart(2, '0')},2026-07-01,312.40,Jansen,7411AB,${1 + (i % 9999)}`,
    );
  return `${lines.join('\n')}\n`;
}

/** An io that shows nothing, in `cwd`, on 2 November 2026. */
const quietIo = (cwd: string) => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  cwd,
  today: asIsoDate('2026-11-02'),
});

describe('loadHistory', () => {
  it(`reads a history signal file of ${ROWS.toLocaleString('en')} rows whole`, {
    timeout: 120_000,
  }, async () => {
    const cwd = fixtureDir({ 'history.csv': bigHistory(ROWS) });
    const io = quietIo(cwd);
    const history = await loadHistory(io, ['history.csv']);
    expect(history.entries).toHaveLength(ROWS);
    expect(history.entries[ROWS - 1]).toMatchObject({ signalId: `H-${ROWS - 1}`, month: '2026-09' });
  });

  it('reads a history signal file through a sieve of the households: the entries of the whole file sieved', async () => {
    const rows = bigHistory(40).split('\n');
    rows.splice(5, 0, 'H-bad,ZV-A,health,early,2026-09-31,2026-07-01,312.40,Jansen,7411AB,7');
    const cwd = fixtureDir({ 'history.csv': `${rows.join('\n')}` });
    const io = quietIo(cwd);
    const month = asIsoMonth('2026-10');
    const households = new Set(['7411AB 3', '7411AB 17', '7411AB 9999']);
    const history = await loadHistory(io, ['history.csv'], { month, households });
    const whole = historySieve(month, households);
    for (const e of historyFromSignals((await loadSignals(io, 'history.csv')).signals)) whole.add(e);
    expect(history.entries.map((e) => e.signalId)).toEqual(['H-2', 'H-16']);
    expect(history.entries).toEqual(whole.entries);
    // rows of other households are not checked: the note does not count them
    expect(history.notes).toEqual([
      'history.csv: signaalbestand, geteld als opgepakt (alleen de rijen van huishoudens met een signaal deze maand gelezen)',
    ]);
    // without households every row is checked, and counted
    expect((await loadHistory(io, ['history.csv'])).notes).toEqual([
      'history.csv: 40 signalen (signaalbestand, geteld als opgepakt, 1 rijen afgekeurd)',
    ]);
  });

  it('the ids of rows left unchecked do not hold the file text (V8 keeps a cut of 13+ characters as a view)', async () => {
    const text = bigHistory(60_000, 'HISTORY-SIGNAL-');
    const cwd = fixtureDir({ 'history.csv': text });
    const io = quietIo(cwd);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapUsed = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heapUsed();
    // no row is of the month's one household: every row is left unchecked, its ids noted
    const read: HistoryFileRead = await readHistoryFile(io, 'history.csv', () => {}, {
      households: () => new Set(['1234AB 1']),
    });
    const held = heapUsed() - before;
    expect(read.unchecked?.(['ZV-A\u0000HISTORY-SIGNAL-59999'])).toBe(true);
    expect(read.unchecked?.(['ZV-B\u0000HISTORY-SIGNAL-59999'])).toBe(false);
    // the ids themselves are ~1.9 MB; as views into the file's text (5.2 M characters) they held ~10 MB
    expect(held).toBeLessThan(text.length);
  });
});
