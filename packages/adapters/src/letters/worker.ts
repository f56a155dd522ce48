// The worker thread of `signaalreis letters`' pool (issue 14: a national month's 41,000 e-mails were
// composed on the command's thread, ~10 s, while the other core idled): tinypool calls the default
// export with e-mails to compose and gets each one's bytes back, moved (not copied).
// The very same function as in the command's thread: the same bytes. Built apart to
// dist/cli/letters-worker.js (tsup.worker.config.ts); worker threads run built JavaScript only.
import Tinypool from 'tinypool';
import type { EmailInput } from './email';
import { composeEmails } from './email-batch';

/** A task of the letters' thread: e-mails to compose. */
export interface LettersTask {
  emails: EmailInput[];
}

/**
 * Composes a task's e-mails: each one's bytes (a buffer of its own), in the task's order, moved to
 * the pool's thread — tinypool transfers what the value's transferable symbol names, here every
 * buffer, so no e-mail is copied.
 */
export default async function run(task: LettersTask): Promise<ArrayBuffer[]> {
  const buffers = (await composeEmails(task.emails)).map((eml) =>
    // an e-mail's own buffer as it is; a view into a larger one is copied out (not moved with it)
    eml.byteOffset === 0 && eml.byteLength === eml.buffer.byteLength
      ? (eml.buffer as ArrayBuffer)
      : (eml.slice().buffer as ArrayBuffer),
  );
  const moved = { [Tinypool.transferableSymbol]: buffers, [Tinypool.valueSymbol]: buffers };
  // tinypool's types give its symbols as plain `symbol`: this object is its Transferable all the same
  return Tinypool.move(moved as unknown as Parameters<typeof Tinypool.move>[0]) as unknown as ArrayBuffer[];
}
