// A choice the command line takes from an environment variable (SIGNAALREIS_HISTORY_WORKERS,
// SIGNAALREIS_WORKLIST_THREAD, SIGNAALREIS_LETTERS_THREADS): one of its values, the default when it is
// unset or empty, and any other value one user error (exit 2) naming the values.
import { type CliIo, CliUserError } from './io';
import { cliLang } from './lang';
import { COMMON_MESSAGES as M } from './messages/common';

/**
 * The value of `name` in `env` when it is one of `values`; `fallback` when unset or empty. Any other
 * value throws a {@link CliUserError}: `NAME="value" is onbekend: gebruik a, b, c (of laat de variabele leeg)`.
 */
export function envChoice(
  io: Pick<CliIo, 'lang'>,
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  values: readonly string[],
  fallback = 'auto',
): string {
  const asked = env[name];
  if (asked && !values.includes(asked))
    throw new CliUserError(M.badEnvChoice(name, asked, values.join(', '))[cliLang(io)]);
  return asked || fallback;
}
