// The example ledger's accounts repeated into a large ledger (for the large-ledger tests and
// `pnpm bench:criteria`): copy k gives every customer id the suffix `-k`, so no two rows repeat.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The example ledger (examples/data/ledger-energy-2026-10.csv). */
export const EXAMPLE_LEDGER = fileURLToPath(
  new URL('../../../../examples/data/ledger-energy-2026-10.csv', import.meta.url),
);

/** The example ledger's header and accounts (its data rows), as lines. */
export function exampleLedgerLines(): { header: string; accounts: string[] } {
  const [header = '', ...accounts] = readFileSync(EXAMPLE_LEDGER, 'utf8').trimEnd().split('\n');
  return { header, accounts };
}

/** A ledger CSV of the example's accounts `copies` times over (LF line ends), and its data rows. */
export function repeatedLedger(copies: number): { text: string; rows: number } {
  const { header, accounts } = exampleLedgerLines();
  const lines = [header];
  for (let k = 0; k < copies; k++) for (const a of accounts) lines.push(a.replace(/^([^,]*)/, `$1-${k}`));
  return { text: `${lines.join('\n')}\n`, rows: copies * accounts.length };
}
