import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CHANNEL_LABELS,
  CHANNEL_NEEDS,
  CHANNELS,
  channelOfContactKind,
  DDAS_CASE_RESULTS,
  DDAS_CONTACT_KIND_BY_CHANNEL,
  DDAS_SIGNAL_PARTNER_BY_SECTOR,
  DDAS_SIGNAL_PARTNERS,
  DDAS_SIGNAL_STATUSES,
  ddasSignalPartner,
  mostIntensiveChannel,
  municipalityTypeForVolume,
  SECTORS,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

const schemaPath = fileURLToPath(
  new URL('../../../../standards/ddas-v1.2/json_schema_Uitwisselmodel.json', import.meta.url),
);
const ddas = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $defs: Record<string, { enum?: string[] }> };
const ddasEnum = (name: string) => ddas.$defs[name]?.enum ?? [];

describe('DDAS v1.2 mappings', () => {
  it('maps every sector onto an EnumSignaalpartner value', () => {
    for (const s of SECTORS)
      expect(ddasEnum('EnumSignaalpartner')).toContain(DDAS_SIGNAL_PARTNER_BY_SECTOR[s]);
    expect(ddasEnum('EnumSignaalpartner')).toContain(ddasSignalPartner('health', 'cak'));
  });
  it('maps every channel onto a distinct EnumContactsoort value', () => {
    const values = CHANNELS.map((c) => DDAS_CONTACT_KIND_BY_CHANNEL[c]);
    for (const v of values) expect(ddasEnum('EnumContactsoort')).toContain(v);
    expect(new Set(values).size).toBe(CHANNELS.length);
  });
  it('has exactly the DDAS signal partner types', () => {
    expect([...DDAS_SIGNAL_PARTNERS].sort()).toEqual([...ddasEnum('EnumSignaalpartner')].sort());
  });
  it('has exactly the DDAS signal statuses and case results', () => {
    expect([...DDAS_SIGNAL_STATUSES].sort()).toEqual([...ddasEnum('EnumSignaalstatus')].sort());
    expect([...DDAS_CASE_RESULTS].sort()).toEqual([...ddasEnum('EnumEindresultaat')].sort());
  });
});

describe('municipalityTypeForVolume', () => {
  it('follows the project-default thresholds', () => {
    expect(municipalityTypeForVolume(0)).toBe('small');
    expect(municipalityTypeForVolume(149)).toBe('small');
    expect(municipalityTypeForVolume(150)).toBe('medium');
    expect(municipalityTypeForVolume(1000)).toBe('medium');
    expect(municipalityTypeForVolume(1001)).toBe('large');
  });
});

describe('the appointment channel (DDAS "Afspraak op locatie", issue 13)', () => {
  it('maps to "Afspraak op locatie" and back', () => {
    expect(DDAS_CONTACT_KIND_BY_CHANNEL.appointment).toBe('Afspraak op locatie');
    expect(channelOfContactKind('Afspraak op locatie')).toBe('appointment');
  });
  it('ranks between a phone call and a home visit', () => {
    expect(mostIntensiveChannel(['phone', 'appointment', 'sms'])).toBe('appointment');
    expect(mostIntensiveChannel(['appointment', 'home-visit'])).toBe('home-visit');
  });
  it('needs the postal address and has a Dutch and an English label', () => {
    expect(CHANNEL_NEEDS.appointment).toBe('address');
    expect(CHANNEL_LABELS.appointment).toEqual({
      nl: 'afspraak op locatie',
      en: 'appointment at a location',
    });
  });
});
