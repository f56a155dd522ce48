// Template sets of `signaalreis letters` (issue 15): one Handlebars file per written channel and
// situation (vocabulary.ts). A set is checked before anything is rendered — its syntax, and that it
// uses only the variables of its part (no creditor or amount where others may read it) and only
// {{#if}} and {{#unless}} — so that a bad template is one clear problem with its file and line,
// never a half-made batch. Rendering is plain text; the PDF and e-mail writers lay it out.
import { didYouMean, fail, type Issue, issue, ok, type Result } from '@signaalreis/core';

import { TEMPLATE_MESSAGES as M } from './messages';
import { OPEN_PARTS, type Situation, TEMPLATE_FILES, type TemplatePart } from './vocabulary';

/**
 * Longest template file read, in characters (project default: a letter of a few pages is far
 * shorter); a longer one is refused (`template_too_long`).
 *
 * @example
 * ```ts
 * import { TEMPLATE_MAX_LENGTH } from '@signaalreis/adapters/letters';
 * const fits = (text: string) => text.length <= TEMPLATE_MAX_LENGTH; // 20,000
 * ```
 */
export const TEMPLATE_MAX_LENGTH = 20_000;

/**
 * The variables every template may use: the municipality's details from the preset's `contact`
 * block, the resident's name, the date, the case's reference and its crisis deadline (empty when
 * it has none).
 *
 * @example
 * ```ts
 * import { OPEN_VARIABLES } from '@signaalreis/adapters/letters';
 * OPEN_VARIABLES.includes('municipality.phone'); // true
 * ```
 */
export const OPEN_VARIABLES = [
  'municipality.name',
  'municipality.team',
  'municipality.phone',
  'municipality.email',
  'municipality.website',
  'municipality.postalAddress',
  'municipality.openingHours',
  'municipality.privacy',
  'municipality.privacyUrl',
  'resident.name',
  'date',
  'reference',
  'deadline',
] as const;

/**
 * The variables only a letter and an e-mail's body may use (they reach the resident alone): the
 * creditors' names, how many there are, and the total amount.
 *
 * @example
 * ```ts
 * import { PRIVATE_VARIABLES } from '@signaalreis/adapters/letters';
 * PRIVATE_VARIABLES; // ['creditors', 'creditorCount', 'amount']
 * ```
 */
export const PRIVATE_VARIABLES = ['creditors', 'creditorCount', 'amount'] as const;

/** The values of a template's variables (every one a string, so that a template never prints `undefined`). */
export type TemplateValues = Record<
  (typeof OPEN_VARIABLES)[number] | (typeof PRIVATE_VARIABLES)[number],
  string
>;

type Render = (context: Record<string, unknown>) => string;

/**
 * A checked template set: renders the text of a part for a situation.
 *
 * @example
 * ```ts
 * import type { TemplateSet } from '@signaalreis/adapters/letters';
 * declare const set: TemplateSet;
 * declare const values: Parameters<TemplateSet['render']>[2];
 * set.render('sms', 'single', values); // the SMS text
 * ```
 */
export interface TemplateSet {
  render(part: TemplatePart, situation: Situation, values: TemplateValues): string;
}

type Node = hbs.AST.Node & { loc?: hbs.AST.SourceLocation };
type Path = hbs.AST.PathExpression;

const isPath = (n: unknown): n is Path => (n as Node | undefined)?.type === 'PathExpression';
const lineOf = (n: Node) => n.loc?.start.line ?? 1;

/** The problems of one parsed template: variables outside its part's list, and anything but {{x}}, #if and #unless. */
function astIssues(program: hbs.AST.Program, file: string, allowed: ReadonlySet<string>): Issue[] {
  const out: Issue[] = [];
  const at = (n: Node) => [file, lineOf(n)];
  const variable = (p: unknown, n: Node) => {
    if (!isPath(p) || p.data || p.depth > 0 || p.original === 'this' || p.original.startsWith('this.')) {
      out.push(
        issue('template_not_allowed', at(n), M.notAllowed(file, lineOf(n), isPath(p) ? p.original : '…')),
      );
      return;
    }
    if (allowed.has(p.original)) return;
    if ((PRIVATE_VARIABLES as readonly string[]).includes(p.original))
      out.push(issue('template_private_variable', at(n), M.privateVariable(file, lineOf(n), p.original)));
    else
      out.push(
        issue(
          'template_unknown_variable',
          at(n),
          M.unknownVariable(file, lineOf(n), p.original, didYouMean(p.original, allowed).slice(0, 2)),
        ),
      );
  };
  const walk = (body: readonly hbs.AST.Statement[]) => {
    for (const s of body as Node[]) {
      if (s.type === 'ContentStatement' || s.type === 'CommentStatement') continue;
      if (s.type === 'MustacheStatement') {
        const m = s as hbs.AST.MustacheStatement;
        if (m.params.length > 0 || m.hash)
          out.push(
            issue(
              'template_not_allowed',
              at(s),
              M.notAllowed(file, lineOf(s), `{{${isPath(m.path) ? m.path.original : '…'} …}}`),
            ),
          );
        else variable(m.path, s);
      } else if (s.type === 'BlockStatement') {
        const b = s as hbs.AST.BlockStatement;
        const helper = isPath(b.path) ? b.path.original : '';
        if ((helper !== 'if' && helper !== 'unless') || b.params.length !== 1 || b.hash)
          out.push(
            issue('template_not_allowed', at(s), M.notAllowed(file, lineOf(s), `{{#${helper || '…'}}}`)),
          );
        else variable(b.params[0], s);
        walk(b.program?.body ?? []);
        walk(b.inverse?.body ?? []);
      } else out.push(issue('template_not_allowed', at(s), M.notAllowed(file, lineOf(s), s.type)));
    }
  };
  walk(program.body);
  return out;
}

