// `signaalreis criteria`: a partner's ledger against a criteria preset — which customers become a
// signal this month, of which kind, on which delivery day, and why (phases 1–2 of the journey).
import { resolve } from 'node:path';
import { evaluateLedger, type IsoDate } from '@signaalreis/core';
import { CRITERIA_PRESET_IDS, criteriaPreset } from '@signaalreis/rules-presets';
import { type Command, Option } from 'commander';
import { readCsvText } from '../files/lookup-files';
import { readLedgerCsv } from '../ledger/read-ledger';
import { type CsvDialect, csvTable } from '../output/csv-writer';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText, localize } from './lang';
import { csvHeaders } from './messages/columns';
import { COMMON_MESSAGES } from './messages/common';
import { CRITERIA_CLI_MESSAGES } from './messages/feedback';
import { parsersIn } from './month-input';
import { csvDialectOption, inputPaths, saveFile } from './write-output';

/**
 * Options of `signaalreis criteria`.
 */
export interface CriteriaOptions {
  preset: string;
  date: IsoDate;
  out?: string;
  /** The flavour of the CSV written by `--out` (`--csv-dialect`). */
  csvDialect: CsvDialect;
  format: 'text' | 'json';
}

const count = (xs: readonly string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};

/**
 * Registers `signaalreis criteria <ledger.csv> --preset <criteria-id> --date YYYY-MM-DD [--out decisions.csv]`.
 *
 * @example
 * ```sh
 * signaalreis criteria examples/data/ledger-energy-2026-10.csv --preset criteria-energy-a \
 *   --date 2026-10-20 --out decisions.csv
 * ```
 */
export function registerCriteria(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(CRITERIA_CLI_MESSAGES, lang);
  program
    .command('criteria')
    .description(t.description)
    .argument('<ledger>', t.ledgerArg)
    .requiredOption('--preset <id>', t.presetHelp(CRITERIA_PRESET_IDS.join(', ')))
    .requiredOption('--date <date>', t.dateHelp, parsersIn(lang).date)
    .option('--out <file>', t.outHelp)
    .addOption(csvDialectOption(lang))
    .addOption(
      new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang])
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (file: string, o: CriteriaOptions) => {
      const preset = criteriaPreset(o.preset);
      if (!preset.ok) throw new CliUserError(t.unknownPreset(o.preset, CRITERIA_PRESET_IDS.join(', ')));
      const text = await readCsvText(resolve(io.cwd, file));
      if (!text.ok)
        throw new CliUserError(
          text.issues[0]?.code === 'unsupported_encoding' ? t.utf16(file) : t.unreadable(file),
        );
      const read = readLedgerCsv(text.value);
      const fatal = read.ok ? read.value.issues.filter((p) => p.code !== 'unknown_column') : read.issues;
      if (!read.ok || fatal.length > 0)
        throw new CliUserError(`${file}: ${fatal.map((p) => issueText(lang, p)).join('; ')}`);
      const ledger = read.value;
      const usable = ledger.rows.filter((r) => r.value);
      const evaluated = evaluateLedger(
        preset.value,
        usable.map((r) => r.value),
        o.date,
      );
      if (!evaluated.ok) {
        const [first] = evaluated.issues;
        throw new CliUserError(t.onDate(o.preset, o.date, first ? issueText(lang, first) : ''));
      }
      const e = evaluated.value;
      const decisions = [
        ...[...e.delivered, ...e.notDelivered].map((d) => ({
          customer_id: d.customerId,
          deliver: d.deliver ? 'yes' : 'no',
          kind: d.kind ?? '',
          delivery_date: d.deliveryDate ?? '',
          rule: d.ruleId ?? '',
          reason: d.reason,
          explanation: d.explanation[lang],
        })),
        ...e.invalid.map((x) => ({
          customer_id: x.customerId ?? '',
          deliver: 'invalid',
          kind: '',
          delivery_date: '',
          rule: '',
          reason: x.issues.map((i) => i.code).join(' '),
          explanation: x.issues.map((i) => issueText(lang, i)).join('; '),
        })),
        ...ledger.rows
          .filter((r) => !r.value)
          .map((r) => ({
            customer_id: r.customerId,
            deliver: 'invalid',
            kind: '',
            delivery_date: '',
            rule: '',
            reason: r.issues.map((i) => i.code).join(' '),
            explanation: r.issues.map((i) => `${i.path.join('.')}: ${issueText(lang, i)}`).join('; '),
          })),
      ];
      if (o.out) {
        const columns = ['customer_id', 'deliver', 'kind', 'delivery_date', 'rule', 'reason', 'explanation'];
        const headers = csvHeaders(lang);
        const csv = csvTable(decisions, { columns, dialect: o.csvDialect, ...(headers ? { headers } : {}) });
        saveFile(io, o.out, csv, inputPaths(io, file));
      }
      const invalid = decisions.filter((d) => d.deliver === 'invalid');
      const summary = {
        preset: o.preset,
        date: o.date,
        rows: ledger.rows.length,
        delivered: e.delivered.length,
        notDelivered: e.notDelivered.length,
        invalid: invalid.length,
        byKind: Object.fromEntries(count(e.delivered.map((d) => d.kind ?? 'early'))),
        notDeliveredByRule: Object.fromEntries(count(e.notDelivered.map((d) => d.ruleId ?? d.reason))),
        invalidByCode: Object.fromEntries(count(invalid.flatMap((d) => d.reason.split(' ')))),
      };
      if (o.format === 'json') return void io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      const lines = [
        t.head(file, o.preset, o.date),
        '',
        t.rows(summary.rows, summary.delivered, summary.notDelivered, summary.invalid),
        ...Object.entries(summary.byKind).map(
          ([k, n]) => `  ${`${t.signal} ${k}`.padEnd(35)}${String(n).padStart(5)}`,
        ),
        // by the rule that said no (its id), or in words when none applied
        ...count(e.notDelivered.map((d) => d.ruleId ?? t.noRule)).map(
          ([k, n]) => `  ${`${t.noSignal} ${k}`.padEnd(35)}${String(n).padStart(5)}`,
        ),
        ...Object.entries(summary.invalidByCode).map(
          ([k, n]) => `  ${`${t.invalid} ${k}`.padEnd(35)}${String(n).padStart(5)}`,
        ),
      ];
      if (o.out) lines.push('', t.written(o.out));
      io.stdout.write(`${lines.join('\n')}\n`);
    });
}
