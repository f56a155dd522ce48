import { describe, expect, it } from 'vitest';
import { defaultTemplates } from './default-templates';
import { loadTemplates, OPEN_VARIABLES, PRIVATE_VARIABLES, type TemplateValues } from './templates';
import { TEMPLATE_FILES } from './vocabulary';

const VALUES = Object.fromEntries(
  [...OPEN_VARIABLES, ...PRIVATE_VARIABLES].map((k) => [k, `«${k}»`]),
) as TemplateValues;

const withFile = (file: string, text: string | undefined) => ({ ...defaultTemplates('nl'), [file]: text });

describe('loadTemplates (issue 15)', () => {
  it.each(['nl', 'en'] as const)(
    'loads the default %s set and renders every part and situation',
    async (lang) => {
      const r = await loadTemplates(defaultTemplates(lang));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      for (const { part, situation } of TEMPLATE_FILES) {
        const text = r.value.render(part, situation, VALUES);
        expect(text).toContain('«municipality.name»');
        expect(text).not.toMatch(/undefined|\{\{/);
      }
      // the reference is on everything a resident can answer
      for (const part of ['letter', 'card', 'email', 'sms'] as const)
        expect(r.value.render(part, 'single', VALUES)).toContain('«reference»');
    },
  );

  it('the default sets name no creditor or amount where others may read (card, SMS, subject)', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const r = await loadTemplates(defaultTemplates(lang));
      if (!r.ok) throw new Error('does not load');
      for (const { part, situation } of TEMPLATE_FILES.filter((t) =>
        ['card', 'sms', 'email-subject'].includes(t.part),
      ))
        for (const v of PRIVATE_VARIABLES)
          expect(r.value.render(part, situation, VALUES)).not.toContain(`«${v}»`);
    }
  });

  it('a syntax error names the file and its line', async () => {
    const r = await loadTemplates(
      withFile('letter-single.hbs', 'Beste {{resident.name}},\n\nBel {{municipality.phone'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.code).toBe('template_syntax');
    expect(r.issues[0]?.path).toEqual(['letter-single.hbs', 3]);
    expect(r.issues[0]?.message.nl).toMatch(/^letter-single\.hbs \(regel 3\): de opmaak klopt niet/);
  });

  it('an unknown variable names the file, line and a suggestion', async () => {
    const r = await loadTemplates(
      withFile('email-match.hbs', 'Beste {{resident.name}},\nBel {{municipality.phon}}.'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: 'template_unknown_variable', path: ['email-match.hbs', 2] });
    expect(r.issues[0]?.message.nl).toContain('{{municipality.phone}}');
  });

  it.each(['card-single.hbs', 'sms-crisis.hbs', 'email-reminder-subject.hbs'])(
    'refuses the creditor and the amount in %s (others may read it)',
    async (file) => {
      for (const v of PRIVATE_VARIABLES) {
        const r = await loadTemplates(withFile(file, `Hallo\n{{#if deadline}}{{${v}}}{{/if}}`));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'template_private_variable', path: [file, 2] });
      }
    },
  );

  it.each([
    ['{{> footer}}', 'partial'],
    ['{{#each creditors}}x{{/each}}', 'each'],
    ['{{lookup municipality "name"}}', 'helper with params'],
    ['{{../date}}', 'parent path'],
    ['{{this}}', 'this'],
    ['{{@root.date}}', 'data'],
  ])('refuses %s (%s): only variables, #if and #unless', async (text) => {
    const r = await loadTemplates(withFile('letter-match.hbs', text));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('template_not_allowed');
  });

  it('a missing, empty or too long file is a problem of that file; every problem is listed', async () => {
    const files = {
      ...withFile('letter-crisis.hbs', undefined),
      'sms-single.hbs': '  ',
      'card-match.hbs': 'x'.repeat(20_001),
    };
    const r = await loadTemplates(files);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ['template_missing', 'letter-crisis.hbs'],
      ['template_too_long', 'card-match.hbs'],
      ['template_empty', 'sms-single.hbs'],
    ]);
  });

  it('an SMS is one paragraph', async () => {
    const r = await loadTemplates(withFile('sms-single.hbs', 'Hallo\n\n{{municipality.phone}}'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('template_sms_lines');
  });

  it('prints values as they are (no HTML escaping: the writers escape what needs it)', async () => {
    const r = await loadTemplates(withFile('letter-single.hbs', '{{resident.name}}'));
    if (!r.ok) throw new Error('does not load');
    expect(r.value.render('letter', 'single', { ...VALUES, 'resident.name': 'A & B <c>' })).toBe('A & B <c>');
  });
});
