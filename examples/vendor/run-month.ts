import { readSignalsFile } from '@signaalreis/adapters';
import {
  asIsoMonth,
  historyFromSignals,
  journeyExplanation,
  type Signal,
  worklistBucket,
} from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';

/** The accepted signals of a signal CSV file; rejected rows are listed by `signaalreis validate`. */
async function readSignals(file: string): Promise<Signal[]> {
  const signals: Signal[] = [];
  for await (const e of readSignalsFile(file)) {
    if (e.type === 'fatal') throw new Error(`${file}: ${e.issues.map((i) => i.message.en).join('; ')}`);
    if (e.type === 'accepted') signals.push(e.signal);
  }
  return signals;
}

const october = await readSignals('examples/data/signals-2026-10.csv');
const september = await readSignals('examples/data/signals-2026-09.csv');

const preset = municipalityPreset('type-medium');
if (!preset.ok) throw new Error(preset.issues.map((i) => i.message.en).join('; '));

// matching, intake, routing and capacity; history makes matches and recidive across months
const month = await runPresetMonth(preset.value, {
  month: asIsoMonth('2026-10'),
  signals: october,
  history: historyFromSignals(september),
});
if (!month.ok) throw new Error(month.issues.map((i) => `${i.path.join('.')}: ${i.message.en}`).join('\n'));

// one journey per case: match and intake, and for the cases that are contacted route and allocation
for (const j of month.value.journeys) {
  const channel = j.allocation?.primaryChannel ?? 'no contact';
  console.log([j.caseId, j.intake.signalStatus, worklistBucket(j), channel].join('\t'));
}

// every stage explains itself, in Dutch (nl) and English (en)
const [first] = month.value.journeys;
if (first) for (const e of journeyExplanation(first)) console.log(`${e.stage}: ${e.en}`);
