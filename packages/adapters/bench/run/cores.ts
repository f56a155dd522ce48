// What a second core adds on the machine of `pnpm bench:run` to the kind of work a run does
// (issue 14): the same allocation-heavy piece of JavaScript (alloc-work.mjs) in one child process
// alone, then in two at once. On the 2-core machines of docs/performance.md two side by side each
// took ~1.25× as long as one alone, with or without V8's garbage-collector helper threads — so
// spreading a run's work over two threads gives at most ~1.6× one, not 2× ("Twentieth round").
import { fileURLToPath } from 'node:url';
import { measure } from './child';

const WORK = fileURLToPath(new URL('./alloc-work.mjs', import.meta.url));

/** The work alone and two side by side (wall, ms), and what two cores did of it against one. */
export interface CoresResult {
  aloneMs: number;
  /** The slower of the two side by side. */
  sideBySideMs: number;
  /** Work done per unit of time by two at once against one alone (2 × alone ÷ side by side). */
  throughput: number;
}

/**
 * Measures the work alone, then two at once (each once: a figure for the line above the table,
 * not a benchmark of its own).
 */
export async function secondCore(timeoutMs: number): Promise<CoresResult> {
  const run = async () => {
    const m = await measure(WORK, [], { timeoutMs });
    if (!m.done) throw new Error(`alloc-work: ${m.failure ?? ''} ${m.stderr}`);
    return m.wallMs;
  };
  const aloneMs = await run();
  const sideBySideMs = Math.max(...(await Promise.all([run(), run()])));
  return { aloneMs, sideBySideMs, throughput: (2 * aloneMs) / sideBySideMs };
}
