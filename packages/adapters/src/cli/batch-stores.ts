// The case store of `signaalreis batch --store`: opened once per thread and kept open for all the
// runs that thread does (opening PGlite takes seconds; a server connection and its schema check
// tens of milliseconds — a platform's month has ~200 runs), closed when the batch ends. Each run
// still opens and closes "its" store as `signaalreis run --store` does; what it gets is this
// thread's store with a `close` that leaves it open.
import type { CaseStore } from '@signaalreis/core';
import type { CliIo } from './io';
import { storeError } from './store-option';

/** The stores this thread keeps open, by target (a folder as an absolute path, or a server URL). */
const kept = new Map<string, CaseStore>();
/** Opens under way, so that two runs of one thread do not open one store twice. */
const opening = new Map<string, Promise<CaseStore>>();

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
  const open = kept.get(target);
  if (open) return leftOpen(open);
  let pending = opening.get(target);
  if (!pending) {
    pending = (async () => {
      const { openCaseStore } = await import('../store/open');
      const opened = await openCaseStore(target, { cwd: io.cwd, create });
      if (!opened.ok) throw storeError(io, opened.issues);
      kept.set(target, opened.value);
      return opened.value;
    })();
    opening.set(target, pending);
    // the next run tries again when this open was refused
    pending.then(
      () => opening.delete(target),
      () => opening.delete(target),
    );
  }
  return leftOpen(await pending);
}

/** Closes every store this thread keeps open; never throws (a store that fails to close is left). */
export async function closeKeptStores(): Promise<void> {
  const stores = [...kept.values()];
  kept.clear();
  await Promise.all(stores.map((s) => s.close().catch(() => undefined)));
}

/** How many stores this thread keeps open (for tests). */
export const keptStoreCount = (): number => kept.size;
