// The DDAS import: a delivery of another system becomes case files with lifecycle records that the
// rest of signaalreis accepts; what does not validate is refused with its schema path; what cannot
// be kept is refused (a signal or case that cannot be one) or reported (counted), never dropped.
import { partnerFeedback, verifyRecord } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { historyFromCaseFile, readCaseFile } from '../cases/case-file';
import { DDAS_TABLE, must } from './fixtures.test-support';
import { importDdasDelivery } from './import';
import type { DdasVroegsignaal, DdasVroegsignaalzaak, Uitwisselmodel } from './types';

const signal = (ID: string, over: Partial<DdasVroegsignaal> = {}): DdasVroegsignaal => ({
  ID,
  crisissignaal: false,
  warmeOverdracht: false,
  bedrag: 312,
  ontstaansdatum: '2026-08-20',
  signaaldatum: '2026-10-20',
  status: 'Opgepakt',
  signaalpartner: { type: 'Zorg' },
  client: { postcode: '7412AB', huisnummer: '12', huisnummertoevoeging: 'A' },
  ...over,
});
const zaak = (ids: string[], over: Partial<DdasVroegsignaalzaak> = {}): DdasVroegsignaalzaak => ({
  matchingsdatum: '2026-10-26',
  startdatumMatchingperiode: '2026-10-01',
  einddatumMatchingperiode: '2026-10-31',
  datumOpgepakt: '2026-10-26',
  vroegsignalen: ids.map((ID) => ({ ID })),
  contactpogingen: [],
  ...over,
});
const delivery = (
  signals: DdasVroegsignaal[],
  zaken: DdasVroegsignaalzaak[],
  over: object = {},
): Uitwisselmodel => ({
  startdatumLevering: '2026-10-01',
  einddatumLevering: '2026-10-31',
  aanleverdatumEnTijd: '2026-11-03T07:00:00Z',
  codeGegevensleverancier: 'OTHER-PLATFORM',
  leveringen: [
    {
      teller: 1,
      gemeentecode: 'GM0363',
      aanleverendeOrganisatie: { naam: 'Schuldhulp Voorbeeldstad' },
      vroegsignalen: signals,
      vroegsignaalzaken: zaken,
      ...over,
    },
  ],
});
const refused = (value: unknown) => {
  const r = importDdasDelivery(value);
  if (r.ok) throw new Error('expected the delivery to be refused');
  return r.issues;
};

