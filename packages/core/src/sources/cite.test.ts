import { describe, expect, it } from 'vitest';
import { CITATIONS_NL } from './citations-nl';
import { citeSource, splitCitation } from './cite';
import { isSourceKey, SOURCES } from './registry';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('citeSource', () => {
  it('shows the title instead of the key, and Dutch locator words and notes for nl', () => {
    const c = 'signaalreis-2023, annex, municipality 4 (recidive within 6 months)';
    expect(citeSource(c, 'nl')).toBe(
      'Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 4 (recidive binnen 6 maanden)',
    );
    expect(citeSource(c, 'en')).toBe(
      'Divosa/NVVK/VNG, De signaalreis (2023), annex, municipality 4 (recidive within 6 months)',
    );
  });

  it("keeps the note of a citation that is not the project's as written", () => {
    const own = 'signaalreis-2023, annex, municipality 4 (twee huisbezoeken per week, raadsbesluit 2026)';
    expect(citeSource(own, 'nl')).toBe(
      'Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 4 (twee huisbezoeken per week, raadsbesluit 2026)',
    );
  });

  it("puts the project's citations in Dutch whole, keeping the quotes of the sources", () => {
    const c =
      'signaalreis-2023, annex, municipality 4: "rest (700): alleen brief" (a safety net; the rules above already cover every case)';
    expect(citeSource(c, 'nl')).toBe(
      'Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 4: "rest (700): alleen brief" (een vangnet; de regels hierboven dekken al elke zaak)',
    );
    expect(citeSource(c, 'en')).toBe(
      'Divosa/NVVK/VNG, De signaalreis (2023), annex, municipality 4: "rest (700): alleen brief" (a safety net; the rules above already cover every case)',
    );
  });

  it('gives each Dutch citation the source titles of its English, in the same order', () => {
    // the keys a rendered citation shows, in order ("project default" is a word per language)
    const titles = (text: string, lang: 'nl' | 'en') =>
      Object.entries(SOURCES)
        .map(([key, s]) => [
          key,
          key === 'project default' ? (lang === 'nl' ? 'projectkeuze' : key) : s.title,
        ])
        .flatMap(([key, title]) =>
          [...text.matchAll(new RegExp(escapeRegExp(title as string), 'g'))].map((m) => [m.index, key]),
        )
        .sort((a, b) => (a[0] as number) - (b[0] as number))
        .map(([, key]) => key)
        .join(' | ');
    for (const [en, nl] of CITATIONS_NL) {
      expect(nl, en).not.toBe('');
      expect(titles(citeSource(en, 'nl'), 'nl'), en).toBe(titles(citeSource(en, 'en'), 'en'));
      expect(nl.split('"').length, en).toBe(en.split('"').length);
    }
  });

  it('translates only the locator, not the note after it', () => {
    expect(
      citeSource('signaalreis-2023, annex, municipality 5 and 6 (a letter for every municipality)', 'nl'),
    ).toBe(
      'Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 5 en 6 (a letter for every municipality)',
    );
    expect(citeSource('signaalreis-2023, annex, municipalities 1, 3 and 4', 'nl')).toBe(
      'Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeenten 1, 3 en 4',
    );
  });

  it('renders partner columns, sections and articles', () => {
    expect(citeSource('signaalreis-2023, annex, energy supplier A: "…"', 'nl')).toBe(
      'Divosa/NVVK/VNG, De signaalreis (2023), bijlage, energieleverancier A: "…"',
    );
    expect(citeSource('signaalreis-2023, annex, health insurers', 'nl')).toBe(
      'Divosa/NVVK/VNG, De signaalreis (2023), bijlage, zorgverzekeraars',
    );
    expect(citeSource('pilot-ouder-amstel-uithoorn-2019, section 1.4.1', 'nl')).toBe(
      'Pilot vroegsignalering Ouder-Amstel/Uithoorn, Bijlage 1 De aanpak (2019), paragraaf 1.4.1',
    );
    expect(citeSource('wgs, art. 1 (natural persons only); ddas-v1.2', 'en')).toBe(
      'Wet gemeentelijke schuldhulpverlening (Wgs), art. 1 (natural persons only); VNG Realisatie, uitwisselmodel DDAS v1.2',
    );
  });

  it('renders every key, also inside a note, and "project default" per language', () => {
    const c =
      'project default: signaalreis-2023, annex, municipality 6 names no floor; wgs (act on every signal)';
    expect(citeSource(c, 'nl')).toBe(
      'projectkeuze: Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 6 noemt geen ondergrens; Wet gemeentelijke schuldhulpverlening (Wgs) (handel op elk signaal)',
    );
    expect(citeSource(c, 'en')).toBe(
      'project default: Divosa/NVVK/VNG, De signaalreis (2023), annex, municipality 6 names no floor; Wet gemeentelijke schuldhulpverlening (Wgs) (act on every signal)',
    );
    expect(citeSource('project default', 'en')).toBe('project default');
  });

  it('keeps text that is not a key, and keys inside words or paths', () => {
    expect(citeSource('raadsbesluit 2026-03', 'nl')).toBe('raadsbesluit 2026-03');
    expect(citeSource('Wgs', 'nl')).toBe('Wgs');
    expect(citeSource('wetten/wgs.md and pre-wgs', 'nl')).toBe('wetten/wgs.md and pre-wgs');
    expect(citeSource('', 'nl')).toBe('');
  });

  it('defaults to Dutch', () => {
    expect(citeSource('lcv, annex')).toBe('Landelijk Convenant Vroegsignalering (LCV), bijlage');
  });
});

describe('splitCitation', () => {
  it('splits at ; outside parentheses and quotes and names the leading key', () => {
    expect(
      splitCitation(
        'project default (a letter; then a call); signaalreis-2023, annex, municipality 1 ("a; b"); Wgs',
      ),
    ).toEqual([
      { text: 'project default (a letter; then a call)', key: 'project default' },
      { text: 'signaalreis-2023, annex, municipality 1 ("a; b")', key: 'signaalreis-2023' },
      { text: 'Wgs' },
    ]);
  });

  it('needs the key to end where the citation goes on', () => {
    expect(splitCitation('wgsx')).toEqual([{ text: 'wgsx' }]);
    expect(splitCitation('wgs: act within 3 working days')[0]?.key).toBe('wgs');
    expect(splitCitation('docs/practices/practice-4.md (the gaps)')).toEqual([
      { text: 'docs/practices/practice-4.md (the gaps)' },
    ]);
    expect(splitCitation(' ; ')).toEqual([]);
  });

  it('reads an aspect in front of the key, but the key itself comes first', () => {
    expect(splitCitation('team: signaalreis-2023, annex, municipality 2')[0]?.key).toBe('signaalreis-2023');
    expect(splitCitation('project default: signaalreis-2023, annex')[0]?.key).toBe('project default');
    expect(splitCitation('Team: wgs')[0]?.key).toBeUndefined();
    expect(splitCitation('the team: a letter')[0]?.key).toBeUndefined();
  });
});

describe('SOURCES', () => {
  it('has a title for every key, and only lower-case keys', () => {
    for (const [key, entry] of Object.entries(SOURCES)) {
      expect(entry.title.length, key).toBeGreaterThan(0);
      expect(key, key).toBe(key.toLowerCase());
      expect(isSourceKey(key)).toBe(true);
    }
    expect(isSourceKey('toString')).toBe(false);
  });
});
