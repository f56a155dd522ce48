// Rendering of the panels beside the editor: problems, differences, test results and the sample
// month's summary. Text is always set as text (never as HTML): presets are untrusted input.
import type { Bilingual, Lang } from '@signaalreis/core';
import type { PresetChange, PresetTestResult } from '@signaalreis/rules-presets';
import type { Problem } from './analysis';
import type { MonthSummary } from './summary';
import { T } from './texts';

type Child = Node | string | undefined | false;

/** A DOM element with attributes and children (strings become text nodes). */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== undefined && c !== false) e.append(c);
  return e;
}

/** The problems as a list; each entry is a button that puts the cursor on the problem. */
export function renderProblems(
  target: HTMLElement,
  problems: readonly Problem[],
  lang: Lang,
  jump: (pos: number) => void,
): void {
  target.replaceChildren(
    ...problems.map((p) => {
      const where = T.problemAt(p.line, p.column)[lang];
      const source = p.source === 'schema' ? T.sourceSchema[lang] : T.sourceLoader[lang];
      const button = el('button', { type: 'button', class: 'link' }, where);
      button.addEventListener('click', () => jump(p.from));
      return el(
        'li',
        { 'data-code': p.code, 'data-source': p.source },
        button,
        ': ',
        p.message[lang],
        el('span', { class: 'muted' }, ` (${source}, ${p.code})`),
      );
    }),
  );
}

/** The differences with the original, one sentence each. */
export function renderDiff(
  target: HTMLElement,
  baseId: string,
  changes: readonly PresetChange[],
  lang: Lang,
): void {
  target.replaceChildren(
    el('p', {}, T.diffBase(baseId)[lang]),
    changes.length === 0
      ? el('p', { class: 'muted' }, T.noDiff[lang])
      : el(
          'ul',
          { class: 'diff' },
          ...changes.map((c) => el('li', { 'data-kind': c.kind, 'data-path': c.path }, c[lang])),
        ),
  );
}

/** A line of muted text in a panel (not loaded, running …). */
export function renderNote(target: HTMLElement, text: Bilingual, lang: Lang): void {
  target.replaceChildren(el('p', { class: 'muted' }, text[lang]));
}

/** The embedded tests' results: a count, then each test with what differed. */
export function renderTests(target: HTMLElement, results: readonly PresetTestResult[], lang: Lang): void {
  if (results.length === 0) {
    renderNote(target, T.noTests, lang);
    return;
  }
  const failed = results.filter((r) => !r.passed).length;
  target.replaceChildren(
    el(
      'p',
      { class: failed ? 'bad summary' : 'good summary', 'data-failed': String(failed) },
      T.testsSummary(results.length - failed, failed)[lang],
    ),
    el(
      'ul',
      { class: 'tests' },
      ...results.map((r) =>
        el(
          'li',
          { class: r.passed ? 'good' : 'bad' },
          el('strong', {}, r.passed ? `✓ ${T.pass[lang]}` : `✗ ${T.fail[lang]}`),
          ` ${r.name}`,
          r.source ? el('span', { class: 'muted' }, ` (${r.source})`) : undefined,
          r.failures.length > 0 ? el('ul', {}, ...r.failures.map((f) => el('li', {}, f[lang]))) : undefined,
        ),
      ),
    ),
  );
}

/** A table with a caption, in a box that scrolls sideways on a narrow screen. */
function table(name: string, caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  const t = el(
    'table',
    { 'data-table': name },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, String(c)))))),
  );
  return el('div', { class: 'scroll' }, t);
}

/** The sample month's summary: counts, per bucket, per channel, capacity and the first worklist lines. */
export function renderMonth(
  target: HTMLElement,
  s: MonthSummary,
  input: { signals: number; history: number },
  lang: Lang,
): void {
  const c = T.col;
  target.replaceChildren(
    el(
      'ul',
      { class: 'counts' },
      el('li', {}, T.monthInput(input.signals, input.history, s.decidedOn)[lang]),
      el('li', { 'data-count': 'cases' }, T.monthCases(s.cases, s.matches)[lang]),
      el(
        'li',
        { 'data-count': 'intake' },
        T.monthIntake(s.pickedUp, s.crisis, s.manualReview, s.notPickedUp)[lang],
      ),
      s.warnings.length > 0 && el('li', {}, T.warnings(s.warnings.length)[lang]),
    ),
    el(
      'div',
      { class: 'tables' },
      table(
        'bucket',
        T.byBucket[lang],
        [c.bucket[lang], T.count[lang]],
        s.byBucket.map((b) => [b.bucket[lang], b.count]),
      ),
      table(
        'channel',
        T.byChannel[lang],
        [c.channel[lang], c.team[lang], T.count[lang]],
        s.byChannel.map((b) => [b.channel[lang], b.team[lang], b.count]),
      ),
    ),
    table(
      'capacity',
      T.capacity[lang],
      [c.channel[lang], c.team[lang], c.perMonth[lang], c.used[lang], c.overflowOut[lang], c.unplaced[lang]],
      s.capacity.map((u) => [
        u.channel[lang],
        u.team[lang],
        u.perMonth ?? T.noLimit[lang],
        u.used,
        u.overflowedOut,
        u.unplaced,
      ]),
    ),
    table(
      'worklist',
      T.worklist(s.worklist.length, s.worklistTotal)[lang],
      [c.caseId, c.bucket, c.channel, c.team, c.deadline, c.name, c.phone, c.email, c.amount].map(
        (h) => h[lang],
      ),
      s.worklist.map((w) => [
        w.caseId,
        w.bucket[lang],
        w.channel[lang],
        w.team[lang],
        w.deadline,
        w.name,
        w.phone,
        w.email,
        w.amount,
      ]),
    ),
  );
}
