// `signaalreis cases list | show`: the months and cases a store holds for one municipality.
import {
  type Bilingual,
  type CaseId,
  type CaseStore,
  CHANNEL_LABELS,
  FEEDBACK_CODE_INFO,
  formatEuro,
  type IsoMonth,
  type Lang,
  type LifecycleTable,
  type ListedCase,
  type MunicipalityCode,
  parseCaseId,
  type StoredCaseDetail,
  TIMER_LABELS,
  teamLabel,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { type Command, Option } from 'commander';
import { lifecycleIdOf } from '../cases/record-of';
import { KIND_TEXTS, labelOrId, listedLabel, OUTCOME_TEXTS } from '../report/messages';
import { type CliIo, CliUserError } from './io';
import { cliLang, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { CLI_STORE_MESSAGES } from './messages/store';
import { parsersIn } from './month-input';
import {
  addStoreOption,
  needStore,
  requireMunicipality,
  type StoreOptions,
  storeError,
  withStore,
} from './store-option';

/** The feedback codes' labels (core's `FEEDBACK_CODE_INFO`), as a table of labels. */
const FEEDBACK_CODE_INFO_LABELS: Readonly<Record<string, Bilingual>> = Object.fromEntries(
  Object.entries(FEEDBACK_CODE_INFO).map(([code, info]) => [code, info.label]),
);

/** Options of `signaalreis cases list` and `cases show`. */
interface CasesOptions extends StoreOptions {
  month?: IsoMonth;
  format: 'text' | 'json';
}

type Row = Record<string, unknown>;
const print = (io: CliIo, text: string) => io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const json = (io: CliIo, value: unknown) => print(io, JSON.stringify(value, null, 2));
const table = (rows: string[][]): string[] => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd());
};

const texts = (io: CliIo) => localize(CLI_STORE_MESSAGES, cliLang(io));

async function listMonths(io: CliIo, store: CaseStore, municipality: MunicipalityCode, o: CasesOptions) {
  const M = texts(io);
  const months = await store.months(municipality);
  if (!months.ok) throw storeError(io, months.issues);
  if (o.format === 'json') return json(io, months.value);
  if (months.value.length === 0) return print(io, M.noMonths(municipality, store.location));
  const rows = [M.monthsColumns.split('|')];
  for (const m of months.value)
    rows.push([m.month, m.preset, m.decidedOn, String(m.cases), String(m.signals), m.storedAt]);
  print(io, [M.monthsHead(municipality, store.location), ...table(rows)].join('\n'));
}

async function listCases(io: CliIo, o: CasesOptions) {
  const M = texts(io);
  const lang = cliLang(io);
  const municipality = requireMunicipality(o, 'cases list', lang);
  await withStore(io, needStore(o, 'cases list', lang), async (store) => {
    if (!o.month) return listMonths(io, store, municipality, o);
    // the list from the store's columns: a national month's ~57,000 cases in seconds
    const cases = await store.caseList(municipality, o.month);
    if (!cases.ok) throw storeError(io, cases.issues);
    const list = cases.value.cases;
    if (o.format === 'json') return json(io, list);
    // named as an officer reads them: the buckets by their labels, the statuses by the month's lifecycle
    const buckets = await bucketLabels(store, municipality, list, lang);
    const lifecycle = await monthLifecycle(store, municipality, o.month);
    const rows = [M.casesColumns.split('|')];
    for (const c of list)
      rows.push([
        c.caseId,
        c.signalStatus,
        buckets.get(c.worklistBucket) ?? c.worklistBucket,
        String(c.signals),
        formatEuro(c.totalAmountCents as never),
        c.lifecycleStatus ? listedLabel(lifecycle?.statuses ?? [], c.lifecycleStatus, lang) : '-',
        c.result ?? '-',
        c.closedOn ?? '-',
      ]);
    const head = M.casesHead(o.month, municipality, list.length);
    print(io, [head, ...table(rows)].join('\n'));
  });
}

/** A bilingual label stored with the case (its bucket's), if it is one. */
const storedLabel = (value: unknown, lang: Lang): string | undefined => {
  const text = value !== null && typeof value === 'object' ? (value as Partial<Bilingual>)[lang] : undefined;
  return typeof text === 'string' ? text : undefined;
};

/**
 * Each bucket of the listed cases by its label in `lang`: the label stored with the bucket's first
 * case (its route's, as the worklists and `cases show` name it) — one case read per bucket, not the
 * month's data (a national month lists from the store's columns alone); a bucket that is an intake
 * outcome (no contact) by that outcome's label; else its id.
 */
async function bucketLabels(
  store: CaseStore,
  municipality: MunicipalityCode,
  list: readonly ListedCase[],
  lang: Lang,
): Promise<Map<string, string>> {
  const first = new Map<string, string>();
  for (const c of list) if (!first.has(c.worklistBucket)) first.set(c.worklistBucket, c.caseId);
  const out = new Map<string, string>();
  for (const [bucket, caseId] of first) {
    const detail = await store.caseDetail(municipality, caseId as CaseId);
    const data = detail.ok ? (detail.value.case.data as Row) : {};
    out.set(bucket, storedLabel(data.bucketLabel, lang) ?? labelOrId(OUTCOME_TEXTS, bucket, lang));
  }
  return out;
}

/** The lifecycle of a stored month: its preset's (`ddas` unless the preset names another). */
async function monthLifecycle(
  store: CaseStore,
  municipality: MunicipalityCode,
  month: IsoMonth,
): Promise<LifecycleTable | undefined> {
  const months = await store.months(municipality);
  const preset = months.ok ? months.value.find((m) => m.month === month)?.preset : undefined;
  const lifecycle = lifecyclePreset(lifecycleIdOf(preset));
  return lifecycle.ok ? lifecycle.value : undefined;
}

