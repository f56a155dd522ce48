// Synthetic extracts of the two intake lookups for October: the population register (BRP) and the
// debt-assistance administration (SHV), in the CSV formats of @signaalreis/adapters. Made from the
// October rows with their own seeded generator, so the signal files do not change when these do.
// The mix follows the fall-out causes of the BRP check in signaalreis-2023: most residents registered
// at the address; some with name parts written differently; some moved within the municipality,
// moved away or died; some not found at all (a garage box, people who moved).
import { DEBT_ASSISTANCE_CSV_COLUMNS, POPULATION_REGISTER_CSV_COLUMNS } from '@signaalreis/adapters';
import { toCsv } from './csv';
import { Rand, SEED } from './rng';
import type { Row } from './rows';

/** The columns of the two CSV formats, as the adapters read them. */
const BRP_COLUMNS = POPULATION_REGISTER_CSV_COLUMNS;
const SHV_COLUMNS = DEBT_ASSISTANCE_CSV_COLUMNS;

type Fate = 'registered' | 'spelled-differently' | 'moved-within' | 'moved-away' | 'deceased' | 'not-found';
const FATES: readonly (readonly [Fate, number])[] = [
  ['registered', 86],
  ['spelled-differently', 4],
  ['moved-within', 3],
  ['moved-away', 3],
  ['deceased', 1],
  ['not-found', 3],
];

const NATURAL = new Set(['individual', 'eenmanszaak', 'maatschap', 'vof', 'cv', '']);

/** What the generator decided per person, for the README and the tests. */
export interface LookupFacts {
  people: number;
  fates: Record<Fate, number>;
  knownAtDebtAssistance: number;
}

/** Synthetic BRP and SHV extracts for the given October rows (bad rows excluded by the caller). */
export function lookupFiles(october: readonly Row[]): { files: Record<string, string>; facts: LookupFacts } {
  const rand = new Rand(SEED + 7);
  const seen = new Set<string>();
  const brp: string[][] = [];
  const shv: string[][] = [];
  const fates: Record<Fate, number> = Object.fromEntries(FATES.map(([f]) => [f, 0])) as Record<Fate, number>;
  let known = 0;
  for (const r of october) {
    if (!NATURAL.has(r.legal_form)) continue;
    const person = `${r.postcode}|${r.house_number}|${r.house_number_suffix}|${r.surname}|${r.initials}`;
    if (seen.has(person)) continue;
    seen.add(person);
    const fate = rand.weighted(FATES);
    fates[fate] += 1;
    const birth =
      r.birth_date && r.birth_date !== '2000-01-01'
        ? r.birth_date
        : `19${rand.int(50, 99)}-0${rand.int(1, 9)}-1${rand.int(0, 9)}`;
    const base = {
      bsn: r.bsn,
      surname: r.surname,
      prefix: r.prefix,
      initials: r.initials,
      birth_date: birth,
      postcode: r.postcode,
      house_number: r.house_number,
      house_number_suffix: r.house_number_suffix,
      in_municipality: 'ja',
      deceased: 'nee',
    };
    if (fate === 'spelled-differently')
      base.surname = `${r.surname}-${rand.pick(['Bakker', 'Yilmaz', 'de Boer'])}`;
    if (fate === 'moved-within') {
      base.house_number = String(rand.int(1, 199));
      base.house_number_suffix = '';
    }
    if (fate === 'moved-away') base.in_municipality = 'nee';
    if (fate === 'deceased') base.deceased = 'ja';
    if (fate !== 'not-found') brp.push(BRP_COLUMNS.map((c) => base[c]));
    if (fate !== 'deceased' && fate !== 'moved-away' && rand.chance(0.06)) {
      known += 1;
      shv.push([rand.chance(0.5) ? r.bsn : '', r.postcode, r.house_number, r.house_number_suffix, r.surname]);
    }
  }
  return {
    files: {
      'brp-2026-10.csv': toCsv(BRP_COLUMNS, brp, ',', '\n'),
      'shv-2026-10.csv': toCsv(SHV_COLUMNS, shv, ',', '\n'),
    },
    facts: { people: seen.size, fates, knownAtDebtAssistance: known },
  };
}
