// Issue 13 (domain): the sources say "2 signals", not "2 partners". pilot-ouder-amstel-uithoorn-2019:
// "Minimaal 2 signalen van betalingsachterstanden in een maand of een opeenvolgende maand." Reading it
// as two DIFFERENT partners (`match.minDistinctPartners`) is the project's choice, so every place that
// uses that reading must say "project default" — unless it quotes a source that does say different
// partners (signaalreis-2023, annex, municipality 5: "bij verschillende partijen").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MATCHING_CONFIG } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const READING =
  /\b(2|two) or more (different |distinct )?partners\b|≥ ?2 (different |distinct )?partners|\bat least (2|two) (different |distinct )?partners|\b2 (different |distinct )partners\b|minDistinctPartners/i;
const MARKED = /project default|verschillende partijen/i;

function files(dir: string, ext: string): string[] {
  return (
    readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
      // docs/api is typedoc's output (copies of READMEs), not text anyone writes
      .filter((e) => e.isFile() && e.name.endsWith(ext) && !e.name.includes('.test'))
      .filter((e) => !e.parentPath.includes(join('docs', 'api')))
      .map((e) => join(e.parentPath, e.name))
  );
}

/** Every string of a JSON value with its path, plus the `source` next to a `minDistinctPartners`. */
function jsonUses(value: unknown, path: string, out: { where: string; text: string }[]): void {
  if (typeof value === 'string') {
    if (READING.test(value)) out.push({ where: path, text: value });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) jsonUses(v, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('minDistinctPartners' in o) out.push({ where: `${path}.source`, text: String(o.source ?? '') });
    // labels are display texts (the authoring part owns them); sources and descriptions are checked
    for (const [k, v] of Object.entries(o)) if (k !== 'label') jsonUses(v, `${path}.${k}`, out);
  }
}

/** Lines of Markdown or code that use the reading, with two lines of context each side (no fenced output). */
function textUses(file: string): { where: string; text: string }[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: { where: string; text: string }[] = [];
  let fenced = false;
  lines.forEach((line, i) => {
    if (file.endsWith('.md') && line.startsWith('```')) fenced = !fenced;
    if (fenced || !READING.test(line)) return;
    out.push({ where: `${file}:${i + 1}`, text: lines.slice(Math.max(0, i - 2), i + 3).join('\n') });
  });
  return out;
}

describe('"Minimaal 2 signalen" read as 2 partners is marked "project default" everywhere', () => {
  it('in the core default', () => {
    expect(DEFAULT_MATCHING_CONFIG.match.source).toMatch(/project default/);
  });

  const uses = [
    ...files('packages/rules-presets/presets/municipality', '.json').flatMap((f) => {
      const out: { where: string; text: string }[] = [];
      jsonUses(JSON.parse(readFileSync(f, 'utf8')), f, out);
      return out;
    }),
    ...files('packages/core/src', '.ts').flatMap(textUses),
    ...files('docs', '.md').flatMap(textUses),
  ];

  it('finds the uses (presets, core code, docs)', () => {
    expect(uses.length).toBeGreaterThan(10);
  });

  it.each(uses.map((u) => [u.where.replace(ROOT, ''), u.text]))('%s', (_where, text) => {
    expect(text).toMatch(MARKED);
  });
});
