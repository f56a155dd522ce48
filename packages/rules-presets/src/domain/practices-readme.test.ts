// Issue 13 (domain): docs/practices/README.md proposed other numbers than the JSON presets. The JSON
// is what runs; the README's table "The numbers the type presets use" is read here and compared with
// the loaded presets, so the two cannot drift apart again.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { municipalityPreset } from '../index';

const README = fileURLToPath(new URL('../../../../docs/practices/README.md', import.meta.url));
const text = readFileSync(README, 'utf8');
const section = text.slice(text.indexOf('### The numbers the type presets use'));
const rows = section
  .split('\n')
  .filter((l) => /^\| type-/.test(l))
  .map((l) => l.split('|').map((c) => c.trim()))
  .map(([, preset, setting, value]) => ({
    preset: preset ?? '',
    setting: setting ?? '',
    value: value ?? '',
  }));

/** "€ 1000" → 100000 cents; "above" stays text; "40" → 40. */
const parse = (v: string): number | string =>
  v.startsWith('€')
    ? Math.round(
        Number(
          v
            .slice(1)
            .trim()
            .replace(/[.,](?=\d{3}\b)/g, ''),
        ) * 100,
      )
    : /^\d+$/.test(v)
      ? Number(v)
      : v;

const NOW = asIsoDate('2026-10-26');

function actual(presetId: string, setting: string): unknown {
  const loaded = municipalityPreset(presetId);
  if (!loaded.ok) throw new Error(presetId);
  const p = loaded.value.preset;
  if (setting === 'floor') return p.intake.floor.defaultCents;
  if (setting === 'floor.compare') return p.intake.floor.compare ?? 'from';
  const [kind, name = ''] = setting.split(' ');
  if (kind === 'param') {
    const list = (p.routing.table.parameters?.[name] ?? []) as { from: string; value: unknown }[];
    return list.filter((e) => e.from <= NOW).at(-1)?.value;
  }
  if (kind === 'capacity') {
    const [channel, team] = name.split('/');
    return p.routing.capacity?.find((c) => c.channel === channel && (team === undefined || c.team === team))
      ?.perMonth;
  }
  throw new Error(`unknown setting "${setting}" in docs/practices/README.md`);
}

describe('docs/practices/README.md: the numbers of the type presets are those of the JSON presets', () => {
  it('the table is there and covers every type preset', () => {
    expect(new Set(rows.map((r) => r.preset))).toEqual(
      new Set(['type-small', 'type-medium', 'type-large', 'type-regional']),
    );
  });

  it.each(rows.map((r) => [r.preset, r.setting, r.value]))('%s: %s = %s', (preset, setting, value) => {
    expect(actual(preset, setting)).toBe(parse(value));
  });
});