describe('importDdasDelivery: a delivery of another platform', () => {
  const d = delivery(
    [
      signal('ZV-1'),
      signal('EN-1', {
        signaalpartner: { type: 'Energie' },
        bedrag: 95,
        client: { postcode: '7412 ab', huisnummer: '12a' },
      }),
      signal('WO-1', {
        signaalpartner: { type: 'Huur' },
        crisissignaal: true,
        client: { postcode: '7420XY', huisnummer: '3' },
      }),
    ],
    [
      zaak(['ZV-1', 'EN-1'], {
        contactpogingen: [
          { soort: 'Telefoon', bereikt: false, datum: '2026-10-27', dagdeel: 'Ochtend' },
          { soort: 'Huisbezoek', bereikt: true, datum: '2026-10-29', dagdeel: 'Avond' },
        ],
        resultaat: '(Budget)advies en/of quick fix',
      }),
      zaak(['WO-1'], { datumOpgepakt: '2026-10-28' }),
    ],
  );

  it('becomes one case file per municipality and month, that the case-file reader accepts', () => {
    const r = must(importDdasDelivery(d));
    expect(r).toMatchObject({
      period: { from: '2026-10-01', to: '2026-10-31' },
      supplierCode: 'OTHER-PLATFORM',
      deliveredAt: '2026-11-03T07:00:00Z',
      municipalities: ['0363'],
      issues: [],
    });
    expect(r.files.map((f) => [f.municipality, f.month, f.organisation])).toEqual([
      ['0363', '2026-10', 'Schuldhulp Voorbeeldstad'],
    ]);
    const file = must(readCaseFile(JSON.parse(JSON.stringify(r.files[0]?.caseFile))));
    expect(file).toMatchObject({
      format: 'signaalreis-cases/2',
      preset: 'ddas',
      decidedOn: '2026-10-26',
      municipality: '0363',
    });
    // case ids number the cases of a month in delivery order: the household key stays in the case
    expect(
      file.cases.map((c) => [c.caseId, c.householdKey, c.signalStatus, c.intakeOutcome, c.signalIds]),
    ).toEqual([
      ['2026-10-0001', '7412AB 12A', 'Opgepakt', 'picked-up', ['ZV-1', 'EN-1']],
      ['2026-10-0002', '7420XY 3', 'Nog niet opgepakt', 'manual-review', ['WO-1']],
    ]);
    expect(file.cases[0]?.signals[1]).toMatchObject({
      partnerId: 'ddas-energie',
      sector: 'energy',
      kind: 'early',
      amountCents: 9500,
      arrearSince: '2026-08-20',
      signalDate: '2026-10-20',
      ageDays: 61,
      signalStatus: 'Opgepakt',
    });
    expect(file.cases[1]?.signals[0]).toMatchObject({ kind: 'eviction', sector: 'rent' });
  });

  it('builds each lifecycle record through the ddas table: feedback replays and feeds it back', () => {
    const [file] = must(importDdasDelivery(d)).files;
    const [help, eviction] = (file?.caseFile.cases ?? []) as { record?: unknown }[];
    const record = must(verifyRecord(help?.record, DDAS_TABLE));
    expect(record).toMatchObject({
      status: 'closed',
      result: '(Budget)advies en/of quick fix',
      followUp: { kind: 'quick-fix', date: '2026-10-29' },
      attempts: [
        { kind: 'Telefoon', reached: false, date: '2026-10-27', partOfDay: 'Ochtend' },
        { kind: 'Huisbezoek', reached: true, date: '2026-10-29', partOfDay: 'Avond' },
      ],
    });
    expect(record.audit.map((a) => [a.event, a.actor, a.at])).toEqual([
      ['create', 'ddas-import', '2026-10-26'],
      ['close', 'ddas-import', '2026-10-29'],
    ]);
    expect(must(partnerFeedback(record, DDAS_TABLE.feedback)).map((f) => f.code)).toEqual([
      'wants-help',
      'wants-help',
    ]);
    const later = must(verifyRecord(eviction?.record, DDAS_TABLE));
    expect(later.audit.map((a) => [a.event, a.at])).toEqual([
      ['create', '2026-10-26'],
      ['pick-up', '2026-10-28'],
    ]);
    expect(later.timers.autoClose).toBe('2026-11-23');
  });

  it('gives history for next month: picked up, and reached when an attempt reached the household', () => {
    const [file] = must(importDdasDelivery(d)).files;
    const history = historyFromCaseFile(file?.caseFile as never);
    expect(history.map((h) => [h.signalId, h.pickedUp, h.reached])).toEqual([
      ['ZV-1', true, true],
      ['EN-1', true, true],
      ['WO-1', true, undefined],
    ]);
  });
});

describe('importDdasDelivery: refused with the schema path', () => {
  it('a delivery that does not validate: every problem with its JSON path and schema path', () => {
    const bad = delivery([signal('S1', { bedrag: 12.5, client: { burgerservicenummer: '12345678' } })], []);
    const issues = refused(bad) as { code: string; path: (string | number)[]; schemaPath?: string }[];
    expect(issues.every((i) => i.code === 'ddas_schema')).toBe(true);
    expect(issues.map((i) => `${i.path.join('.')} ${i.schemaPath}`)).toEqual(
      expect.arrayContaining([
        'leveringen.0.vroegsignalen.0.bedrag #/$defs/bedrag/type',
        'leveringen.0.vroegsignalen.0.client #/properties/leveringen/items/properties/vroegsignalen/items/properties/client/oneOf',
      ]),
    );
  });

  it('what is not JSON data within the limits, or not a delivery at all', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 80; i++) deep = [deep];
    expect(refused({ ...delivery([], []), deep })[0]?.code).toBe('json_too_deep');
    expect(refused([])[0]?.code).toBe('ddas_schema');
  });
});

