// Public API of core/report: curated named exports.
export {
  createSignalSummary,
  type PartnerSignalCount,
  type SignalSummary,
  type SignalSummaryAccumulator,
  summariseSignals,
} from './signal-summary';
