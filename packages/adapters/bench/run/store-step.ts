// `pnpm bench:run --store pglite|<postgres:// admin URL>`: the largest month run into the case store
// as a municipality (or a platform holding the nation in one store) runs it every month —
// `signaalreis run --store <store> --municipality 0363` — its history the two months before it,
// stored first by the same command into a new store folder or a database of its own. Against the
// floor of the same month's plain `run` with the two CSV files as history; with `--against`, the
// other build's runs alternated with this one's on the same stored history (a store folder is
// copied back before each run, a server's month replaced), and whether both decided the same bytes.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { folderDigests, sha256 } from '../../src/cli/output-digest.test-support';
import { firstInRound, type OtherBuild } from './against';
import { type Measured, measure, measuredText, median, whyNot } from './child';
import type { GeneratedSet } from './data';
import { freshStore } from './platform';
import { k, mb, s } from './report';

/** The municipality the month is stored for. */
const MUNICIPALITY = '0363';

/** What the store step measured. */
export interface StoreStepResult {
  kind: 'pglite' | 'postgres';
  signals: number;
  /** The history months stored first, each by `run --store` (this build). */
  history: Measured[];
  /** This build's timed runs of the month into the store. */
  stored: Measured[];
  /** The other build's, alternated (with `--against`). */
  other?: { label: string; runs: Measured[]; sameDecisions: boolean; failure?: string };
  /** The same month's `run` without a store (the two CSV files as history). */
  floor: Measured;
}

/**
 * The decisions an output folder holds — every file, the manifest normalised, the case file — as one
 * short digest. Not the printed summary: it says "stored" of a month's first run and "replaced" of
 * the runs after it on a server.
 */
function decisionsOf(out: string): string {
  const d = folderDigests(out, [[out, '<out>']]);
  return sha256(JSON.stringify({ ...d.decisions, ...d.caseFile })).slice(0, 16);
}

