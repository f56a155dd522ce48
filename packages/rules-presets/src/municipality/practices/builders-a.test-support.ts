// Test-only builders for the practice-1..3 tests: signals and history of October 2026 in the core
// shapes (plain literals in, checked brands out), and lookups of a planned month by house number.
import {
  asCents,
  asHouseholdKey,
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  asSignalId,
  type CapacityUsage,
  type Channel,
  type DdasSignalStatus,
  type HistoryEntry,
  type HouseholdKey,
  type IsoMonth,
  type LegalForm,
  type PlannedJourney,
  type PlannedMonth,
  type Sector,
  type Signal,
  type SignalKind,
  type Team,
  worklistBucket,
} from '@signaalreis/core';

/** The month of the tests. */
export const MONTH: IsoMonth = asIsoMonth('2026-10');
/** Its delivery day and decision date: 25 October 2026 is a Sunday, so Monday the 26th. */
export const ON = asIsoDate('2026-10-26');
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
    signalId: asSignalId(`T-${houseNumber}-${counter}`),
    partner: { id: asPartnerId(o.partnerId ?? partner.id), name: partner.name, sector },
    kind: o.kind ?? 'early',
    signalDate: o.signalDate ? asIsoDate(o.signalDate) : ON,
    arrearSince: asIsoDate(o.arrearSince ?? '2026-08-20'),
    amountCents: asCents(amountCents),
    person: {
      surname: o.surname ?? 'Jansen',
      legalForm: o.legalForm ?? 'individual',
      ...(o.birthDate ? { birthDate: asIsoDate(o.birthDate) } : {}),
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
    signalId: asSignalId(`H-${houseNumber}-${counter}`),
    partnerId: asPartnerId(PARTNERS[sector].id),
    householdKey: key(houseNumber),
    sector,
    kind: 'early',
    signalDate: asIsoDate(`${month}-26`),
    arrearSince: asIsoDate(o.arrearSince ?? '2026-08-20'),
    amountCents: asCents(amountCents),
    naturalPerson: true,
    pickedUp: o.pickedUp ?? true,
    ...(o.reached === undefined ? {} : { reached: o.reached }),
  };
}

/** The household key of a house number. */
export const key = (houseNumber: number): HouseholdKey => asHouseholdKey(`${POSTCODE} ${houseNumber}`);

/** The journey of a household in a planned month; throws when there is none. */
export function caseOf(month: PlannedMonth, houseNumber: number): PlannedJourney {
  const j = month.journeys.find((x) => x.match.householdKey === key(houseNumber));
  if (!j) throw new Error(`no case for ${key(houseNumber)}`);
  return j;
}

/** What a worklist row shows of a case: intake's DDAS signal status and the worklist bucket. */
export const row = (j: PlannedJourney): { signalStatus: DdasSignalStatus; bucket: string } => ({
  signalStatus: j.intake.signalStatus,
  bucket: worklistBucket(j),
});

/** The channels of a case's final steps, in plan order. */
export const channels = (j: PlannedJourney): Channel[] => (j.allocation?.steps ?? []).map((s) => s.channel);

/** The final steps of a case as `channel/team`, in plan order. */
export const stepPairs = (j: PlannedJourney): string[] =>
  (j.allocation?.steps ?? []).map((s) => `${s.channel}/${s.team}`);

/** The usage row of a channel (and team; `undefined` = the row for all teams). */
export function usageOf(month: PlannedMonth, channel: Channel, team?: Team): CapacityUsage | undefined {
  return month.allocation.usage.find((u) => u.channel === channel && u.team === team);
}
