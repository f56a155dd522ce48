// Public API of core/matching: cases per household for a month, matches, repeats, recidive.
export {
  DEFAULT_MATCHING_CONFIG,
  type MatchingConfig,
  MatchingConfigSchema,
  PILOT_MATCHING_CONFIG,
  validateMatchingConfig,
  type WindowRule,
  windowFor,
} from './config';
export {
  type CheckedHistory,
  checkHistory,
  type HistoryEntry,
  HistoryEntrySchema,
  type HistorySieve,
  historyFromSignals,
  historySieve,
  isHistoryEntry,
} from './history';
export {
  type MatchMonthInput,
  type MonthSignalsMemo,
  matchMonth,
  monthSignalsMemo,
  prepareMonthSignals,
} from './match-month';
export type {
  ArrearWindow,
  Case,
  CaseSignal,
  CaseTotals,
  InvalidSignal,
  MatchCounts,
  MatchedJourney,
  MatchInfo,
  MonthMatch,
  SetAsideSignal,
} from './types';
