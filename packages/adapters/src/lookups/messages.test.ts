// Every text of the lookup and ledger CSV readers: Dutch and English, both there, and different.
import type { Bilingual } from '@signaalreis/core';
import { describe, it } from 'vitest';
import { checkCatalogue, NASTY } from '../csv/fixtures.test-support';
import { LEDGER_MESSAGES } from '../ledger/read-ledger';
import { LOOKUP_MESSAGES } from './messages';

type Samples<T> = { [K in keyof T]: () => Bilingual };

const lookups: Samples<typeof LOOKUP_MESSAGES> = {
  noHeader: () => LOOKUP_MESSAGES.noHeader(),
  missingColumn: () => LOOKUP_MESSAGES.missingColumn('house_number'),
  unusedColumn: () => LOOKUP_MESSAGES.unusedColumn(NASTY),
  notYesNo: () => LOOKUP_MESSAGES.notYesNo(NASTY),
  surnameEmpty: () => LOOKUP_MESSAGES.surnameEmpty(),
  streetEmpty: () => LOOKUP_MESSAGES.streetEmpty(),
  addressTwice: () => LOOKUP_MESSAGES.addressTwice(),
  missingIdentity: () => LOOKUP_MESSAGES.missingIdentity(),
  directory: () => LOOKUP_MESSAGES.directory(),
  utf16: () => LOOKUP_MESSAGES.utf16(),
};
const ledger: Samples<typeof LEDGER_MESSAGES> = {
  notYesNo: () => LEDGER_MESSAGES.notYesNo(NASTY),
  arrangement: () => LEDGER_MESSAGES.arrangement(NASTY),
  empty: () => LEDGER_MESSAGES.empty('customer_id'),
};

describe('the messages of the lookup and ledger readers', () => {
  it.each([
    ['lookups', lookups],
    ['ledger', ledger],
  ])('%s: every message has Dutch and English, and the Dutch is not the English', (_, samples) => {
    checkCatalogue(samples);
  });
});
