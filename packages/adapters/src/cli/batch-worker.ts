// The worker thread of `signaalreis batch`'s pool: tinypool calls the default export with one run.
// Built to dist/cli/batch-worker.js beside the command line (tsup.config.ts), sharing its chunks.
import { type BatchOutcome, type BatchTask, runBatchTask } from './batch-task';

/** Runs one municipality's `signaalreis run` in this thread. */
export default function run(task: BatchTask): Promise<BatchOutcome> {
  return runBatchTask(task);
}
