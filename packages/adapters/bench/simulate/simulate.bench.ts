// Benchmark of the simulation (issue 16): R reforms (and the base) × M months × N signals a month,
// for each number of replications asked, in this thread or over W worker threads. Prints a
// Markdown table on stdout (progress on stderr). The target case of issue 16 is
// `--reforms 10 --months 12 --signals 90000 --replications 1` (goal ≤ 60 s on 2 cores).
//
// pnpm bench:simulate [--reforms 2] [--months 3] [--signals 2000] [--replications 1,2] [--workers 1]
//                     [--municipalities 1] [--preset type-large] [--source population|simple]
//   --signals          signals a month in total, spread evenly over --municipalities (each
//                      municipality a unit of work; both sources make ~4 per 1,000 inhabitants;
//                      the population takes at most 20 million inhabitants a municipality, which
//                      makes ~85,000 signals a month: the base's signals are printed)
//   --source           the signal source: `population` (what `signaalreis simulate` uses by
//                      default: the synthetic population, 12 months of warm-up) or `simple`
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runSimulation, SIGNAL_SOURCES, type SimulationSpec } from '../../src/simulation/index';

const { values: o } = parseArgs({
  options: {
    reforms: { type: 'string', default: '2' },
    months: { type: 'string', default: '3' },
    signals: { type: 'string', default: '2000' },
    replications: { type: 'string', default: '1,2' },
    workers: { type: 'string', default: '1' },
    municipalities: { type: 'string', default: '1' },
    preset: { type: 'string', default: 'type-large' },
    source: { type: 'string', default: 'population' },
  },
});

const reforms = Number(o.reforms);
const months = Number(o.months);
const signals = Number(o.signals);
const workers = Number(o.workers);
const municipalities = Number(o.municipalities);
const inhabitants = Math.min(20_000_000, Math.round((signals / municipalities) * 250));

/** Reform i: a floor of € 25 × i (a real change of intake; every reform runs the whole engine). */
const reformText = (i: number) =>
  JSON.stringify({
    id: `floor-${25 * i}`,
    label: { nl: `Drempel € ${25 * i}`, en: `Floor €${25 * i}` },
    preset: { intake: { floor: { defaultCents: 2500 * i } } },
  });

/**
 * The floor: the signals of one unit's horizon made once in this thread (the source's warm-up and
 * its months, base criteria) — the work every replication and municipality needs whatever the
 * scenarios are. The CPU of a run over (replications × municipalities × floor) says how much the
 * scenarios' engine work adds to it.
 */
function floorSeconds(): { seconds: number; signals: number } {
  const made = SIGNAL_SOURCES[o.source ?? 'population']?.factory;
  if (made === undefined) throw new Error(`unknown --source ${o.source}`);
  const started = performance.now();
  const source = made({
    seed: 'bench',
    replication: 0,
    municipality: { code: 'm1', inhabitants },
    start: '2027-01' as SimulationSpec['start'],
  });
  if (!source.ok) throw new Error(JSON.stringify(source.issues));
  let count = 0;
  for (let k = 0; k < months; k++) count += source.value.next({}).signals.length;
  return { seconds: (performance.now() - started) / 1000, signals: count };
}
const floor = floorSeconds();

const rows: string[] = [];
for (const replications of (o.replications ?? '1').split(',').map(Number)) {
  const spec: SimulationSpec = {
    base: o.preset ?? 'type-large',
    reforms: Array.from({ length: reforms }, (_, i) => ({
      source: `floor-${i + 1}.json`,
      text: reformText(i + 1),
    })),
    seed: 'bench',
    start: '2027-01' as SimulationSpec['start'],
    months,
    replications,
    municipalities: Array.from({ length: municipalities }, (_, i) => ({ code: `m${i + 1}`, inhabitants })),
    signalSource: o.source ?? 'population',
  };
  const started = performance.now();
  const cpu = process.cpuUsage(); // the whole process: worker threads included
  const r = await runSimulation(spec, {
    workers,
    onProgress: (done, total) =>
      process.stderr.write(`\r${replications} replication(s): ${done}/${total} months of units`),
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  process.stderr.write('\n');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const total = r.value.rows.find(
    (x) => x.scenario === 'base' && x.month === 'total' && x.measure === 'signals',
  );
  const units = (reforms + 1) * replications * municipalities;
  rows.push(
    `| ${reforms + 1} | ${months} | ${signals.toLocaleString('en')} | ${replications} | ${workers} | ${units} | ${Math.round(total?.mean ?? 0).toLocaleString('en')} | ${seconds.toFixed(1)} s | ${cpuSeconds.toFixed(1)} s | ${(seconds / units).toFixed(2)} s | ${Math.round(process.resourceUsage().maxRSS / 1024)} MB | ${(cpuSeconds / (floor.seconds * replications * municipalities)).toFixed(1)} |`,
  );
}

process.stdout.write(
  [
    `simulation benchmark — ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}, Node ${process.version}, preset ${o.preset}, ${municipalities} municipality(ies), signal source ${o.source}`,
    `floor: one unit's signals made once in this thread (the source's warm-up and ${months} months): ${floor.seconds.toFixed(1)} s, ${floor.signals.toLocaleString('en')} signals`,
    '',
    '| scenarios | months | signals a month | replications | workers | units | base signals over the horizon | wall | CPU | wall per unit | peak RSS (process so far) | CPU ÷ (floor × replications × municipalities) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n'),
);
