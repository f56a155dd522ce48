// Citations readable by a municipal officer (issue 10): every rule and parameter in a preset names
// its source; a source is a key of docs/sources.md (or a page of this repository); nothing in the
// repository cites a file outside it — not the seed texts by file name or number, not the
// maintainers' notes beside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_BUSINESS_CASE_PARAMETERS,
  DEFAULT_OUTCOME_PARAMETERS,
  DEFAULT_POPULATION_PARAMETERS,
  DEFAULT_VLP_ELIGIBILITY,
  SMALL_COUNT_SOURCE,
  SOURCES,
  splitCitation,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { CITATIONS_NL } from '../packages/core/src/sources/citations-nl';
import { ORDER_SOURCE } from '../packages/core/src/vlp/plan-month';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', 'dist', '.git', 'reports', 'out', 'api']);
const SELF = 'scripts/sources.test.ts';

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) out.push(...files(path, ext));
    } else if (ext.test(entry.name)) out.push(path);
  }
  return out;
}

const TEXT = /\.(ts|mjs|json|md)$/;
const REPO_TEXT = [
  ...['packages', 'examples', 'docs', 'scripts', 'standards'].flatMap((d) => files(d, TEXT)),
  'README.md',
].filter((f) => f !== SELF && !f.endsWith('.generated.json'));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** `file:line: text` for every line of the repository's text files that matches. */
function grep(pattern: RegExp, only: (file: string) => boolean = () => true): string[] {
  const hits: string[] = [];
  for (const file of REPO_TEXT.filter(only))
    read(file)
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(line)) hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 160)}`);
      });
  return hits;
}

// The seed texts live beside the repository; their file names and short numbers are not citations.
const SEED_FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/;
const SEED_NUMBER = /(?<![\w.,/+-]|\d )00[0-4](?![\w%-]|[.,]\d)/;
// "l. 2227–2229": a line of the plain-text copy of a seed, which only exists beside the repository.
const SEED_LINE = /\bl\. \d{2,4}\b/;
const OUTSIDE = /(?<![\w/.-])(domain|design|stack-notes)\.md\b|\/work\/|\bshared\/|\bseeds\//;

describe('docs/sources.md and SOURCES', () => {
  const doc = read('docs/sources.md');
  const keys = [...doc.matchAll(/^### `([^`]+)`$/gm)].map((m) => m[1]);

  it('define the same keys', () => {
    expect(keys.length).toBeGreaterThan(10);
    expect([...keys].sort()).toEqual(Object.keys(SOURCES).sort());
  });

  it('give each document the title that explanations show', () => {
    for (const [key, entry] of Object.entries(SOURCES)) {
      if (key === 'project default') continue;
      const section = doc.split(`### \`${key}\``)[1]?.split('\n### ')[0] ?? '';
      expect(section, key).toContain(`**Cited as:** ${entry.title}.`);
    }
  });
});

describe('nothing in the repository cites a file outside it', () => {
  it('names no seed file', () => {
    expect(grep(SEED_FILE).join('\n')).toBe('');
  });

  it('names no seed by its number', () => {
    expect(grep(SEED_NUMBER).join('\n')).toBe('');
  });

  it('names no line of a seed text', () => {
    expect(grep(SEED_LINE).join('\n')).toBe('');
  });

  it('names no notes beside the repository (domain.md, design.md, shared/, seeds/)', () => {
    expect(grep(OUTSIDE).join('\n')).toBe('');
  });

  it('names only pages of docs/ that exist', () => {
    const missing = grep(/\bdocs\/[\w./-]+\.md\b/).filter((hit) =>
      [...hit.matchAll(/\bdocs\/[\w./-]+\.md\b/g)].some((m) => !existsSync(join(ROOT, m[0]))),
    );
    expect(missing.join('\n')).toBe('');
  });

  it('links only to files that exist, from every Markdown page', () => {
    const broken: string[] = [];
    for (const file of REPO_TEXT.filter((f) => f.endsWith('.md')))
      for (const m of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = (m[1] as string).split('#')[0] as string;
        if (target === '' || /^[a-z]+:/.test(target)) continue;
        if (!existsSync(resolve(ROOT, dirname(file), target))) broken.push(`${file}: ${target}`);
      }
    expect(broken.join('\n')).toBe('');
  });
});

