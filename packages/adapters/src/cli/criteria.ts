// `signaalreis criteria`: a partner's ledger against a criteria preset — which customers become a
// signal this month, of which kind, on which delivery day, and why (phases 1–2 of the journey).
import { resolve } from 'node:path';
import { type IsoDate, visitLedger } from '@signaalreis/core';
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

/** One row of `--out`: the decision about one ledger row (`deliver`: yes, no or invalid). */
type Decision = {
  customer_id: string;
  deliver: string;
  kind: string;
  delivery_date: string;
  rule: string;
  reason: string;
  explanation: string;
};

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
      // each row's decision made as it is evaluated, its trace let go (visitLedger): in the order
      // delivered, not delivered, invalid, then the rows that could not be read
      const delivered: Decision[] = [];
      const notDelivered: Decision[] = [];
      const rejected: Decision[] = [];
      const evaluated = visitLedger(
        preset.value,
        usable.map((r) => r.value),
        o.date,
        (row) => {
          if ('invalid' in row) {
            const x = row.invalid;
            rejected.push({
              customer_id: x.customerId ?? '',
              deliver: 'invalid',
              kind: '',
              delivery_date: '',
              rule: '',
              reason: x.issues.map((i) => i.code).join(' '),
              explanation: x.issues.map((i) => issueText(lang, i)).join('; '),
            });
            return;
          }
          const d = row.evaluation;
          (d.deliver ? delivered : notDelivered).push({
            customer_id: d.customerId,
            deliver: d.deliver ? 'yes' : 'no',
            kind: d.kind ?? '',
            delivery_date: d.deliveryDate ?? '',
            rule: d.ruleId ?? '',
            reason: d.reason,
            explanation: d.explanation[lang],
          });
        },
      );
      if (!evaluated.ok) {
        const [first] = evaluated.issues;
        throw new CliUserError(t.onDate(o.preset, o.date, first ? issueText(lang, first) : ''));
      }
      const invalid: Decision[] = [
        ...rejected,
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
      const decisions = [...delivered, ...notDelivered, ...invalid];
      if (o.out) {
        const columns = ['customer_id', 'deliver', 'kind', 'delivery_date', 'rule', 'reason', 'explanation'];
        const headers = csvHeaders(lang);
        const csv = csvTable(decisions, { columns, dialect: o.csvDialect, ...(headers ? { headers } : {}) });
        saveFile(io, o.out, csv, inputPaths(io, file));
      }
      const summary = {
        preset: o.preset,
        date: o.date,
        rows: ledger.rows.length,
        delivered: delivered.length,
        notDelivered: notDelivered.length,
        invalid: invalid.length,
        byKind: Object.fromEntries(count(delivered.map((d) => d.kind || 'early'))),
        notDeliveredByRule: Object.fromEntries(count(notDelivered.map((d) => d.rule || d.reason))),
        invalidByCode: Object.fromEntries(count(invalid.flatMap((d) => d.reason.split(' ')))),
      };
      if (o.format === 'json') return void io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      const counted: [string, number][] = [
        ...Object.entries(summary.byKind).map(([k, n]): [string, number] => [`${t.signal} ${k}`, n]),
        // by the rule that said no (its id), or in words when none applied
        ...count(notDelivered.map((d) => d.rule || t.noRule)).map(([k, n]): [string, number] => [
          `${t.noSignal} ${k}`,
          n,
        ]),
        ...Object.entries(summary.invalidByCode).map(([k, n]): [string, number] => [`${t.invalid} ${k}`, n]),
      ];
      // labels in a column as wide as the longest, the counts right-aligned after at least a space
      const width = Math.max(34, ...counted.map(([label]) => label.length)) + 1;
      const digits = Math.max(5, ...counted.map(([, n]) => String(n).length + 1));
      const lines = [
        t.head(file, o.preset, o.date),
        '',
        t.rows(summary.rows, summary.delivered, summary.notDelivered, summary.invalid),
        ...counted.map(([label, n]) => `  ${label.padEnd(width)}${String(n).padStart(digits)}`),
      ];
      if (o.out) lines.push('', t.written(o.out));
      io.stdout.write(`${lines.join('\n')}\n`);
    });
}
