// The in-memory lookups, indexed once (issue 14: a scan of the whole extract per person of every case
// was quadratic — a national month against a national extract), against the scans they replace: for
// any extract and any question, the same records in the same order (copies, each once), and the
// same answer whether a resident is known to debt assistance.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { HouseholdKey, IsoDate } from '../model';
import {
  type DebtAssistanceEntry,
  inMemoryDebtAssistanceRegister,
  inMemoryPopulationRegister,
  shareSurnameWord,
} from './in-memory';
import type { DebtAssistanceQuery, RegisterQuery, RegisterRecord } from './lookups';

// small pools, so that records share BSNs, addresses and birth dates, and questions find them
const bsn = fc.constantFrom('111222333', '123456782', '999888777');
const home = fc.constantFrom('7411AB 12', '7411AB 14', '1234XY 1') as fc.Arbitrary<HouseholdKey>;
const birth = fc.constantFrom('1980-01-01', '1990-06-15', '2001-12-31') as fc.Arbitrary<IsoDate>;
const surname = fc.constantFrom('Jansen', 'de Vries', 'Vries-Jansen', 'El Amrani', 'Bakker');

const record: fc.Arbitrary<RegisterRecord> = fc.record(
  {
    bsn,
    surname,
    birthDate: birth,
    householdKey: home,
    inMunicipality: fc.boolean(),
    deceased: fc.boolean(),
  },
  { requiredKeys: ['surname', 'householdKey', 'inMunicipality'] },
);
const registerQuery: fc.Arbitrary<RegisterQuery> = fc.record(
  { bsn, surname, birthDate: birth, householdKey: home, postcode: fc.constant('7411AB') },
  { requiredKeys: ['surname', 'householdKey', 'postcode'] },
);
const entry: fc.Arbitrary<DebtAssistanceEntry> = fc
  .record({ bsn, householdKey: home, surname }, { requiredKeys: [] })
  .filter((e) => e.bsn !== undefined || e.householdKey !== undefined);
const debtQuery: fc.Arbitrary<DebtAssistanceQuery> = fc.record(
  { bsn, householdKey: home, surname },
  { requiredKeys: ['householdKey', 'surname'] },
);

test.prop([fc.array(record, { maxLength: 40 }), fc.array(registerQuery, { minLength: 1, maxLength: 10 })])(
  'the register: the records a scan of the extract finds, in its order, as copies',
  async (records, queries) => {
    const brp = inMemoryPopulationRegister(records);
    for (const query of queries) {
      const scanned = records.filter(
        (r) =>
          (query.bsn !== undefined && r.bsn === query.bsn) ||
          r.householdKey === query.householdKey ||
          (query.birthDate !== undefined && r.birthDate === query.birthDate),
      );
      const found = await brp.lookup(query);
      expect(found).toEqual(scanned);
      for (const r of found) expect(Object.isFrozen(r)).toBe(false);
    }
  },
);

test.prop([fc.array(entry, { maxLength: 40 }), fc.array(debtQuery, { minLength: 1, maxLength: 10 })])(
  'debt assistance: known exactly when a scan of the entries says so',
  async (entries, queries) => {
    const shv = inMemoryDebtAssistanceRegister(entries);
    for (const query of queries) {
      const scanned = entries.some(
        (e) =>
          (query.bsn !== undefined && e.bsn === query.bsn) ||
          (e.householdKey === query.householdKey &&
            (e.surname === undefined || shareSurnameWord(e.surname, query.surname))),
      );
      expect(await shv.isKnown(query)).toBe(scanned);
    }
  },
);