/** Problems of one source text: citations that start with neither a key nor a page of the repo. */
function citationProblems(source: string): string[] {
  if (source.trim() === '') return ['empty source'];
  const problems: string[] = [];
  for (const part of splitCitation(source)) {
    if (part.key) continue;
    const page = /^(docs|standards)\/[\w./-]+/.exec(part.text)?.[0];
    if (page && existsSync(join(ROOT, page))) continue;
    problems.push(`"${part.text.slice(0, 80)}" starts with no key of docs/sources.md`);
  }
  // A key-like word where a citation starts ("…; nvvk-2021, annex") must be a key.
  for (const m of source.matchAll(/(?:^|; |\(|: )([a-z]+(?:-[a-z]+)*-\d{4})(?=$|[,;:)]| \()/g))
    if (!((m[1] as string) in SOURCES)) problems.push(`unknown key ${m[1]}`);
  return problems;
}

// An object that is a rule, a dated parameter value or a preset setting with a figure must name
// its source (field → the source field it needs).
const NEEDS_SOURCE: [(o: Record<string, unknown>) => boolean, string, string][] = [
  [(o) => 'when' in o && 'then' in o, 'rule', 'source'],
  [(o) => 'from' in o && 'value' in o, 'dated parameter value', 'source'],
  [(o) => 'perMonth' in o, 'capacity', 'source'],
  [(o) => 'missing' in o, 'fallback', 'source'],
  [
    (o) => o.from !== null && typeof o.from === 'object' && !Array.isArray(o.from) && 'to' in o,
    'overflow',
    'source',
  ],
  [(o) => 'minAgeDays' in o, 'window', 'source'],
  [(o) => 'minDistinctPartners' in o || 'lookbackMonths' in o, 'matching setting', 'source'],
  [(o) => 'months' in o && !('steps' in o), 'recidive', 'source'],
  [(o) => 'defaultCents' in o, 'floor', 'source'],
  [(o) => 'code' in o && 'results' in o, 'feedback code', 'source'],
  [(o) => 'followUps' in o || 'minimumAttempts' in o, 'lifecycle setting', 'source'],
  [(o) => 'forward' in o, 'forward setting', 'forwardSource'],
  [(o) => 'transitions' in o, 'lifecycle table', 'source'],
];

function presetProblems(node: unknown, at: string, out: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((n, i) => {
      presetProblems(n, `${at}[${i}]`, out);
    });
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  for (const [applies, what, field] of NEEDS_SOURCE)
    if (applies(o) && (typeof o[field] !== 'string' || (o[field] as string).trim() === ''))
      out.push(`${at}: ${what} without ${field}`);
  for (const [key, value] of Object.entries(o)) {
    if ((key === 'source' || key === 'forwardSource') && typeof value === 'string')
      for (const p of citationProblems(value)) out.push(`${at}.${key}: ${p}`);
    else if (key === 'sources' && Array.isArray(value))
      value.forEach((s, i) => {
        for (const p of citationProblems(String(s))) out.push(`${at}.sources[${i}]: ${p}`);
      });
    else presetProblems(value, `${at}.${key}`, out);
  }
}

const PRESETS = [
  ...files('packages/rules-presets/presets', /\.json$/),
  ...files('packages/core/src/rules/examples', /\.json$/),
];

describe('every preset rule and parameter names a readable source', () => {
  it.each(PRESETS)('%s', (file) => {
    const problems: string[] = [];
    presetProblems(JSON.parse(read(file)), '$', problems);
    expect(problems.join('\n')).toBe('');
  });
});

// `source: '…'`, `forwardSource: '…'` and `const …SOURCE… = '…'` (outside comments, checked by the
// callers). The word "source" itself in a dictionary of words ({ source: 'bron' }) is no citation.
const WORD_FOR_SOURCE = /^(bron|source)$/;
const LITERAL =
  /(?:\b(?:source|forwardSource)\??:\s*|\b[A-Z_]*(?:SOURCE|SRC)[A-Z_]*\s*=\s*)(['"`])((?:(?!\1)[^\\$]|\\.)*)\1/g;

describe('the citations in code name keys of docs/sources.md', () => {
  const CODE = REPO_TEXT.filter((f) => f.endsWith('.ts') && !/\.test(-support)?\.ts$|test-support\//.test(f));

  it('in every source string of packages/*/src and examples', () => {
    const problems: string[] = [];
    for (const file of CODE)
      read(file)
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\*|\/\/)/.test(line)) return;
          for (const m of line.matchAll(LITERAL))
            if (!WORD_FOR_SOURCE.test(m[2] as string))
              for (const p of citationProblems(m[2] as string)) problems.push(`${file}:${i + 1}: ${p}`);
        });
    expect(problems.join('\n')).toBe('');
  });

  it('and the checks above catch what they should', () => {
    expect(citationProblems('Wgs')).toHaveLength(1);
    expect(citationProblems('wgs; signaalreis-2024, annex')).toHaveLength(2);
    expect(citationProblems('project default: as signaalreis-2023, annex, municipality 4')).toEqual([]);
    expect(citationProblems('docs/practices/practice-4.md (the gaps)')).toEqual([]);
    expect(citationProblems('docs/intake.md')).toHaveLength(1);
    expect(SEED_FILE.test(`see ${'002_f19fdcda853ee0b8'}.txt`)).toBe(true);
    expect(SEED_NUMBER.test('(002, annex)')).toBe(true);
    expect(SEED_NUMBER.test('1,000 signals; 2026-003; 5,004; 10 001 cents')).toBe(false);
    expect(OUTSIDE.test('see domain.md')).toBe(true);
    expect(SEED_LINE.test('(l. 2227–2229)')).toBe(true);
    const bad: string[] = [];
    // biome-ignore lint/suspicious/noThenProperty: a rule names its outcome `then`; outcomes are data
    const rule = { id: 'r', when: {}, then: 'x' };
    presetProblems({ rules: [rule], p: [{ from: 'd', value: 1, source: ' ' }] }, '$', bad);
    expect(bad).toHaveLength(3);
    expect(relative(ROOT, join(ROOT, SELF))).toBe(SELF);
  });
});

