import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../cli/cli-test-kit';
import { JSON_FILE_LIMITS, readJsonFile } from './index';

const options = { maxBytes: JSON_FILE_LIMITS.preset };

describe('readJsonFile', () => {
  it('reads a UTF-8 JSON file, with or without a byte-order mark', () => {
    const dir = fixtureDir({ 'a.json': '{"label": "Gemeente Súdwest"}', 'b.json': '\uFEFF[1, 2]' });
    expect(readJsonFile(join(dir, 'a.json'), options)).toEqual({
      ok: true,
      value: { label: 'Gemeente Súdwest' },
    });
    expect(readJsonFile(join(dir, 'b.json'), options)).toEqual({ ok: true, value: [1, 2] });
  });

  it('refuses a missing file, a directory and a file above the limit before reading it', () => {
    const dir = fixtureDir({ 'big.json': `[${'1,'.repeat(600)}1]` });
    mkdirSync(join(dir, 'sub.json'));
    const code = (name: string, maxBytes = 1000) => {
      const r = readJsonFile(join(dir, name), { maxBytes });
      return r.ok ? 'ok' : r.issues[0]?.code;
    };
    expect(code('missing.json')).toBe('file_not_found');
    expect(code('sub.json')).toBe('not_a_file');
    expect(code('big.json', 1000)).toBe('file_too_large');
    expect(code('big.json', 2000)).toBe('ok');
    const r = readJsonFile(join(dir, 'big.json'), {
      maxBytes: 3 * 1024 * 1024 - 1,
      limits: { maxValues: 10 },
    });
    expect(r.ok ? '' : r.issues[0]?.code).toBe('json_too_large');
    const small = readJsonFile(join(dir, 'big.json'), { maxBytes: 1000 });
    expect(small.ok ? '' : small.issues[0]?.message.en).toBe(
      'the file is 1.2 KiB, larger than the 1000 bytes read for this kind of file (project default)',
    );
    expect(small.ok ? '' : small.issues[0]?.message.nl).toBe(
      'het bestand is 1,2 KiB, groter dan de 1000 bytes die voor dit soort bestand worden gelezen (projectkeuze)',
    );
  });

  it('refuses bytes that are not UTF-8, with the line and column of the first', () => {
    const latin1 = Buffer.concat([
      Buffer.from('{\n  "city": "Sn'),
      Buffer.from([0xe9]),
      Buffer.from('k"\n}'),
    ]);
    const dir = fixtureDir({ 'latin1.json': latin1 });
    const r = readJsonFile(join(dir, 'latin1.json'), options);
    expect(r.ok ? [] : r.issues).toEqual([
      expect.objectContaining({
        code: 'not_utf8',
        line: 2,
        column: 14,
        path: [],
        message: { nl: expect.stringContaining('UTF-8'), en: expect.stringContaining('UTF-8') },
      }),
    ]);
  });

  it('gives problems in the text with line and column, and applies the JSON limits given', () => {
    const dir = fixtureDir({ 'deep.json': '{\n "a": [[[1]]]\n}' });
    expect(readJsonFile(join(dir, 'deep.json'), { ...options, limits: { maxDepth: 3 } })).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'json_too_deep', line: 2, column: 9, path: ['a', 0, 0] })],
    });
    expect(readJsonFile(join(dir, 'deep.json'), options).ok).toBe(true);
  });
});
