// The store a batch thread keeps open for its runs: opened once (also when two runs ask at once),
// left open by a run's close, closed by closeKeptStores; a refused open is a user error and is not kept.
import { asMunicipalityCode } from '@signaalreis/core';
import { afterEach, describe, expect, it } from 'vitest';
import { freshFolder } from '../store/test-support/backends';
import { closeKeptStores, keptStore, keptStoreCount } from './batch-stores';
import { type CliIo, CliUserError } from './io';

const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: '/', lang: 'nl' };

afterEach(() => closeKeptStores());

describe('keptStore', () => {
  it('opens a store once for all the runs of a thread; a run closing it leaves it open', async () => {
    const target = await freshFolder();
    const [a, b] = await Promise.all([keptStore(io, target, true), keptStore(io, target, true)]);
    expect(keptStoreCount()).toBe(1);
    await a.close();
    const c = await keptStore(io, target, true);
    expect(keptStoreCount()).toBe(1);
    for (const s of [a, b, c]) expect((await s.months(asMunicipalityCode('0363'))).ok).toBe(true);
    expect(c.location).toBe(target);
    await closeKeptStores();
    expect(keptStoreCount()).toBe(0);
    // closed for real: PGlite's folder lock is released, so the store opens again
    const again = await keptStore(io, target, true);
    expect((await again.months(asMunicipalityCode('0363'))).ok).toBe(true);
  }, 60_000);

  it('a refused store is a user error, not kept: the next run tries again', async () => {
    for (let i = 0; i < 2; i++) {
      const refused = keptStore(io, 'mysql://db.example.nl/vroeg', true);
      await expect(refused).rejects.toBeInstanceOf(CliUserError);
      await expect(refused).rejects.toThrow(/mysql:\/\/db\.example\.nl\/vroeg/);
      expect(keptStoreCount()).toBe(0);
    }
  });
});
