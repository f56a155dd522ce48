// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then`
// Test-only helpers: a valid ledger row with overrides, and a small criteria table.
import { asCents, asIsoDate, asPartnerId } from '@signaalreis/core';
import type { LedgerRow } from './ledger-row';

/** A valid energy row on 2026-10-20: two invoices, € 123,50, oldest 53 days overdue. */
export const ledgerRow = (over: Partial<LedgerRow> = {}): LedgerRow => ({
  customerId: 'K-1001',
  partnerId: asPartnerId('energie-a'),
  sector: 'energy',
  amountOpenCents: asCents(12350),
  unpaidTerms: 2,
  oldestDueDate: asIsoDate('2026-08-28'),
  newestDueDate: asIsoDate('2026-09-28'),
  remindersSent: 2,
  personalContactTried: true,
  pointedToDebtHelp: true,
  objectsToSharing: false,
  paymentArrangement: 'none',
  inDebtArrangement: false,
  atBailiff: false,
  currentCustomer: true,
  legalForm: 'individual',
  ...over,
});

/** The declaration of a criteria fact, for inline tables. */
const decl = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  description: name,
  ...extra,
});

/**
 * A small criteria table (not a preset): exclusion for a debt arrangement, an end-of-supply rule
 * on the working days to the contract end, and an early signal at ≥ 2 terms, ≥ `floor`, 15–`maxDays` days.
 */
export const testTableJson = {
  id: 'test-criteria',
  label: { nl: 'Testcriteria', en: 'Test criteria' },
  hitPolicy: 'first',
  facts: [
    decl('unpaidTerms', 'number', { label: { nl: 'onbetaalde termijnen', en: 'unpaid terms' } }),
    decl('amountOpen', 'money', { label: { nl: 'openstaand bedrag', en: 'amount open' } }),
    decl('arrearAgeDays', 'number', { label: { nl: 'ouderdom achterstand', en: 'arrear age' } }),
    decl('inDebtArrangement', 'boolean', { label: { nl: 'in schuldregeling', en: 'in a debt arrangement' } }),
    decl('daysToContractEnd', 'number', {
      label: { nl: 'werkdagen tot einde contract', en: 'working days to contract end' },
    }),
  ],
  parameters: {
    floor: [{ from: '2021-01-01', value: 5000, source: 'test' }],
    maxDays: [
      { from: '2021-01-01', value: 100, source: 'test' },
      { from: '2022-12-08', value: 36500, source: 'test' },
    ],
  },
  rules: [
    {
      id: 'debt',
      label: { nl: 'Geen signaal: schuldregeling', en: 'No signal: debt arrangement' },
      source: 'test',
      priority: 10,
      when: { all: [{ fact: 'inDebtArrangement', operator: 'equal', value: true }] },
      then: { deliver: false, reason: 'known debt arrangement' },
    },
    {
      id: 'end-of-supply',
      label: { nl: 'Einde levering binnen 20 werkdagen', en: 'End of supply within 20 working days' },
      source: 'test',
      priority: 5,
      when: {
        all: [
          {
            fact: 'daysToContractEnd',
            operator: 'between',
            value: { min: 1, max: 20, minInclusive: true, maxInclusive: true },
          },
        ],
      },
      then: { deliver: true, kind: 'end-of-supply', reason: 'contract ends soon' },
    },
    {
      id: 'early',
      label: { nl: 'Twee termijnen, drempel, 15 dagen', en: 'Two terms, floor, 15 days' },
      source: 'test',
      when: {
        all: [
          { fact: 'unpaidTerms', operator: 'greaterThanInclusive', value: 2 },
          { fact: 'amountOpen', operator: 'greaterThanInclusive', value: { param: 'floor' } },
          { fact: 'arrearAgeDays', operator: 'greaterThanInclusive', value: 15 },
          { fact: 'arrearAgeDays', operator: 'lessThanInclusive', value: { param: 'maxDays' } },
        ],
      },
      then: { deliver: true, kind: 'early', reason: 'two terms, floor, 15 days' },
    },
  ],
};
