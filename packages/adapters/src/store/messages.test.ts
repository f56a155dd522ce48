// The store's failure message is read by officers: Dutch throughout by default (the database's own
// reason aside), English on request, for every action the store names.
import { describe, expect, it } from 'vitest';
import { failedIssue } from './errors';
import { STORE_ACTIONS, type StoreAction } from './messages';

const actions = Object.keys(STORE_ACTIONS) as StoreAction[];
/** Words Dutch shares with English. */
const SHARED = new Set(['preset', 'schema']);

describe('a database failure as a message', () => {
  it.each(actions)('"%s" has Dutch words of its own, with "niet" in them', (action) => {
    const dutch = STORE_ACTIONS[action];
    expect(dutch).toMatch(/\bniet\b/);
    // no English word of the phrase left in the Dutch (but for the words both languages have)
    for (const word of action.split(' ').filter((w) => w.length > 3 && !SHARED.has(w)))
      expect(dutch).not.toMatch(new RegExp(`\\b${word}\\b`));
  });

  it('says in Dutch what could not be done, and in English on request', () => {
    const error = Object.assign(new Error('connection terminated unexpectedly'), { code: '57P01' });
    const { message } = failedIssue('store the month', error, []);
    expect(message.nl).toBe(
      'De opslag kon de maand niet opslaan: connection terminated unexpectedly (57P01); er is niets veranderd',
    );
    expect(message.en).toBe(
      'The store could not store the month: connection terminated unexpectedly (57P01); nothing was changed',
    );
  });
});
