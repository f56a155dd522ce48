// Every text the CSV readers show: Dutch (B1, for officers) and English, both there, and different.
import type { Bilingual } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { checkCatalogue, NASTY } from './fixtures.test-support';
import { CSV_MESSAGES, SIGNAL_CSV_MESSAGES, VALUE_MESSAGES } from './messages';

type Samples<T> = { [K in keyof T]: () => Bilingual };
const why: Bilingual = { nl: 'Telefoonnummer ****5678 is te kort', en: 'Phone number ****5678 is too short' };

const csv: Samples<typeof CSV_MESSAGES> = {
  unbalancedQuote: () => CSV_MESSAGES.unbalancedQuote(3, NASTY),
  recordTooLong: () => CSV_MESSAGES.recordTooLong(12_000, 10_000),
  csvSyntax: () => CSV_MESSAGES.csvSyntax(3),
  headerBroken: () => CSV_MESSAGES.headerBroken(1, 'unbalanced_quote', 10_000),
  controlCharacter: () => CSV_MESSAGES.controlCharacter(NASTY, 4, 'U+0000'),
  fieldTooLong: () => CSV_MESSAGES.fieldTooLong(NASTY, 5000, 200),
  encoding: () => CSV_MESSAGES.encoding(),
  utf16: () => CSV_MESSAGES.utf16(),
};
const signal: Samples<typeof SIGNAL_CSV_MESSAGES> = {
  emptyFile: () => SIGNAL_CSV_MESSAGES.emptyFile(),
  unknownColumn: () => SIGNAL_CSV_MESSAGES.unknownColumn(NASTY),
  duplicateColumn: () => SIGNAL_CSV_MESSAGES.duplicateColumn('amount', NASTY, 'amount'),
  missingColumn: () => SIGNAL_CSV_MESSAGES.missingColumn('amount', ['bedrag', 'bedrag_achterstand']),
  duplicateSignalId: () => SIGNAL_CSV_MESSAGES.duplicateSignalId(NASTY, 1),
  columnCount: () => SIGNAL_CSV_MESSAGES.columnCount(3, 23),
  missingValue: () => SIGNAL_CSV_MESSAGES.missingValue('surname'),
  nonPositiveAmount: () => SIGNAL_CSV_MESSAGES.nonPositiveAmount(NASTY),
  futureSignalDate: () => SIGNAL_CSV_MESSAGES.futureSignalDate('2026-12-01', '2026-11-22'),
  arrearAfterSignal: () => SIGNAL_CSV_MESSAGES.arrearAfterSignal('2026-10-27', '2026-10-26'),
  birthAfterSignal: () => SIGNAL_CSV_MESSAGES.birthAfterSignal('2026-10-26'),
  phoneLeftOut: () => SIGNAL_CSV_MESSAGES.phoneLeftOut(why),
  emailLeftOut: () => SIGNAL_CSV_MESSAGES.emailLeftOut(why),
  invalidValue: () => SIGNAL_CSV_MESSAGES.invalidValue(),
  legalPerson: () => SIGNAL_CSV_MESSAGES.legalPerson('bv'),
};
const values: Samples<typeof VALUE_MESSAGES> = {
  amount: () => VALUE_MESSAGES.amount(NASTY),
  ambiguousAmount: () => VALUE_MESSAGES.ambiguousAmount(NASTY),
  threeDecimals: () => VALUE_MESSAGES.threeDecimals(NASTY),
  date: () => VALUE_MESSAGES.date(NASTY),
  birthDate: () => VALUE_MESSAGES.birthDate,
  unknownWord: () =>
    VALUE_MESSAGES.unknownWord(
      NASTY,
      { nl: 'sector', en: 'sector' },
      { nl: 'huur, energie', en: 'rent, energy' },
    ),
  legalForm: () => VALUE_MESSAGES.legalForm(NASTY),
  count: () => VALUE_MESSAGES.count(NASTY),
};

describe('the messages of the CSV readers', () => {
  it.each([
    ['file and lines', csv],
    ['signal rows', signal],
    ['values', values],
  ])('%s: every message has Dutch and English, and the Dutch is not the English', (_, samples) => {
    checkCatalogue(samples);
  });

  it('never repeat a cell value whole: a long value with control characters is cut and escaped', () => {
    for (const make of [...Object.values(csv), ...Object.values(signal), ...Object.values(values)]) {
      const m = make();
      for (const text of [m.nl, m.en]) {
        expect(text).not.toContain('x'.repeat(100));
        expect(text.length).toBeLessThan(400);
      }
    }
  });
});
