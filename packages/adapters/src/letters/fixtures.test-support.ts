// Fixtures of the letters tests: a municipality's contact block, a case of the case-file shape with
// a plan, and the synthetic signal with the resident's contact data at the case's address.
import { asIsoDate, type Signal, SignalSchema } from '@signaalreis/core';
import { lifecyclePreset, type MunicipalityContact } from '@signaalreis/rules-presets';
import { defaultTemplates } from './default-templates';
import type { LetterCase, LettersInput } from './make-letters';
import { loadTemplates } from './templates';

export const CONTACT: MunicipalityContact = {
  name: 'Gemeente Voorbeeldstad',
  team: { nl: 'Team Geldzorgen', en: 'Money Worries Team' },
  phone: '14 0363',
  email: 'geldzorgen@voorbeeldstad.example',
  website: 'https://www.voorbeeldstad.example/geldzorgen',
  postalAddress: ['Postbus 363', '7400 AA Voorbeeldstad'],
  openingHours: { nl: 'op werkdagen van 9.00 tot 17.00 uur', en: 'on working days from 9:00 to 17:00' },
  privacy: {
    nl: 'Wij gebruiken uw gegevens alleen om u te helpen.',
    en: 'We use your data only to help you.',
  },
  privacyUrl: 'https://www.voorbeeldstad.example/privacy',
  source: 'project default (synthetic)',
};

export const TABLE = (() => {
  const t = lifecyclePreset('ddas');
  if (!t.ok) throw new Error('ddas lifecycle preset does not load');
  return t.value;
})();

export const START = asIsoDate('2026-10-26');
export const AT = asIsoDate('2026-11-02');

type Step = { channel: string; team: string; attempts: number };

/** A picked-up single rent signal of 2026-10 at 7411AB 12 with a letter in its plan. */
export function letterCase(over: Partial<LetterCase> & { plan?: Step[]; id?: string } = {}): LetterCase {
  const id = over.id ?? '2026-10-0001';
  return {
    caseId: id,
    householdKey: '7411AB 12',
    signalStatus: 'Opgepakt',
    intakeOutcome: 'picked-up',
    isMatch: false,
    partners: ['WO-LND'],
    totalAmountCents: 123456,
    signals: [
      {
        signalId: `S-${id}`,
        partnerId: 'WO-LND',
        partnerName: 'Woonstichting De Linde',
        sector: 'rent',
        signalStatus: 'Opgepakt',
      },
    ] as unknown as LetterCase['signals'],
    plan: [{ channel: 'letter', team: 'municipality', attempts: 1 }],
    ...over,
  } as LetterCase;
}

/** The delivered signal of a case (its contact data), at 7411AB 12 unless told otherwise. */
export function signalOf(
  c: LetterCase,
  over: Partial<{ postcode: string; phone: string; email: string; city: string; surname: string }> = {},
): Signal {
  const s = c.signals[0];
  return SignalSchema.parse({
    signalId: s?.signalId,
    partner: { id: s?.partnerId, name: s?.partnerName ?? 'Partner', sector: 'rent' },
    kind: 'early',
    signalDate: '2026-10-26',
    arrearSince: '2026-08-20',
    amountCents: 123456,
    person: { initials: 'M.', surname: over.surname ?? 'Çelik', legalForm: 'individual' },
    address: {
      postcode: over.postcode ?? '7411AB',
      houseNumber: 12,
      ...(over.city === '' ? {} : { city: over.city ?? 'Voorbeeldstad' }),
    },
    contact: {
      ...(over.phone === '' ? {} : { phone: over.phone ?? '+31612345678' }),
      ...(over.email === '' ? {} : { email: over.email ?? 'm.celik@example.net' }),
    },
  });
}

/** The input of makeLetters for `cases`, each with its signal, and the default Dutch templates. */
export async function lettersInput(
  cases: LetterCase[],
  over: Partial<LettersInput> = {},
): Promise<LettersInput> {
  const templates = await loadTemplates(defaultTemplates(over.lang ?? 'nl'));
  if (!templates.ok) throw new Error('default templates do not load');
  return {
    cases,
    table: TABLE,
    start: START,
    at: AT,
    signals: cases.map((c) => signalOf(c)),
    contact: CONTACT,
    templates: templates.value,
    lang: 'nl',
    smsMaxParts: 3,
    ...over,
  };
}
