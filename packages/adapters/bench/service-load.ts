// Load benchmark of the service (issue 12): `signaalreis serve` (the built command line) in a child
// process on a fresh embedded store (or --store), and autocannon against 127.0.0.1 from 10
// municipalities in parallel for --duration seconds: per municipality one connection that delivers
// signal CSVs and runs each month once its deliveries are in, and --readers connections that read
// (months, cases, a case) and record contact attempts on a seeded month's cases. Afterwards the
// store is read back: signals accepted, cases of each run and attempts answered 201 must equal what
// it holds. Prints throughput, p50/p99 per request kind, errors, and the ratio to a floor measured
// in the same run (GET /health). Exits 1 on any error or anything lost.
// Run: pnpm bench:service [--duration 60] [--store <dir|postgres-url>] [--readers 2]
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Latencies, monthBefore, Statuses, serve, signalCsv, stop, storeWithKeys } from './service-load-kit';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    store: { type: 'string' },
    readers: { type: 'string', default: '2' },
  },
});
const DURATION = Number(values.duration);
const READERS = Number(values.readers);
if (!(DURATION >= 1) || !(READERS >= 1)) throw new Error('--duration and --readers take a whole number ≥ 1');
/** Ten municipalities (CBS codes), each with its own officer key. */
const CODES = ['0363', '0599', '0518', '0344', '0014', '0772', '0855', '0034', '0153', '0200'];
const SEED_ROWS = 120; // signals of the seeded month: its cases take the reads and attempts
const DELIVERY_ROWS = 20; // signals of each delivery during the load
const DELIVERIES_PER_RUN = 3;
const MONTHS = 120; // months written during the load, counting back; then runs replace them
const RATE_LIMIT = 1_000_000; // requests per key per minute: the load must not meet the 429
const FLOOR_SECONDS = Math.min(5, DURATION);
const now = new Date();
const SEED_MONTH = monthBefore(now, 1);
const ATTEMPT_DATE = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
const writeMonth = (k: number) => monthBefore(now, 2 + (k % MONTHS));

type Pending = { kind: string; month: string; rows?: number; caseId?: string };
type Ctx = { t?: number };
let firstRefusal: string | undefined;
const lat = new Latencies();
const statuses = new Statuses();
const sent = new Map<string, { delivered: Map<string, { n: number; accepted: number }> }>();
const runCases = new Map<string, Map<string, number>>(); // code → month → cases answered
const attempts = new Map<string, Map<string, number>>(); // code → case → attempts answered 201
const pendings: { code: string; state: { pending?: Pending } }[] = [];

