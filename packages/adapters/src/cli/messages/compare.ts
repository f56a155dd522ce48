// The sentences of `signaalreis compare`: help, the side-by-side summary, and the cases that exist
// under one policy only (issue 16) with the reason the other policy has none.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** `signaalreis compare`. */
export const COMPARE_MESSAGES = {
  description: {
    nl: 'Een maand opnieuw uitvoeren onder twee presets en vergelijken: statussen, kanalen, capaciteit, veranderde zaken, zaken onder één preset.',
    en: 'Replay a month under two presets and compare: statuses, channels, capacity, changed cases, cases under one preset only.',
  },
  againstHelp: { nl: 'de tweede preset (id of JSON-bestand)', en: 'the second preset (id or JSON file)' },
  outHelp: {
    nl: 'schrijf de zaken die anders behandeld worden (ook die onder één preset) als CSV',
    en: 'write the cases treated differently (also those under one preset only) as CSV',
  },
  head: (month: string, cases: number, a: string, b: string): B => ({
    nl: `signaalreis compare — ${month}: ${cases} zaken onder ${a} en ${b}`,
    en: `signaalreis compare — ${month}: ${cases} cases under ${a} and ${b}`,
  }),
  headUneven: (month: string, a: string, ca: number, b: string, cb: number, both: number): B => ({
    nl: `signaalreis compare — ${month}: ${ca} zaken onder ${a}, ${cb} onder ${b}; ${both} huishoudens onder allebei`,
    en: `signaalreis compare — ${month}: ${ca} cases under ${a}, ${cb} under ${b}; ${both} households under both`,
  }),
  status: { nl: 'DDAS-signaalstatus', en: 'DDAS signal status' },
  channel: { nl: 'Eerste kanaal', en: 'Primary channel' },
  noChannel: { nl: 'geen', en: 'none' },
  capacity: { nl: 'Capaciteit gebruikt', en: 'Capacity used' },
  unplaced: (a: number, b: number): B => ({
    nl: `In geen capaciteit geplaatst: ${a} → ${b}`,
    en: `Not placed in any capacity: ${a} → ${b}`,
  }),
  changed: (n: number, of: number): B => ({
    nl: `Zaken die anders behandeld worden: ${n} van ${of}`,
    en: `Cases treated differently: ${n} of ${of}`,
  }),
  oneSided: {
    nl: 'Zaken onder één preset (waarom de andere er geen heeft)',
    en: 'Cases under one preset only (why the other has none)',
  },
  onlyUnder: (preset: string, n: number): B => ({
    nl: `Alleen onder ${preset}: ${n} zaken (zaaknummer, reden, bak, signalen, bedrag)`,
    en: `Under ${preset} only: ${n} cases (case id, reason, bucket, signals, amount)`,
  }),
  more: (n: number): B => ({
    nl: `  … en nog ${n}: alle zaken staan in --format json en in het bestand van --out`,
    en: `  … and ${n} more: every case is in --format json and in the file of --out`,
  }),
  signals: (n: number): B => ({
    nl: n === 1 ? '1 signaal' : `${n} signalen`,
    en: n === 1 ? '1 signal' : `${n} signals`,
  }),
  written: (file: string): B => ({
    nl: `Veranderde zaken geschreven naar ${file}`,
    en: `Changed cases written to ${file}`,
  }),
} as const;

/**
 * Why the other preset has no case for a household (the codes of `AbsenceReason` in core): the
 * words an officer or researcher reads in `compare`'s summary.
 */
export const ABSENCE_REASON_TEXTS = {
  outside_municipality: { nl: 'buiten het gebied (postcodes)', en: 'outside the area (postcodes)' },
  signal_not_in_month: { nl: 'signaal niet in deze maand', en: 'signal not in this month' },
  duplicate_signal: { nl: 'dubbel signaal', en: 'duplicate signal' },
  invalid_signal: { nl: 'ongeldig signaal', en: 'invalid signal' },
  not_in_input: { nl: 'niet in de invoer', en: 'not in the input' },
} as const satisfies Record<string, B>;
