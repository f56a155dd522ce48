// The one message catalogue of the repository: every messages object — core's, rules-presets', the
// adapters' modules' and the command line's own — registered by name, so that one test
// (catalogue.test.ts) walks every text: both languages, not empty, no `undefined`/`NaN`/`Infinity`.
// A new messages object is added here; the test then checks it.
import { CORE_MESSAGE_CATALOGUES } from '@signaalreis/core';
import { RULES_PRESETS_MESSAGE_CATALOGUES } from '@signaalreis/rules-presets';
import { CASE_FILE_MESSAGES, RUN_OUTPUT_MESSAGES } from '../../cases/messages';
import { CSV_MESSAGES, SIGNAL_CSV_MESSAGES, VALUE_MESSAGES } from '../../csv/messages';
import { DDAS_MESSAGES } from '../../ddas/messages';
import { JSON_FILE_MESSAGES } from '../../files/read-json-file';
import { LEDGER_MESSAGES } from '../../ledger/read-ledger';
import { SKIP_MESSAGES, TEMPLATE_MESSAGES } from '../../letters/messages';
import { LETTER_WORDS, RECIPIENT_WORDS } from '../../letters/words';
import { LOOKUP_MESSAGES } from '../../lookups/messages';
import { OUTPUT_MESSAGES } from '../../output/messages';
import { KIND_TEXTS, MEASURE_TEXTS, OUTCOME_TEXTS, REPORT_TEXTS, SECTOR_TEXTS } from '../../report/messages';
import { DDAS_VS_TEXTS } from '../../service/ddas-vs/messages';
import { PROBLEMS, SERVICE_MESSAGES } from '../../service/messages';
import { SIMULATION_RUN_MESSAGES } from '../../simulation/messages';
import {
  FOLLOW_UP_TEXTS,
  SIMULATION_GROUP_TEXTS,
  SIMULATION_LIMIT_TEXTS,
  SIMULATION_MEASURE_TEXTS,
  SIMULATION_REPORT_TEXTS,
} from '../../simulation-report/messages';
import { ACCESS_MESSAGES, STORE_MESSAGES } from '../../store/messages';
import { XLSX_MESSAGES } from '../../xlsx/messages';
import type { MessageEntry } from '../lang';
import { BATCH_MESSAGES } from './batch';
import { COLUMN_TITLES, TABLE_WORDS } from './columns';
import { COMMON_MESSAGES } from './common';
import { ABSENCE_REASON_TEXTS, COMPARE_MESSAGES } from './compare';
import { EXCHANGE_MESSAGES } from './exchange';
import { CRITERIA_CLI_MESSAGES, FEEDBACK_MESSAGES } from './feedback';
import { FILE_MESSAGES } from './files';
import { LETTERS_CLI_MESSAGES } from './letters';
import { MATCH_MESSAGES, MONTH_MESSAGES, RUN_MESSAGES } from './month';
import { PRESET_CLI_MESSAGES } from './preset';
import { REPORT_CLI_MESSAGES } from './report';
import { SERVE_MESSAGES } from './serve';
import { SIMULATE_MESSAGES, SIMULATE_RUN_MESSAGES } from './simulate';
import { SIMULATE_REPORT_MESSAGES } from './simulate-report';
import { CLI_STORE_MESSAGES } from './store';
import { VALIDATE_MESSAGES } from './validate';
import { VLP_CLI_MESSAGES } from './vlp';

/** A messages object: texts and functions that make one. */
export type Catalogue = Readonly<Record<string, MessageEntry>>;

const prefixed = (prefix: string, catalogues: Readonly<Record<string, object>>) =>
  Object.fromEntries(Object.entries(catalogues).map(([name, c]) => [`${prefix}.${name}`, c as Catalogue]));

/** The titles of the service's problem types, as a catalogue. */
const problemTitles = Object.fromEntries(Object.entries(PROBLEMS).map(([k, p]) => [k, p.title]));

/** Every messages object of the repository, by `package.name`. */
export const MESSAGE_CATALOGUE: Readonly<Record<string, Catalogue>> = {
  ...prefixed('core', CORE_MESSAGE_CATALOGUES),
  ...prefixed('rules-presets', RULES_PRESETS_MESSAGE_CATALOGUES),
  ...prefixed('adapters', {
    caseFile: CASE_FILE_MESSAGES,
    runOutput: RUN_OUTPUT_MESSAGES,
    csv: CSV_MESSAGES,
    signalCsv: SIGNAL_CSV_MESSAGES,
    csvValue: VALUE_MESSAGES,
    ddas: DDAS_MESSAGES,
    jsonFile: JSON_FILE_MESSAGES,
    ledger: LEDGER_MESSAGES,
    lookups: LOOKUP_MESSAGES,
    output: OUTPUT_MESSAGES,
    // its FSC error titles are English only (DDAS_VS_FSC_TITLES): CBS reads them, not an officer
    ddasVs: DDAS_VS_TEXTS,
    service: SERVICE_MESSAGES,
    serviceProblems: problemTitles,
    simulation: SIMULATION_RUN_MESSAGES,
    store: STORE_MESSAGES,
    access: ACCESS_MESSAGES,
    xlsx: XLSX_MESSAGES,
    report: REPORT_TEXTS,
    reportSectors: SECTOR_TEXTS,
    reportKinds: KIND_TEXTS,
    reportOutcomes: OUTCOME_TEXTS,
    reportMeasures: MEASURE_TEXTS,
    simulationReport: SIMULATION_REPORT_TEXTS,
    simulationMeasures: SIMULATION_MEASURE_TEXTS,
    simulationGroups: SIMULATION_GROUP_TEXTS,
    simulationLimits: SIMULATION_LIMIT_TEXTS,
    simulationFollowUps: FOLLOW_UP_TEXTS,
    letterTemplates: TEMPLATE_MESSAGES,
    letterSkips: SKIP_MESSAGES,
    letterWords: LETTER_WORDS,
    recipientWords: RECIPIENT_WORDS,
  }),
  ...prefixed('cli', {
    common: COMMON_MESSAGES,
    validate: VALIDATE_MESSAGES,
    files: FILE_MESSAGES,
    month: MONTH_MESSAGES,
    match: MATCH_MESSAGES,
    run: RUN_MESSAGES,
    batch: BATCH_MESSAGES,
    compare: COMPARE_MESSAGES,
    compareReasons: ABSENCE_REASON_TEXTS,
    simulate: SIMULATE_MESSAGES,
    simulateReport: SIMULATE_REPORT_MESSAGES,
    simulateRun: SIMULATE_RUN_MESSAGES,
    feedback: FEEDBACK_MESSAGES,
    criteria: CRITERIA_CLI_MESSAGES,
    preset: PRESET_CLI_MESSAGES,
    store: CLI_STORE_MESSAGES,
    letters: LETTERS_CLI_MESSAGES,
    serve: SERVE_MESSAGES,
    exchange: EXCHANGE_MESSAGES,
    report: REPORT_CLI_MESSAGES,
    columns: COLUMN_TITLES,
    tableWords: TABLE_WORDS,
    vlp: VLP_CLI_MESSAGES,
  }),
};