const json = async <T>(url: string, key: string, init: RequestInit = {}): Promise<T> => {
  const res = await fetch(url, { ...init, headers: { authorization: `Bearer ${key}`, ...init.headers } });
  const body = await res.json();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${JSON.stringify(body)}`);
  return body as T;
};

const { location, keys } = await storeWithKeys(values.store, CODES);
const { child, url } = await serve(location, RATE_LIMIT);
console.log(`signaalreis serve on ${url}, store ${location.replace(/\/\/[^@]*@/, '//…@')}`);
const auth = (code: string) => ({ authorization: `Bearer ${keys[code]}` });
const base = (code: string) => `${url}/municipalities/${code}`;

// 1. seed: a month per municipality, delivered and run, whose cases take the reads and attempts
const caseIds = new Map<string, string[]>();
await Promise.all(
  CODES.map(async (code) => {
    const key = keys[code] as string;
    const d = await json<{ report: { accepted: number } }>(
      `${base(code)}/months/${SEED_MONTH}/deliveries`,
      key,
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: signalCsv(`${code}-seed`, SEED_MONTH, SEED_ROWS),
      },
    );
    sent.set(code, { delivered: new Map([[SEED_MONTH, { n: 1, accepted: d.report.accepted }]]) });
    const r = await json<{ counts: { cases: number } }>(`${base(code)}/months/${SEED_MONTH}/run`, key, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ preset: 'type-medium' }),
    });
    runCases.set(code, new Map([[SEED_MONTH, r.counts.cases]]));
    const listed = await json<{ cases: { caseId: string }[] }>(
      `${base(code)}/months/${SEED_MONTH}/cases?limit=10000`, // one page: the seeded month's few hundred
      key,
    );
    caseIds.set(
      code,
      listed.cases.map((c) => c.caseId),
    );
    attempts.set(code, new Map());
  }),
);
console.log(`seeded ${SEED_MONTH}: ${CODES.length} municipalities × ${SEED_ROWS} signals, run`);

// 2. the floor: GET /health (no key, one query of the store) on 10 connections
const floor = await autocannon({ url: `${url}/health`, connections: 10, duration: FLOOR_SECONDS });
const floorRps = floor.requests.total / FLOOR_SECONDS;

// 3. the mixed load
/** One autocannon connection: `requests` loop; each request timed from its set-up to its answer. */
function connection(code: string, state: { pending?: Pending }, requests: autocannon.Request[]) {
  pendings.push({ code, state });
  return autocannon({
    url,
    connections: 1,
    duration: DURATION,
    timeout: 120,
    headers: auth(code),
    requests,
  });
}
const timed = (
  kind: string,
  state: { pending?: Pending },
  make: () => { req: Partial<autocannon.Request>; p: Pending },
  done?: (status: number, body: string, p: Pending) => void,
): autocannon.Request => ({
  setupRequest: (req, context) => {
    const { req: r, p } = make();
    state.pending = p;
    (context as Ctx).t = performance.now();
    return { ...req, ...r } as autocannon.Request;
  },
  onResponse: (status, body, context) => {
    lat.add(kind, performance.now() - ((context as Ctx).t ?? performance.now()));
    statuses.add(kind, status);
    const p = state.pending as Pending;
    state.pending = undefined;
    done?.(status, body, p);
  },
});

function writer(code: string) {
  const w = { k: 0, seq: 0 };
  const state: { pending?: Pending } = {};
  const deliver = timed(
    'delivery',
    state,
    () => {
      const month = writeMonth(w.k);
      return {
        req: {
          method: 'POST',
          path: `/municipalities/${code}/months/${month}/deliveries`,
          headers: { ...auth(code), 'content-type': 'text/csv' },
          body: signalCsv(`${code}-${++w.seq}`, month, DELIVERY_ROWS),
        },
        p: { kind: 'delivery', month, rows: DELIVERY_ROWS },
      };
    },
    (status, body, p) => {
      if (status !== 201) return;
      const d = (sent.get(code) as { delivered: Map<string, { n: number; accepted: number }> }).delivered;
      const was = d.get(p.month) ?? { n: 0, accepted: 0 };
      d.set(p.month, { n: was.n + 1, accepted: was.accepted + JSON.parse(body).report.accepted });
    },
  );
  const run = timed(
    'run',
    state,
    () => {
      const month = writeMonth(w.k);
      return {
        req: {
          method: 'POST',
          path: `/municipalities/${code}/months/${month}/run`,
          headers: { ...auth(code), 'content-type': 'application/json' },
          body: JSON.stringify({ preset: 'type-medium', replace: w.k >= MONTHS }),
        },
        p: { kind: 'run', month },
      };
    },
    (status, body, p) => {
      w.k++;
      if (status === 201) runCases.get(code)?.set(p.month, JSON.parse(body).counts.cases);
    },
  );
  return connection(code, state, [
    ...Array.from({ length: DELIVERIES_PER_RUN }, () => ({ ...deliver })),
    run,
  ]);
}

function reader(code: string, r: number) {
  const mine = (caseIds.get(code) ?? []).filter((_, i) => i % READERS === r); // no two connections share a case
  const at = { i: 0 };
  const state: { pending?: Pending } = {};
  const current = () => mine[at.i % mine.length] as string;
  const get = (kind: string, path: () => string) =>
    timed(kind, state, () => ({
      req: { method: 'GET', path: path() },
      p: { kind: 'read', month: SEED_MONTH },
    }));
  return connection(code, state, [
    get('read months', () => `/municipalities/${code}/months`),
    get('read cases', () => `/municipalities/${code}/months/${SEED_MONTH}/cases`),
    get('read case', () => `/municipalities/${code}/cases/${current()}`),
    timed(
      'attempt',
      state,
      () => ({
        req: {
          method: 'POST',
          path: `/municipalities/${code}/cases/${current()}/attempts`,
          headers: { ...auth(code), 'content-type': 'application/json' },
          body: JSON.stringify({
            kind: at.i % 2 === 0 ? 'Huisbezoek' : 'Telefoon',
            reached: false,
            date: ATTEMPT_DATE,
            time: '19:10',
          }),
        },
        p: { kind: 'attempt', month: SEED_MONTH, caseId: current() },
      }),
      (status, body, p) => {
        at.i++;
        if (status !== 201 && firstRefusal === undefined) firstRefusal = body;
        const m = attempts.get(code) as Map<string, number>;
        if (status === 201) m.set(p.caseId as string, (m.get(p.caseId as string) ?? 0) + 1);
      },
    ),
  ]);
}

console.log(
  `load: ${DURATION} s, ${CODES.length} municipalities × (1 writer + ${READERS} readers) = ${CODES.length * (1 + READERS)} connections`,
);
const results = await Promise.all(
  CODES.flatMap((code) => [writer(code), ...Array.from({ length: READERS }, (_, r) => reader(code, r))]),
);
const answered = results.reduce((n, x) => n + x.requests.total, 0);
const socketErrors = results.reduce((n, x) => n + x.errors, 0);

// 4. no data lost: what the store holds equals what was answered (a request cut off at the end by
// the duration may be stored whole or not at all: waited for, then allowed either way)
const slowest = Math.max(lat.figures('delivery').max, lat.figures('run').max, 0);
await new Promise((r) => setTimeout(r, 1000 + (Number.isFinite(slowest) ? slowest : 0)));
const lost: string[] = [];
const cutOff: string[] = [];
const check = (what: string, stored: number, expected: number, pending: number) => {
  if (stored === expected) return;
  if (pending > 0 && stored === expected + pending) cutOff.push(what);
  else lost.push(`${what}: store ${stored}, answered ${expected}`);
};
for (const code of CODES) {
  const key = keys[code] as string;
  const pend = pendings
    .filter((p) => p.code === code && p.state.pending)
    .map((p) => p.state.pending as Pending);
  for (const [month, e] of sent.get(code)?.delivered ?? []) {
    const got = await json<{ deliveries: { accepted: number }[] }>(
      `${base(code)}/months/${month}/deliveries`,
      key,
    );
    const ds = got.deliveries;
    const cut = pend.find((p) => p.kind === 'delivery' && p.month === month);
    check(`${code} ${month} deliveries`, ds.length, e.n, cut ? 1 : 0);
    check(
      `${code} ${month} signals`,
      ds.reduce((n, d) => n + d.accepted, 0),
      e.accepted,
      cut?.rows ?? 0,
    );
  }
  const months = new Map(
    (await json<{ months: { month: string; cases: number }[] }>(`${base(code)}/months`, key)).months.map(
      (m) => [m.month, m.cases],
    ),
  );
  const runs = runCases.get(code) ?? new Map();
  for (const [month, cases] of runs)
    if (months.get(month) !== cases)
      lost.push(`${code} ${month}: run answered ${cases} cases, store ${months.get(month)}`);
  for (const month of months.keys())
    if (!runs.has(month) && !pend.some((p) => p.kind === 'run' && p.month === month))
      lost.push(`${code} ${month}: stored but never answered`);
  let stored = 0;
  let expected = 0;
  for (const caseId of caseIds.get(code) ?? []) {
    const c = await json<{ case: { record: { attempts: unknown[] } | null } }>(
      `${base(code)}/cases/${caseId}`,
      key,
    );
    stored += (c.case.record?.attempts ?? []).length;
    expected += attempts.get(code)?.get(caseId) ?? 0;
  }
  check(`${code} attempts`, stored, expected, pend.filter((p) => p.kind === 'attempt').length);
}
const code = await stop(child);

// 5. figures
const kinds = ['delivery', 'run', 'read months', 'read cases', 'read case', 'attempt'];
const failed = kinds.reduce((n, k) => n + statuses.failed(k), 0);
const refusals = kinds.flatMap((k) =>
  [...(statuses.counts.get(k) ?? [])]
    .filter(([s]) => s === 409 || s === 422)
    .map(([s, c]) => `${k} ${s}×${c}`),
);
const rps = answered / DURATION;
const ms = (x: number) => x.toFixed(1).padStart(8);
console.log(`\nfloor: GET /health ${floorRps.toFixed(0)} req/s (${FLOOR_SECONDS} s, 10 connections)`);
console.log(
  `mixed load: ${answered} requests in ${DURATION} s = ${rps.toFixed(0)} req/s (ratio to the floor ${(rps / floorRps).toFixed(3)})`,
);
console.log(
  `${'kind'.padEnd(12)} ${'count'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  statuses`,
);
for (const k of kinds) {
  const f = lat.figures(k);
  console.log(
    `${k.padEnd(12)} ${String(f.count).padStart(7)} ${ms(f.p50)} ${ms(f.p99)} ${ms(f.max)}  ${statuses.text(k)}`,
  );
}
const signals = [...sent.values()].reduce(
  (n, s) => n + [...s.delivered.values()].reduce((a, d) => a + d.accepted, 0),
  0,
);
const runsDone = [...runCases.values()].reduce((n, m) => n + m.size, 0);
const attemptsDone = [...attempts.values()].reduce(
  (n, m) => n + [...m.values()].reduce((a, b) => a + b, 0),
  0,
);
console.log(
  `stored and checked: ${signals} signals, ${runsDone} months run, ${attemptsDone} attempts (seed included)`,
);
const cutWrites = pendings.filter((p) => p.state.pending && p.state.pending.kind !== 'read').length;
const wholes = cutOff.filter((w) => !w.endsWith(' signals')).length;
console.log(
  `cut off by the end of the load: ${cutWrites} writes (at most one per connection) sent or about to be; stored whole (all or nothing, checked): ${wholes}`,
);
console.log(
  `errors: ${failed + socketErrors} (non-2xx ${failed}, socket errors and timeouts ${socketErrors})${refusals.length > 0 ? `; 409/422: ${refusals.join(', ')}` : ''}`,
);
console.log(`lost: ${lost.length}${lost.length > 0 ? `\n  ${lost.join('\n  ')}` : ''}`);
if (firstRefusal) console.log(`first refused attempt: ${firstRefusal.slice(0, 600)}`);
if (code !== 0) console.log(`serve exited with ${code}`);
process.exitCode = failed + socketErrors > 0 || lost.length > 0 || code !== 0 ? 1 : 0;
