// Values that repeat from row to row, kept once (issue 14, memory).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { csv, goodRow, okValue, TODAY } from './fixtures.test-support';
import { importSignalsCsv } from './import-signals';
import { SHARED_VALUES_MAX, sharedPartner, sharedText } from './shared-values';

const fresh = (s: string) => [s].join(''); // an equal string, a different object in V8

describe('sharedText', () => {
  test.prop([fc.array(fc.string(), { maxLength: 50 })])('gives back an equal text, always', (texts) => {
    for (const t of texts) expect(sharedText(fresh(t))).toBe(t);
  });

  it('keeps the copy made the first time', () => {
    let copies = 0;
    const copy = (s: string) => {
      copies++;
      return fresh(s);
    };
    const a = sharedText('Voorbeeldstad-kept-once', copy);
    expect(sharedText(fresh('Voorbeeldstad-kept-once'), copy)).toBe(a);
    expect(copies).toBe(1);
  });

  it('starts afresh past its bound and still gives equal texts', () => {
    for (let i = 0; i <= SHARED_VALUES_MAX + 10; i++) expect(sharedText(`text ${i}`)).toBe(`text ${i}`);
    expect(sharedText('text 3')).toBe('text 3');
  });
});

describe('sharedPartner', () => {
  it('is one frozen object per id, name and sector', () => {
    const a = sharedPartner('ZV-ZLD', 'Zorgverzekeraar Zilverlinde', 'health');
    expect(a).toStrictEqual({ id: 'ZV-ZLD', name: 'Zorgverzekeraar Zilverlinde', sector: 'health' });
    expect(JSON.stringify(a)).toBe('{"id":"ZV-ZLD","name":"Zorgverzekeraar Zilverlinde","sector":"health"}');
    expect(Object.isFrozen(a)).toBe(true);
    expect(sharedPartner(fresh('ZV-ZLD'), fresh('Zorgverzekeraar Zilverlinde'), 'health')).toBe(a);
  });

  it('a partner whose name or sector differs is another object', () => {
    const a = sharedPartner('EN-X', 'Energie X', 'energy');
    const b = sharedPartner('EN-X', 'Energie X nieuw', 'energy');
    expect(b).toStrictEqual({ id: 'EN-X', name: 'Energie X nieuw', sector: 'energy' });
    expect(b).not.toBe(a);
    expect(sharedPartner('EN-X', 'Energie X', 'water')).toStrictEqual({
      id: 'EN-X',
      name: 'Energie X',
      sector: 'water',
    });
  });

  it('starts afresh past its bound', () => {
    for (let i = 0; i <= SHARED_VALUES_MAX + 10; i++)
      expect(sharedPartner(`P-${i}`, `Partner ${i}`, 'rent').name).toBe(`Partner ${i}`);
  });
});

describe('a signal file read', () => {
  it('shares the partner of equal rows and reads each signal as before', async () => {
    const rows = [
      goodRow(1),
      goodRow(2),
      goodRow(3, { partner_id: 'EN-B', partner_name: 'Energie B', sector: 'energy' }),
    ];
    const read = okValue(await importSignalsCsv(csv(rows), { today: TODAY }));
    const [a, b, c] = read.accepted;
    expect(a?.partner).toBe(b?.partner);
    expect(Object.isFrozen(a?.partner)).toBe(true);
    expect(c?.partner).toStrictEqual({ id: 'EN-B', name: 'Energie B', sector: 'energy' });
    expect(a?.address).toStrictEqual({ postcode: '7411AB', houseNumber: 2, city: 'Voorbeeldstad' });
    expect(b).toMatchObject({
      signalDate: '2026-10-26',
      arrearSince: '2026-08-01',
      neighbourhood: 'Centrum',
    });
    // an owner who changes one signal's partner must replace it, not change every signal's
    expect(() => {
      (a?.partner as { name: string }).name = 'X';
    }).toThrow(TypeError);
  });
});