/** Every `source`, `forwardSource` and `sources` entry of a JSON value, into `out` (citation → file). */
function jsonCitations(node: unknown, file: string, out: Map<string, string>): void {
  if (Array.isArray(node)) for (const n of node) jsonCitations(n, file, out);
  else if (node !== null && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'source' || key === 'forwardSource') && typeof value === 'string') out.set(value, file);
      else if (key === 'sources' && Array.isArray(value)) {
        for (const s of value) if (typeof s === 'string') out.set(s, file);
      } else jsonCitations(value, file, out);
    }
}

// Citations built from template text (`${MONITOR} (…)`), which the scan of source literals below
// cannot read: the simulation's default parameters and the Vaste Lasten Pakket's, as core gives them.
const BUILT_CITATIONS: [string, unknown][] = [
  ['packages/core/src/simulation/outcome-defaults.ts', DEFAULT_OUTCOME_PARAMETERS],
  ['packages/core/src/simulation/business-case-parameters.ts', DEFAULT_BUSINESS_CASE_PARAMETERS],
  ['packages/core/src/simulation/population/defaults.ts', DEFAULT_POPULATION_PARAMETERS],
  // the Vaste Lasten Pakket's: a plan's order of serving, the eligibility's checks, and the reason
  // that cites prevention and aftercare together (vlp/eligibility.ts joins the two)
  ['packages/core/src/vlp/plan-month.ts', { source: ORDER_SOURCE }],
  ['packages/core/src/vlp/eligibility-config.ts', DEFAULT_VLP_ELIGIBILITY],
  [
    'packages/core/src/vlp/eligibility.ts',
    { source: `${DEFAULT_VLP_ELIGIBILITY.prevention.source}; ${DEFAULT_VLP_ELIGIBILITY.aftercare.source}` },
  ],
];

