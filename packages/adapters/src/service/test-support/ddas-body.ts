// A small DDAS v1.2 delivery for the service's tests: one levering of a municipality with two
// signals of one household and their case in a month, contact attempts and a result. Not part of
// the public API.
import type { Uitwisselmodel } from '../../ddas/types';

/** A delivery of `code` (`0363` or `GM0363`) with one case in `month` (`YYYY-MM`). */
export function smallDdasDelivery(code: string, month: string): Uitwisselmodel {
  const signal = (ID: string, type: 'Zorg' | 'Energie') => ({
    ID,
    crisissignaal: false,
    warmeOverdracht: false,
    bedrag: 312,
    ontstaansdatum: `${month}-02`,
    signaaldatum: `${month}-20`,
    status: 'Opgepakt' as const,
    signaalpartner: { type },
    client: { postcode: '7412AB', huisnummer: '12' },
  });
  return {
    startdatumLevering: `${month}-01`,
    einddatumLevering: `${month}-28`,
    aanleverdatumEnTijd: '2026-11-03T07:00:00Z',
    codeGegevensleverancier: 'OTHER-PLATFORM',
    leveringen: [
      {
        teller: 1,
        gemeentecode: code.startsWith('GM') ? code : `GM${code}`,
        aanleverendeOrganisatie: { naam: 'Schuldhulp Voorbeeldstad' },
        vroegsignalen: [signal(`ZV-${month}`, 'Zorg'), signal(`EN-${month}`, 'Energie')],
        vroegsignaalzaken: [
          {
            matchingsdatum: `${month}-26`,
            startdatumMatchingperiode: `${month}-01`,
            einddatumMatchingperiode: `${month}-28`,
            datumOpgepakt: `${month}-26`,
            vroegsignalen: [{ ID: `ZV-${month}` }, { ID: `EN-${month}` }],
            contactpogingen: [
              { soort: 'Telefoon', bereikt: false, datum: `${month}-27`, dagdeel: 'Ochtend' },
              { soort: 'Huisbezoek', bereikt: true, datum: `${month}-28`, dagdeel: 'Avond' },
            ],
            resultaat: '(Budget)advies en/of quick fix',
          },
        ],
      },
    ],
  };
}
