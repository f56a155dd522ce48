// ddasPartsImport (a delivery imported as it is read in parts, issue 14) against importDdasDelivery of
// the same delivery read whole: for generated deliveries, and for each spoilt by one change (a value
// replaced, a key left out, one string copied over another: IDs twice, unknown references, two
// households, dates outside the calendar …), the same case files and warnings, or a refusal with the
// same problems (schema problems in the order of the file, so compared as a set). And the parts of a
// delivery may come in any order: its cases before its signals, its own fields after its leveringen.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { asIsoDate, type Issue, type Result } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { readJsonFileInParts } from '../files/json-file-parts';
import { type DdasExportInput, ddasDelivery } from './export';
import { monthsArb, must } from './fixtures.test-support';
import { type DdasImport, type DdasImportedFile, importDdasDelivery } from './import';
import { ddasPartsImport, openInDelivery } from './import-parts';

const dir = mkdtempSync(join(tmpdir(), 'signaalreis-ddas-parts-'));
let n = 0;
const NOW = new Date('2026-12-01T08:30:00Z');
const input = (months: DdasExportInput['months']): DdasExportInput => ({
  period: { from: asIsoDate('2026-09-01'), to: asIsoDate('2026-11-30') },
  supplierCode: 'SIGNAALREIS',
  organisation: 'Gemeente Voorbeeldstad',
  months,
});

/** The delivery written as `text` and imported as it is read in parts, its files gathered. */
function viaParts(text: string): Result<DdasImport> {
  const path = join(dir, `d${n++}.json`);
  writeFileSync(path, text);
  const files: DdasImportedFile[] = [];
  const parts = ddasPartsImport({ onFile: (f) => files.push(f) });
  const read = readJsonFileInParts(path, {
    maxBytes: 1 << 26,
    open: openInDelivery,
    hand: parts.hand,
    onMember: parts.onMember,
    chunkBytes: 4096,
  });
  if (!read.ok) return read;
  const r = parts.finish(read.value);
  return r.ok ? { ok: true, value: { ...r.value, files } } : r;
}

const sorted = (issues: readonly Issue[]) => issues.map((i) => JSON.stringify(i)).sort();
function expectSame(parts: Result<DdasImport>, whole: Result<DdasImport>) {
  expect(parts.ok).toBe(whole.ok);
  if (parts.ok && whole.ok) expect(parts.value).toEqual(whole.value);
  else if (!parts.ok && !whole.ok) expect(sorted(parts.issues)).toEqual(sorted(whole.issues));
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
/** Every place in a value: its path, with the value there. */
function places(v: Json, path: (string | number)[] = []): [(string | number)[], Json][] {
  const inner = Array.isArray(v)
    ? v.flatMap((e, i) => places(e, [...path, i]))
    : v !== null && typeof v === 'object'
      ? Object.entries(v).flatMap(([k, e]) => places(e, [...path, k]))
      : [];
  return [[path, v], ...inner];
}
function at(v: Json, path: readonly (string | number)[]): Json {
  return path.reduce<Json>((o, k) => (o as Record<string | number, Json>)[k] as Json, v);
}

const REPLACEMENTS: Json[] = [null, 'x', 0, -1, 1.5, '1800-01-01', '2026-02-30', true, {}, [], '0000'];
const change = fc.record({
  how: fc.constantFrom('replace', 'drop', 'copy'),
  where: fc.nat(),
  other: fc.nat(),
  value: fc.constantFrom(...REPLACEMENTS),
});

/** The delivery with one change: a value replaced, a key left out, or one string copied over another. */
function spoil(d: Json, c: { how: string; where: number; other: number; value: Json }): Json {
  const copy = structuredClone(d);
  const all = places(copy).filter(([p]) => p.length > 0);
  const [path] = all[c.where % all.length] as [(string | number)[], Json];
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path.at(-1) as string | number;
  if (c.how === 'drop') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (c.how === 'replace') parent[key] = c.value;
  else {
    const strings = all.filter(([, v]) => typeof v === 'string');
    const from = strings[c.other % Math.max(1, strings.length)];
    if (from) parent[key] = from[1];
  }
  return copy;
}

describe('a delivery imported as it is read in parts', () => {
  test.prop([monthsArb], { numRuns: 40 })('the same case files and warnings as read whole', (months) => {
    const d = must(ddasDelivery(input(months), NOW)).delivery;
    const text = JSON.stringify(d, null, 2);
    const whole = importDdasDelivery(JSON.parse(text));
    expect(whole.ok).toBe(true);
    expectSame(viaParts(text), whole);
  });

  test.prop([monthsArb, change], { numRuns: 150 })(
    'spoilt by one change: refused with the same problems, or the same import',
    (months, c) => {
      const d = spoil(must(ddasDelivery(input(months), NOW)).delivery as unknown as Json, c);
      const text = JSON.stringify(d);
      expectSame(viaParts(text), importDdasDelivery(JSON.parse(text)));
    },
  );

  test.prop([monthsArb, fc.boolean(), fc.boolean()], { numRuns: 30 })(
    'its cases before its signals, its own fields after its leveringen: the same import',
    (months, casesFirst, headLast) => {
      const d = must(ddasDelivery(input(months), NOW)).delivery as unknown as Record<string, Json>;
      const leveringen = (d.leveringen as Record<string, Json>[]).map((l) => {
        if (!casesFirst) return l;
        const { vroegsignalen, ...rest } = l;
        return { ...rest, ...(vroegsignalen === undefined ? {} : { vroegsignalen }) };
      });
      const { leveringen: _, ...own } = d;
      const reordered = headLast ? { leveringen, ...own } : { ...own, leveringen };
      const text = JSON.stringify(reordered);
      expectSame(viaParts(text), importDdasDelivery(JSON.parse(text)));
    },
  );

  it('refuses what is not a delivery as the whole read does: not an object, no leveringen, an empty list', () => {
    for (const text of ['[]', '"x"', '{}', '{"leveringen": []}', '{"leveringen": {}}', '{"leveringen": [1]}'])
      expectSame(viaParts(text), importDdasDelivery(JSON.parse(text)));
  });
});
