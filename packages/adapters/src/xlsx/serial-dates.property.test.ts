// Excel serial dates ↔ ISO dates: both ways over 1900–2100, the 1900 leap-year bug (serial 60), the
// 1904 system, and no dependence on the process's time zone (dates around the DST changes).
import { fc, test } from '@fast-check/vitest';
import { asIsoDate } from '@signaalreis/core';
import { afterEach, describe, expect, it } from 'vitest';
import { excelSerialToIsoDate, isoDateToExcelSerial, serialOfExcelJsDate } from './serial-dates';

const SERIAL_2100_12_31 = 73_415;
const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => asIsoDate(isoOf(d)));

describe('Excel serial dates', () => {
  it('knows the fixed points of the 1900 system, its leap-year bug and the 1904 system', () => {
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDate(60)).toBeNull(); // 1900-02-29: shown by Excel, never existed
    expect(excelSerialToIsoDate(60.5)).toBeNull();
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(0)).toBeNull(); // Excel's "1900-01-00"
    expect(excelSerialToIsoDate(-1)).toBeNull();
    expect(excelSerialToIsoDate(46321)).toBe('2026-10-26');
    expect(excelSerialToIsoDate(2_958_465)).toBe('9999-12-31');
    expect(excelSerialToIsoDate(2_958_466)).toBeNull();
    expect(excelSerialToIsoDate(Number.NaN)).toBeNull();
    expect(excelSerialToIsoDate(0, true)).toBe('1904-01-01');
    expect(excelSerialToIsoDate(44859, true)).toBe('2026-10-26');
    expect(isoDateToExcelSerial(asIsoDate('1900-02-28'))).toBe(59);
    expect(isoDateToExcelSerial(asIsoDate('1900-03-01'))).toBe(61);
  });

  test.prop([day])('ISO date → serial → ISO date is the identity (1900–2100)', (d) => {
    const serial = isoDateToExcelSerial(d);
    expect(Number.isInteger(serial)).toBe(true);
    expect(serial).not.toBe(60);
    expect(excelSerialToIsoDate(serial)).toBe(d);
  });

  test.prop([
    fc.integer({ min: 1, max: SERIAL_2100_12_31 }).filter((s) => s !== 60),
    fc.double({ min: 0, max: 0.999, noNaN: true }),
  ])('serial (with any time of day) → ISO date → serial gives the whole days back', (serial, time) => {
    const date = excelSerialToIsoDate(serial + time);
    expect(date).not.toBeNull();
    expect(isoDateToExcelSerial(date as never)).toBe(serial);
  });

  test.prop([fc.integer({ min: 61, max: SERIAL_2100_12_31 }), fc.boolean()])(
    'the Date exceljs makes of a serial reads back as that serial, in either date system',
    (serial, date1904) => {
      // exceljs: new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86400000))
      const v = serial + 0.25;
      const made = new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
      expect(serialOfExcelJsDate(made, date1904)).toBe(serial);
    },
  );
});

describe('no time zone in serial dates', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['Europe/Amsterdam', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'reads the days around the 2026 DST changes the same in %s',
    (zone) => {
      process.env.TZ = zone;
      for (const [iso, serial] of [
        ['2026-03-28', 46109],
        ['2026-03-29', 46110],
        ['2026-03-30', 46111],
        ['2026-10-24', 46319],
        ['2026-10-25', 46320],
        ['2026-10-26', 46321],
      ] as const) {
        for (const time of [0, 2 / 24, 2.5 / 24, 3 / 24, 0.5, 23.99 / 24]) {
          expect(excelSerialToIsoDate(serial + time)).toBe(iso);
          const made = new Date(Math.round((serial + time - 25569) * 86_400_000));
          expect(serialOfExcelJsDate(made, false)).toBe(serial);
        }
        expect(isoDateToExcelSerial(asIsoDate(iso))).toBe(serial);
      }
    },
  );
});
