// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
// The service's worklists speak like the command line's (issue 13): the same month — the same
// signal file and preset, once through `signaalreis run`, once delivered to the service and run
// there — gives the same worklists, byte for byte: one column list (with deadline_note), one
// order (a passed deadline first), the same Dutch texts, English with ?lang=en. The preset
// declares a team of its own, so the declared label must survive the store as well.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asMunicipalityCode, type CaseStore, CHANNELS } from '@signaalreis/core';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../cli/cli-test-kit';
import { openCaseStore } from '../store/open';
import { accessStoreOf } from '../store/sql-access';
import { freshFolder } from '../store/test-support/backends';
import { createService } from './app';

const CODE = asMunicipalityCode('0014');
const SIGNALS = join(REPO_ROOT, 'examples/data/signals-2026-10.csv');
/** type-medium, with its matches with a rent signal for a team of the municipality's own. */
const MIJNSTAD = {
  id: 'mijnstad',
  extends: 'type-medium',
  label: { nl: 'Mijnstad', en: 'Mijnstad' },
  teams: [
    {
      id: 'schuldhulp-noord',
      label: { nl: 'Schuldhulp Noord', en: 'Debt help North' },
      source: 'gemeente Mijnstad, teamindeling 2026',
    },
  ],
  routing: {
    table: {
      rulePatches: {
        'match-rent': {
          then: {
            steps: [
              { channel: 'home-visit', team: 'schuldhulp-noord', attempts: 2 },
              { channel: 'phone', team: 'schuldhulp-noord', attempts: 2 },
            ],
          },
        },
      },
    },
  },
};

let dir: string;
let store: CaseStore;
let app: ReturnType<typeof createService>;
let key: string;
const url = (what: string) => `/municipalities/${CODE}/months/2026-10/${what}`;
const auth = (more: Record<string, string> = {}) => ({
  headers: { authorization: `Bearer ${key}`, ...more },
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signaalreis-worklists-'));
  writeFileSync(join(dir, 'mijnstad.json'), JSON.stringify(MIJNSTAD));
  const month = [SIGNALS, '--month', '2026-10', '--preset', join(dir, 'mijnstad.json')];
  for (const lang of ['nl', 'en']) {
    const r = await runCli(['run', ...month, '--out', join(dir, lang), '--lang', lang]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
  const opened = await openCaseStore(await freshFolder());
  if (!opened.ok) throw new Error('store');
  store = opened.value;
  const access = accessStoreOf(store);
  if (!access.ok) throw new Error('access');
  const made = await access.value.createKey({ role: 'officer', municipalities: [CODE] });
  if (!made.ok) throw new Error('key');
  key = made.value.key;
  app = createService({ store, access: access.value, clock: () => new Date('2026-11-02T09:00:00Z') });
  const csv = readFileSync(SIGNALS, 'utf8');
  const delivered = await app.request(url('deliveries'), {
    method: 'POST',
    body: csv,
    ...auth({ 'content-type': 'text/csv' }),
  });
  if (delivered.status !== 201) throw new Error(await delivered.text());
  const run = await app.request(url('run'), {
    method: 'POST',
    body: JSON.stringify({ preset: MIJNSTAD }),
    ...auth({ 'content-type': 'application/json' }),
  });
  if (run.status !== 201) throw new Error(await run.text());
}, 300_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The worklist files the run wrote, each with its team and channel (`worklist-<team>-<channel>.csv`). */
function files(lang: string): { name: string; team: string; channel: string }[] {
  return readdirSync(join(dir, lang))
    .filter((n) => n.startsWith('worklist-') && n.endsWith('.csv'))
    .map((name) => {
      const channel = CHANNELS.find((c) => name.endsWith(`-${c}.csv`)) as string;
      return { name, channel, team: name.slice('worklist-'.length, -`-${channel}.csv`.length) };
    });
}

describe('GET …/worklists equals the worklists of signaalreis run', () => {
  it('every worklist file, byte for byte, in Dutch (the default) and with ?lang=en in English', async () => {
    for (const lang of ['nl', 'en']) {
      const lists = files(lang);
      expect(lists.length).toBeGreaterThan(5);
      expect(lists.map((l) => l.team)).toContain('schuldhulp-noord');
      for (const l of lists) {
        const query = `?format=csv&team=${l.team}&channel=${l.channel}${lang === 'en' ? '&lang=en' : ''}`;
        const res = await app.request(url(`worklists${query}`), auth());
        expect(res.status, l.name).toBe(200);
        expect(res.headers.get('content-disposition')).toBe(
          `attachment; filename="werklijst-${CODE}-2026-10-${l.team}-${l.channel}.csv"`,
        );
        expect(await res.text(), `${lang} ${l.name}`).toBe(readFileSync(join(dir, lang, l.name), 'utf8'));
      }
    }
  });

  it('the lists hold what the CLI wrote: the declared team by its label, a passed deadline first with its note', () => {
    const read = (lang: string, name: string) =>
      parse(readFileSync(join(dir, lang, name), 'utf8'), { columns: true }) as Record<string, string>[];
    const [noord] = read('nl', 'worklist-schuldhulp-noord-home-visit.csv');
    expect([noord?.Team, noord?.Kanaal, noord?.Stap]).toEqual(['Schuldhulp Noord', 'huisbezoek', '1 van 2']);
    const [north] = read('en', 'worklist-schuldhulp-noord-home-visit.csv');
    expect([north?.team, north?.channel, north?.step]).toEqual(['Debt help North', 'home visit', '1 of 2']);
    const passed = read('nl', 'worklist-crisis-phone.csv').map((r) =>
      r.Termijn?.startsWith('termijn verstreken op'),
    );
    expect(passed).toContain(true);
    // every passed deadline comes before the first that did not pass
    expect(passed.indexOf(false) === -1 || passed.lastIndexOf(true) < passed.indexOf(false)).toBe(true);
  });

  it('the whole month as one CSV: the rows of every list in the same order, under one header', async () => {
    const res = await app.request(url('worklists?format=csv&lang=en'), auth());
    const whole = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const json = (await (await app.request(url('worklists'), auth())).json()) as {
      worklists: { team: string; teamLabel: string; channel: string; cases: { step: string }[] }[];
    };
    const expected = json.worklists.flatMap(
      (l) =>
        parse(readFileSync(join(dir, 'en', `worklist-${l.team}-${l.channel}.csv`), 'utf8'), {
          columns: true,
        }) as Record<string, string>[],
    );
    expect(whole).toEqual(expected);
    expect(json.worklists.find((l) => l.team === 'schuldhulp-noord')?.teamLabel).toBe('Schuldhulp Noord');
    expect(json.worklists[0]?.cases[0]?.step).toMatch(/^\d van \d$/);
  });

  it('documents ?lang, ?team and ?channel in the OpenAPI description', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
    };
    const params = doc.paths['/municipalities/{code}/months/{month}/worklists']?.get?.parameters ?? [];
    expect(params.filter((p) => p.in === 'query').map((p) => p.name)).toEqual([
      'format',
      'lang',
      'team',
      'channel',
    ]);
  });

  it('refuses team without channel and a list the month does not have', async () => {
    const half = await app.request(url('worklists?team=crisis'), auth());
    expect(half.status).toBe(422);
    const none = await app.request(url('worklists?team=youth-worker&channel=sms'), auth());
    expect(none.status).toBe(404);
  });
});
