// `run` reads its history signal files in a thread beside the month's file (issue 14, fourteenth
// round, history-keys.ts): the thread checks a row as soon as its household is known to be among the
// month's, out of file order. The history `run` keeps must still be exactly what one sieve of the
// month's households over every file read whole keeps — whatever the ids (the same id twice, of two
// partners, across files), rows that are rejected, lines with a quote, and whenever the households
// come. The thread's way needs the build (dist/cli/history-keys-worker.js).
import { existsSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { csvText, fixtureDir, row } from './cli-test-kit';
import { loadHistory } from './history';
import { HistoryLineChecker } from './history-keys';
import { historyKeysWorkerFile, startHistoryKeys } from './history-keys-thread';
import { HOUSES, historyRow, households, io, month, whole, write } from './history-rows.test-support';

const files = fc.array(fc.array(historyRow, { maxLength: 8 }), { minLength: 1, maxLength: 3 });
// which of them are told before each file is read (the rest when all are)
const told = fc.array(fc.subarray(HOUSES), { minLength: 3, maxLength: 3 });

test.prop([files, households, told], { numRuns: 300 })(
  'read by the checker while the households come: the entries of one sieve over every file read whole',
  async (rows, hs, early) => {
    const { cwd, names } = write(rows);
    const checker = new HistoryLineChecker(io(cwd).today);
    for (const [i, name] of names.entries()) {
      // (households told early that are not the month's would be a bug of the caller: only theirs)
      checker.hint((early[i] ?? []).filter((h) => hs.has(h)));
      await checker.read(io(cwd), name);
    }
    const keyed = checker.finish(hs);
    const got = await loadHistory(io(cwd), names, { month, households: hs, ...(keyed ? { keyed } : {}) });
    expect(got.entries).toEqual(await whole(cwd, names, hs));
    expect(got.notes).toEqual((await loadHistory(io(cwd), names, { month, households: hs })).notes);
  },
);

/** A plain history row of household `house` at 7412AB. */
const plain = (id: string, house: string, partner = 'ZV-A') =>
  row({
    signal_id: id,
    partner_id: partner,
    postcode: '7412AB',
    house_number: house,
    signal_date: '2026-09-24',
  });

describe('HistoryLineChecker: files it leaves to the command’s thread', () => {
  /** The checker's answer for files of `rows`, the first of `hs` told before they are read. */
  const keyedOf = async (files: ReturnType<typeof row>[][], hs: string[]) => {
    const { cwd, names } = write(files);
    const checker = new HistoryLineChecker(io(cwd).today);
    checker.hint(hs.slice(0, 1));
    for (const name of names) await checker.read(io(cwd), name);
    return checker.finish(new Set(hs));
  };
  const finish = async (rows: ReturnType<typeof row>[], hs: string[]) => (await keyedOf([rows], hs))?.[0];

  it('a plain file: its entries of the households in file order (checked out of it), the others not looked at', async () => {
    const keyed = await finish(
      [plain('S3', '2'), plain('S1', '1'), plain('S2', '3'), plain('S4', '1')],
      ['7412AB 2', '7412AB 1'],
    );
    expect(keyed?.map((e) => e.signalId)).toEqual(['S3', 'S1', 'S4']);
  });

  it('two accepted rows with one id (which one counts depends on the order): left', async () => {
    expect(await finish([plain('S1', '1'), plain('S1', '2')], ['7412AB 2', '7412AB 1'])).toBeUndefined();
  });

  it('an accepted row with the id of an unchecked one: left', async () => {
    expect(await finish([plain('S1', '3'), plain('S1', '1')], ['7412AB 1'])).toBeUndefined();
  });

  it('a line with a quote (the reader checks it in order): left', async () => {
    const quoted = row({
      signal_id: 'S9',
      partner_id: 'ZV-A',
      postcode: '7412AB',
      house_number: '1',
      city: 'A, B',
    });
    expect(await finish([plain('S1', '1'), quoted], ['7412AB 1'])).toBeUndefined();
  });

  it('a rejected row of the households is no entry; one of another household is not looked at', async () => {
    const bad = row({
      signal_id: 'S7',
      partner_id: 'ZV-A',
      postcode: '7412AB',
      house_number: '1',
      signal_date: '2026-09-31',
    });
    const keyed = await finish([bad, plain('S1', '1'), plain('S8', '4')], ['7412AB 1']);
    expect(keyed?.map((e) => e.signalId)).toEqual(['S1']);
  });

  it('an entry of a later file with the partner and id of an unchecked row (which would hide it): left', async () => {
    expect(await keyedOf([[plain('S1', '3')], [plain('S1', '1')]], ['7412AB 1'])).toBeUndefined();
    // another partner's S1 hides nothing
    const other = await keyedOf([[plain('S1', '3', 'EN-B')], [plain('S1', '1')]], ['7412AB 1']);
    expect(other?.map((f) => f.length)).toEqual([0, 1]);
  });

  it('a file that cannot be read (missing, no header): left, for the command’s thread to say why', async () => {
    const cwd = fixtureDir({ 'empty.csv': '', 'h.csv': csvText([plain('S1', '1')]) });
    for (const bad of ['missing.csv', 'empty.csv']) {
      const checker = new HistoryLineChecker(io(cwd).today);
      await checker.read(io(cwd), 'h.csv');
      await checker.read(io(cwd), bad);
      expect(checker.finish(new Set(['7412AB 1']))).toBeUndefined();
    }
  });
});

test.prop([files, households, fc.nat(5)], { numRuns: 25 })(
  'read by the thread while the households come: the entries of one sieve over every file read whole',
  async (rows, hs, early) => {
    expect(existsSync(historyKeysWorkerFile()), 'pnpm build first: the thread runs dist/').toBe(true);
    const { cwd, names } = write(rows);
    const keying = startHistoryKeys(io(cwd), names);
    for (const h of [...hs].slice(0, early)) keying.hint(h);
    const keyed = await keying.decide(hs);
    const got = await loadHistory(io(cwd), names, { month, households: hs, ...(keyed ? { keyed } : {}) });
    expect(got.entries).toEqual(await whole(cwd, names, hs));
  },
);

describe('startHistoryKeys: a thread that does not answer', () => {
  it('no built thread: no answer (the files are read here)', async () => {
    const { cwd, names } = write([[plain('S1', '1')], [plain('S2', '2')]]);
    const hs = new Set(['7412AB 1']);
    const keying = startHistoryKeys(io(cwd), names, '/nonexistent/history-keys-worker.js');
    expect(await keying.decide(hs)).toBeUndefined();
  });

  it('a thread that runs out of its heap: no answer (the files are read here)', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => plain(`S${i}`, String(1 + (i % 9999))));
    const { cwd, names } = write([rows]);
    const keying = startHistoryKeys(io(cwd), names, historyKeysWorkerFile(), { maxOldGenerationSizeMb: 4 });
    expect(await keying.decide(new Set(['7412AB 1']))).toBeUndefined();
    // with room, the same thread answers
    const room = await startHistoryKeys(io(cwd), names).decide(new Set(['7412AB 1']));
    expect(room?.[0]?.map((e) => e.signalId)).toEqual(['S0', 'S9999', 'S19998']);
  }, 30_000);

  it('a missing history file: no answer (read here, it gives the user error it gives without the thread)', async () => {
    const { cwd } = write([[plain('S1', '1')]]);
    const names = ['h0.csv', 'missing.csv'];
    const hs = new Set(['7412AB 1']);
    expect(await startHistoryKeys(io(cwd), names).decide(hs)).toBeUndefined();
  });
});
