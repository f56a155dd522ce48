// Deliveries from the case store: the stored months of the period of the municipalities an
// organisation delivers for (caseFilesOfPeriod), made into one Uitwisselmodel (ddasDelivery).
import {
  asIsoMonth,
  type CaseStore,
  fail,
  isMunicipalityCode,
  issue,
  type MunicipalityCode,
  ok,
} from '@signaalreis/core';
import { ddasDelivery } from '../../ddas/export';
import { caseFilesOfPeriod } from '../../store/period';
import { STORED_MONTH_LIMITS } from '../../store/stored-month';
import { DDAS_VS_UNKNOWN_ORGANISATION, type DdasVsSource } from './app';
import { DDAS_VS_MESSAGES as M } from './messages';

/**
 * Which organisations are served, by the name CBS sends (`aanleverende_organisatie`, matched
 * exactly), each with the municipalities it delivers for; the code of the data supplier; a clock
 * for `aanleverdatumEnTijd`.
 */
export interface StoreDeliverySourceOptions {
  organisations: Readonly<Record<string, readonly MunicipalityCode[]>>;
  supplierCode: string;
  clock?: () => Date;
}

/**
 * A DDAS-VS source reading the case store: for a served organisation, the delivery of every stored
 * month that overlaps the period, of its municipalities only (each with a levering, also without
 * cases), made by `ddasDelivery` (valid against the schema). An organisation not in `organisations`
 * is refused with `DDAS_VS_UNKNOWN_ORGANISATION` (the endpoint answers 422, see
 * docs/service-ddas-vs.md); nothing is read for it. Throws at once on a municipality code that is no
 * four digits (configuration).
 *
 * @example
 * ```ts
 * import { storeDeliverySource } from '@signaalreis/adapters/service';
 * import { openCaseStore } from '@signaalreis/adapters/store';
 * import { asIsoDate, asMunicipalityCode } from '@signaalreis/core';
 * const opened = await openCaseStore('data/store');
 * if (opened.ok) {
 *   const source = storeDeliverySource(opened.value, {
 *     organisations: { 'Gemeente Voorbeeldstad': [asMunicipalityCode('0363')] },
 *     supplierCode: 'SIGNAALREIS',
 *   });
 *   const r = await source({ from: asIsoDate('2026-10-01'), to: asIsoDate('2026-10-31'), organisation: 'Gemeente Voorbeeldstad' });
 *   if (r.ok) r.value.leveringen?.[0]?.gemeentecode; // '0363'
 * }
 * ```
 */
export function storeDeliverySource(store: CaseStore, options: StoreDeliverySourceOptions): DdasVsSource {
  const clock = options.clock ?? (() => new Date());
  const served = new Map(Object.entries(options.organisations));
  for (const codes of served.values())
    for (const code of codes)
      if (!isMunicipalityCode(code))
        throw new Error('storeDeliverySource: a municipality code is not four digits');
  return async ({ from, to, organisation }) => {
    const codes = served.get(organisation);
    if (codes === undefined)
      return fail([issue(DDAS_VS_UNKNOWN_ORGANISATION, ['organisation'], M.issueUnknownOrganisation)]);
    const files = await caseFilesOfPeriod(
      store,
      codes,
      asIsoMonth(from.slice(0, 7)),
      asIsoMonth(to.slice(0, 7)),
    );
    if (!files.ok) return files;
    const made = ddasDelivery(
      {
        period: { from, to },
        supplierCode: options.supplierCode,
        organisation,
        months: files.value.map((caseFile) => ({
          municipality: caseFile.municipality as MunicipalityCode,
          caseFile,
        })),
        municipalities: codes,
      },
      clock(),
      { limits: STORED_MONTH_LIMITS }, // a national month reads (stored-month.ts)
    );
    return made.ok ? ok(made.value.delivery) : made;
  };
}
