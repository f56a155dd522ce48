// The parameters' tables of simulation.html name what an officer or researcher reads: a built-in
// team of a reach factor by its label (seen: `Factor bereik team neighbourhood-team` on the Dutch page).
import { DEFAULT_OUTCOME_PARAMETERS, type OutcomeParameters } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { outcomeTable } from './tables';

const withTeams: OutcomeParameters = {
  ...DEFAULT_OUTCOME_PARAMETERS,
  reach: {
    ...DEFAULT_OUTCOME_PARAMETERS.reach,
    byTeam: {
      'neighbourhood-team': { factor: 1.2, source: 'project default' },
      'schuldhulp-noord': { factor: 0.9, source: 'project default' },
    },
  },
};

describe('outcomeTable', () => {
  it("names a team's reach factor by the team's label; a team it does not know by its id", () => {
    const headers = (lang: 'nl' | 'en') => outcomeTable(withTeams, lang).rows.map((r) => r.header);
    expect(headers('nl')).toContain('Factor bereik team wijkteam');
    expect(headers('nl')).toContain('Factor bereik team schuldhulp-noord');
    expect(headers('en')).toContain('Reach factor of team neighbourhood team');
    expect(headers('nl').join('\n')).not.toContain('neighbourhood-team');
  });
});
