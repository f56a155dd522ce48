import { describe, expect, it } from 'vitest';
import { issuesOf, testTable } from './fixtures.test-support';
import { runLifecycleExamples } from './index';
import { type LifecycleExample, LifecycleExampleSchema, type LifecycleTable } from './schema';

const example = (json: unknown): LifecycleExample => LifecycleExampleSchema.parse(json);
const withExamples = (...examples: LifecycleExample[]): LifecycleTable => ({ ...testTable(), examples });

const helpThenPause = example({
  name: 'help, then the pause ends',
  start: { at: '2026-10-26' },
  steps: [
    {
      at: '2026-10-27T10:00',
      event: 'accept-help',
      result: '(Budget)advies en/of quick fix',
      followUp: 'quick-fix',
    },
    { at: '2026-11-26', due: true },
  ],
  expect: {
    status: 'helped',
    effects: [
      { type: 'notify-partner', code: 'wants-help' },
      { type: 'collection-pause' },
      { type: 'collection-pause-ended' },
    ],
    feedback: 'wants-help',
  },
});

describe('runLifecycleExamples', () => {
  it('counts the examples that ran when every one passes', () => {
    expect(runLifecycleExamples(withExamples(helpThenPause))).toEqual({ ok: true, value: 1 });
    expect(runLifecycleExamples(testTable())).toEqual({ ok: true, value: 0 });
  });

  it('reports each mismatch with its path, in Dutch and English, with the issues of the steps', () => {
    const wrong = example({ ...helpThenPause, expect: { ...helpThenPause.expect, status: 'closed' } });
    const refused = example({
      name: 'help without follow-up',
      start: { at: '2026-10-26' },
      steps: [{ at: '2026-10-27', event: 'accept-help', result: '(Budget)advies en/of quick fix' }],
      expect: { status: 'open' },
    });
    const issues = issuesOf(runLifecycleExamples(withExamples(helpThenPause, wrong, refused)));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['example_failed', 'examples.1.expect.status'],
      ['example_failed', 'examples.2.expect.issues'],
    ]);
    expect(issues[0]?.message).toEqual({
      nl: 'Voorbeeld "help, then the pause ends": status is "helped", verwacht "closed"',
      en: 'Example "help, then the pause ends": status is "helped", expected "closed"',
    });
    expect(issues[1]?.message.en).toBe(
      'Example "help without follow-up": issues is ["follow_up_required"], expected [] (step 0: Event "accept-help" needs a concrete follow-up)',
    );
    expect(issues[1]?.message.nl).toContain(
      '(stap 0: Gebeurtenis "accept-help" heeft een concrete vervolgstap nodig)',
    );
  });

  it('reports a start the record cannot be made from under the example', () => {
    const ghost = example({
      name: 'x',
      start: { at: '2026-10-26', status: 'x'.repeat(300) },
      steps: [],
      expect: { status: 'open' },
    });
    expect(issuesOf(runLifecycleExamples(withExamples(ghost))).map((i) => i.path.join('.'))).toContain(
      'examples.0.start.input.status',
    );
  });
});
