// The partners' ledgers of a simulated month (issue 16): one valid LedgerRow per open arrear, on
// the partner's ledger, with the household it belongs to.
import type { LedgerRow } from '../../criteria/ledger-row';
import type { Arrear } from './arrears';
import type { DayCache } from './day-cache';
import type { PartnerLedger } from './evaluate';
import { POPULATION_SECTORS, type PopulationParameters, type PopulationSector } from './parameters';
import type { ArrearCounts } from './population';

/** The partners' ledgers of the open arrears, partner by partner in the parameters' order. */
export function buildLedgers(
  open: readonly Arrear[],
  p: PopulationParameters,
  ledger: number,
  counts: Record<PopulationSector, ArrearCounts>,
  days: DayCache,
): PartnerLedger[] {
  const out: PartnerLedger[] = [];
  const index = new Map<string, PartnerLedger>();
  for (const sector of POPULATION_SECTORS)
    p.sectors[sector].partners.list.forEach((partner, i) => {
      const l: PartnerLedger = {
        partner: { id: partner.id, name: partner.name, sector },
        rows: [],
        households: [],
      } as unknown as PartnerLedger;
      index.set(`${sector}/${i}`, l);
      out.push(l);
    });
  for (const a of open) {
    const l = index.get(`${a.sector}/${a.partner}`) as PartnerLedger;
    l.rows.push(rowOf(a, l.partner.id, ledger, days));
    l.households.push(a.household);
    counts[a.sector].open++;
  }
  return out.filter((l) => l.rows.length > 0);
}

/** The ledger row of an arrear on the ledger day (one object shape for every row). */
function rowOf(a: Arrear, partnerId: string, ledger: number, days: DayCache): LedgerRow {
  const row = {
    customerId: `K${a.household}`,
    partnerId,
    sector: a.sector,
    amountOpenCents: a.amount,
    unpaidTerms: a.terms,
    oldestDueDate: days.iso(a.oldest),
    newestDueDate: days.iso(a.newest),
    remindersSent: a.reminders,
    personalContactTried: a.contact,
    pointedToDebtHelp: a.pointed,
    objectsToSharing: a.objects,
    paymentArrangement: a.arrangement,
    inDebtArrangement: a.debtArrangement,
    atBailiff: a.bailiff,
    currentCustomer: true,
    legalForm: a.legalForm,
  } as LedgerRow;
  if (a.sector === 'health') {
    row.premiumCents = (a.amount - a.ownRisk) as LedgerRow['amountOpenCents'];
    if (a.ownRisk > 0) row.ownRiskCents = a.ownRisk as LedgerRow['amountOpenCents'];
  }
  if (a.supplyEnd !== undefined && a.supplyEnd > ledger) row.contractEndDate = days.iso(a.supplyEnd);
  return row;
}
