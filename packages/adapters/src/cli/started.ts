// The machine's CPU times when `signaalreis` started: cli.ts imports this module before anything
// else and loads the commands after it, so that `run` can tell whether a core stood idle while the
// command loaded its code (history-pool.ts, `auto`). Nothing here but node:os.
import { cpus } from 'node:os';

/** The machine's idle CPU time summed over its cores (ms), and when it was read (ms, monotonic). */
export interface CpuSample {
  at: number;
  idle: number;
}

/** This machine's {@link CpuSample} now (`os.cpus()`: on Linux, /proc/stat). */
export const cpuSample = (): CpuSample => {
  let idle = 0;
  for (const c of cpus()) idle += c.times.idle;
  return { at: performance.now(), idle };
};

/** When the command started (this module is the first that cli.ts loads). */
export const STARTED: CpuSample = cpuSample();
