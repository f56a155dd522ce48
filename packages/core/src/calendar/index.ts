// Public API of core/calendar: curated named exports.
export { arrearAgeDays } from './arrear-age';
export { addDays, daysBetween } from './days';
export {
  DEADLINES,
  type DeadlineDefinition,
  type DeadlineId,
  type DeadlineUnit,
  deadline,
} from './deadlines';
export { DEFAULT_DELIVERY_DAY_OF_MONTH, deliveryDay } from './delivery';
export { HOLIDAY_YEARS, nonWorkingDays, type StatutoryHoliday } from './holidays';
export { addMonths, isSameOrConsecutiveMonth, monthOf, monthsBetween } from './months';
export {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './working-days';
