// Read benchmark: rows per second of the signal CSV reader (readSignalsFile: decode, parse, check
// every row) on a seeded synthetic month (examples/generate/big-month.ts) written to a temp file.
// Run: pnpm bench:read [--rows=100000] [--rounds=5]
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asIsoDate } from '@signaalreis/core';
import { bigMonthCsv } from '../../../examples/generate/big-month';
import { readSignalsFile } from '../src/index';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ROWS = Number(arg('rows', '100000'));
const ROUNDS = Number(arg('rounds', '5'));

const file = join(tmpdir(), `signaalreis-bench-${ROWS}.csv`);
if (!existsSync(file)) {
  const t = performance.now();
  writeFileSync(file, bigMonthCsv(ROWS));
  console.log(`generated ${file} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

// Wall time and CPU time (user + system) of this process: on a shared machine CPU time is the steadier.
const walls: number[] = [];
const cpus: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let accepted = 0;
  let rejected = 0;
  const t = performance.now();
  const c = process.cpuUsage();
  for await (const e of readSignalsFile(file, { today: asIsoDate('2026-11-01') })) {
    if (e.type === 'accepted') accepted++;
    else if (e.type === 'rejected') rejected++;
    else if (e.type === 'fatal') throw new Error(JSON.stringify(e.issues));
  }
  const used = process.cpuUsage(c);
  const wall = performance.now() - t;
  const cpu = (used.user + used.system) / 1000;
  walls.push(wall);
  cpus.push(cpu);
  if (accepted + rejected !== ROWS) throw new Error(`read ${accepted + rejected} rows, expected ${ROWS}`);
  const rate = (ms: number) => Math.round((ROWS / ms) * 1000);
  console.log(
    `round ${round + 1}: ${ROWS} rows (${rejected} rejected) in ${wall.toFixed(0)} ms wall (${rate(wall)} rows/s), ${cpu.toFixed(0)} ms CPU (${rate(cpu)} rows/s)`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const [wall, cpu] = [median(walls), median(cpus)];
console.log(
  `median: ${wall.toFixed(0)} ms wall = ${Math.round((ROWS / wall) * 1000)} rows/s; ${cpu.toFixed(0)} ms CPU = ${Math.round((ROWS / cpu) * 1000)} rows/s`,
);
