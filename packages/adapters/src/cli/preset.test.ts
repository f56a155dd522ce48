import { citeSource } from '@signaalreis/core';
import { MUNICIPALITY_PRESETS } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { CITATIONS_NL } from '../../../core/src/sources/citations-nl';
import { fixtureDir, runCli, runCliEn } from './cli-test-kit';

const myTown = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'my-town',
    extends: 'type-small',
    label: { nl: 'Mijn gemeente', en: 'My town' },
    routing: {
      capacity: [
        { channel: 'home-visit', perMonth: 12, source: 'team planning 2026' },
        { channel: 'phone', perMonth: 50, source: 'team planning 2026' },
      ],
    },
    ...over,
  });

describe('signaalreis preset', () => {
  it('lists the bundled presets', async () => {
    const r = await runCli(['preset', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^national-baseline\s+-\s+-\s+Landelijke basis$/);
    const en = await runCliEn(['preset', 'list']);
    expect(en.stdout.split('\n')[0]).toMatch(/^national-baseline\s+-\s+-\s+\S/);
    expect(en.stdout).not.toContain('Landelijke basis');
    expect(r.stdout).toMatch(/^type-regional\s+regional\s+national-baseline\s+Regionaal team/m);
    const json = JSON.parse((await runCliEn(['preset', 'list', '--format', 'json'])).stdout);
    expect(json.map((p: { id: string }) => p.id)).toEqual([
      'national-baseline',
      'type-small',
      'type-medium',
      'type-large',
      'type-regional',
      'practice-1',
      'practice-2',
      'practice-3',
      'practice-4',
      'practice-5',
      'practice-6',
      'pilot-ouder-amstel-uithoorn',
    ]);
  });

  it('shows a preset with rules, capacity, overflow and fallbacks, in words: Dutch by default, English on request', async () => {
    const nl = await runCli(['preset', 'show', 'type-small']);
    expect(nl.stdout).toContain('afstamming: type-small → national-baseline');
    // the rule by its id (what rulePatches names) and label; the bucket, channels and teams by their names
    expect(nl.stdout).toMatch(
      / {2}visit: Match of boven € 500: huisbezoek → Huisbezoek \(prioriteit 3\): huisbezoek\/gemeente×2 \[/,
    );
    expect(nl.stdout).toContain('  huisbezoek (alle teams) vol → telefoon [');
    expect(nl.stdout).toContain('\nsamenloop: doorsturen alle signalen; samenloop vanaf 2 partners;');
    expect(nl.stdout).toContain('; crisissoorten dreigende ontruiming\n');
    expect(nl.stdout).toContain('(de eerste regel die past)\n');
    expect(nl.stdout).toContain('  telefoon zonder telefoonnummer → e-mail [');
    // no id of a channel, built-in team, kind or contact data left in the Dutch text's settings
    const settings = nl.stdout.split('\n').filter((line) => /^(samenloop|intake|verdelen| {2})/.test(line));
    const ids = /(home-visit|\/municipality|\bphone\b|\bemail\b|\beviction\b|doorsturen all\b|hit policy)/;
    const words = settings.map((line) => line.replace(/\[.*\]$/, '').replace(/^ {2}[a-z0-9-]+: /, ''));
    expect(words.filter((line) => ids.test(line))).toEqual([]);
    const r = await runCliEn(['preset', 'show', 'type-small']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lineage: type-small → national-baseline');
    expect(r.stdout).toMatch(/ {2}visit: .+ → Home visit \(priority 3\): home visit\/municipality×2 \[/);
    expect(r.stdout).toContain('  home visit (all teams): 20 [');
    expect(r.stdout).toContain('  home visit (all teams) full → phone [');
    expect(r.stdout).toContain('  phone without phone number → e-mail [');
    // --format json keeps the preset as written: its ids
    const json = JSON.parse((await runCli(['preset', 'show', 'type-small', '--format', 'json'])).stdout);
    expect(JSON.stringify(json)).toContain('"channel":"home-visit"');
  });

  // the Dutch text printed every citation as written: keys, English locators and English notes
  describe('cites the sources as explanations do: in Dutch by default, in English with --lang en', () => {
    /** The citations of a `preset show` text: its list of sources and each `[…]` at a line's end. */
    const citations = (text: string) => [
      ...[
        ...(text.split('\n\n').find((part) => /^(bronnen|sources):/.test(part)) ?? '').matchAll(
          /^ {2}- (.*)$/gm,
        ),
      ].map((m) => m[1] as string),
      ...[...text.matchAll(/ \[([^\]]*)\]$/gm)].map((m) => m[1] as string),
    ];
    const englishNotes = new Set([...CITATIONS_NL].filter(([en, nl]) => en !== nl).map(([en]) => en));

    it.each(Object.keys(MUNICIPALITY_PRESETS))('%s', async (id) => {
      const nl = citations((await runCli(['preset', 'show', id])).stdout);
      const en = citations((await runCliEn(['preset', 'show', id])).stdout);
      const json = JSON.parse((await runCliEn(['preset', 'show', id, '--format', 'json'])).stdout);
      expect(nl.length).toBeGreaterThan(5);
      expect(nl).toHaveLength(en.length);
      for (const cited of nl) {
        expect(englishNotes.has(cited), cited).toBe(false);
        // no source key and no English locator word: titles and Dutch words
        expect(cited).not.toMatch(
          /signaalreis-2023|divosa-monitor|\bwgs\b|\bannex\b|\bmunicipalit(y|ies) \d|^project default/,
        );
      }
      // the list of sources: each as citeSource gives it; --format json keeps them as written
      const written: string[] = json.preset.sources;
      expect(nl.slice(0, written.length)).toEqual(written.map((s) => citeSource(s, 'nl')));
      expect(en.slice(0, written.length)).toEqual(written.map((s) => citeSource(s, 'en')));
    });
  });

  it('shows a preset file that extends a sibling file, as JSON', async () => {
    const dir = fixtureDir({
      'base.json': JSON.stringify({
        id: 'my-base',
        extends: 'type-medium',
        label: { nl: 'Basis', en: 'Base' },
      }),
      'town.json': JSON.stringify({ id: 'town', extends: 'my-base' }),
    });
    const r = await runCliEn(['preset', 'show', 'town.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).lineage).toEqual(['town', 'my-base', 'type-medium', 'national-baseline']);
  });

  it('validates a good file (exit 0) and lists every problem of a bad one with paths (exit 1)', async () => {
    const dir = fixtureDir({
      'good.json': myTown(),
      'bad.json': myTown({
        routing: {
          overflow: [
            { from: { channel: 'home-visit' }, to: { channel: 'phone' }, source: 'x' },
            { from: { channel: 'phone' }, to: { channel: 'home-visit' }, source: 'x' },
          ],
        },
      }),
      'loop.json': JSON.stringify({ id: 'loop', extends: 'loop' }),
    });
    const good = await runCliEn(['preset', 'validate', 'good.json'], { cwd: dir });
    expect(good).toMatchObject({
      code: 0,
      stdout: 'good.json: ok — my-town → type-small → national-baseline\n',
    });
    const bad = await runCliEn(['preset', 'validate', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(
      'bad.json: 1 problem\n  routing.overflow.0 (line 1): Overflow loops: home-visit → phone → home-visit [overflow_loop]\n',
    );
    const loop = await runCliEn(['preset', 'validate', 'loop.json', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(loop.stdout).issues[0].code).toBe('circular_extends');
  });

  it('reports an unreadable or non-JSON file as a user error (exit 2)', async () => {
    const dir = fixtureDir({ 'text.json': 'not json' });
    expect((await runCliEn(['preset', 'validate', 'missing.json'], { cwd: dir })).code).toBe(2);
    const r = await runCliEn(['preset', 'validate', 'text.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^signaalreis: text.json:1:1: Not JSON/);
    expect((await runCliEn(['preset', 'show', 'type-huge'])).stderr).toContain('Unknown preset "type-huge"');
  });

  it('diffs an id and a file in words, in English or Dutch', async () => {
    const dir = fixtureDir({ 'town.json': myTown() });
    const en = await runCliEn(['preset', 'diff', 'type-small', 'town.json'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('- Capacity home visit (all teams): 20 → 12 a month\n');
    expect(en.stdout).toContain('- id: "type-small" → "my-town"\n');
    const nl = await runCli(['preset', 'diff', 'type-small', 'town.json', '--lang', 'nl'], { cwd: dir });
    expect(nl.stdout).toContain('- Capaciteit huisbezoek (alle teams): 20 → 12 per maand\n');
    expect((await runCliEn(['preset', 'diff', 'type-small', 'type-small'])).stdout).toBe('No differences.\n');
  });
});
