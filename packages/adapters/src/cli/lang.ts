// The one place where the command line picks a language for a text that exists in Dutch and English
// (issue messages, labels, explanations, preset test failures). Switching the default is one change.
import type { Bilingual, Issue, Lang } from '@signaalreis/core';
import type { CliIo } from './io';

/** The language of the command line when {@link CliIo.lang} is not given (English for now). */
export const DEFAULT_CLI_LANG: Lang = 'en';

/** The language `io` prints bilingual texts in. */
export const cliLang = (io: Pick<CliIo, 'lang'>): Lang => io.lang ?? DEFAULT_CLI_LANG;

/** A bilingual text in the command line's language. */
export const say = (lang: Lang, text: Bilingual): string => text[lang];

/** An issue's message in the command line's language. */
export const issueText = (lang: Lang, issue: Pick<Issue, 'message'>): string => issue.message[lang];

/**
 * The Dutch half of a text, whatever the command line's language: what has always been shown in
 * Dutch — the explanation columns of files for officers (case list, criteria decisions) and the
 * Dutch labels of `preset list` and `preset show`. Every such place goes through here.
 */
export const dutch = (text: Bilingual): string => text.nl;
