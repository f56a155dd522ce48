// Validation against the official schema: the file in standards/ is the published one, unchanged;
// every problem is an issue with the JSON path and the schema path, in Dutch and English, naming
// fields and never values.
import { describe, expect, it } from 'vitest';
import { fileValidator, SCHEMA_SHA256, schemaFile } from './fixtures.test-support';
import { DDAS_SCHEMA_ID, validateDdasDelivery } from './schema';

const valid = () => ({
  startdatumLevering: '2026-10-01',
  einddatumLevering: '2026-10-31',
  aanleverdatumEnTijd: '2026-11-02T09:00:00Z',
  codeGegevensleverancier: 'SIGNAALREIS',
  leveringen: [
    {
      teller: 1,
      gemeentecode: '0363',
      aanleverendeOrganisatie: { naam: 'Gemeente Voorbeeldstad' },
      vroegsignalen: [
        {
          ID: 'S1',
          bedrag: 120,
          signaalpartner: { type: 'Huur' },
          client: { postcode: '7411AB', huisnummer: '12' },
        },
      ],
      vroegsignaalzaken: [{ vroegsignalen: [{ ID: 'S1' }], contactpogingen: [] }],
    },
  ],
});

describe('the DDAS v1.2 schema', () => {
  it('is the published file, unchanged, and the one validateDdasDelivery compiles', () => {
    const file = schemaFile();
    expect(file.sha256).toBe(SCHEMA_SHA256);
    expect(DDAS_SCHEMA_ID).toBe(file.json.$id);
    expect(file.json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('gives the same verdict as the schema file compiled on its own', () => {
    const byFile = fileValidator();
    const cases: unknown[] = [
      valid(),
      { ...valid(), extra: 1 },
      { ...valid(), aanleverdatumEnTijd: '2026-11-02 09:00' },
      { ...valid(), startdatumLevering: '2026-02-30' },
      { ...valid(), leveringen: [] },
    ];
    for (const c of cases) expect(validateDdasDelivery(c).ok).toBe(byFile(c).valid);
    expect(validateDdasDelivery(valid()).ok).toBe(true);
  });
});

describe('validateDdasDelivery: problems with their JSON path and schema path', () => {
  const issuesOf = (value: unknown) => {
    const r = validateDdasDelivery(value);
    if (r.ok) throw new Error('expected problems');
    return r.issues as ((typeof r.issues)[number] & { schemaPath?: string })[];
  };

  it('a missing top-level field', () => {
    const { einddatumLevering: _, ...rest } = valid();
    const [i] = issuesOf(rest);
    expect(i).toMatchObject({ code: 'ddas_schema', path: [], schemaPath: '#/required' });
    expect(i?.message.nl).toBe('DDAS-schema: "einddatumLevering" ontbreekt (schemapad #/required)');
    expect(i?.message.en).toBe('DDAS schema: "einddatumLevering" is missing (schema path #/required)');
  });

  it('a client with a BSN and an address: the oneOf of the schema, at the client', () => {
    const d = valid();
    const signal = d.leveringen[0]?.vroegsignalen[0] as { client: Record<string, string> };
    signal.client.burgerservicenummer = '123456782';
    const issues = issuesOf(d);
    const oneOf = issues.find((i) => i.schemaPath?.endsWith('/client/oneOf'));
    expect(oneOf?.path).toEqual(['leveringen', 0, 'vroegsignalen', 0, 'client']);
    expect(oneOf?.message.nl).toContain('postcode en huisnummer zonder BSN');
    for (const i of issues) expect(`${i.message.nl} ${i.message.en}`).not.toContain('123456782');
  });

  it('a field the schema does not know, a wrong enum value, an amount in cents, a bad date', () => {
    const d = valid() as ReturnType<typeof valid> & Record<string, unknown>;
    const l = d.leveringen[0] as Record<string, unknown> & ReturnType<typeof valid>['leveringen'][number];
    const s = l.vroegsignalen[0] as Record<string, unknown>;
    s.naam = 'Jansen';
    s.signaalpartner = { type: 'rent' };
    s.bedrag = 120.5;
    s.signaaldatum = '26-10-2026';
    const byPath = new Map(issuesOf(d).map((i) => [`${i.path.join('.')} ${i.schemaPath}`, i]));
    const at = 'leveringen.0.vroegsignalen.0';
    expect(
      byPath.get(`${at} #/properties/leveringen/items/properties/vroegsignalen/items/additionalProperties`)
        ?.message.nl,
    ).toBe(
      'DDAS-schema: "naam" hoort hier niet: het schema staat hier geen andere velden toe (schemapad #/properties/leveringen/items/properties/vroegsignalen/items/additionalProperties)',
    );
    expect(byPath.get(`${at}.signaalpartner.type #/$defs/EnumSignaalpartner/enum`)?.message.en).toContain(
      'must be one of: Belastingdienst, CAK Eigen bijdrage',
    );
    expect(byPath.get(`${at}.bedrag #/$defs/bedrag/type`)?.message.nl).toContain(
      'moet een geheel getal zijn',
    );
    expect(byPath.get(`${at}.signaaldatum #/$defs/datum/format`)?.message.nl).toContain(
      'is geen geldige datum (JJJJ-MM-DD)',
    );
    for (const i of byPath.values()) expect(i.message.nl).not.toContain('Jansen');
  });

  it('a case that refers to no signal (minItems) and a levering twice (uniqueItems)', () => {
    const d = valid();
    const l = d.leveringen[0] as ReturnType<typeof valid>['leveringen'][number];
    (l.vroegsignaalzaken[0] as { vroegsignalen: unknown[] }).vroegsignalen = [];
    const twice = { ...d, leveringen: [l, l] };
    const codes = issuesOf(twice).map((i) => i.schemaPath?.split('/').at(-1));
    expect(codes).toEqual(expect.arrayContaining(['minItems', 'uniqueItems']));
  });

  it('something that is not an object at all', () => {
    expect(issuesOf('not json')[0]).toMatchObject({ path: [], schemaPath: '#/type' });
    expect(issuesOf(null)[0]?.message.en).toBe('DDAS schema: must be of type object (schema path #/type)');
  });

  it('lists at most 100 problems and counts the rest', () => {
    const d = valid();
    const l = d.leveringen[0] as ReturnType<typeof valid>['leveringen'][number];
    l.vroegsignalen = Array.from({ length: 150 }, (_, i) => ({ ID: `S${i}` }) as never);
    const issues = issuesOf(d);
    expect(issues).toHaveLength(101);
    expect(issues[100]?.message.en).toMatch(/^and \d+ more schema problems$/);
  });
});
