// The signals of one DDAS levering as case-file signals, each with its household key. What a signal
// needs and DDAS leaves optional (amount, dates, partner type) is required here; what signaalreis
// cannot keep (a BSN, gender, birth date, a partner type without a sector) is counted and reported.
import {
  arrearAgeDays,
  asCents,
  DEFAULT_MATCHING_CONFIG,
  type HouseholdKey,
  type Issue,
  type IssuePath,
  issue,
  type PartnerId,
  parseIsoDate,
  parsePartnerId,
  parseSignalId,
  windowFor,
} from '@signaalreis/core';
import type { CaseFileCase } from '../cases/case-file';
import { householdKeyOfClient } from './client';
import { DDAS_MESSAGES as M } from './messages';
import type { DdasVroegsignaal } from './types';
import { kindFromDdas } from './vocabulary';

/** A signal of a case file. */
export type FileSignal = CaseFileCase['signals'][number];

/** One imported signal: the case-file signal, its household and where it was in the delivery. */
export interface ImportedSignal {
  signal: FileSignal;
  householdKey: HouseholdKey;
  at: IssuePath;
}

/** What the signals of one levering gave: signals by ID, errors, and what was not kept (counted). */
export interface ImportedSignals {
  byId: Map<string, ImportedSignal>;
  errors: Issue[];
  notKept: { partnerTypes: Map<string, number>; flags: number; personData: number };
}

/** The partner id of signals of a DDAS partner type: DDAS names no partner, only its type. */
const partnerIdOf = (type: string): PartnerId => {
  const id = parsePartnerId(`ddas-${type.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  if (!id.ok) throw new Error(`unreachable: every DDAS partner type makes a partner id (${type})`);
  return id.value;
};

/** The arrear-age window of the project's default matching rules (the case file shows it). */
function windowOf(signal: Pick<FileSignal, 'sector' | 'signalDate' | 'ageDays'>): FileSignal['window'] {
  const rule = windowFor(DEFAULT_MATCHING_CONFIG, signal.sector, signal.signalDate);
  if (rule === undefined) return 'inside';
  if (signal.ageDays < rule.minAgeDays) return 'too-young';
  return signal.ageDays > rule.maxAgeDays ? 'too-old' : 'inside';
}

/** One DDAS signal as a case-file signal, or the errors that prevent it. */
function importSignal(s: DdasVroegsignaal, at: IssuePath, out: ImportedSignals): ImportedSignal | undefined {
  const errors: Issue[] = [];
  const id = parseSignalId(s.ID);
  if (!id.ok) errors.push(...id.issues.map((i) => ({ ...i, path: [...at, 'ID'] })));
  const key = householdKeyOfClient(s.client);
  if (key === undefined) {
    const bsnOnly = s.client.burgerservicenummer !== undefined;
    errors.push(
      issue(
        bsnOnly ? 'ddas_client_bsn_only' : 'ddas_client_address',
        [...at, 'client'],
        bsnOnly ? M.bsnOnly : M.badAddress,
      ),
    );
  }
  const date = (field: 'ontstaansdatum' | 'signaaldatum', why: typeof M.needDate) => {
    const value = s[field];
    if (value === undefined) {
      errors.push(issue('ddas_missing', [...at, field], M.missing(field, why)));
      return undefined;
    }
    const parsed = parseIsoDate(value);
    if (!parsed.ok) errors.push(issue('ddas_date_outside', [...at, field], M.dateOutside(field)));
    return parsed.ok ? parsed.value : undefined;
  };
  const arrearSince = date('ontstaansdatum', M.needDate);
  const signalDate = date('signaaldatum', M.needSignalDate);
  if (s.bedrag === undefined)
    errors.push(issue('ddas_missing', [...at, 'bedrag'], M.missing('bedrag', M.needAmount)));
  else if (s.bedrag < 1 || !Number.isSafeInteger(s.bedrag * 100))
    errors.push(issue('ddas_bad_amount', [...at, 'bedrag'], M.badAmount));
  const type = s.signaalpartner.type;
  if (type === undefined)
    errors.push(
      issue('ddas_missing', [...at, 'signaalpartner', 'type'], M.missing('signaalpartner.type', M.needType)),
    );
  out.errors.push(...errors);
  if (errors.length > 0 || !id.ok || !key || !arrearSince || !signalDate || s.bedrag === undefined || !type)
    return undefined;

  const { sector, kind, lost } = kindFromDdas(type, s);
  if (lost.includes('partner-type'))
    out.notKept.partnerTypes.set(type, (out.notKept.partnerTypes.get(type) ?? 0) + 1);
  if (lost.some((l) => l !== 'partner-type')) out.notKept.flags += 1;
  if (s.client.geslachtsaanduiding !== undefined || s.client.geboortedatum !== undefined)
    out.notKept.personData += 1;
  const ageDays = arrearAgeDays(arrearSince, signalDate);
  const signal: FileSignal = {
    signalId: id.value,
    partnerId: partnerIdOf(type),
    sector,
    kind,
    signalDate,
    arrearSince,
    amountCents: asCents(s.bedrag * 100) as FileSignal['amountCents'],
    ageDays,
    window: windowOf({ sector, signalDate, ageDays }),
    naturalPerson: true,
    signalStatus: s.status ?? 'Nog niet opgepakt',
  };
  return { signal, householdKey: key, at };
}

/**
 * The signals of one levering (at `at`), by ID. Every signal is read; problems are collected, so
 * that one run lists them all. A signal ID twice is an error (cases refer to signals by ID).
 */
export function importSignals(signals: readonly DdasVroegsignaal[], at: IssuePath): ImportedSignals {
  const out: ImportedSignals = {
    byId: new Map(),
    errors: [],
    notKept: { partnerTypes: new Map(), flags: 0, personData: 0 },
  };
  const first = new Map<string, number>();
  signals.forEach((s, i) => {
    const here = [...at, 'vroegsignalen', i];
    const before = first.get(s.ID);
    if (before !== undefined) {
      out.errors.push(issue('ddas_signal_twice', [...here, 'ID'], M.idTwice(s.ID, before)));
      return;
    }
    first.set(s.ID, i);
    const imported = importSignal(s, here, out);
    if (imported) out.byId.set(s.ID, imported);
  });
  return out;
}
