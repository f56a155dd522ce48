// `pnpm bench:run --ddas`: a platform's national quarter through the DDAS exchange — the largest
// month and its two history months run first (as for --report, not measured), then `signaalreis
// export ddas` of their three case files and `signaalreis import ddas` of that delivery measured,
// against the floor of reading the delivery with the native JSON.parse alone (ddas-floor.mjs). The
// import of a delivery above 64 MiB reads it a signal and a case at a time (docs/performance.md,
// "Thirty-fifth round"); digests of the delivery and of the case files it became are printed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../../src/cli/output-digest.test-support';
import { type Measured, measure, measuredText, whyNot } from './child';
import type { GeneratedSet } from './data';
import { splitDelivery } from './ddas-split';
import { caseFilesOfSet, type ReportStepContext } from './report-step';
import { lastDay } from './year';

const FLOOR = fileURLToPath(new URL('./ddas-floor.mjs', import.meta.url));

/** What the DDAS step measured: the export, the import and the import's floor. */
export interface DdasStepResult {
  /** Signals of the largest month, and the months delivered. */
  signals: number;
  months: number;
  deliveryBytes: number;
  export: Measured;
  import?: Measured;
  floor?: Measured;
  /** The first 16 hex digits of the SHA-256 of the delivery, and of the imported case files joined. */
  delivery?: string;
  imported?: string;
  /** The same delivery in {@link SPLIT_MUNICIPALITIES} leveringen, imported (the bound of its memory). */
  split?: { municipalities: number; bytes: number; import: Measured };
}

/** Municipalities of the split delivery (project default: a platform's, as `--platform`). */
const SPLIT_MUNICIPALITIES = 200;

/** Runs the set's months (or takes their case files), then measures the export, the import and the floor. */
export async function ddasStep(
  set: GeneratedSet,
  c: ReportStepContext,
  log: (line: string) => void,
): Promise<DdasStepResult> {
  const caseFiles = await caseFilesOfSet(set, c, log, 'ddas');
  const [first, last] = [set.files[0], set.files.at(-1)] as [
    GeneratedSet['files'][number],
    GeneratedSet['files'][number],
  ];
  const delivery = join(c.work, 'ddas-delivery.json');
  const who = ['--supplier', '12345678', '--organisation', 'Voorbeeldstad', '--municipality', '0363'];
  const period = [
    '--from',
    `${first.month}-01`,
    '--to',
    lastDay(last.month),
    '--delivered-at',
    '2026-11-02T09:00:00Z',
  ];
  log('ddas: export ddas of the three case files …');
  const exported = await measure(
    c.cli,
    ['export', 'ddas', ...caseFiles, ...who, ...period, '--out', delivery],
    c,
  );
  log(
    `ddas: export: ${exported.done ? measuredText(exported) : `did not finish (${whyNot(exported, c.timeoutS)})`}`,
  );
  const result: DdasStepResult = {
    signals: last.signals,
    months: set.files.length,
    deliveryBytes: 0,
    export: exported,
  };
  if (!exported.done) return result;
  const out = join(c.work, 'ddas-imported');
  log('ddas: import ddas of the delivery …');
  const imported = await measure(c.cli, ['import', 'ddas', delivery, '--out', out], c);
  log(
    `ddas: import: ${imported.done ? measuredText(imported) : `did not finish (${whyNot(imported, c.timeoutS)})`}`,
  );
  const floor = await measure(FLOOR, [delivery], c);
  if (!floor.done) throw new Error(`ddas floor: ${floor.stderr}`);
  log(`ddas: floor: ${measuredText(floor)}`);
  const split = imported.done ? await splitStep(delivery, c, log) : undefined;
  const files = imported.done
    ? readdirSync(out)
        .filter((f) => f.startsWith('cases-'))
        .sort()
    : [];
  return {
    ...result,
    deliveryBytes: statSync(delivery).size,
    import: imported,
    floor,
    ...(split ? { split } : {}),
    delivery: sha256(readFileSync(delivery, 'utf8')).slice(0, 16),
    ...(imported.done
      ? { imported: sha256(files.map((f) => readFileSync(join(out, f), 'utf8')).join('\n')).slice(0, 16) }
      : {}),
  };
}

/**
 * The delivery split into a levering per municipality (ddas-split.ts), as a platform delivers it,
 * and imported: a levering at a time, its peak is one municipality's, not the delivery's.
 */
async function splitStep(delivery: string, c: ReportStepContext, log: (line: string) => void) {
  const file = join(c.work, 'ddas-delivery-split.json');
  log(`ddas: the delivery split into ${SPLIT_MUNICIPALITIES} municipalities …`);
  await splitDelivery(delivery, file, SPLIT_MUNICIPALITIES);
  log('ddas: import ddas of the split delivery …');
  const imported = await measure(
    c.cli,
    ['import', 'ddas', file, '--out', join(c.work, 'ddas-imported-split')],
    c,
  );
  log(
    `ddas: import (split): ${imported.done ? measuredText(imported) : `did not finish (${whyNot(imported, c.timeoutS)})`}`,
  );
  return { municipalities: SPLIT_MUNICIPALITIES, bytes: statSync(file).size, import: imported };
}
