// `pnpm bench:run --profile`: the largest month once more under `node --cpu-prof`, summarised as
// Markdown — the self time per package and the functions with the most self time.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './child';
import type { GeneratedSet } from './data';
import { summarise, type Timed } from './profile';

type RunArgs = (month: string, file: string, history: readonly string[], out: string) => string[];

/** Runs the set's last month with its history under --cpu-prof; returns the summary. */
export async function profileOnce(
  cli: string,
  root: string,
  work: string,
  set: GeneratedSet,
  runArgs: RunArgs,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<string> {
  const [h1, h2, current] = set.files;
  if (!h1 || !h2 || !current) throw new Error('a month set has three months');
  const dir = join(work, 'profile');
  log(`profile: ${current.signals} signals under --cpu-prof …`);
  const run = await measure(
    cli,
    runArgs(current.month, current.path, [h1.path, h2.path], join(work, 'profiled')),
    {
      timeoutMs: timeoutMs * 2,
      cwd: root,
      nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir],
    },
  );
  const file = readdirSync(dir).find((n) => n.endsWith('.cpuprofile'));
  if (!run.done || !file) return `Profile: the profiled run did not finish (${run.failure ?? 'no profile'}).`;
  return profileText(join(dir, file), root, `${current.signals}-signal month`, run.wallMs);
}

/** The Markdown summary of a .cpuprofile of `what`. */
export function profileText(file: string, root: string, what: string, wallMs: number): string {
  const s = summarise(file, root);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const section = (head: string, lines: Timed[]) => [
    '',
    `| ${head} | s | share |`,
    '| --- | --- | --- |',
    ...lines.map(
      (l) => `| ${l.name.replaceAll('|', '\\|')} | ${(l.ms / 1000).toFixed(2)} s | ${pct(l.share)} |`,
    ),
  ];
  return [
    `Profile of the ${what} (${(s.total / 1000).toFixed(1)} s sampled, wall ${(wallMs / 1000).toFixed(1)} s):`,
    ...section('self time by package', s.packages),
    ...section('self time by source folder', s.folders),
    ...section('function (self time)', s.functions),
    ...section('our function (total time: itself and what it calls, GC not included)', s.stages),
  ].join('\n');
}