/**
 * The text of `cases show`: the case, its signals, its plan, its record and the feedback sent, named
 * as an officer reads them — kinds, outcome, bucket, channels, teams, the lifecycle's statuses,
 * events and timers and the feedback codes by their labels in `lang` (`lifecycle`: the month's
 * lifecycle); an id without a label as it came. `--format json` keeps the ids.
 */
function detailText(d: StoredCaseDetail, lang: Lang, lifecycle?: LifecycleTable): string {
  const M = localize(CLI_STORE_MESSAGES, lang);
  const c = d.case;
  const data = c.data as Row;
  const signals = Array.isArray(data.signals) ? (data.signals as Row[]) : [];
  const plan = Array.isArray(data.plan) ? (data.plan as Row[]) : [];
  const r = c.record;
  const status = (id: string) => listedLabel(lifecycle?.statuses ?? [], id, lang);
  // `create` (the record made) is no event of a table
  const event = (id: string) =>
    id === 'create' ? M.created : listedLabel(lifecycle?.events ?? [], id, lang);
  const lines = [
    M.caseHead(c.caseId, d.month, d.municipality),
    M.household(c.householdKey),
    M.ddasStatus(
      c.signalStatus,
      labelOrId(OUTCOME_TEXTS, c.intakeOutcome, lang),
      storedLabel(data.bucketLabel, lang) ?? c.worklistBucket,
    ),
    '',
    M.signals,
    ...table(
      signals.map((s) => [
        String(s.partnerId),
        String(s.signalId),
        labelOrId(KIND_TEXTS, String(s.kind), lang),
        formatEuro(Number(s.amountCents) as never),
        M.since(String(s.arrearSince)),
        String(s.signalStatus),
      ]),
    ),
    '',
    M.plan,
    ...(plan.length === 0
      ? [M.none]
      : plan.map((p) =>
          M.planStep(
            labelOrId(CHANNEL_LABELS, String(p.channel), lang),
            teamLabel(String(p.team), lang),
            Number(p.attempts),
          ),
        )),
    '',
    M.lifecycle,
  ];
  if (!r) lines.push(M.noRecord);
  else {
    lines.push(M.status(status(r.status), r.result, c.closedOn));
    for (const a of r.attempts) lines.push(M.attempt(a.date, a.partOfDay, a.kind, a.reached));
    for (const [timer, date] of Object.entries(r.timers))
      lines.push(M.timer(labelOrId(TIMER_LABELS, timer, lang), String(date)));
    for (const e of r.audit) {
      const from = e.from ? status(e.from) : '-';
      const by = e.actor === 'system' ? M.system : e.actor;
      lines.push(
        `  ${e.at}  ${from} → ${status(e.to)}  (${event(e.event)}, ${by})${e.reason ? `: ${e.reason}` : ''}`,
      );
    }
  }
  lines.push('', M.feedbackSent);
  if (d.feedback.length === 0) lines.push(M.none);
  for (const f of d.feedback)
    lines.push(
      `  ${f.sentOn}  ${f.partnerId}  ${f.signalId}  ${labelOrId(FEEDBACK_CODE_INFO_LABELS, f.code, lang)}`,
    );
  return lines.join('\n');
}

async function showCase(io: CliIo, id: string, o: CasesOptions) {
  const lang = cliLang(io);
  const municipality = requireMunicipality(o, 'cases show', lang);
  const caseId = parseCaseId(id);
  if (!caseId.ok) throw new CliUserError(CLI_STORE_MESSAGES.badCaseId[lang]);
  await withStore(io, needStore(o, 'cases show', lang), async (store) => {
    const detail = await store.caseDetail(municipality, caseId.value);
    if (!detail.ok) throw storeError(io, detail.issues);
    if (o.format === 'json') return json(io, detail.value);
    // the month's lifecycle names the record's statuses and events
    const lifecycle = await monthLifecycle(store, municipality, detail.value.month as IsoMonth);
    print(io, detailText(detail.value, lang, lifecycle));
  });
}

const formatOption = (lang: Lang) =>
  new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang]).choices(['text', 'json']).default('text');
const municipalityOption = (lang: Lang) =>
  new Option('--municipality <code>', CLI_STORE_MESSAGES.municipalityHelp[lang]).argParser(
    parsersIn(lang).municipality,
  );

/**
 * Registers `signaalreis cases list --store <dir|url> --municipality <code> [--month YYYY-MM]` and
 * `signaalreis cases show <caseId> --store <dir|url> --municipality <code>` on the program.
 *
 * @example
 * ```sh
 * signaalreis cases list --store data/store --municipality 0363 --month 2026-10
 * signaalreis cases show 2026-10-0001 --store data/store --municipality 0363
 * ```
 */
export function registerCases(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const M = texts(io);
  const cases = program.command('cases').description(M.casesHelp);
  addStoreOption(cases.command('list').description(M.casesListHelp), M.storeHelp)
    .addOption(municipalityOption(lang))
    .addOption(new Option('--month <month>', M.monthOptionHelp).argParser(parsersIn(lang).month))
    .addOption(formatOption(lang))
    .action((o: CasesOptions) => listCases(io, o));
  addStoreOption(
    cases.command('show').description(M.casesShowHelp).argument('<caseId>', M.caseIdArg),
    M.storeHelp,
  )
    .addOption(municipalityOption(lang))
    .addOption(formatOption(lang))
    .action((id: string, o: CasesOptions) => showCase(io, id, o));
}
