// The DDAS export: the example month (run + feedback through the command line, then worked on as
// an officer would) validates against the schema file; what counts for the period; data
// minimisation; and every kind of bad input as issues with a path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asCaseId,
  asIsoDate,
  asMunicipalityCode,
  asPartnerId,
  asSignalId,
  type CaseRecord,
  createRecord,
  recordAttempt,
  transition,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_FILE_FORMAT, type CaseFile } from '../cases/case-file';
import { REPO_ROOT } from '../cli/cli-test-kit';
import { type DdasExportInput, ddasDelivery } from './export';
import { DDAS_TABLE, exampleMonthWorked, fileValidator, must } from './fixtures.test-support';

const NOW = new Date('2026-11-02T09:00:00.123Z');
const OCTOBER = { from: asIsoDate('2026-10-01'), to: asIsoDate('2026-10-31') };
const AMSTERDAM = asMunicipalityCode('0363');
const input = (months: DdasExportInput['months'], over: Partial<DdasExportInput> = {}): DdasExportInput => ({
  period: OCTOBER,
  supplierCode: 'SIGNAALREIS',
  organisation: 'Gemeente Voorbeeldstad',
  months,
  ...over,
});

/** A small case file: one case of two signals (rent eviction, energy), picked up on the 26th. */
function small(over: Partial<CaseFile> = {}, caseOver: Record<string, unknown> = {}): CaseFile {
  const signal = (
    signalId: string,
    partnerId: string,
    sector: string,
    kind: string,
    amountCents: number,
  ) => ({
    signalId,
    partnerId,
    sector,
    kind,
    signalDate: '2026-10-19',
    arrearSince: '2026-08-01',
    amountCents,
    ageDays: 79,
    window: 'inside',
    naturalPerson: true,
    signalStatus: 'Opgepakt',
  });
  return {
    format: CASE_FILE_FORMAT,
    month: '2026-10',
    preset: 'type-medium',
    decidedOn: '2026-10-26',
    cases: [
      {
        caseId: '2026-10-0001',
        householdKey: '7411AB 12A-1',
        rank: 1,
        signalStatus: 'Opgepakt',
        intakeOutcome: 'crisis',
        isMatch: true,
        partners: ['EN-WKR', 'WO-LND'],
        signalIds: ['WO-1', 'EN-1'],
        totalAmountCents: 126_649,
        recidiveMonths: [],
        consecutiveCreditors: [],
        explanation: { nl: '', en: '' },
        signals: [
          signal('WO-1', 'WO-LND', 'rent', 'eviction', 125_400),
          signal('EN-1', 'EN-WKR', 'energy', 'early', 1249),
        ],
        ...caseOver,
      },
    ],
    ...over,
  } as unknown as CaseFile;
}
const month = (caseFile: CaseFile) => ({ municipality: AMSTERDAM, caseFile });
const issuesOf = (r: ReturnType<typeof ddasDelivery>) => {
  if (r.ok) throw new Error('expected issues');
  return r.issues;
};

