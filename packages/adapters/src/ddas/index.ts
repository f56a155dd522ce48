// Public API of adapters/ddas: the national exchange model DDAS v1.2 (`Uitwisselmodel`) — export of
// a period's signals and cases, import of another system's delivery, validation against the
// official JSON Schema, and the vocabulary both ways. File-free: runs in a browser too.
export { ddasClient, householdKeyOfClient } from './client';
export {
  type DdasDeliveryCount,
  type DdasDeliveryOptions,
  type DdasExport,
  type DdasExportInput,
  type DdasExportMonth,
  ddasDelivery,
} from './export';
export {
  DdasExportInParts,
  type DdasExportInPartsDone,
  type DdasExportInPartsOptions,
  type DdasMonthList,
  type DdasMonthTexts,
} from './export-parts';
export { type DdasImport, type DdasImportedFile, type DdasImportOptions, importDdasDelivery } from './import';
export {
  type DdasPartsImport,
  type DdasPartsImportOptions,
  ddasPartsImport,
  openInDelivery,
} from './import-parts';
export { DDAS_SCHEMA_ID, validateDdasDelivery } from './schema';
export type {
  DdasClient,
  DdasContactpoging,
  DdasLevering,
  DdasOrganisatie,
  DdasVroegsignaal,
  DdasVroegsignaalzaak,
  Uitwisselmodel,
} from './types';
export {
  DDAS_ENUMS,
  DDAS_FLAGS_BY_KIND,
  DDAS_GENDERS,
  FOLLOW_UP_BY_DDAS_RESULT,
  type ImportedKind,
  kindFromDdas,
  SECTOR_BY_DDAS_SIGNAL_PARTNER,
} from './vocabulary';
