// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then`
// Test-only criteria tables for the population: one per sector, with a floor, a minimum of terms
// and an age window as parameters (core may not import the presets of rules-presets).
import { loadCriteriaTable } from '../../criteria/facts';
import type { CriteriaSelection } from './evaluate';
import { POPULATION_SECTORS } from './parameters';

/** The thresholds of a test table. */
export interface Thresholds {
  floor: number;
  minTerms: number;
  minDays: number;
  maxDays: number;
}

const decl = (name: string, type: string, label: string) => ({
  name,
  type,
  description: name,
  label: { nl: label, en: label },
});

/** A criteria table for one sector: deliver when the floor, terms and window are met; end of supply first. */
export function testTable(sector: string, t: Thresholds) {
  const table = loadCriteriaTable({
    id: `test-${sector}`,
    label: { nl: `Test ${sector}`, en: `Test ${sector}` },
    hitPolicy: 'first',
    facts: [
      decl('amountOpen', 'money', 'openstaand bedrag'),
      decl('unpaidTerms', 'number', 'onbetaalde termijnen'),
      decl('arrearAgeDays', 'number', 'ouderdom'),
      decl('daysToContractEnd', 'number', 'werkdagen tot einde contract'),
      decl('objectsToSharing', 'boolean', 'bezwaar'),
    ],
    parameters: Object.fromEntries(
      Object.entries(t).map(([k, v]) => [k, [{ from: '2021-01-01', value: v, source: 'test' }]]),
    ),
    rules: [
      {
        id: 'objects',
        label: { nl: 'Bezwaar', en: 'Objects' },
        source: 'test',
        priority: 10,
        when: { all: [{ fact: 'objectsToSharing', operator: 'equal', value: true }] },
        then: { deliver: false, reason: 'objects' },
      },
      {
        id: 'end-of-supply',
        label: { nl: 'Einde levering', en: 'End of supply' },
        source: 'test',
        priority: 5,
        when: { all: [{ fact: 'daysToContractEnd', operator: 'greaterThanInclusive', value: 1 }] },
        then: { deliver: true, kind: 'end-of-supply', reason: 'supply ends' },
      },
      {
        id: 'signal',
        label: { nl: 'Signaal', en: 'Signal' },
        source: 'test',
        when: {
          all: [
            { fact: 'amountOpen', operator: 'greaterThanInclusive', value: { param: 'floor' } },
            { fact: 'unpaidTerms', operator: 'greaterThanInclusive', value: { param: 'minTerms' } },
            { fact: 'arrearAgeDays', operator: 'greaterThanInclusive', value: { param: 'minDays' } },
            { fact: 'arrearAgeDays', operator: 'lessThanInclusive', value: { param: 'maxDays' } },
          ],
        },
        then: { deliver: true, kind: 'early', reason: 'signal' },
      },
    ],
  });
  if (!table.ok) throw new Error(JSON.stringify(table.issues));
  return table.value;
}

/** The same thresholds for every sector. */
export const selection = (t: Thresholds): CriteriaSelection =>
  Object.fromEntries(POPULATION_SECTORS.map((s) => [s, testTable(s, t)]));

/** Lenient thresholds: most arrears of 15 days or more signal. */
export const LENIENT: Thresholds = { floor: 1, minTerms: 1, minDays: 15, maxDays: 365 };