describe('ddasDelivery: the example month', () => {
  let october: CaseFile;
  beforeAll(async () => {
    october = await exampleMonthWorked();
  }, 120_000);

  it('validates against the schema file and holds every signal and case of the month', () => {
    const made = must(ddasDelivery(input([month(october)]), NOW));
    const v = fileValidator()(made.delivery);
    expect(v.errors).toBeNull();
    const [l] = made.delivery.leveringen ?? [];
    const signals = october.cases.reduce((n, c) => n + c.signals.length, 0);
    expect(l?.vroegsignalen).toHaveLength(signals);
    expect(l?.vroegsignaalzaken).toHaveLength(october.cases.length);
    expect(made.counts[0]).toMatchObject({ municipality: '0363', signals, cases: october.cases.length });
    expect(made.counts[0]?.attempts).toBeGreaterThan(50);
    expect(made.counts[0]?.withResult).toBeGreaterThan(20);
    expect(made.delivery.aanleverdatumEnTijd).toBe('2026-11-02T09:00:00Z');
    for (const z of l?.vroegsignaalzaken ?? []) {
      expect(z).toMatchObject({
        matchingsdatum: october.decidedOn,
        startdatumMatchingperiode: '2026-10-01',
        einddatumMatchingperiode: '2026-10-31',
      });
    }
  });

  it('carries no name, BSN, phone number, e-mail address, partner name or partner id (data minimisation)', () => {
    const text = JSON.stringify(must(ddasDelivery(input([month(october)]), NOW)).delivery);
    const rows: Record<string, string>[] = parse(
      readFileSync(join(REPO_ROOT, 'examples/data/signals-2026-10.csv'), 'utf8'),
      { columns: true },
    );
    const personal = new Set<string>();
    for (const r of rows)
      for (const column of [
        'surname',
        'bsn',
        'phone',
        'email',
        'partner_name',
        'birth_date',
        'neighbourhood',
      ])
        if ((r[column] ?? '').length >= 4) personal.add(r[column] as string);
    expect(personal.size).toBeGreaterThan(300);
    for (const value of personal) expect(text.includes(`"${value}"`), value).toBe(false);
    for (const partner of new Set(rows.map((r) => r.partner_id)))
      expect(text.includes(`"${partner}"`)).toBe(false);
    expect(text).not.toMatch(/burgerservicenummer|geslachtsaanduiding|geboortedatum|contactpersonen|kvk/);
  });
});

