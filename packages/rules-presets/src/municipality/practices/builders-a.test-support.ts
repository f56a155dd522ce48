// Test-only builders for the practice-1..3 tests: signals and history of October 2026 in the core
// shapes, and lookups of a planned month by house number. Imports types only, so it typechecks in
// the package against the built core.
import type {
  CapacityUsage,
  Channel,
  HistoryEntry,
  IsoMonth,
  LegalForm,
  PlannedCase,
  PlannedMonth,
  Sector,
  Signal,
  SignalKind,
  Team,
} from '@signaalreis/core';

/** The month of the tests. */
export const MONTH: IsoMonth = '2026-10';
/** Its delivery day and decision date: 25 October 2026 is a Sunday, so Monday the 26th. */
export const ON = '2026-10-26';
/** The postcode of every household in the tests; households differ by house number. */
export const POSTCODE = '7411AB';
/** The source all practices come from (a key of docs/sources.md). */
export const SEED = 'signaalreis-2023';

const PARTNERS: Record<Sector, { id: string; name: string }> = {
  rent: { id: 'WO-LND', name: 'Woonstichting De Linde' },
  energy: { id: 'EN-WKR', name: 'Energie Wekker' },
  water: { id: 'WA-OST', name: 'Waterbedrijf Oostland' },
  health: { id: 'ZV-ZKN', name: 'Zorgverzekeraar Zekerheid' },
  'municipal-tax': { id: 'GB-BEL', name: 'Gemeentebelastingen' },
  other: { id: 'OV-1', name: 'Overig' },
};

/** What a test may change about a signal. */
export interface SignalOptions {
  sector?: Sector;
  partnerId?: string;
  kind?: SignalKind;
  /** Default 2026-08-20: 67 days before the signal date, inside every window. */
  arrearSince?: string;
  signalDate?: string;
  birthDate?: string;
  surname?: string;
  legalForm?: LegalForm;
  /** Whether a phone number is known (default true). */
  phone?: boolean;
  /** Whether an e-mail address is known (default true). */
  email?: boolean;
}

let counter = 0;

/** A signal of household `houseNumber` of `amountCents`, dated 26 October 2026. */
export function signal(houseNumber: number, amountCents: number, o: SignalOptions = {}): Signal {
  counter += 1;
  const sector = o.sector ?? 'health';
  const partner = PARTNERS[sector];
  return {
    signalId: `T-${houseNumber}-${counter}`,
    partner: { id: o.partnerId ?? partner.id, name: partner.name, sector },
    kind: o.kind ?? 'early',
    signalDate: o.signalDate ?? ON,
    arrearSince: o.arrearSince ?? '2026-08-20',
    amountCents,
    person: {
      surname: o.surname ?? 'Jansen',
      legalForm: o.legalForm ?? 'individual',
      ...(o.birthDate ? { birthDate: o.birthDate } : {}),
    },
    address: { postcode: POSTCODE, houseNumber },
    contact: {
      ...((o.phone ?? true) ? { phone: '+31612345678' } : {}),
      ...((o.email ?? true) ? { email: `bewoner${houseNumber}@example.nl` } : {}),
    },
  };
}

/** `n` single-signal households from house number `first`, amounts falling by €1 so that rank follows the house number. */
export function households(n: number, first: number, amountCents: number, o: SignalOptions = {}): Signal[] {
  return Array.from({ length: n }, (_, i) => signal(first + i, amountCents - i * 100, o));
}

/** A history entry of an earlier month for household `houseNumber` (picked up unless said otherwise). */
export function past(
  month: IsoMonth,
  houseNumber: number,
  amountCents: number,
  o: { sector?: Sector; arrearSince?: string; reached?: boolean; pickedUp?: boolean } = {},
): HistoryEntry {
  counter += 1;
  const sector = o.sector ?? 'health';
  return {
    month,
    signalId: `H-${houseNumber}-${counter}`,
    partnerId: PARTNERS[sector].id,
    householdKey: key(houseNumber),
    sector,
    kind: 'early',
    signalDate: `${month}-26`,
    arrearSince: o.arrearSince ?? '2026-08-20',
    amountCents,
    naturalPerson: true,
    pickedUp: o.pickedUp ?? true,
    ...(o.reached === undefined ? {} : { reached: o.reached }),
  };
}

/** The household key of a house number. */
export const key = (houseNumber: number): string => `${POSTCODE} ${houseNumber}`;

/** The case of a household in a planned month; throws when there is none. */
export function caseOf(month: PlannedMonth, houseNumber: number): PlannedCase {
  const c = month.cases.find((x) => x.case.householdKey === key(houseNumber));
  if (!c) throw new Error(`no case for ${key(houseNumber)}`);
  return c;
}

/** The channels of a case's final steps, in plan order. */
export const channels = (c: PlannedCase): Channel[] => (c.allocation?.steps ?? []).map((s) => s.channel);

/** The final steps of a case as `channel/team`, in plan order. */
export const stepPairs = (c: PlannedCase): string[] =>
  (c.allocation?.steps ?? []).map((s) => `${s.channel}/${s.team}`);

/** The usage row of a channel (and team; `undefined` = the row for all teams). */
export function usageOf(month: PlannedMonth, channel: Channel, team?: Team): CapacityUsage | undefined {
  return month.allocation.usage.find((u) => u.channel === channel && u.team === team);
}
