// Public API of core/model: curated named exports.
export { type Address, AddressSchema, addressFromHouseholdKey, householdKey, parseAddress } from './address';
export { isValidBsn, normaliseBsn } from './bsn';
export { CASE_ID_PATTERN, isLegacyCaseId, numberedCaseId } from './case-id';
export { type Contact, ContactSchema } from './contact';
export { normaliseEmail } from './email';
export {
  type BuiltInTeam,
  CHANNELS,
  type Channel,
  ChannelSchema,
  DDAS_CASE_RESULTS,
  DDAS_CONTACT_KIND_BY_CHANNEL,
  DDAS_SIGNAL_PARTNER_BY_SECTOR,
  DDAS_SIGNAL_PARTNERS,
  DDAS_SIGNAL_STATUSES,
  type DdasCaseResult,
  DdasCaseResultSchema,
  type DdasSignalPartner,
  DdasSignalPartnerSchema,
  type DdasSignalStatus,
  DdasSignalStatusSchema,
  ddasSignalPartner,
  MUNICIPALITY_TYPES,
  type MunicipalityType,
  MunicipalityTypeSchema,
  municipalityTypeForVolume,
  SECTORS,
  type Sector,
  SectorSchema,
  SIGNAL_KINDS,
  type SignalKind,
  SignalKindSchema,
  TEAMS,
  type Team,
  TeamSchema,
} from './enums';
export { type HouseNumber, parseHouseNumber } from './house-number';
export {
  asCaseId,
  asHouseholdKey,
  asPartnerId,
  asSignalId,
  type CaseId,
  CaseIdSchema,
  type HouseholdKey,
  HouseholdKeySchema,
  isCaseId,
  isHouseholdKey,
  isPartnerId,
  isSignalId,
  type PartnerId,
  PartnerIdSchema,
  parseCaseId,
  parseHouseholdKey,
  parsePartnerId,
  parseSignalId,
  type SignalId,
  SignalIdSchema,
} from './ids';
export {
  asIsoDate,
  asIsoMonth,
  type IsoDate,
  IsoDateSchema,
  type IsoMonth,
  IsoMonthSchema,
  isIsoDate,
  isIsoMonth,
  parseIsoDate,
  parseIsoMonth,
} from './iso-date';
export { fail, type Issue, type IssuePath, issue, ok, prefixIssues, type Result } from './issue';
export { JSON_LIMITS, JSON_MESSAGES, type JsonLimits, positionAt, TEXT_LIMITS } from './json-limits';
export { jsonLines } from './json-lines';
export { type JsonTextIssue, type JsonTextResult, parseJsonText } from './json-text';
export { checkJsonValue } from './json-value';
export {
  asCents,
  type Cents,
  CentsSchema,
  euros,
  formatEuro,
  isCents,
  parseCents,
  sumCents,
  toWholeEuros,
} from './money';
export {
  asMunicipalityCode,
  isMunicipalityCode,
  type MunicipalityCode,
  MunicipalityCodeSchema,
  parseMunicipalityCode,
} from './municipality-code';
export { type Partner, PartnerSchema } from './partner';
export {
  isNaturalPerson,
  LEGAL_FORMS,
  type LegalForm,
  LegalFormSchema,
  mayFollowUp,
  mayFollowUpAllowed,
  type Person,
  PersonSchema,
} from './person';
export { normaliseDutchPhone } from './phone';
export { PLAIN_RECORD_ROOM, plainRecords, withSection } from './plain-record';
export { normalisePostcode } from './postcode';
export { EXCERPT_LENGTH, escapeControl, excerpt, maskBsn, maskEmail, maskPhone } from './redact';
export { type Signal, SignalSchema, signalHouseholdKey, validateSignal } from './signal';
export { isParsedSignal } from './signal-fast';
export { didYouMean } from './suggest';
export { type Bilingual, BilingualSchema, bi, joinBilingual, type Lang } from './text';
export { issuesFromZod } from './zod-issues';
export { zodMessage } from './zod-message';
