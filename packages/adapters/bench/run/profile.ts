// Where the time goes, from a V8 CPU profile (`node --cpu-prof`): self time per package, per source
// folder and per function (our bundles mapped back to their TypeScript through the .map files), the
// garbage collector's share, and the total (inclusive) time of our own functions — the stages.
// Used by `pnpm bench:run --profile`.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative } from 'node:path';

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: Frame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One line of a summary: a name and its time. */
export interface Timed {
  name: string;
  ms: number;
  share: number;
}

/** The summary of a profile; `total` is the sampled time (ms). */
export interface ProfileSummary {
  total: number;
  packages: Timed[];
  folders: Timed[];
  functions: Timed[];
  /** Our own functions by total time (themselves and what they call, without the GC's time). */
  stages: Timed[];
}

/** Summarises a .cpuprofile; `root` (the repository) shortens file paths; `top` lines per list. */
export function summarise(file: string, root: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const where = new Map<number, Place>();
  const placeOfNode = (id: number): Place => {
    let p = where.get(id);
    if (!p) {
      p = place((byId.get(id) as ProfileNode).callFrame, root);
      where.set(id, p);
    }
    return p;
  };
  const self = {
    packages: new Map<string, number>(),
    folders: new Map<string, number>(),
    functions: new Map<string, number>(),
  };
  const stages = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const p = placeOfNode(id);
    add(self.packages, p.pkg, ms);
    add(self.folders, p.folder, ms);
    add(self.functions, p.fn, ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const q = placeOfNode(at);
      if (q.own && !seen.has(q.fn)) {
        seen.add(q.fn);
        add(stages, q.fn, ms);
      }
    }
  });
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: ms / total }));
  return {
    total,
    packages: list(self.packages),
    folders: list(self.folders),
    functions: list(self.functions),
    stages: list(stages),
  };
}

/** Where a frame is: its package, source folder, `name file:line`, and whether it is our code. */
interface Place {
  pkg: string;
  folder: string;
  fn: string;
  own: boolean;
}

const maps = new Map<string, SourceMap | null>();

function place(frame: Frame, root: string): Place {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) {
    // V8's own entries are named in brackets: (garbage collector), (program), (idle), (root)
    const v8 = frame.functionName.startsWith('(') ? name : 'V8 builtins and natives';
    return { pkg: v8, folder: v8, fn: name, own: false };
  }
  if (frame.url.startsWith('node:'))
    return { pkg: 'node', folder: 'node', fn: `${name} ${frame.url}`, own: false };
  const path = frame.url.replace(/^file:\/\//, '');
  const modules = /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (modules?.[1]) {
    const pkg = modules[1];
    return { pkg, folder: pkg, fn: `${name} ${pkg}/${modules[2]}:${frame.lineNumber + 1}`, own: false };
  }
  const own = /\/packages\/([^/]+)\/dist\/[^/]+\.js$/.exec(path);
  if (own?.[1]) {
    if (!maps.has(path))
      maps.set(
        path,
        existsSync(`${path}.map`) ? new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : null,
      );
    const entry = maps.get(path)?.findEntry(frame.lineNumber, frame.columnNumber) as
      | { originalSource?: string; originalLine?: number }
      | undefined;
    const source = entry?.originalSource
      ? relative(root, join(dirname(path), entry.originalSource))
      : relative(root, path);
    return {
      pkg: `@signaalreis/${own[1]}`,
      folder: dirname(source),
      fn: `${name} ${source}:${(entry?.originalLine ?? frame.lineNumber) + 1}`,
      own: true,
    };
  }
  const shown = relative(root, path);
  return { pkg: shown, folder: dirname(shown), fn: `${name} ${shown}:${frame.lineNumber + 1}`, own: false };
}
