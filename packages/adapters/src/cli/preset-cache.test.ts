// The presets a batch thread keeps: a bundled preset by its id; a preset file until it or a JSON
// file of its folder changes; a refused preset never kept; at most PRESET_CACHE_LIMIT of them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedMunicipalityPreset } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli-test-kit';
import type { CliIo } from './io';
import { loadPresetArg } from './preset';
import { cachedPreset, PRESET_CACHE_LIMIT, type PresetCache, presetCacheKey } from './preset-cache';

const ioIn = (cwd: string, presets?: PresetCache): CliIo => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  cwd,
  lang: 'nl',
  ...(presets ? { presets } : {}),
});

/** A folder with the example municipality's preset file. */
function presetFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signaalreis-preset-cache-'));
  writeFileSync(
    join(dir, 'voorbeeldstad.json'),
    readFileSync(join(REPO_ROOT, 'examples', 'presets', 'voorbeeldstad.json')),
  );
  return dir;
}

describe('the presets of a batch thread', () => {
  it('a bundled preset is loaded once, and is the preset loaded without the cache', () => {
    const presets: PresetCache = new Map();
    const io = ioIn(REPO_ROOT, presets);
    const a = loadPresetArg(io, 'type-medium');
    expect(loadPresetArg(io, 'type-medium')).toBe(a);
    expect(presets.size).toBe(1);
    expect(JSON.stringify(a.preset)).toBe(
      JSON.stringify(loadPresetArg(ioIn(REPO_ROOT), 'type-medium').preset),
    );
  });

  it('a preset file is loaded again when it or a JSON file beside it changes', () => {
    const dir = presetFolder();
    const presets: PresetCache = new Map();
    const io = ioIn(dir, presets);
    const first = loadPresetArg(io, 'voorbeeldstad.json');
    expect(loadPresetArg(io, './voorbeeldstad.json')).toBe(first); // the same file
    writeFileSync(join(dir, 'notities.json'), '{"niet": "een preset"}');
    const second = loadPresetArg(io, 'voorbeeldstad.json');
    expect(second).not.toBe(first);
    const text = readFileSync(join(dir, 'voorbeeldstad.json'), 'utf8');
    writeFileSync(
      join(dir, 'voorbeeldstad.json'),
      text.replace('"label"', '"label" ').replace(/\n$/, '\n\n'),
    );
    expect(loadPresetArg(io, 'voorbeeldstad.json')).not.toBe(second);
  });

  it('a preset that is refused is not kept, and refused again', () => {
    const dir = presetFolder();
    const presets: PresetCache = new Map();
    const io = ioIn(dir, presets);
    writeFileSync(join(dir, 'kapot.json'), '{"id": "kapot", "extends": "bestaat-niet"}');
    for (let i = 0; i < 2; i++) expect(() => loadPresetArg(io, 'kapot.json')).toThrow(/bestaat-niet/);
    expect(() => loadPresetArg(io, 'geen-preset')).toThrow();
    expect(presets.size).toBe(0);
    rmSync(dir, { recursive: true });
    expect(presetCacheKey(io, 'kapot.json', true)).toBeUndefined(); // no folder: not kept
  });

  it(`keeps at most ${PRESET_CACHE_LIMIT} presets`, () => {
    const presets: PresetCache = new Map();
    const loaded = {} as LoadedMunicipalityPreset;
    let loads = 0;
    for (let i = 0; i < PRESET_CACHE_LIMIT + 5; i++)
      cachedPreset(presets, `id:p${i}`, () => {
        loads += 1;
        return loaded;
      });
    expect(presets.size).toBe(PRESET_CACHE_LIMIT);
    cachedPreset(presets, `id:p${PRESET_CACHE_LIMIT + 1}`, () => {
      loads += 1;
      return loaded;
    });
    expect(loads).toBe(PRESET_CACHE_LIMIT + 6);
  });
});
