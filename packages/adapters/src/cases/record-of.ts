// The lifecycle record of one case of a month (a case-file entry, untrusted: anyone may have edited
// the file or the store): stored and verified against the table, or created at the month's
// delivery day. Shared by `signaalreis feedback` and the service's lifecycle routes.
import {
  type Bilingual,
  type CaseRecord,
  ContactPlanSchema,
  CreateRecordInputSchema,
  createRecord,
  DdasSignalStatusSchema,
  entryStatus,
  excerpt,
  type IsoDate,
  type Issue,
  type IssuePath,
  issue,
  issuesFromZod,
  type LifecycleTable,
  parseCaseRecord,
  prefixIssues,
  SectorSchema,
  TEXT_LIMITS,
  verifyRecord,
} from '@signaalreis/core';
import { isLifecyclePresetId, type LifecyclePresetId } from '@signaalreis/rules-presets';
import { recordBelongsIssues } from './integrity';

type Row = Record<string, unknown>;
const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalidCase = (path: IssuePath, message: Bilingual): Issue => issue('invalid_case', path, message);
const shown = (v: unknown) => excerpt(JSON.stringify(v) ?? String(v));

// Every message of this module, in one place (Dutch B1 for officers, and English).
const MESSAGES = {
  notObject: { nl: 'Verwacht een zaak (een object)', en: 'Expected a case object' },
  caseId: {
    nl: `Verwacht een caseId: tekst van 1 tot ${TEXT_LIMITS.label} tekens`,
    en: `Expected a caseId: text of 1 to ${TEXT_LIMITS.label} characters`,
  },
  signalStatus: (status: unknown): Bilingual => ({
    nl: `Onbekende DDAS-status ${shown(status)}`,
    en: `Unknown DDAS status ${shown(status)}`,
  }),
  signals: {
    nl: 'Verwacht signalen met signalId, partnerId en een bekende sector',
    en: 'Expected signals with signalId, partnerId and a known sector',
  },
  plan: (message: Bilingual): Bilingual => ({
    nl: `Het contactplan is ongeldig: ${message.nl}`,
    en: `Invalid contact plan: ${message.en}`,
  }),
  record: (where: string, message: Bilingual | undefined): Bilingual => ({
    nl: `Het opgeslagen dossier is ongeldig: ${where}${message?.nl ?? ''}`,
    en: `Stored record is invalid: ${where}${message?.en ?? ''}`,
  }),
} as const;

/**
 * The lifecycle table of a month's cases: the month's `preset` when it names a lifecycle preset,
 * else `ddas` (what `signaalreis feedback` takes without `--lifecycle`).
 */
export function lifecycleIdOf(preset: unknown): LifecyclePresetId {
  return typeof preset === 'string' && isLifecyclePresetId(preset) ? preset : 'ddas';
}

/** A stored record: the right shape, of this case, and possible by the table (`verifyRecord`). */
function storedRecord(table: LifecycleTable, c: Row, i: number): { record?: CaseRecord; issues: Issue[] } {
  const r = parseCaseRecord(c.record);
  if (!r.success) {
    const first = issuesFromZod(r.error)[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    return { issues: [invalidCase(['cases', i, 'record'], MESSAGES.record(where, first?.message))] };
  }
  const verified = verifyRecord(r.data, table);
  const issues = [
    ...recordBelongsIssues(r.data, c, ['cases', i]),
    ...(verified.ok ? [] : prefixIssues(verified.issues, ['cases', i, 'record'])),
  ];
  return issues.length > 0 ? { issues } : { record: r.data, issues };
}

/**
 * The record of one case of the file: stored (and verified), or created at the month's delivery
 * day from the case's `signalStatus` (its entry status in the table), signals, contact plan and
 * whether intake sent it to crisis (`intakeOutcome`).
 */
export function recordOf(
  table: LifecycleTable,
  c: unknown,
  i: number,
  start: IsoDate,
): { record?: CaseRecord; issues: Issue[] } {
  if (!isObject(c)) return { issues: [invalidCase(['cases', i], MESSAGES.notObject)] };
  if (c.caseId !== undefined && (typeof c.caseId !== 'string' || c.caseId.length > TEXT_LIMITS.label))
    return { issues: [invalidCase(['cases', i, 'caseId'], MESSAGES.caseId)] };
  if (c.record !== undefined) return storedRecord(table, c, i);
  const status = DdasSignalStatusSchema.safeParse(c.signalStatus);
  if (!status.success)
    return { issues: [invalidCase(['cases', i, 'signalStatus'], MESSAGES.signalStatus(c.signalStatus))] };
  const signals = Array.isArray(c.signals) ? c.signals : [];
  const refs = signals
    .filter(isObject)
    .map((s) => ({ signalId: s.signalId, partnerId: s.partnerId, sector: s.sector }));
  if (refs.length === 0 || refs.some((s) => !SectorSchema.safeParse(s.sector).success))
    return { issues: [invalidCase(['cases', i, 'signals'], MESSAGES.signals)] };
  // a run's plan steps also say what the worklist shows (partsOfDay): the lifecycle takes its own fields
  const steps = Array.isArray(c.plan)
    ? c.plan.map((s) => {
        if (!isObject(s)) return s;
        const { channel, team, attempts, spacingDays } = s;
        return { channel, team, attempts, ...(spacingDays === undefined ? {} : { spacingDays }) };
      })
    : [];
  const plan = steps.length > 0 ? ContactPlanSchema.safeParse({ steps }) : undefined;
  if (plan !== undefined && !plan.success) {
    const [first] = issuesFromZod(plan.error);
    const message = first?.message ?? { nl: '', en: '' };
    return { issues: [invalidCase(['cases', i, 'plan'], MESSAGES.plan(message))] };
  }
  const entry = entryStatus(status.data, table);
  if (!entry.ok) return { issues: prefixIssues(entry.issues, ['cases', i]) };
  const input = CreateRecordInputSchema.safeParse({
    caseId: c.caseId ?? '',
    status: entry.value.status,
    signals: refs,
    ...(entry.value.result ? { result: entry.value.result } : {}),
    ...(plan?.success && !entry.value.result ? { plan: plan.data } : {}),
    threatening: c.intakeOutcome === 'crisis',
    ...(typeof c.crisisDeadline === 'string' ? { crisisDeadline: c.crisisDeadline } : {}),
  });
  if (!input.success) return { issues: issuesFromZod(input.error, ['cases', i]) };
  const created = createRecord(input.data, start);
  if (!created.ok) return { issues: prefixIssues(created.issues, ['cases', i]) };
  return { record: created.value, issues: [] };
}