/** The line a Handlebars parse error names ("Parse error on line 3:"), else 1. */
const errorLine = (e: unknown): number => {
  const hash = (e as { hash?: { loc?: { first_line?: number } } }).hash;
  const m = /line (\d+)/.exec(String((e as Error).message));
  return hash?.loc?.first_line ?? (m ? Number(m[1]) : 1);
};

/**
 * Checks and compiles a template set from its files (file name → text; a missing file is
 * `undefined`). Every problem is an issue whose path is `[file, line]`: `template_missing`,
 * `template_empty`, `template_too_long`, `template_syntax`, `template_unknown_variable` (with a
 * did-you-mean), `template_private_variable` (a creditor or amount on a card, an SMS or an e-mail's
 * subject) and `template_not_allowed` (anything but `{{variable}}`, `{{#if}}` and `{{#unless}}`:
 * no partials, no other helpers, no `this` or `../`).
 *
 * @example
 * ```ts
 * import { defaultTemplates, loadTemplates } from '@signaalreis/adapters/letters';
 * const files = { ...defaultTemplates('nl'), 'card-single.hbs': 'U heeft een achterstand bij {{creditors}}.' };
 * const r = await loadTemplates(files);
 * if (!r.ok) r.issues[0]?.code; // 'template_private_variable' — a card may not name the creditor
 * ```
 */
export async function loadTemplates(
  files: Readonly<Record<string, string | undefined>>,
): Promise<Result<TemplateSet>> {
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  const issues: Issue[] = [];
  const compiled = new Map<string, Render>();
  for (const { part, file } of TEMPLATE_FILES) {
    const text = files[file];
    if (text === undefined) {
      issues.push(issue('template_missing', [file], M.missing(file)));
      continue;
    }
    if (text.trim() === '') {
      issues.push(issue('template_empty', [file], M.empty(file)));
      continue;
    }
    if (text.length > TEMPLATE_MAX_LENGTH) {
      issues.push(issue('template_too_long', [file], M.tooLong(file, TEMPLATE_MAX_LENGTH)));
      continue;
    }
    let program: hbs.AST.Program;
    try {
      program = hb.parse(text);
    } catch (e) {
      const line = errorLine(e);
      const detail =
        String((e as Error).message)
          .split('\n')
          .pop() ?? '';
      issues.push(issue('template_syntax', [file, line], M.syntax(file, line, detail)));
      continue;
    }
    const allowed = new Set<string>([
      ...OPEN_VARIABLES,
      ...(OPEN_PARTS.includes(part) ? [] : PRIVATE_VARIABLES),
    ]);
    const found = astIssues(program, file, allowed);
    if (part === 'sms' && /\n\s*\n/.test(text.trim()))
      found.push(issue('template_sms_lines', [file], M.smsLines(file)));
    issues.push(...found);
    if (found.length === 0)
      compiled.set(
        file,
        hb.compile(text, {
          noEscape: true,
          strict: true,
          knownHelpersOnly: true,
          knownHelpers: { if: true, unless: true },
        }) as Render,
      );
  }
  if (issues.length > 0) return fail(issues);
  return ok({
    render(part, situation, values) {
      const file = TEMPLATE_FILES.find((t) => t.part === part && t.situation === situation)?.file ?? '';
      const render = compiled.get(file);
      if (!render) throw new Error(`unreachable: no compiled template ${file}`);
      return render(nested(values));
    },
  });
}

/** `{ 'municipality.name': x }` → `{ municipality: { name: x } }`, the shape a template's paths read. */
function nested(values: TemplateValues): Record<string, unknown> {
  const out: Record<string, Record<string, string> | string> = {};
  for (const [key, value] of Object.entries(values)) {
    const dot = key.indexOf('.');
    if (dot < 0) {
      out[key] = value;
      continue;
    }
    const head = key.slice(0, dot);
    const inner = out[head];
    if (typeof inner === 'object') inner[key.slice(dot + 1)] = value;
    else out[head] = { [key.slice(dot + 1)]: value };
  }
  return out;
}
