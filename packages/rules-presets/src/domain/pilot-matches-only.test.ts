// Issue 13 (domain): in the pilot only matches reach the municipality, crisis signals included.
// pilot-ouder-amstel-uithoorn-2019, section 1.3: "VPS combineert deze gegevens en bepaalt op welke
// adressen sprake is van een samenloop van kortlopende schulden: een match. Alleen deze meldingen
// worden op de 'signaallijst' bij de schuldhulpverlener van Duo+ aangeleverd." The source makes no
// exception for an eviction signal, so an eviction alone is not delivered.
import { describe, expect, it } from 'vitest';
import { caseAt, plan, sig } from '../municipality/practices/builders-b.test-support';

const lookups = { debtAssistance: { isKnown: async () => false } };

describe('pilot: "Alleen deze meldingen worden op de \'signaallijst\' … aangeleverd" (pilot-ouder-amstel-uithoorn-2019)', () => {
  it('an eviction signal alone is no match and is not picked up', async () => {
    const m = await plan(
      'pilot-ouder-amstel-uithoorn',
      [sig('A', 'rent', 150_000, { house: 1, kind: 'eviction' })],
      {
        lookups,
      },
    );
    const j = caseAt(m, 1);
    expect(j.match.isMatch).toBe(false);
    expect(j.intake.signalStatus).toBe('Niet opgepakt: andere reden');
    expect(j.intake.crisis).toBeUndefined();
    expect(j.allocation).toBeUndefined();
  });

  it('an eviction in a match is delivered, and is still a threatening situation (Wgs: 3 working days)', async () => {
    const m = await plan(
      'pilot-ouder-amstel-uithoorn',
      [sig('A', 'rent', 150_000, { house: 1, kind: 'eviction' }), sig('B', 'energy', 20_000, { house: 1 })],
      { lookups },
    );
    const j = caseAt(m, 1);
    expect(j.match.isMatch).toBe(true);
    expect(j.intake.signalStatus).toBe('Opgepakt');
    expect(j.intake.crisis?.kinds).toEqual(['eviction']);
  });
});