describe('importDdasDelivery: refused when a signal or case cannot be kept', () => {
  const codes = (value: unknown) => refused(value).map((i) => [i.code, i.path.join('.')]);

  it('a client by BSN only: signaalreis keeps no BSN (and the message does not show it)', () => {
    const issues = refused(
      delivery([signal('S1', { client: { burgerservicenummer: '123456782' } })], [zaak(['S1'])]),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['ddas_client_bsn_only', 'leveringen.0.vroegsignalen.0.client'],
    ]);
    expect(`${issues[0]?.message.nl}`).toContain('lever deze cliënt met postcode en huisnummer');
    expect(JSON.stringify(issues)).not.toContain('123456782');
  });

  it('an address that cannot be read, an amount below €1, missing dates and type', () => {
    const s = [
      signal('A', { client: { postcode: '12', huisnummer: 'x' } }),
      signal('B', { bedrag: 0 }),
      signal('C', {
        ontstaansdatum: undefined,
        signaaldatum: undefined,
        bedrag: undefined,
        signaalpartner: {},
      }),
    ];
    expect(codes(delivery(s, []))).toEqual([
      ['ddas_client_address', 'leveringen.0.vroegsignalen.0.client'],
      ['ddas_bad_amount', 'leveringen.0.vroegsignalen.1.bedrag'],
      ['ddas_missing', 'leveringen.0.vroegsignalen.2.ontstaansdatum'],
      ['ddas_missing', 'leveringen.0.vroegsignalen.2.signaaldatum'],
      ['ddas_missing', 'leveringen.0.vroegsignalen.2.bedrag'],
      ['ddas_missing', 'leveringen.0.vroegsignalen.2.signaalpartner.type'],
    ]);
    const [missing] = refused(delivery([signal('C', { bedrag: undefined })], []));
    expect(missing?.message.nl).toBe(
      '"bedrag" ontbreekt; signaalreis heeft het nodig voor het bedrag van het signaal',
    );
  });

  it('a case dated where the lifecycle cannot keep a record (outside 1991–2099)', () => {
    const issues = refused(
      delivery(
        [signal('S1', { signaaldatum: '1850-01-01' })],
        [
          zaak(['S1'], {
            matchingsdatum: '1850-01-02',
            datumOpgepakt: '1850-01-02',
            startdatumMatchingperiode: '1850-01-01',
            einddatumMatchingperiode: '1850-01-31',
          }),
        ],
      ),
    );
    expect(issues[0]?.path.slice(0, 4)).toEqual(['leveringen', 0, 'vroegsignaalzaken', 0]);
    expect(issues[0]?.message.en).toMatch(/^The record of this case cannot be built: /);
  });

  it('a signal ID twice, an unknown signal, a signal in two cases, two households, a case without signals', () => {
    const other = { client: { postcode: '7499ZZ', huisnummer: '1' } };
    expect(
      codes(
        delivery(
          [signal('S1'), signal('S1'), signal('S2'), signal('S3', other)],
          [zaak(['S1', 'S9']), zaak(['S1']), zaak(['S2', 'S3']), zaak([], { vroegsignalen: undefined })],
        ),
      ),
    ).toEqual([
      ['ddas_signal_twice', 'leveringen.0.vroegsignalen.1.ID'],
      ['ddas_unknown_signal', 'leveringen.0.vroegsignaalzaken.0.vroegsignalen.1.ID'],
      ['ddas_signal_in_two_cases', 'leveringen.0.vroegsignaalzaken.1.vroegsignalen.0.ID'],
      ['ddas_case_two_households', 'leveringen.0.vroegsignaalzaken.2.vroegsignalen'],
      ['ddas_case_without_signals', 'leveringen.0.vroegsignaalzaken.3.vroegsignalen'],
    ]);
  });

  it('two cases of one household in one month, a municipality code twice or not a code', () => {
    expect(codes(delivery([signal('S1'), signal('S2')], [zaak(['S1']), zaak(['S2'])]))).toEqual([
      ['ddas_case_twice', 'leveringen.0.vroegsignaalzaken.1'],
    ]);
    const d = delivery([], []);
    const l = d.leveringen?.[0];
    if (!l) throw new Error('no levering');
    const two = {
      ...d,
      leveringen: [
        l,
        { ...l, teller: 2, gemeentecode: '0363' },
        { ...l, teller: 3, gemeentecode: 'Amsterdam' },
      ],
    };
    expect(codes(two)).toEqual([
      ['ddas_municipality_twice', 'leveringen.1.gemeentecode'],
      ['invalid_municipality_code', 'leveringen.2.gemeentecode'],
    ]);
  });
});

