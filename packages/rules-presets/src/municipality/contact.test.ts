import { describe, expect, it } from 'vitest';
import { loadMunicipalityPreset, MUNICIPALITY_PRESETS, MunicipalityContactSchema } from '../index';

const CONTACT = {
  name: 'Gemeente Voorbeeldstad',
  team: { nl: 'Team Geldzorgen', en: 'Money worries team' },
  phone: '14 0363',
  email: 'geldzorgen@voorbeeldstad.example',
  website: 'https://www.voorbeeldstad.example/geldzorgen',
  postalAddress: ['Postbus 10', '7400 AA  VOORBEELDSTAD'],
  openingHours: { nl: 'ma t/m vr 9.00–17.00 uur', en: 'Mon–Fri 9:00–17:00' },
  privacy: {
    nl: 'Wij gebruiken uw gegevens alleen om u te helpen.',
    en: 'We use your data only to help you.',
  },
  smsSender: 'Voorbeeld',
  source: 'project default (synthetic example municipality)',
};

describe('MunicipalityContactSchema (issue 15)', () => {
  it('accepts a complete block', () => {
    expect(MunicipalityContactSchema.safeParse(CONTACT).success).toBe(true);
  });

  it.each([
    ['phone', 'bel ons'],
    ['email', 'geen-adres'],
    ['website', 'http://www.voorbeeldstad.example'],
    ['smsSender', 'Gemeente Voorbeeldstad'],
    ['postalAddress', []],
    ['source', ''],
  ])('refuses a bad %s with a Dutch message at its path', (key, value) => {
    const r = MunicipalityContactSchema.safeParse({ ...CONTACT, [key]: value });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([key]);
  });

  it('refuses an unknown key (a typo is not silently ignored)', () => {
    expect(MunicipalityContactSchema.safeParse({ ...CONTACT, telefoon: '14 0363' }).success).toBe(false);
  });

  it('is read from a preset that extends a bundled one, and optional in the bundled ones', () => {
    const registry = { ...MUNICIPALITY_PRESETS };
    const r = loadMunicipalityPreset({ id: 'my-town', extends: 'type-medium', contact: CONTACT }, registry);
    expect(r.ok && r.value.preset.contact?.name).toBe('Gemeente Voorbeeldstad');
    const bare = loadMunicipalityPreset({ id: 'my-town', extends: 'type-medium' }, registry);
    expect(bare.ok && bare.value.preset.contact).toBeUndefined();
  });

  it('names the bad field of a preset file by its path', () => {
    const r = loadMunicipalityPreset(
      { id: 'my-town', extends: 'type-medium', contact: { ...CONTACT, email: 'x' } },
      { ...MUNICIPALITY_PRESETS },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.path.join('.') === 'contact.email')).toBe(true);
  });
});
