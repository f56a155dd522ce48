// lettersFiles with a composer of its e-mails (issue 14): whenever and however the e-mails come —
// composed here, late (after the PDFs), by the letters' thread — the files are the same, in the same
// order; a composer that fails, or gives another number of e-mails, makes lettersFiles fail.
import { setTimeout as wait } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { composeEmails, type EmailComposer } from './email-batch';
import { AT, CONTACT, letterCase, lettersInput, signalOf } from './fixtures.test-support';
import { makeLetters } from './make-letters';
import { lettersFiles } from './outputs';
import { lettersThreads } from './threads';

const ALL = [
  { channel: 'letter', team: 'municipality', attempts: 1 },
  { channel: 'card', team: 'municipality', attempts: 1 },
  { channel: 'email', team: 'municipality', attempts: 1 },
  { channel: 'sms', team: 'municipality', attempts: 1 },
];
const CONTEXT = { month: '2026-10', at: AT, lang: 'nl' as const, contact: CONTACT };

const month = async () => {
  const cases = Array.from({ length: 6 }, (_, i) =>
    letterCase({ id: `2026-10-000${i + 1}`, householdKey: `7411AB ${i + 1}`, plan: ALL }),
  );
  const signals = cases.map((c, i) => {
    const s = signalOf(c);
    return { ...s, address: { ...s.address, houseNumber: i + 1 } };
  });
  return makeLetters(await lettersInput(cases, { signals }));
};

const bytesOf = (files: Map<string, string | Uint8Array>) =>
  [...files].map(([name, data]) => [name, Buffer.from(data).toString('base64')]);

describe('lettersFiles with an e-mail composer (issue 14)', () => {
  it('writes the same files in the same order, whether the e-mails come at once, late, or from the thread', async () => {
    const made = await month();
    expect(made.items.filter((x) => x.channel === 'email').length).toBe(6);
    const here = bytesOf((await lettersFiles(made, CONTEXT)).files);
    const late: EmailComposer = async (inputs) => {
      await wait(50);
      return composeEmails(inputs);
    };
    expect(bytesOf((await lettersFiles(made, CONTEXT, { composeEmails: late })).files)).toEqual(here);
    const threads = lettersThreads();
    expect(threads).toBeDefined();
    try {
      expect(bytesOf((await lettersFiles(made, CONTEXT, threads)).files)).toEqual(here);
    } finally {
      await threads?.close();
    }
  });

  it('fails when the composer fails, or gives another number of e-mails', async () => {
    const made = await month();
    const failing: EmailComposer = async () => {
      throw new Error('mail composer down');
    };
    await expect(lettersFiles(made, CONTEXT, { composeEmails: failing })).rejects.toThrow(
      'mail composer down',
    );
    const short: EmailComposer = async (inputs) => (await composeEmails(inputs)).slice(1);
    await expect(lettersFiles(made, CONTEXT, { composeEmails: short })).rejects.toThrow(/another number/);
  });
});
