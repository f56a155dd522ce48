// What a history reader needs of a data line before checking it (issue 14, the national month): its
// household and its ids, read from the cells as `rowToSignal` reads them — so that lines of
// households without a signal this month can be left unchecked, not even split (cli/history.ts).
import { type HouseholdKey, householdKey, normalisePostcode, parseHouseNumber } from '@signaalreis/core';
import type { HeaderMapping } from './headers';
import { type Field, planOf, type RowPlan } from './row-plan';

/** The cells of a data line that tell its household and its signal, untrimmed. */
export interface LineCells {
  postcode: string;
  houseNumber: string;
  suffix: string;
  signalId: string;
  partnerId: string;
}

const WANTED: readonly (readonly [Field, keyof LineCells])[] = [
  ['postcode', 'postcode'],
  ['house_number', 'houseNumber'],
  ['house_number_suffix', 'suffix'],
  ['signal_id', 'signalId'],
  ['partner_id', 'partnerId'],
];

// per header: for each column, the cell it gives (or none)
const SLOTS = new WeakMap<RowPlan, readonly (keyof LineCells | undefined)[]>();

function slotsOf(plan: RowPlan): readonly (keyof LineCells | undefined)[] {
  let slots = SLOTS.get(plan);
  if (!slots) {
    const made = new Array<keyof LineCells | undefined>(plan.count).fill(undefined);
    for (const [field, cell] of WANTED) {
      const i = plan.at[field];
      if (i >= 0) made[i] = cell;
    }
    slots = made;
    SLOTS.set(plan, slots);
  }
  return slots;
}

/**
 * The {@link LineCells} of a data line without a quote, as `line.split(delimiter)` gives those
 * cells (`''` for a column the file lacks); `undefined` when the line does not have the header's
 * number of fields. Only these cells are made.
 *
 * @example
 * ```ts
 * import { mapHeader } from './headers';
 * import { lineCells } from './row-household';
 * lineCells(' S1 ,P1', ',', mapHeader(['signal_id', 'partner_id'], 1));
 * // { postcode: '', houseNumber: '', suffix: '', signalId: ' S1 ', partnerId: 'P1' }
 * lineCells('S1', ',', mapHeader(['signal_id', 'partner_id'], 1)); // undefined: one field of two
 * ```
 */
export function lineCells(line: string, delimiter: string, header: HeaderMapping): LineCells | undefined {
  const plan = planOf(header);
  const slots = slotsOf(plan);
  const cells: LineCells = { postcode: '', houseNumber: '', suffix: '', signalId: '', partnerId: '' };
  let field = 0;
  let from = 0;
  for (;;) {
    const end = line.indexOf(delimiter, from);
    const slot = slots[field];
    if (slot !== undefined) cells[slot] = line.slice(from, end < 0 ? line.length : end);
    field++;
    if (end < 0) break;
    if (field === plan.count) return undefined; // more fields than the header
    from = end + 1;
  }
  return field === plan.count ? cells : undefined;
}

// a postcode normalisePostcode gives back as it is when it accepts it (the letter pairs it never
// accepts make a key no accepted signal has: harmless to a caller that looks keys up)
const CANONICAL_POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;
// a house number parseHouseNumber reads as the number alone (1–99999, no leading zero to drop)
const PLAIN_NUMBER = /^[1-9][0-9]{0,4}$/;

/**
 * The household key that the signal of a row with these cells has when `rowToSignal` accepts it:
 * the postcode and house number (with the suffix) trimmed and read by the same normalisers, the key
 * made as `signalHouseholdKey` makes it (core's address schema only checks them). `undefined` when
 * the cells do not give one — such a row is rejected when checked, so a caller must let it be
 * checked. Property tests hold this to `rowToSignal` for any cells.
 *
 * @example
 * ```ts
 * import { cellsHouseholdKey } from './row-household';
 * const cells = { signalId: 'S1', partnerId: 'P1', houseNumber: '12', suffix: 'a' };
 * cellsHouseholdKey({ ...cells, postcode: ' 7411 ab' }); // '7411AB 12A'
 * cellsHouseholdKey({ ...cells, postcode: '' }); // undefined: no postcode, the row is rejected when checked
 * ```
 */
export function cellsHouseholdKey(cells: LineCells): HouseholdKey | undefined {
  const postcodeText = cells.postcode.trim();
  const numberText = cells.houseNumber.trim();
  const suffixText = cells.suffix.trim();
  if (postcodeText === '' || numberText === '') return undefined;
  // the common case: a number alone at a postcode written as normalisePostcode gives it back
  if (suffixText === '' && CANONICAL_POSTCODE.test(postcodeText) && PLAIN_NUMBER.test(numberText))
    return `${postcodeText} ${numberText}` as HouseholdKey;
  const postcode = normalisePostcode(postcodeText);
  if (!postcode.ok) return undefined;
  const number = parseHouseNumber(numberText, suffixText || undefined);
  if (!number.ok) return undefined;
  return householdKey({ postcode: postcode.value, ...number.value });
}
