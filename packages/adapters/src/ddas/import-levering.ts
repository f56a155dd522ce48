// One levering of a DDAS delivery imported: its signals and cases taken one at a time (a delivery
// read whole gives them all at once, one read in parts as they come), then, when the levering is
// complete, its municipality checked and its case files made a month at a time.
import {
  type Bilingual,
  type Issue,
  type IssuePath,
  issue,
  type LifecycleTable,
  type MunicipalityCode,
  parseMunicipalityCode,
} from '@signaalreis/core';
import { writtenCaseFile, writtenCaseFileIssues } from '../cases/written-check';
import type { DdasImportedFile } from './import';
import { caseFiles } from './import-cases';
import { SignalImport } from './import-signals';
import { type ReadZaken, ZakenRead } from './import-zaken';
import { DDAS_MESSAGES as M } from './messages';
import type { DdasLevering, DdasVroegsignaal, DdasVroegsignaalzaak } from './types';

/** What the leveringen of one delivery share while they are imported. */
export interface LeveringContext {
  table: LifecycleTable;
  /** The municipalities imported so far, with the index of their levering. */
  seen: Map<MunicipalityCode, number>;
  errors: Issue[];
  warnings: Issue[];
  /**
   * Each case file made, checked as it is written (`writtenCaseFileIssues`), with its cases in that
   * written (compact) form, a line of the file each.
   */
  onFile: (file: DdasImportedFile, compactCases: readonly unknown[]) => void;
}

/** Counted warnings of one levering (at `at`): one issue per kind, with the number. */
function countedWarnings(
  at: IssuePath,
  l: DdasLevering,
  s: SignalImport['notKept'],
  z: ReadZaken['counts'] & { leftover: number },
  otherDates: Map<string, { count: number; kept: string }>,
): Issue[] {
  const out: Issue[] = [];
  const types = [...s.partnerTypes];
  if (types.length > 0)
    out.push(
      issue(
        'ddas_partner_type_not_kept',
        at,
        M.partnerTypes(
          types.map(([t]) => t),
          types.reduce((sum, [, count]) => sum + count, 0),
        ),
      ),
    );
  if (s.flags > 0) out.push(issue('ddas_flags_not_kept', at, M.flagsLost(s.flags)));
  if (s.personData > 0) out.push(issue('ddas_person_data_not_kept', at, M.personDataDropped(s.personData)));
  if (l.aanleverendeOrganisatie.contactpersonen !== undefined)
    out.push(
      issue('ddas_contact_persons_not_kept', [...at, 'aanleverendeOrganisatie'], M.contactPersonsDropped),
    );
  if (l.aanleverendeOrganisatie['kvk-nummer'] !== undefined)
    out.push(
      issue('ddas_kvk_number_not_kept', [...at, 'aanleverendeOrganisatie', 'kvk-nummer'], M.kvkNumberDropped),
    );
  if (z.leftover > 0) out.push(issue('ddas_signals_without_case', at, M.signalsWithoutCase(z.leftover)));
  if (z.periodNotMonth > 0)
    out.push(issue('ddas_period_not_a_month', at, M.periodNotMonth(z.periodNotMonth)));
  if (z.attemptsDropped > 0)
    out.push(issue('ddas_attempts_not_kept', at, M.attemptsDropped(z.attemptsDropped)));
  if (z.attemptsUnknownKind > 0)
    out.push(issue('ddas_attempt_kind_unknown', at, M.attemptsUnknownKind(z.attemptsUnknownKind)));
  for (const [month, { count, kept }] of otherDates)
    out.push(issue('ddas_matching_date_not_kept', at, M.matchingDates(count, month, kept)));
  return out;
}

/**
 * The import of the levering at index `index`: {@link LeveringImport.signal} for each of its signals,
 * {@link LeveringImport.zaak} for each of its cases (kept aside until its signals are all read), then
 * {@link LeveringImport.finish} with the levering itself.
 */
export class LeveringImport {
  private readonly at: IssuePath;
  private readonly signals: SignalImport;
  private zaken: ZakenRead | undefined;
  private waiting: [DdasVroegsignaalzaak, number][] = [];

  constructor(readonly index: number) {
    this.at = ['leveringen', index];
    this.signals = new SignalImport(this.at);
  }

  /** The levering's signal at index `i`. */
  signal(s: DdasVroegsignaal, i: number): void {
    this.signals.add(s, i);
  }

  /** Every signal of the levering has been given: its cases are read from now on. */
  signalsEnd(): void {
    if (this.zaken) return;
    this.zaken = new ZakenRead(this.signals, this.at);
    for (const [z, j] of this.waiting) this.zaken.add(z, j);
    this.waiting = [];
  }

  /** The levering's case at index `j`. */
  zaak(z: DdasVroegsignaalzaak, j: number): void {
    if (this.zaken) this.zaken.add(z, j);
    else this.waiting.push([z, j]);
  }

  /**
   * The levering complete (`l`, its lists as given here or empty): its municipality checked (a code
   * that is not one, or one of an earlier levering, refuses it and leaves its signals and cases
   * unread, as they would be), then its case files made a month at a time and handed to
   * `ctx.onFile`, and what could not be kept counted in `ctx.warnings`.
   */
  finish(l: DdasLevering, explanation: Bilingual, ctx: LeveringContext): void {
    const { at, index } = this;
    const code = parseMunicipalityCode(l.gemeentecode);
    if (!code.ok) {
      ctx.errors.push(...code.issues.map((x) => ({ ...x, path: [...at, 'gemeentecode'] })));
      return;
    }
    const first = ctx.seen.get(code.value);
    if (first !== undefined) {
      ctx.errors.push(
        issue('ddas_municipality_twice', [...at, 'gemeentecode'], M.municipalityTwice(code.value, first)),
      );
      return;
    }
    ctx.seen.set(code.value, index);
    this.signalsEnd();
    const read = (this.zaken as ZakenRead).finish();
    const signals = this.signals;
    ctx.errors.push(...signals.errors, ...read.errors);
    signals.byId.clear(); // the signals live on in the cases to be, a month at a time
    const counts = { ...read.counts, leftover: read.leftover.length };
    const organisation = l.aanleverendeOrganisatie.naam;
    const made = caseFiles(code.value, read, ctx.table, explanation, ctx, (caseFile) => {
      // checked as written: what `run --history` and `feedback` will read back
      const written = writtenCaseFile(caseFile);
      ctx.errors.push(...writtenCaseFileIssues(caseFile, written));
      const file: DdasImportedFile = {
        municipality: code.value,
        month: caseFile.month,
        ...(organisation === undefined ? {} : { organisation }),
        caseFile,
      };
      ctx.onFile(file, written.cases);
    });
    ctx.warnings.push(...countedWarnings(at, l, signals.notKept, counts, made.otherMatchingDates));
  }
}
