// Test-only builders for the practice presets 4–6 and the Ouder-Amstel/Uithoorn pilot: signals of
// October 2026 in one street (household keys `1421AB <n>`), history entries, in-memory register
// and debt-assistance lookups, and a month run through the public preset API. Not part of the API.
import {
  asCents,
  asHouseholdKey,
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  asSignalId,
  type CapacityUsage,
  type Channel,
  type DebtAssistanceRegister,
  type HistoryEntry,
  type HouseholdKey,
  type IntakeLookups,
  type PlannedJourney,
  type PlannedMonth,
  type PopulationRegister,
  type Signal,
  type SignalKind,
  type Team,
  worklistBucket,
} from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '../../index';

/** The partners of the tests, one per sector (two health insurers). */
export const PARTNERS = {
  rent: { id: 'WO-A', name: 'Woonstichting A', sector: 'rent' },
  energy: { id: 'EN-A', name: 'Energie A', sector: 'energy' },
  water: { id: 'WA-A', name: 'Waterbedrijf A', sector: 'water' },
  health: { id: 'ZV-A', name: 'Zorgverzekeraar A', sector: 'health' },
  health2: { id: 'ZV-B', name: 'Zorgverzekeraar B', sector: 'health' },
} as const;

export type PartnerName = keyof typeof PARTNERS;

/** What a test may change of a signal. */
export interface SignalOptions {
  /** House number in `1421AB` (default 1). */
  house?: number;
  kind?: SignalKind;
  /** Arrear since (default 2026-08-20: 67 days before the signal date). */
  since?: string;
  /** Signal date (default 2026-10-26). */
  date?: string;
  /** A phone number is known (default true). */
  phone?: boolean;
  /** An e-mail address is known (default false). */
  email?: boolean;
  legalForm?: Signal['person']['legalForm'];
  birthDate?: string;
  surname?: string;
}

/** The household key of a house number in the test street. */
export const key = (house: number): HouseholdKey => asHouseholdKey(`1421AB ${house}`);

/** A signal of October 2026 from a partner for an amount in cents. */
export function sig(id: string, partner: PartnerName, amountCents: number, o: SignalOptions = {}): Signal {
  return {
    signalId: asSignalId(id),
    partner: { ...PARTNERS[partner], id: asPartnerId(PARTNERS[partner].id) },
    kind: o.kind ?? 'early',
    signalDate: asIsoDate(o.date ?? '2026-10-26'),
    arrearSince: asIsoDate(o.since ?? '2026-08-20'),
    amountCents: asCents(amountCents),
    person: {
      initials: 'J.',
      surname: o.surname ?? 'Jansen',
      legalForm: o.legalForm ?? 'individual',
      ...(o.birthDate ? { birthDate: asIsoDate(o.birthDate) } : {}),
    },
    address: { postcode: '1421AB', houseNumber: o.house ?? 1 },
    contact: {
      ...((o.phone ?? true) ? { phone: '+31612345678' } : {}),
      ...(o.email ? { email: 'j.jansen@example.nl' } : {}),
    },
  };
}

/** `n` single signals of one partner at houses `from`, `from + 1` …, amounts falling by € 1 from `amountCents`. */
export function singles(
  n: number,
  from: number,
  partner: PartnerName,
  amountCents: number,
  o: SignalOptions = {},
): Signal[] {
  return Array.from({ length: n }, (_, i) =>
    sig(`${partner}-${from + i}`, partner, amountCents - i * 100, { ...o, house: from + i }),
  );
}

/** `n` matches (rent + health) at houses `from`, `from + 1` …, totals falling by € 1. */
export function matches(n: number, from: number, o: SignalOptions = {}): Signal[] {
  return Array.from({ length: n }, (_, i) => [
    sig(`M${from + i}-rent`, 'rent', 40_000 - i * 100, { ...o, house: from + i }),
    sig(`M${from + i}-health`, 'health', 20_000, { ...o, house: from + i }),
  ]).flat();
}

