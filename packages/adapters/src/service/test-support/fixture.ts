// One service over a PGlite store for a test file: the example months of 2026 stored for two
// municipalities (0363 and 0518), October with lifecycle records and feedback sent, and a key of
// every role. Not part of the public API.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  asCaseId,
  asIsoDate,
  asIsoMonth,
  asMunicipalityCode,
  asPartnerId,
  type CaseStore,
  type FeedbackSent,
  type MunicipalityCode,
  type PartnerId,
  type Signal,
  type StoredMonth,
  validateSignal,
} from '@signaalreis/core';
import type { AccessStore, ApiKeyInfo, NewApiKey } from '../../store/access-store';
import { openCaseStore } from '../../store/open';
import { accessStoreOf } from '../../store/sql-access';
import { freshFolder } from '../../store/test-support/backends';
import { type ExampleMonth, exampleMonths, signalsOf, storedExample } from '../../store/test-support/months';
import { recordsFor } from '../../store/test-support/records';
import { createService, type ServiceOptions } from '../app';
import type { ServiceLogEntry } from '../env';

export const A = asMunicipalityCode('0363');
export const B = asMunicipalityCode('0518');

/** What a test file works with. */
export interface Fixture {
  store: CaseStore;
  access: AccessStore;
  app: ReturnType<typeof createService>;
  logs: ServiceLogEntry[];
  keys: Record<
    'officerA' | 'officerB' | 'partnerA' | 'researcherA' | 'admin',
    { key: string; info: ApiKeyInfo }
  >;
  /** A partner of October's cases of A, and another one. */
  partners: [string, string];
  /** A case id of A's October, and of B's. */
  caseA: string;
  caseB: string;
  /** A header with a key. */
  auth(key: string, more?: Record<string, string>): { headers: Record<string, string> };
  /** A service on the same stores with other options. */
  serviceWith(o: Partial<ServiceOptions>): ReturnType<typeof createService>;
  dispose(): Promise<void>;
}

const value = <T>(r: { ok: true; value: T } | { ok: false; issues: { message: { en: string } }[] }): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value;
};

/** A month of the examples as `code` stores it; B's case ids differ from A's (same households). */
function monthOf(m: ExampleMonth, code: MunicipalityCode): StoredMonth {
  const s = storedExample(m, code);
  if (code === A) return s;
  const id = (caseId: string) => asCaseId(`${caseId}0`); // 2026-10-0001 → 2026-10-00010: never one of A's
  return {
    ...s,
    cases: s.cases.map((c) => ({ ...c, caseId: id(c.caseId), data: { ...c.data, caseId: id(c.caseId) } })),
    signals: s.signals.map((x) => ({ ...x, caseId: id(x.caseId) })),
  };
}

async function storeMonths(store: CaseStore, code: MunicipalityCode) {
  const months = await exampleMonths();
  for (const m of months) value(await store.saveMonth(monthOf(m, code)));
  const oct = monthOf(months[2] as ExampleMonth, code);
  const update = recordsFor(oct, asIsoDate('2026-11-30'));
  const feedback: FeedbackSent[] = update.records.slice(0, 20).flatMap((r) =>
    r.record.result
      ? r.record.signals.map((s) => ({
          caseId: r.caseId,
          partnerId: s.partnerId,
          signalId: s.signalId,
          code: 'not-reached-or-no-help',
          sentOn: update.on,
        }))
      : [],
  );
  value(await store.saveLifecycle({ ...update, feedback }));
  return { oct, feedback };
}

/** A date a month later (the day kept within the month). */
const later = (d: string) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const next = m === 12 ? [y + 1, 1] : [y, m + 1];
  const last = new Date(Date.UTC(next[0] as number, next[1] as number, 0)).getUTCDate();
  return `${next[0]}-${String(next[1]).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
};

/** An October signal as if delivered in November: its dates a month later. */
function aMonthLater(s: Signal): Signal {
  return value(validateSignal({ ...s, signalDate: later(s.signalDate), arrearSince: later(s.arrearSince) }));
}

/** Opens a fresh store, fills it and makes the service. */
export async function serviceFixture(): Promise<Fixture> {
  const folder = await freshFolder();
  const store = value(await openCaseStore(folder));
  const access = value(accessStoreOf(store));
  const a = await storeMonths(store, A);
  const b = await storeMonths(store, B);
  // November's deliveries (October's signals a month later) of both, so that a run of 2026-11 has input
  const delivered = (await signalsOf('2026-10')).map(aMonthLater);
  for (const municipality of [A, B])
    value(
      await store.saveDelivery({
        municipality,
        month: asIsoMonth('2026-11'),
        partners: [...new Set(delivered.map((s) => s.partner.id))].sort() as PartnerId[],
        rows: delivered.length,
        accepted: delivered.length,
        rejected: 0,
        signals: delivered,
        report: {},
      }),
    );
  const partners = [...new Set(a.feedback.map((f) => f.partnerId))] as string[];
  const make = async (k: NewApiKey) => value(await access.createKey(k));
  const keys = {
    officerA: await make({ role: 'officer', municipalities: [A] }),
    officerB: await make({ role: 'officer', municipalities: [B] }),
    partnerA: await make({
      role: 'partner',
      municipalities: [A],
      partner: asPartnerId(partners[0] as string),
    }),
    researcherA: await make({ role: 'researcher', municipalities: [A] }),
    admin: await make({ role: 'admin', municipalities: [] }),
  };
  const logs: ServiceLogEntry[] = [];
  const clock = () => new Date('2026-12-01T09:00:00Z');
  const serviceWith = (o: Partial<ServiceOptions>) =>
    createService({ store, access, clock, log: (e) => logs.push(e), ...o });
  return {
    store,
    access,
    app: serviceWith({}),
    logs,
    keys,
    partners: [partners[0] as string, partners[1] as string],
    caseA: a.oct.cases[0]?.caseId as string,
    caseB: b.oct.cases[0]?.caseId as string,
    auth: (key, more = {}) => ({ headers: { authorization: `Bearer ${key}`, ...more } }),
    serviceWith,
    async dispose() {
      await store.close();
      rmSync(join(folder, '..'), { recursive: true, force: true });
    },
  };
}

/** A response's JSON body for assertions (the tests look into it freely). */
// biome-ignore lint/suspicious/noExplicitAny: test assertions read any field of an answer
export const json = async (res: Response): Promise<any> => res.json();
