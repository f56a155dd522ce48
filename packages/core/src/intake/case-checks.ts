// Case-level intake checks: the population register (BRP) and debt assistance (SHV).
import type { DdasSignalStatus } from '../model/enums';
import type { HouseholdKey } from '../model/ids';
import type { Signal } from '../model/signal';
import type { Bilingual } from '../model/text';
import type { IntakeConfig } from './config';
import type { IntakeLookups, RegisterRecord } from './lookups';
import { matchPerson } from './match-person';
import { INTAKE_MESSAGES as M } from './messages';
import type { IntakeReason } from './types';

/** A signal still in play after the per-signal steps. */
export interface WorkingSignal {
  signal: Signal;
  dropped?: DdasSignalStatus | undefined;
  manual: boolean;
  reasons: IntakeReason[];
}

const SRC_BRP = 'signaalreis-2023';
const SRC_DDAS_BRP = 'signaalreis-2023; ddas-v1.2';
const SRC_SHV = 'signaalreis-2023; ddas-v1.2';

/** Groups active signals by person (BSN, else name + initials + birth date), in first-seen order. */
function byPerson(signals: WorkingSignal[]): WorkingSignal[][] {
  const groups = new Map<string, WorkingSignal[]>();
  for (const w of signals) {
    if (w.dropped) continue;
    const p = w.signal.person;
    const key = p.bsn ?? JSON.stringify([p.prefix ?? '', p.surname, p.initials ?? '', p.birthDate ?? '']);
    const g = groups.get(key);
    if (g) g.push(w);
    else groups.set(key, [w]);
  }
  return [...groups.values()];
}

const r = (
  step: 'register' | 'debt-assistance',
  code: string,
  message: Bilingual,
  source: string,
): IntakeReason => ({ step, code, message, source });

/** Runs the register check for each person of the case; mutates the working signals, returns case reasons. */
export async function registerCheck(
  householdKey: HouseholdKey,
  signals: WorkingSignal[],
  config: IntakeConfig,
  lookups: IntakeLookups,
): Promise<IntakeReason[]> {
  const caseReasons: IntakeReason[] = [];
  if (!config.registerCheck.enabled) return caseReasons;
  for (const group of byPerson(signals)) {
    const first = group[0];
    if (!first) continue;
    const { person, address } = first.signal;
    let outcome: { reason: IntakeReason; dropped?: DdasSignalStatus; manual?: boolean };
    if (!lookups.register) {
      outcome = {
        reason: r('register', 'register_unavailable', M.registerUnavailable, 'project default'),
        manual: true,
      };
    } else {
      let records: RegisterRecord[] | undefined;
      try {
        records = await lookups.register.lookup({
          ...(person.bsn !== undefined ? { bsn: person.bsn } : {}),
          surname: person.surname,
          ...(person.prefix !== undefined ? { prefix: person.prefix } : {}),
          ...(person.initials !== undefined ? { initials: person.initials } : {}),
          ...(person.birthDate !== undefined ? { birthDate: person.birthDate } : {}),
          householdKey,
          postcode: address.postcode,
        });
      } catch {
        records = undefined;
      }
      if (!Array.isArray(records)) {
        // a failed lookup, or a lookup that did not answer with a list: a person must look
        outcome = {
          reason: r('register', 'register_error', M.registerError, 'project default'),
          manual: true,
        };
      } else {
        const m = matchPerson({ ...person, householdKey }, records);
        const crisis = group.some((w) => config.crisisKinds.includes(w.signal.kind));
        if (m.verdict === 'match' && m.deceased) {
          outcome = {
            reason: r(
              'register',
              'register_deceased',
              M.register('Inwoner is volgens de BRP overleden', m.reason),
              SRC_DDAS_BRP,
            ),
            dropped: 'Inwoner is overleden',
          };
        } else if (m.verdict === 'match') {
          outcome = m.movedWithinMunicipality
            ? {
                reason: r(
                  'register',
                  'register_moved_within_municipality',
                  M.register('Verhuisd binnen de gemeente: wordt opgepakt', m.reason),
                  SRC_DDAS_BRP,
                ),
              }
            : {
                reason: r(
                  'register',
                  'register_match',
                  M.register('Staat ingeschreven op het adres', m.reason),
                  SRC_BRP,
                ),
              };
        } else if (m.verdict === 'mismatch' && m.notResident) {
          outcome = {
            reason: r(
              'register',
              'register_not_resident',
              M.register('Geen inwoner (meer) van de gemeente', m.reason),
              SRC_DDAS_BRP,
            ),
            dropped: 'Persoon is geen inwoner (meer) in de gemeente',
          };
        } else if (
          m.verdict === 'mismatch' &&
          config.registerCheck.onMismatch === 'not-picked-up' &&
          !crisis
        ) {
          outcome = {
            reason: r(
              'register',
              'register_mismatch',
              M.register('Komt niet overeen met de BRP (uitval)', m.reason),
              SRC_BRP,
            ),
            dropped: 'Niet opgepakt: andere reden',
          };
        } else {
          const code = m.verdict === 'mismatch' ? 'register_mismatch_review' : 'register_uncertain';
          const nl =
            m.verdict === 'mismatch'
              ? 'Komt niet overeen met de BRP: handmatig controleren'
              : 'BRP-controle onzeker: handmatig controleren';
          outcome = { reason: r('register', code, M.register(nl, m.reason), SRC_BRP), manual: true };
        }
      }
    }
    caseReasons.push(outcome.reason);
    for (const w of group) {
      w.reasons.push(outcome.reason);
      if (outcome.dropped) w.dropped = outcome.dropped;
      if (outcome.manual) w.manual = true;
    }
  }
  return caseReasons;
}

/** Runs the debt-assistance check for each person still in play; mutates the working signals. */
export async function debtAssistanceCheck(
  householdKey: HouseholdKey,
  signals: WorkingSignal[],
  config: IntakeConfig,
  lookups: IntakeLookups,
): Promise<IntakeReason[]> {
  const caseReasons: IntakeReason[] = [];
  if (!config.debtAssistanceCheck.enabled) return caseReasons;
  for (const group of byPerson(signals)) {
    const first = group[0];
    if (!first) continue;
    const { person } = first.signal;
    let known: boolean | undefined;
    try {
      known = await lookups.debtAssistance?.isKnown({
        ...(person.bsn !== undefined ? { bsn: person.bsn } : {}),
        householdKey,
        surname: person.surname,
      });
    } catch {
      known = undefined;
    }
    if (known === undefined) {
      const reason = r(
        'debt-assistance',
        'debt_assistance_unavailable',
        M.debtAssistanceUnavailable,
        'project default',
      );
      caseReasons.push(reason);
      for (const w of group) w.reasons.push(reason);
      continue;
    }
    if (!known) continue;
    const reason = r('debt-assistance', 'debt_assistance_known', M.debtAssistanceKnown, SRC_SHV);
    caseReasons.push(reason);
    for (const w of group) {
      w.reasons.push(reason);
      w.dropped = 'Inwoner al bekend bij schuldhulpverlening';
      w.manual = false;
    }
  }
  return caseReasons;
}
