// The fixed words of the letters, cards and e-mails (issue 15), Dutch and English: what the
// templates do not hold (the address block, the date line, the sender's details).
import type { Bilingual } from '@signaalreis/core';

/** The words of the address block and the resident's name. */
export const RECIPIENT_WORDS = {
  resident: { nl: 'bewoner', en: 'resident' },
  residents: { nl: 'De bewoners', en: 'The residents' },
  and: { nl: ' en ', en: ' and ' },
  houseNumber: { nl: 'Huisnummer', en: 'House number' },
} as const satisfies Record<string, Bilingual>;

/** The words printed beside the template's text on a letter and a card. */
export const LETTER_WORDS = {
  date: { nl: 'Datum', en: 'Date' },
  reference: { nl: 'Ons kenmerk', en: 'Our reference' },
  phone: { nl: 'Telefoon', en: 'Phone' },
  email: { nl: 'E-mail', en: 'E-mail' },
  website: { nl: 'Website', en: 'Website' },
  page: (n: number, of: number): Bilingual => ({ nl: `Pagina ${n} van ${of}`, en: `Page ${n} of ${of}` }),
} as const;
