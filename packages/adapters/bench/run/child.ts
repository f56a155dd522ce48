// One measured child process of `pnpm bench:run`: wall time from spawn to exit (measured here), and
// peak RSS and CPU time as the child itself reports them on exit (rss-preload.mjs, from
// process.resourceUsage(): the kernel's high-water mark of the child's resident set, not a sample).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PRELOAD = pathToFileURL(fileURLToPath(new URL('./rss-preload.mjs', import.meta.url))).href;

/** What one child did. `done` is false when it was killed at the timeout or exited non-zero. */
export interface Measured {
  done: boolean;
  /** Why not done: 'timeout' or 'exit <code>'. */
  failure?: string;
  wallMs: number;
  /** User + system CPU time of the child (ms); on a shared machine steadier than wall time. */
  cpuMs: number;
  peakRssBytes: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node [nodeArgs] <script> [args]` with the usage preload, killing it after `timeoutMs`.
 * Stdout and stderr are collected (not printed): the summary of `run` is not what is measured.
 */
export function measure(
  script: string,
  args: readonly string[],
  o: { timeoutMs: number; nodeArgs?: readonly string[]; cwd?: string },
): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'signaalreis-usage-'));
  const usageFile = join(dir, 'usage.json');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PRELOAD, ...(o.nodeArgs ?? []), script, ...args], {
    cwd: o.cwd,
    env: { ...process.env, SIGNAALREIS_BENCH_USAGE: usageFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let timedOut = false;
  let hwmKiB = 0;
  const timer = setTimeout(() => {
    timedOut = true;
    hwmKiB = highWaterMarkKiB(child.pid);
    child.kill('SIGKILL');
  }, o.timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      let usage = { maxRssKiB: hwmKiB, userUs: 0, systemUs: 0 };
      try {
        usage = JSON.parse(readFileSync(usageFile, 'utf8'));
      } catch {
        // killed: no report; the peak is the one read from /proc just before the kill
      }
      rmSync(dir, { recursive: true, force: true });
      const failure = timedOut ? 'timeout' : code !== 0 ? `exit ${code}` : undefined;
      resolve({
        done: failure === undefined,
        ...(failure ? { failure } : {}),
        wallMs,
        cpuMs: (usage.userUs + usage.systemUs) / 1000,
        peakRssBytes: usage.maxRssKiB * 1024,
        stdout,
        stderr,
      });
    });
  });
}

/** The peak resident set of a live process from /proc (Linux; 0 elsewhere), in KiB. */
function highWaterMarkKiB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The median of non-empty numbers. */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** A measured run in short: its wall time and peak RSS. */
export const measuredText = (m: Measured): string =>
  `${(m.wallMs / 1000).toFixed(1)} s, ${Math.round(m.peakRssBytes / 1e6)} MB`;

/** Why a run did not finish: the timeout (of `timeoutS` seconds), or the exit code with the last line the command printed. */
export const whyNot = (m: Measured, timeoutS: number | string): string =>
  m.failure === 'timeout'
    ? `timeout after ${timeoutS} s`
    : `${m.failure}: ${m.stderr.trim().split('\n').at(-1) ?? ''}`;