describe('importDdasDelivery: what signaalreis cannot keep is reported, with its number', () => {
  const warnings = (value: Uitwisselmodel) => must(importDdasDelivery(value)).issues;

  it('partner types without a sector, more than one flag, gender and birth date, contact persons, KvK number', () => {
    const d = delivery(
      [
        signal('S1', { signaalpartner: { type: 'Hypotheek' } }),
        signal('S2', { signaalpartner: { type: 'DUO' }, crisissignaal: true, warmeOverdracht: true }),
        signal('S3', {
          client: {
            postcode: '7412AB',
            huisnummer: '12',
            huisnummertoevoeging: 'A',
            geslachtsaanduiding: 'Vrouw',
            geboortedatum: '1980-01-01',
          },
        }),
      ],
      [zaak(['S1', 'S2', 'S3'])],
      {
        aanleverendeOrganisatie: { naam: 'X', 'kvk-nummer': '12345678', contactpersonen: [{ naam: 'Piet' }] },
      },
    );
    const w = warnings(d);
    expect(w.map((i) => i.code)).toEqual([
      'ddas_partner_type_not_kept',
      'ddas_flags_not_kept',
      'ddas_person_data_not_kept',
      'ddas_contact_persons_not_kept',
      'ddas_kvk_number_not_kept',
    ]);
    expect(w.at(-1)?.path).toEqual(['leveringen', 0, 'aanleverendeOrganisatie', 'kvk-nummer']);
    expect(w[0]?.message.nl).toBe(
      '2 signalen hebben een signaalpartner zonder eigen sector in signaalreis (Hypotheek, DUO): bewaard als sector "other", een nieuwe levering zegt "Overige"',
    );
    expect(w[2]?.message.en).toBe(
      'The gender or birth date of 1 client was not kept: signaalreis does not keep them (data minimisation)',
    );
    expect(JSON.stringify(w)).not.toMatch(/Piet|1980-01-01|Vrouw/);
  });

  it('signals without a case become the case of their household and month (joining one that exists)', () => {
    const elsewhere = { client: { postcode: '7499ZZ', huisnummer: '1' }, signaaldatum: '2026-09-30' };
    const r = must(
      importDdasDelivery(delivery([signal('S1'), signal('S2'), signal('S3', elsewhere)], [zaak(['S1'])])),
    );
    expect(r.issues.map((i) => [i.code, i.message.en])).toEqual([
      [
        'ddas_signals_without_case',
        '2 signals belong to no case: read as the case of their household in the month of their signal date',
      ],
    ]);
    expect(
      r.files.map((f) => [
        f.month,
        f.caseFile.cases.map((c) => [c.caseId, c.householdKey, c.signalIds, 'record' in c]),
      ]),
    ).toEqual([
      ['2026-09', [['2026-09-0001', '7499ZZ 1', ['S3'], false]]],
      ['2026-10', [['2026-10-0001', '7412AB 12A', ['S1', 'S2'], true]]],
    ]);
    for (const f of r.files) must(readCaseFile(f.caseFile));
  });

  it('incomplete attempts, a matching period that is not a month, another matching date, a result the lifecycle cannot reach', () => {
    const d = delivery(
      [
        signal('S1'),
        signal('S2', { client: { postcode: '7499ZZ', huisnummer: '1' } }),
        signal('S3', { client: { postcode: '7499ZZ', huisnummer: '2' } }),
      ],
      [
        zaak(['S1'], {
          contactpogingen: [
            { soort: 'Telefoon', bereikt: true, datum: '2026-10-27' },
            { bereikt: false, datum: '2026-10-28', dagdeel: 'Middag' },
          ],
          resultaat: 'Niet opgepakt: onterecht signaal',
        }),
        zaak(['S2'], {
          startdatumMatchingperiode: '2026-10-15',
          einddatumMatchingperiode: '2026-11-14',
          matchingsdatum: '2026-10-20',
          datumOpgepakt: '2026-10-20',
        }),
        zaak(['S3']),
      ],
    );
    const r = must(importDdasDelivery(d));
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['ddas_result_not_reachable', 'leveringen.0.vroegsignaalzaken.0.resultaat'],
      ['ddas_period_not_a_month', 'leveringen.0'],
      ['ddas_attempts_not_kept', 'leveringen.0'],
      ['ddas_attempt_kind_unknown', 'leveringen.0'],
      ['ddas_matching_date_not_kept', 'leveringen.0'],
    ]);
    expect(r.issues[0]?.message.nl).toBe(
      'Het resultaat "Niet opgepakt: onterecht signaal" kan in de levensloop niet volgen op de status "picked-up"; het dossier houdt die status zonder dit resultaat',
    );
    const record = (r.files[0]?.caseFile.cases[0] as { record?: { attempts: unknown[] } } | undefined)
      ?.record;
    expect(record?.attempts).toEqual([
      { kind: 'Onbekend', reached: false, date: '2026-10-28', partOfDay: 'Middag' },
    ]);
    expect(r.files[0]?.caseFile.decidedOn).toBe('2026-10-26');
    expect(r.issues.at(-1)?.message.en).toBe(
      '1 case in 2026-10 has another matching date; the case file of that month keeps 2026-10-26',
    );
  });

  it('an empty delivery gives no files and no warnings, but names its municipalities', () => {
    const r = must(importDdasDelivery(delivery([], [])));
    expect(r).toMatchObject({ files: [], issues: [], municipalities: ['0363'] });
  });
});
