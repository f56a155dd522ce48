// The one place where the command line picks its language: `--lang nl|en` (a global option of every
// command), else the locale (LC_ALL, then LC_MESSAGES, then LANG: starting with `en` → English),
// else Dutch. Every text an officer reads exists in Dutch and English (`Bilingual`, in
// ./messages/ and the modules' messages.ts files) and is picked here.
import type { Bilingual, Issue, Lang } from '@signaalreis/core';
import { csvIssuePlace } from '../csv/issues';
import type { CliIo } from './io';
import { FILE_MESSAGES } from './messages/files';

/** The language of the command line when neither `--lang` nor the locale asks for another: Dutch. */
export const DEFAULT_CLI_LANG: Lang = 'nl';

/** The languages `--lang` takes. */
export const CLI_LANGS: readonly Lang[] = ['nl', 'en'];

/** The language `io` prints in. */
export const cliLang = (io: Pick<CliIo, 'lang'>): Lang => io.lang ?? DEFAULT_CLI_LANG;

/** A bilingual text in the command line's language. */
export const say = (lang: Lang, text: Bilingual): string => text[lang];

/** An issue's message in the command line's language. */
export const issueText = (lang: Lang, issue: Pick<Issue, 'message'>): string => issue.message[lang];

/**
 * The Dutch half of a text, whatever the language asked for. Only for texts that have always been
 * Dutch for a reason of their own; officer-facing output follows {@link cliLang} instead.
 */
export const dutch = (text: Bilingual): string => text.nl;

/**
 * The language the locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and
 * not empty decides (POSIX order); a value starting with `en` (`en_GB.UTF-8`, `en`) is English,
 * anything else (`nl_NL.UTF-8`, `C`, `POSIX`) or nothing set is Dutch.
 */
export function localeLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return value !== undefined && /^en(?:[_.@-]|$)/i.test(value) ? 'en' : 'nl';
}

/**
 * The `--lang` of a command line (`--lang en` or `--lang=en`, anywhere before `--`): the language,
 * or `bad` with the value that is not `nl` or `en`; `{}` when it is not given.
 */
export function langArg(args: readonly string[]): { lang?: Lang; bad?: string } {
  let found: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] as string;
    if (a === '--') break;
    if (a === '--lang') {
      found = args[i + 1] ?? '';
      i += 1;
    } else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  if (found === undefined) return {};
  return (CLI_LANGS as readonly string[]).includes(found) ? { lang: found as Lang } : { bad: found };
}

/** An entry of a message catalogue: a text, or a function that makes one from its arguments. */
// biome-ignore lint/suspicious/noExplicitAny: the arguments of each message are its own
export type MessageEntry = Bilingual | ((...args: any[]) => Bilingual);

/** A catalogue in one language: each text a string, each function returning a string. */
export type Localized<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => Bilingual ? (...args: A) => string : string;
};

/** A message catalogue in the command line's language (`t.stored(…)` instead of `M.stored(…)[lang]`). */
export function localize<T extends Record<string, MessageEntry>>(messages: T, lang: Lang): Localized<T> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(messages))
    out[key] = typeof entry === 'function' ? (...args: unknown[]) => entry(...args)[lang] : entry[lang];
  return out as Localized<T>;
}

/**
 * Why a lookup file (`--register`, `--debt-assistance`, `--addresses`) is refused, as one line: its
 * first problem with the row, line and column it is in, and how many more there are — the whole
 * file is refused, so the officer mends it and runs again. A problem of the file as a whole (no
 * row) names the file alone.
 */
export function lookupRefusal(lang: Lang, file: string, issues: readonly Issue[]): string {
  const [first, ...rest] = issues;
  if (!first) return file;
  const { row, column } = csvIssuePlace(first);
  const where = row > 0 ? FILE_MESSAGES.lookupPlace(file, row, first.line ?? 0, column)[lang] : file;
  return `${where}: ${first.message[lang]}${rest.length > 0 || row > 0 ? FILE_MESSAGES.lookupRefused(rest.length)[lang] : ''}`;
}
