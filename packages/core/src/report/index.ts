// Public API of core/report: curated named exports.
export type {
  MonthlyReportInput,
  ReportAllocation,
  ReportCapacity,
  ReportCase,
  ReportMonth,
  ReportSignal,
} from './monthly-input';
export { MAX_TREND_MONTHS, monthlyReport } from './monthly-report';
export {
  type CapacityFigures,
  type ContactKindFigures,
  type CountOf,
  MONTHLY_REPORT_FORMAT,
  type MonthlyReport,
  NEIGHBOURHOOD_MEASURES,
  type NeighbourhoodMeasure,
  type NeighbourhoodRow,
  type PartnerFigures,
  type TrendMonth,
} from './monthly-types';
export { neighbourhoodFigures, neighbourhoodOf } from './neighbourhoods';
export {
  createSignalSummary,
  type PartnerSignalCount,
  type SignalSummary,
  type SignalSummaryAccumulator,
  summariseSignals,
} from './signal-summary';
export {
  type PublishedCount,
  publishedCountText,
  SMALL_COUNT_MIN,
  SMALL_COUNT_SOURCE,
  type SuppressionSummary,
  suppressSmallCounts,
} from './suppression';
