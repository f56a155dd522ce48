// The letters' worker thread (threads.ts, worker.ts; issue 14): the e-mails it composes are byte for
// byte, in order, those composed on the command's thread — for any senders, recipients, subjects and
// texts — an e-mail that cannot be made rejects as it would here, a thread that cannot run leaves
// the e-mails to this thread, and without the built worker there are no threads. Needs the build (dist/cli/letters-worker.js).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { EmailInput } from './email';
import { composeEmails } from './email-batch';
import { lettersThreads, lettersWorkerFile } from './threads';

const text = fc.string({ unit: 'grapheme', maxLength: 300 });
const input = fc.record({
  from: fc.record({ name: fc.string({ minLength: 1, maxLength: 40 }), address: fc.emailAddress() }),
  to: fc.emailAddress(),
  subject: fc.string({ unit: 'grapheme', maxLength: 80 }),
  text: fc.array(text, { maxLength: 5 }).map((lines) => lines.join('\n\n')),
  reference: fc.stringMatching(/^2026-10-\d{4,6}$/),
  date: fc.date({
    min: new Date('2026-01-01T00:00:00Z'),
    max: new Date('2027-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
  lang: fc.constantFrom('nl', 'en'),
}) as fc.Arbitrary<EmailInput>;

const same = (a: readonly Uint8Array[], b: readonly Uint8Array[]) => {
  expect(a.length).toBe(b.length);
  for (const [i, x] of a.entries())
    expect(Buffer.from(x).equals(Buffer.from(b[i] as Uint8Array)), `e-mail ${i}`).toBe(true);
};

describe('lettersThreads (issue 14)', () => {
  it('has its worker built', () => {
    expect(existsSync(lettersWorkerFile()), 'pnpm build first: the thread runs dist/').toBe(true);
  });

  test.prop([fc.array(input, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 3 })], {
    numRuns: 12,
  })(
    'composes, in one to three threads, the very bytes composed here, in the same order',
    async (inputs, threads) => {
      const pool = lettersThreads({ threads });
      expect(pool).toBeDefined();
      try {
        same(await (pool?.composeEmails(inputs) ?? []), await composeEmails(inputs));
      } finally {
        await pool?.close();
      }
    },
    60_000,
  );

  it('composes here after all when its thread cannot run (a worker file that is no worker), nothing for no e-mails', async () => {
    const notAWorker = fileURLToPath(new URL('./email.ts', import.meta.url));
    const pool = lettersThreads({ workerFile: notAWorker });
    const inputs = fc.sample(input, { numRuns: 3, seed: 7 });
    try {
      expect(await pool?.composeEmails([])).toEqual([]);
      same(await (pool?.composeEmails(inputs) ?? []), await composeEmails(inputs));
    } finally {
      await pool?.close();
    }
  });

  it('rejects as composing here does when an e-mail cannot be made (an invalid date)', async () => {
    const [good] = fc.sample(input, { numRuns: 1, seed: 3 }) as [EmailInput];
    const bad = [good, { ...good, date: new Date(Number.NaN) }];
    const pool = lettersThreads();
    try {
      await expect(composeEmails(bad)).rejects.toThrow(/Invalid time value/);
      await expect(pool?.composeEmails(bad)).rejects.toThrow(/Invalid time value/);
      // the pool still works after a failed task
      same(await (pool?.composeEmails([good]) ?? []), await composeEmails([good]));
    } finally {
      await pool?.close();
    }
  });

  it('is not there without the built worker', () => {
    expect(lettersThreads({ workerFile: '/nonexistent/letters-worker.js' })).toBeUndefined();
  });
});
