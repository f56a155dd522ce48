// The DDAS vocabulary both ways, checked against the enumerations of the schema file itself: a new
// or changed value in standards/ddas-v1.2 fails here until it is mapped (and documented).
import {
  CHANNELS,
  channelOfContactKind,
  DDAS_CONTACT_KIND_BY_CHANNEL,
  DDAS_SIGNAL_PARTNER_BY_SECTOR,
  type DdasSignalPartner,
  ddasSignalPartner,
  SECTORS,
  SIGNAL_KINDS,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { schemaFile } from './fixtures.test-support';
import {
  DDAS_ENUMS,
  DDAS_FLAGS_BY_KIND,
  FOLLOW_UP_BY_DDAS_RESULT,
  kindFromDdas,
  SECTOR_BY_DDAS_SIGNAL_PARTNER,
} from './vocabulary';

const schema = schemaFile().json;
const defs = schema.$defs as Record<string, { enum?: string[] }>;
const enums = Object.entries(defs).filter(([, d]) => Array.isArray(d.enum));

/** The JSON pointer of every `enum` anywhere in a schema (also one written inline in a property). */
function enumPointers(node: unknown, at = ''): string[] {
  if (node === null || typeof node !== 'object') return [];
  const own = !Array.isArray(node) && Array.isArray((node as { enum?: unknown }).enum) ? [at] : [];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => enumPointers(v, `${at}/${k}`))];
}

describe('every DDAS enumeration of the schema file is mapped', () => {
  it('knows exactly the enumerations of the schema, with exactly their values', () => {
    // every enum of the file is a named definition: none hides inline where DDAS_ENUMS cannot see it
    expect(enumPointers(schema).sort()).toEqual(enums.map(([name]) => `/$defs/${name}`).sort());
    expect(enums.map(([name]) => name).sort()).toEqual(Object.keys(DDAS_ENUMS).sort());
    for (const [name, d] of enums)
      expect([...(DDAS_ENUMS[name as keyof typeof DDAS_ENUMS] ?? [])].sort(), name).toEqual(
        [...(d.enum ?? [])].sort(),
      );
  });

  it('EnumSignaalpartner: every value to a sector, and every sector and kind to a value', () => {
    for (const type of defs.EnumSignaalpartner?.enum ?? [])
      expect(SECTOR_BY_DDAS_SIGNAL_PARTNER, type).toHaveProperty([type]);
    for (const sector of SECTORS)
      for (const kind of SIGNAL_KINDS)
        expect(defs.EnumSignaalpartner?.enum).toContain(ddasSignalPartner(sector, kind));
  });

  it('EnumSignaalpartner: the five sectors of DDAS come back as themselves; the rest as other, reported', () => {
    for (const sector of SECTORS) {
      const back = kindFromDdas(DDAS_SIGNAL_PARTNER_BY_SECTOR[sector], {});
      expect(back.sector).toBe(sector === 'municipal-tax' ? 'other' : sector);
      expect(back.lost).toEqual([]);
    }
    const without = (defs.EnumSignaalpartner?.enum ?? []).filter(
      (t) => !SECTOR_BY_DDAS_SIGNAL_PARTNER[t as DdasSignalPartner].exact,
    );
    expect(without.sort()).toEqual([
      'Belastingdienst',
      'CAK Eigen bijdrage',
      'DUO',
      'Dienst Toeslagen',
      'Hypotheek',
    ]);
    for (const t of without) expect(kindFromDdas(t as DdasSignalPartner, {}).lost).toEqual(['partner-type']);
  });

  it('EnumContactsoort: the seven channels one to one both ways, three kinds without a channel', () => {
    for (const c of CHANNELS) expect(channelOfContactKind(DDAS_CONTACT_KIND_BY_CHANNEL[c])).toBe(c);
    const kinds = defs.EnumContactsoort?.enum ?? [];
    for (const k of kinds) {
      // every DDAS kind is the export value of at most one channel, and the import reads it back as that one
      const channels = CHANNELS.filter((c) => DDAS_CONTACT_KIND_BY_CHANNEL[c] === k);
      expect(channels.length).toBeLessThanOrEqual(1);
      expect(channelOfContactKind(k as never)).toBe(channels[0]);
    }
    expect(channelOfContactKind('Afspraak op locatie')).toBe('appointment');
    expect(channelOfContactKind('SMS/Whatsapp')).toBe('sms');
    const none = kinds.filter((k) => channelOfContactKind(k as never) === undefined);
    expect(none.sort()).toEqual(['Administratief', 'Onbekend', 'Overige']);
  });

  it('EnumEindresultaat: every help result names the follow-up an import records', () => {
    const help = [
      '(Budget)advies en/of quick fix',
      'Vervolghulp en/of verwijzing',
      'Vervolghulp en/of verwijzing financieel',
      'Vervolghulp en/of verwijzing niet financieel',
    ];
    expect(Object.keys(FOLLOW_UP_BY_DDAS_RESULT).sort()).toEqual(help.sort());
    for (const r of Object.keys(FOLLOW_UP_BY_DDAS_RESULT)) expect(defs.EnumEindresultaat?.enum).toContain(r);
  });
});

describe('signal kinds and the two flags', () => {
  it('an export of any sector and kind reads back to the same DDAS type and flags', () => {
    for (const sector of SECTORS)
      for (const kind of SIGNAL_KINDS) {
        const type = ddasSignalPartner(sector, kind);
        const back = kindFromDdas(type, DDAS_FLAGS_BY_KIND[kind]);
        expect(ddasSignalPartner(back.sector, back.kind), `${sector}/${kind}`).toBe(type);
        expect(DDAS_FLAGS_BY_KIND[back.kind], `${sector}/${kind}`).toEqual(DDAS_FLAGS_BY_KIND[kind]);
      }
  });

  it('only an eviction is a crisis signal; an end of supply is not by itself (wgs)', () => {
    const crisis = SIGNAL_KINDS.filter((k) => DDAS_FLAGS_BY_KIND[k].crisissignaal);
    expect(crisis).toEqual(['eviction']);
    expect(DDAS_FLAGS_BY_KIND['warm-referral']).toEqual({ crisissignaal: false, warmeOverdracht: true });
  });

  it('keeps one kind when DDAS sets several flags, and says which it lost', () => {
    expect(kindFromDdas('Energie', { crisissignaal: true, warmeOverdracht: true })).toEqual({
      sector: 'energy',
      kind: 'eviction',
      lost: ['warmeOverdracht'],
    });
    expect(kindFromDdas('CAK Zorgverzekeringen', { warmeOverdracht: true })).toEqual({
      sector: 'health',
      kind: 'warm-referral',
      lost: ['cak'],
    });
    expect(kindFromDdas('Hypotheek', { crisissignaal: true }).lost).toEqual(['partner-type']);
  });
});