/** The first day of the month before `month` (an arrear of 50–60 days on the 24th). */
function monthBefore(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`;
}

/** A signal of an earlier month (picked up, inside its window) for a house in the test street. */
export function past(
  id: string,
  partner: PartnerName,
  amountCents: number,
  house: number,
  month = '2026-07',
): HistoryEntry {
  return {
    month: asIsoMonth(month),
    signalId: asSignalId(id),
    partnerId: asPartnerId(PARTNERS[partner].id),
    householdKey: key(house),
    sector: PARTNERS[partner].sector,
    kind: 'early',
    signalDate: asIsoDate(`${month}-24`),
    arrearSince: asIsoDate(monthBefore(month)),
    amountCents: asCents(amountCents),
    naturalPerson: true,
    pickedUp: true,
  };
}

/**
 * An in-memory population register: everyone is registered as the partner wrote them, except at
 * the houses in `strangersAt`, where only someone else (Pietersen) lives — a BRP fall-out.
 */
export function register(strangersAt: readonly number[] = []): PopulationRegister {
  return {
    lookup: async (q) =>
      strangersAt.some((h) => key(h) === q.householdKey)
        ? [{ surname: 'Pietersen', initials: 'K.', householdKey: q.householdKey, inMunicipality: true }]
        : [
            {
              surname: q.surname,
              ...(q.prefix ? { prefix: q.prefix } : {}),
              ...(q.initials ? { initials: q.initials } : {}),
              ...(q.birthDate ? { birthDate: q.birthDate } : {}),
              householdKey: q.householdKey,
              inMunicipality: true,
            },
          ],
  };
}

/** An in-memory debt-assistance administration that knows the households at `houses`. */
export function debtAssistance(houses: readonly number[]): DebtAssistanceRegister {
  return { isKnown: async (q) => houses.some((h) => key(h) === q.householdKey) };
}

/** Runs October 2026 (or `month`) with a bundled preset; throws when the preset does not load or run. */
export async function plan(
  presetId: string,
  signals: readonly Signal[],
  options: { history?: readonly HistoryEntry[]; lookups?: IntakeLookups; month?: string } = {},
): Promise<PlannedMonth> {
  const preset = municipalityPreset(presetId);
  if (!preset.ok) throw new Error(`${presetId}: ${JSON.stringify(preset.issues)}`);
  const run = await runPresetMonth(preset.value, {
    month: asIsoMonth(options.month ?? '2026-10'),
    signals,
    ...(options.history ? { history: options.history } : {}),
    ...(options.lookups ? { lookups: options.lookups } : {}),
  });
  if (!run.ok) throw new Error(`${presetId}: ${JSON.stringify(run.issues)}`);
  return run.value;
}

/** The journey of a house in a planned month; throws when there is none. */
export function caseAt(month: PlannedMonth, house: number): PlannedJourney {
  const j = month.journeys.find((x) => x.match.householdKey === key(house));
  if (!j) throw new Error(`no case for ${key(house)}`);
  return j;
}

/**
 * What a test usually checks of a case: the worklist bucket, intake's DDAS signal status, the
 * primary channel and team, and allocation's outcome.
 */
export function outcome(month: PlannedMonth, house: number) {
  const j = caseAt(month, house);
  return {
    bucket: worklistBucket(j),
    signalStatus: j.intake.signalStatus,
    channel: j.allocation?.primaryChannel,
    team: j.allocation?.team,
    allocation: j.allocation?.outcome,
  };
}

/** The channels of a case's final plan, in order. */
export const channels = (month: PlannedMonth, house: number): Channel[] =>
  (caseAt(month, house).allocation?.steps ?? []).map((s) => s.channel);

/** The usage row of a channel (and team; absent: the row without a team). */
export function usage(month: PlannedMonth, channel: Channel, team?: Team): CapacityUsage | undefined {
  return month.allocation.usage.find((u) => u.channel === channel && u.team === team);
}
