// The case store of `signaalreis batch --store`: opened once per thread and kept open for all the
// runs that thread does (opening PGlite takes seconds; a server connection and its schema check
// tens of milliseconds — a platform's month has ~200 runs), closed when the batch ends. Each run
// still opens and closes "its" store as `signaalreis run --store` does; what it gets is this
// thread's store with a `close` that leaves it open.
import type { CaseStore } from '@signaalreis/core';
import type { CliIo } from './io';
import { openNewStore } from './store-option';

/**
 * The stores this thread keeps open (or is opening: two runs that ask at once get one), by target
 * (a folder as an absolute path, or a server URL).
 */
const kept = new Map<string, Promise<CaseStore>>();

/** `store` as a run sees it: everything but `close`, which the batch does once at its end. */
function leftOpen(store: CaseStore): CaseStore {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'close') return async () => undefined;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The store at `target`, opened on first use in this thread (`create`: a missing folder becomes a
 * new store, as for `run`) and kept open until {@link closeKeptStores}; refusals are the user errors
 * of `run --store` (and a refused open is tried again by the next run).
 *
 * @example
 * ```ts
 * import { closeKeptStores, keptStore } from './batch-stores';
 * declare const io: import('./io').CliIo;
 * const a = await keptStore(io, '/srv/vroeg/store', true);
 * await a.close(); // leaves it open: the next run of this thread gets the same store
 * await closeKeptStores(); // closes it
 * ```
 */
export async function keptStore(io: CliIo, target: string, create: boolean): Promise<CaseStore> {
  let store = kept.get(target);
  if (!store) {
    store = openNewStore(io, target, create);
    kept.set(target, store);
    // the next run tries again when this open was refused
    store.catch(() => kept.delete(target));
  }
  return leftOpen(await store);
}

/** Closes every store this thread keeps open; never throws (a store that fails to close is left). */
export async function closeKeptStores(): Promise<void> {
  const stores = [...kept.values()];
  kept.clear();
  await Promise.all(stores.map((s) => s.then((store) => store.close()).catch(() => undefined)));
}

/** How many stores this thread keeps open or is opening (for tests). */
export const keptStoreCount = (): number => kept.size;