/** Runs the set's months into a new store and measures the last one, `repeat` times (and the other build's). */
export async function storeStep(
  set: GeneratedSet,
  c: {
    cli: string;
    cwd: string;
    work: string;
    timeoutMs: number;
    timeoutS: string;
    preset: string;
    store: string;
    repeat: number;
    other?: OtherBuild;
  },
  log: (line: string) => void,
): Promise<StoreStepResult> {
  const month = set.files.at(-1) as GeneratedSet['files'][number];
  const earlier = set.files.slice(0, -1);
  const st = await freshStore(c.store, c.work, 'store-step');
  const out = join(c.work, 'store-step-out');
  const args = (m: GeneratedSet['files'][number], replace: boolean) => [
    'run',
    m.path,
    '--month',
    m.month,
    '--preset',
    c.preset,
    '--municipality',
    MUNICIPALITY,
    '--store',
    st.target,
    ...(replace ? ['--replace'] : []),
    '--out',
    out,
  ];
  const o = { timeoutMs: c.timeoutMs, cwd: c.cwd };
  try {
    const history: Measured[] = [];
    for (const m of earlier) {
      log(`store (${st.kind}): ${m.month} stored as history …`);
      rmSync(out, { recursive: true, force: true });
      const r = await measure(c.cli, args(m, false), o);
      if (!r.done)
        throw new Error(`store step: ${m.month} not stored (${whyNot(r, c.timeoutS)}): ${r.stderr}`);
      log(`store: ${m.month}: ${measuredText(r)}`);
      history.push(r);
    }
    // a store folder is copied back before each timed run: every run stores into the same two months
    const base = `${st.target}-history`;
    if (st.kind === 'pglite') cpSync(st.target, base, { recursive: true });
    const fresh = () => {
      if (st.kind !== 'pglite') return;
      rmSync(st.target, { recursive: true, force: true });
      cpSync(base, st.target, { recursive: true });
    };
    const stored: Measured[] = [];
    const others: Measured[] = [];
    const digests = new Set<string>();
    let failure: string | undefined;
    const timed = async (cli: string, who: string, into: Measured[]) => {
      fresh();
      rmSync(out, { recursive: true, force: true });
      const r = await measure(cli, args(month, st.kind === 'postgres'), o);
      log(
        `store: ${month.month} (${who}): ${r.done ? measuredText(r) : `did not finish (${whyNot(r, c.timeoutS)})`}`,
      );
      if (!r.done) return whyNot(r, c.timeoutS);
      into.push(r);
      digests.add(decisionsOf(out));
      return undefined;
    };
    for (let r = 0; r < c.repeat; r++) {
      const order = firstInRound(r) === 'this' ? ['this', 'other'] : ['other', 'this'];
      for (const who of order) {
        if (who === 'this') {
          const why = await timed(c.cli, 'this build', stored);
          if (why) throw new Error(`store step: ${month.month} not stored (${why})`);
        } else if (c.other && !failure) failure = await timed(c.other.cli, c.other.label, others);
      }
    }
    rmSync(out, { recursive: true, force: true });
    // the floor: the same month's plain run, its history the earlier months' CSV files
    const historyArgs = earlier.flatMap((m) => ['--history', m.path]);
    const floor = await measure(
      c.cli,
      ['run', month.path, '--month', month.month, '--preset', c.preset, ...historyArgs, '--out', out],
      o,
    );
    if (!floor.done) throw new Error(`store step floor: ${floor.stderr}`);
    log(`store: floor (the same run without a store): ${measuredText(floor)}`);
    rmSync(out, { recursive: true, force: true });
    if (st.kind === 'pglite') rmSync(base, { recursive: true, force: true });
    return {
      kind: st.kind,
      signals: month.signals,
      history,
      stored,
      ...(c.other
        ? {
            other: {
              label: c.other.label,
              runs: others,
              sameDecisions: digests.size === 1,
              ...(failure ? { failure } : {}),
            },
          }
        : {}),
      floor,
    };
  } finally {
    await st.dispose();
  }
}

/** The medians of a list of runs. */
function medians(runs: readonly Measured[]): { wallMs: number; cpuMs: number; peakRssBytes: number } {
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    peakRssBytes: median(runs.map((r) => r.peakRssBytes)),
  };
}

/** The rows of the store step: the month stored (medians), its history months, the floor and the ratio. */
export function storeRows(r: StoreStepResult): [string, string][] {
  const m = `${k(r.signals)} month: \`run --store\` (${r.kind === 'pglite' ? 'a store folder, PGlite' : 'a PostgreSQL server'}), the two months before it stored first`;
  const t = (x: { wallMs: number; cpuMs: number; peakRssBytes: number }) =>
    `${s(x.wallMs)} (${s(x.cpuMs)}) / ${mb(x.peakRssBytes)}`;
  const mine = medians(r.stored);
  const rows: [string, string][] = [
    [`${m}, wall (CPU) / peak RSS, median of ${r.stored.length}`, t(mine)],
    [`${m}: the history months stored, wall each`, r.history.map((h) => s(h.wallMs)).join(', ')],
    [
      `${m}: floor (the same \`run\` without a store, its history the CSV files), wall (CPU) / peak RSS`,
      t(r.floor),
    ],
    [`${m}: ratio with / without the store, wall`, (mine.wallMs / r.floor.wallMs).toFixed(1)],
  ];
  const o = r.other;
  if (o) {
    if (o.runs.length > 0)
      rows.push([`${m}, the build ${o.label}, wall (CPU) / peak RSS`, t(medians(o.runs))]);
    if (o.failure) rows.push([`${m}, the build ${o.label}`, `did not finish: ${o.failure}`]);
    rows.push([
      `${m}: decisions the same bytes in every run of both builds`,
      o.sameDecisions ? 'yes' : '**no**',
    ]);
  }
  return rows;
}
