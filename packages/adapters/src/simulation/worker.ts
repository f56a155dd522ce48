// The worker thread of a simulation's pool (issue 16): tinypool calls the default export with a
// piece of the units (those of one replication and municipality, which share their signals) and a
// port for progress. Built to dist/simulation/worker.js; worker threads run built JavaScript only.
import type { MessagePort } from 'node:worker_threads';
import type { Result, SimulationUnitResult } from '@signaalreis/core';
import type { SimulationSpec } from './spec';
import { runUnitTasks, type UnitTask } from './units';

/** Runs a piece of a spec's units in a worker thread; each simulated month is posted to `progress`. */
export default async function run(input: {
  spec: SimulationSpec;
  tasks: UnitTask[];
  progress?: MessagePort;
}): Promise<Result<SimulationUnitResult>[]> {
  try {
    return await runUnitTasks(input.spec, input.tasks, (n) => input.progress?.postMessage(n));
  } finally {
    input.progress?.close();
  }
}