/**
 * The citations the project ships: those of the presets and the examples' JSON, the source
 * literals of packages/…/src and examples (a literal may start on the line after its `=`), and
 * those built from template text (the simulation's and the Vaste Lasten Pakket's).
 */
function shippedCitations(): Map<string, string> {
  const out = new Map<string, string>();
  const json = [...PRESETS, ...files('examples', /\.json$/)].filter((f) => !f.endsWith('package.json'));
  for (const file of json) jsonCitations(JSON.parse(read(file)), file, out);
  for (const [file, parameters] of BUILT_CITATIONS) jsonCitations(parameters, file, out);
  const code = REPO_TEXT.filter(
    (f) =>
      f.endsWith('.ts') &&
      /^(packages\/[^/]+\/src|examples)\//.test(f) &&
      !/\.test(-support)?\.ts$|test-support\//.test(f),
  );
  for (const file of code) {
    const text = read(file);
    for (const m of text.matchAll(LITERAL)) {
      const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
      if (/^\s*(\*|\/\/)/.test(line) || WORD_FOR_SOURCE.test(m[2] as string)) continue;
      out.set((m[2] as string).replace(/\\(.)/g, '$1'), file);
    }
  }
  return out;
}

// What a citation says in its own words, outside its keys, locators and quotes of the sources.
const LOCATOR_WORDS =
  /\b(?:annex|body|section [\d.]+|art\. [\w–]+|municipalit(?:y|ies) \d+(?:(?:, | and )\d+)*|energy suppliers?(?: [A-Z]\b)?|health insurers?(?: [A-Z]\b)?)/g;
const KEYS_LONGEST_FIRST = Object.keys(SOURCES).sort((a, b) => b.length - a.length);
function ownWords(citation: string): boolean {
  let rest = citation.replace(/"[^"]*"/g, '');
  for (const key of KEYS_LONGEST_FIRST) rest = rest.split(key).join('');
  return /[A-Za-z]{2,}/.test(rest.replace(LOCATOR_WORDS, ''));
}

describe("the project's citations read in Dutch (explanations, worklists, letters and reports in Dutch)", () => {
  const shipped = shippedCitations();

  it('finds the citations of the presets, the examples and the code', () => {
    expect(shipped.size).toBeGreaterThan(250);
    expect(shipped.has(SMALL_COUNT_SOURCE)).toBe(true); // a literal on the line after its `=`
    expect(shipped.has(DEFAULT_OUTCOME_PARAMETERS.acceptance.source)).toBe(true); // built from template text
  });

  it('has a Dutch form of every citation with words of its own', () => {
    const missing = [...shipped].filter(([c]) => ownWords(c) && !CITATIONS_NL.has(c));
    expect(missing.map(([c, file]) => `${file}: ${c}`).join('\n')).toBe('');
  });

  it('has no Dutch form of a citation the project does not ship', () => {
    expect([...CITATIONS_NL.keys()].filter((c) => !shipped.has(c)).join('\n')).toBe('');
  });

  it('and tells words of its own from keys, locators and quotes', () => {
    expect(ownWords('signaalreis-2023, annex, municipalities 1, 2 and 4; wgs, art. 1')).toBe(false);
    expect(ownWords('signaalreis-2023, annex, energy supplier A: "Ene maatschappij hanteert"')).toBe(false);
    expect(ownWords('signaalreis-2023, annex, municipality 4 (crisis bucket)')).toBe(true);
    expect(ownWords('project default: no window configured')).toBe(true);
  });
});