describe('ddasDelivery: what goes into the delivery', () => {
  it('writes signals with whole euros, flags, partner type and client; the case with its dates', () => {
    const d = must(ddasDelivery(input([month(small())]), NOW)).delivery;
    const [l] = d.leveringen ?? [];
    expect(l).toMatchObject({
      teller: 1,
      gemeentecode: '0363',
      aanleverendeOrganisatie: { naam: 'Gemeente Voorbeeldstad' },
    });
    expect(l?.vroegsignalen).toEqual([
      {
        ID: 'WO-1',
        crisissignaal: true,
        warmeOverdracht: false,
        bedrag: 1254,
        ontstaansdatum: '2026-08-01',
        signaaldatum: '2026-10-19',
        status: 'Opgepakt',
        signaalpartner: { type: 'Huur' },
        client: { postcode: '7411AB', huisnummer: '12', huisnummertoevoeging: 'A-1' },
      },
      expect.objectContaining({
        ID: 'EN-1',
        bedrag: 12,
        crisissignaal: false,
        signaalpartner: { type: 'Energie' },
      }),
    ]);
    expect(l?.vroegsignaalzaken).toEqual([
      {
        matchingsdatum: '2026-10-26',
        startdatumMatchingperiode: '2026-10-01',
        einddatumMatchingperiode: '2026-10-31',
        datumOpgepakt: '2026-10-26',
        vroegsignalen: [{ ID: 'WO-1' }, { ID: 'EN-1' }],
        contactpogingen: [],
      },
    ]);
  });

  it('a case not picked up has its intake status as result and no pick-up date', () => {
    const file = small(
      {},
      { signalStatus: 'Niet opgepakt: onterecht signaal', intakeOutcome: 'not-picked-up' },
    );
    for (const s of file.cases[0]?.signals ?? []) s.signalStatus = 'Niet opgepakt: onterecht signaal';
    const [z] =
      must(ddasDelivery(input([month(file)]), NOW)).delivery.leveringen?.[0]?.vroegsignaalzaken ?? [];
    expect(z?.resultaat).toBe('Niet opgepakt: onterecht signaal');
    expect(z).not.toHaveProperty('datumOpgepakt');
  });

  it('takes attempts, result and pick-up date from the lifecycle record; waiting signals follow the case', () => {
    const file = small({}, { signalStatus: 'Nog niet opgepakt', intakeOutcome: 'manual-review' });
    const [c] = file.cases;
    if (!c) throw new Error('no case');
    for (const s of c.signals) s.signalStatus = 'Nog niet opgepakt';
    const second = c.signals[1];
    if (second) second.signalStatus = 'Niet opgepakt: onterecht signaal';
    const signals = c.signals.map((s) => ({
      signalId: s.signalId,
      partnerId: s.partnerId,
      sector: s.sector,
    }));
    let r: CaseRecord = must(
      createRecord({ caseId: c.caseId, status: 'not-picked-up-yet', signals }, asIsoDate('2026-10-26')),
    );
    r = must(transition(r, 'pick-up', DDAS_TABLE, asIsoDate('2026-10-28'))).record;
    r = must(
      recordAttempt(
        r,
        { kind: 'Huisbezoek', reached: true, date: asIsoDate('2026-10-29'), time: '19:05' },
        DDAS_TABLE,
        asIsoDate('2026-10-29'),
      ),
    );
    r = must(
      transition(
        r,
        { type: 'close', result: 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering' },
        DDAS_TABLE,
        asIsoDate('2026-10-30'),
      ),
    ).record;
    (c as { record?: unknown }).record = r;
    const [l] = must(ddasDelivery(input([month(file)]), NOW)).delivery.leveringen ?? [];
    expect(l?.vroegsignaalzaken?.[0]).toMatchObject({
      datumOpgepakt: '2026-10-28',
      contactpogingen: [{ soort: 'Huisbezoek', bereikt: true, datum: '2026-10-29', dagdeel: 'Avond' }],
      resultaat: 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering',
    });
    expect(l?.vroegsignalen?.map((s) => s.status)).toEqual(['Opgepakt', 'Niet opgepakt: onterecht signaal']);
  });

  it('delivers a month whose matching period overlaps the period, and leaves out one that does not', () => {
    const quarter = { from: asIsoDate('2026-10-15'), to: asIsoDate('2026-11-14') };
    const made = must(
      ddasDelivery(
        input([month(small()), month(small({ month: '2026-09', decidedOn: '2026-09-25' } as never))], {
          period: quarter,
        }),
        NOW,
      ),
    );
    expect(made.counts[0]?.cases).toBe(1);
    expect(made.issues).toEqual([
      expect.objectContaining({
        code: 'ddas_month_outside_period',
        path: ['months', 1, 'caseFile', 'month'],
      }),
    ]);
    expect(made.issues[0]?.message.nl).toBe(
      'De maand 2026-09 valt buiten de periode 2026-10-15 – 2026-11-14; die zaken zijn niet geleverd',
    );
  });

  it('delivers an empty, valid levering for a municipality without cases, in code order', () => {
    const made = must(
      ddasDelivery(
        input([month(small())], { municipalities: [asMunicipalityCode('0363'), asMunicipalityCode('0014')] }),
        NOW,
      ),
    );
    expect(made.delivery.leveringen?.map((l) => [l.teller, l.gemeentecode, l.vroegsignalen?.length])).toEqual(
      [
        [1, '0014', 0],
        [2, '0363', 2],
      ],
    );
    expect(fileValidator()(made.delivery).valid).toBe(true);
  });

  it('follows the lifecycle preset the file names, or the table given', () => {
    const pilot = lifecyclePreset('pilot-ouder-amstel-uithoorn');
    const file = small();
    const signals =
      file.cases[0]?.signals.map((s) => ({
        signalId: s.signalId,
        partnerId: s.partnerId,
        sector: s.sector,
      })) ?? [];
    (file.cases[0] as { record?: unknown }).record = must(
      createRecord(
        { caseId: asCaseId('2026-10-0001'), status: 'picked-up', signals },
        asIsoDate('2026-10-26'),
      ),
    );
    expect(ddasDelivery(input([month(file)]), NOW).ok).toBe(true);
    const wrong = issuesOf(ddasDelivery(input([{ ...month(file), lifecycle: must(pilot) }]), NOW));
    expect(wrong[0]?.path.slice(0, 5)).toEqual(['months', 0, 'caseFile', 'cases', 0]);
    expect(wrong[0]?.message.en).toMatch(/^The record of this case does not fit the lifecycle: /);
  });
});

describe('ddasDelivery: bad input gives issues with a path, and no delivery', () => {
  it('a bad period, supplier code, organisation, moment or municipality code', () => {
    const bad = ddasDelivery(
      {
        period: { from: '2026-10-32' as never, to: asIsoDate('2026-10-31') },
        supplierCode: '',
        organisation: 'x'.repeat(201),
        months: [],
        municipalities: ['363' as never],
      },
      new Date('not a date'),
    );
    expect(issuesOf(bad).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['ddas_bad_period', 'period.from'],
      ['ddas_bad_supplier', 'supplierCode'],
      ['ddas_bad_organisation', 'organisation'],
      ['ddas_bad_now', 'now'],
      ['invalid_municipality_code', 'municipalities.0'],
    ]);
    const order = issuesOf(ddasDelivery(input([], { period: { from: OCTOBER.to, to: OCTOBER.from } }), NOW));
    expect(order[0]?.message.nl).toBe('De periode begint op 2026-10-31, na het einde 2026-10-01');
    expect(issuesOf(ddasDelivery(input([], { supplierCode: 'a\u0007b' }), NOW))[0]?.code).toBe(
      'ddas_bad_supplier',
    );
  });

  it('a case file that does not read, with the path inside it', () => {
    const broken = { ...small(), decidedOn: '2026-13-01' } as CaseFile;
    const [i] = issuesOf(ddasDelivery(input([month(broken)]), NOW));
    expect(i?.path).toEqual(['months', 0, 'caseFile', 'decidedOn']);
  });

  it('two files of one municipality and month', () => {
    const i = issuesOf(ddasDelivery(input([month(small()), month(small())]), NOW));
    expect(i.map((x) => x.code)).toContain('ddas_month_twice');
  });

  it('a household key DDAS cannot hold as postcode and house number', () => {
    for (const key of ['1234AB 12-A', 'somewhere 12']) {
      const [i] = issuesOf(
        ddasDelivery(input([month(small({}, { householdKey: key, caseId: '2026-10-0001' }))]), NOW),
      );
      expect(i).toMatchObject({
        code: 'ddas_client_address',
        path: ['months', 0, 'caseFile', 'cases', 0, 'householdKey'],
      });
      expect(i?.message.nl).not.toContain(key);
    }
  });

  it('a stored record that cannot have come about by its lifecycle table', () => {
    const file = small();
    const signals = [
      { signalId: asSignalId('WO-1'), partnerId: asPartnerId('WO-LND'), sector: 'rent' as const },
      { signalId: asSignalId('EN-1'), partnerId: asPartnerId('EN-WKR'), sector: 'energy' as const },
    ];
    const r = must(
      createRecord(
        { caseId: asCaseId('2026-10-0001'), status: 'picked-up', signals },
        asIsoDate('2026-10-26'),
      ),
    );
    (file.cases[0] as { record?: unknown }).record = {
      ...r,
      status: 'closed',
      result: 'Inwoner is overleden',
    };
    const issues = issuesOf(ddasDelivery(input([month(file)]), NOW));
    expect(issues.map((i) => i.code)).toContain('status_mismatch');
  });

  it('a case without signals, and a signal in two months of one municipality', () => {
    const none = issuesOf(ddasDelivery(input([month(small({}, { signals: [], signalIds: [] }))]), NOW));
    expect(none[0]?.code).toBe('ddas_case_without_signals');
    const twice = issuesOf(
      ddasDelivery(
        input([
          month(small()),
          month(small({ month: '2026-10' } as never, { caseId: '2026-10-0002', householdKey: '7411AB 13' })),
        ]),
        NOW,
      ),
    );
    expect(twice.map((i) => i.code)).toContain('ddas_month_twice');
    const september = small({ month: '2026-09', decidedOn: '2026-09-25' } as never, {
      caseId: '2026-09-0001',
    });
    const ids = issuesOf(
      ddasDelivery(
        input([month(small()), month(september)], {
          period: { from: asIsoDate('2026-09-01'), to: OCTOBER.to },
        }),
        NOW,
      ),
    );
    expect(ids.map((i) => [i.code, i.path.join('.')])).toContainEqual([
      'ddas_signal_twice',
      'months.0.caseFile.cases.0.signals.0',
    ]);
  });
});
