// What every handler of the service sees: its dependencies, the caller's key and language.
import type { CaseStore } from '@signaalreis/core';
import type { AccessStore, ApiKeyInfo } from '../store/access-store';

/**
 * The service's limits (project defaults, docs/service.md "Limits"): the largest request body,
 * and how many requests one key may make a minute.
 */
export interface ServiceLimits {
  /** Largest request body in bytes (default 4 MiB: two presets at the preset limit of 2 MiB). */
  maxBodyBytes: number;
  /** Requests per key per minute (default 600: ten a second, far above a case system's needs). */
  requestsPerMinute: number;
  /** Largest body of a signal delivery in bytes (default 32 MiB: 50,000 rows of about 400 bytes, with room). */
  maxDeliveryBytes: number;
  /** Most data rows in one delivery (default 50,000: a month of the largest municipality, with room). */
  maxRowsPerDelivery: number;
}

/** One line of the service's structured log: never a URL with its values, never personal data. */
export interface ServiceLogEntry {
  method: string;
  /** The route pattern (`/municipalities/{code}/cases/{caseId}`), or `(none)` when nothing matched. */
  route: string;
  status: number;
  /** The id of the caller's key, when it presented a valid one. */
  keyId?: string;
  durationMs: number;
}

/** The DDAS export's fixed parts: the supplier code and each municipality's organisation name. */
export interface ServiceDdasOptions {
  /** `codeGegevensleverancier` (default `SIGNAALREIS`); `?supplier=` overrides it. */
  supplierCode?: string;
  /** `aanleverendeOrganisatie.naam` per CBS code; `?organisation=` overrides it. */
  organisations?: Readonly<Record<string, string>>;
}

/** What createService was given, with defaults filled in. */
export interface ServiceDeps {
  ddas: ServiceDdasOptions;
  store: CaseStore;
  access: AccessStore;
  clock: () => Date;
  limits: ServiceLimits;
  log: (entry: ServiceLogEntry) => void;
  /** The smallest count a researcher is shown (disclosure control; default 10, project default). */
  k: number;
  /** Whether the rate limit is counted in the store (shared by processes) rather than in memory. */
  sharedRate: boolean;
  /** Counts per key id in the current minute (rate limit). */
  windows: Map<string, { start: number; count: number }>;
}

/** The hono environment of the service. */
export type ServiceEnv = {
  Variables: {
    deps: ServiceDeps;
    key: ApiKeyInfo | undefined;
    lang: 'nl' | 'en';
  };
};
