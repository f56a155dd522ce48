// Where `signaalreis letters` gets what it needs: the month's cases (a run folder or cases.json,
// read and checked as `report` reads them; or the store), the signals with the contact data (from
// the store's delivery and/or --signals files), the municipality's contact block from the preset,
// and the template set (a folder, or the built-in one).
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HouseholdKey, IsoMonth, MunicipalityCode, Signal } from '@signaalreis/core';
import type { MunicipalityContact } from '@signaalreis/rules-presets';
import type { CaseFile } from '../cases/case-file';
import { loadStreetsCsv } from '../files/lookup-files';
import { defaultTemplates } from '../letters/default-templates';
import { loadTemplates, type TemplateSet } from '../letters/templates';
import { TEMPLATE_FILES } from '../letters/vocabulary';
import type { StreetAddress } from '../lookups/street-register';
import { type CliIo, CliUserError } from './io';
import { caseFileArg, refuseFile } from './json-input';
import { cliLang, issueText, localize, lookupRefusal } from './lang';
import { loadSignals } from './load-signals';
import { COMMON_MESSAGES } from './messages/common';
import { FILE_MESSAGES } from './messages/files';
import { LETTERS_CLI_MESSAGES } from './messages/letters';
import { loadPresetArg } from './preset';
import { storeError, withStore } from './store-option';

const kindOf = (io: CliIo, path: string) => statSync(resolve(io.cwd, path), { throwIfNoEntry: false });

/**
 * The month's case file from a run folder (its cases.json) or a case file, read and checked as the
 * report reads one (`readCaseFile`); a file of another month is refused. `compact`: the JSON as
 * given when it is of the compact format (`signaalreis-cases/3`, as `run` writes it), which letters
 * then writes back with the attempts.
 */
export function monthFromFile(
  io: CliIo,
  input: string,
  month: IsoMonth,
): { file: CaseFile; name: string; compact?: Record<string, unknown> } {
  const t = localize(LETTERS_CLI_MESSAGES, cliLang(io));
  const stat = kindOf(io, input);
  if (!stat) throw new CliUserError(t.notFound(input));
  const name = stat.isDirectory() ? join(input, 'cases.json') : input;
  const { file, compact } = caseFileArg(io, name);
  if (file.month !== month) throw new CliUserError(t.otherMonth(name, file.month, month));
  return { file, name, ...(compact ? { compact } : {}) };
}

/** The month's case file of `municipality` from the store (with the stored records), and the delivered signals. */
export async function monthFromStore(
  io: CliIo,
  target: string,
  municipality: MunicipalityCode,
  month: IsoMonth,
): Promise<{ file: CaseFile; signals: Signal[] }> {
  const lang = cliLang(io);
  const { caseFilesOfPeriod } = await import('../store/period');
  const { readStoredMonth } = await import('../store/stored-month');
  const { files, signals } = await withStore(io, target, async (store) => {
    const read = await caseFilesOfPeriod(store, [municipality], month, month);
    if (!read.ok) throw storeError(io, read.issues);
    const delivered = await store.deliverySignals(municipality, month);
    if (!delivered.ok) throw storeError(io, delivered.issues);
    return { files: read.value, signals: delivered.value };
  });
  const [stored] = files;
  if (!stored) throw new CliUserError(LETTERS_CLI_MESSAGES.monthNotStored(month, municipality)[lang]);
  // stored months were checked when stored; read them as a file all the same (anyone may edit a
  // store), a national month's values not counted as one document's (STORED_MONTH_LIMITS)
  const name = `store ${municipality}/${month}`;
  const checked = readStoredMonth(stored);
  if (!checked.ok) refuseFile(io, name, checked.issues, FILE_MESSAGES.notCaseFile[lang]);
  return { file: checked.value, signals };
}

/** The signals of the `--signals` files (accepted rows only; rejected rows are counted on stderr). */
export async function signalsOfFiles(io: CliIo, files: readonly string[]): Promise<Signal[]> {
  const lang = cliLang(io);
  const out: Signal[] = [];
  for (const file of files) {
    const loaded = await loadSignals(io, file);
    out.push(...loaded.signals);
    if (loaded.rejected.length > 0)
      io.stderr.write(
        `signaalreis: ${COMMON_MESSAGES.note(LETTERS_CLI_MESSAGES.rejectedRows(file, loaded.rejected.length)[lang])[lang]}\n`,
      );
  }
  return out;
}

/**
 * The streets of `--addresses` (a BAG extract as CSV, see `readStreetsCsv`): any problem in the file
 * refuses the run (the first problem with its line), as the other lookup files do.
 */
export async function streetsOf(io: CliIo, file: string): Promise<Map<HouseholdKey, StreetAddress>> {
  const r = await loadStreetsCsv(resolve(io.cwd, file));
  const issues = r.ok ? r.value.issues : r.issues;
  if (issues.length > 0) throw new CliUserError(lookupRefusal(cliLang(io), file, issues));
  return r.ok ? r.value.streets : new Map();
}

/** The municipality's contact block: from `--preset`, else from the month's preset; refused when it has none. */
export function contactOf(io: CliIo, preset: string | undefined, monthPreset: string): MunicipalityContact {
  const id = preset ?? monthPreset;
  const loaded = loadPresetArg(io, id);
  const contact = loaded.preset.contact;
  if (!contact) throw new CliUserError(LETTERS_CLI_MESSAGES.noContact(id)[cliLang(io)]);
  return contact;
}

/**
 * The template set: the files of `folder` (each missing one is a problem), else the built-in set in
 * the output language. Every problem is printed with its file and line; then the run is refused.
 */
export async function templatesOf(io: CliIo, folder: string | undefined): Promise<TemplateSet> {
  const lang = cliLang(io);
  const t = localize(LETTERS_CLI_MESSAGES, lang);
  let files: Record<string, string | undefined> = { ...defaultTemplates(lang) };
  if (folder !== undefined) {
    if (!kindOf(io, folder)?.isDirectory()) throw new CliUserError(t.templatesNotFolder(folder));
    files = {};
    for (const { file } of TEMPLATE_FILES) {
      const path = resolve(io.cwd, folder, file);
      files[file] = kindOf(io, path)?.isFile() ? readFileSync(path, 'utf8') : undefined;
    }
  }
  const set = await loadTemplates(files);
  if (set.ok) return set.value;
  const shown = folder ?? 'signaalreis';
  if (set.issues.length === 1 && set.issues[0]) throw new CliUserError(issueText(lang, set.issues[0]));
  for (const i of set.issues) io.stderr.write(`signaalreis: ${issueText(lang, i)}\n`);
  throw new CliUserError(t.badTemplates(shown, set.issues.length));
}
