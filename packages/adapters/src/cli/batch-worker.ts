// The worker thread of `signaalreis batch`'s pool: tinypool calls the default export with one run,
// and `closeStores` when the pool ends (its `teardown`). Built to dist/cli/batch-worker.js beside the
// command line (tsup.config.ts), sharing its chunks.
import { closeKeptStores } from './batch-stores';
import { type BatchOutcome, type BatchTask, runBatchTask } from './batch-task';
import { closeThreadKeptHistory } from './history-kept';

/** Runs one municipality's `signaalreis run` in this thread. */
export default function run(task: BatchTask): Promise<BatchOutcome> {
  return runBatchTask(task);
}

/** Closes the store this thread kept open for its runs (`batch --store`), and its history thread. */
export async function closeStores(): Promise<void> {
  await Promise.all([closeKeptStores(), closeThreadKeptHistory()]);
}
