// Every text of the monthly report's figures, in one place (Dutch B1 for officers, and English).
// No personal data: months, counts and lifecycle status ids only.
import type { Bilingual } from '../model/text';

/** The texts of the monthly report's issues. */
export const REPORT_MESSAGES = {
  badMonth: {
    nl: 'Verwacht een maand JJJJ-MM, zoals 2026-10',
    en: 'Expected a month YYYY-MM, such as 2026-10',
  },
  badMonths: (max: number): Bilingual => ({
    nl: `Het aantal maanden van de trend moet een heel getal van 1 tot en met ${max} zijn`,
    en: `The number of months of the trend must be a whole number from 1 to ${max}`,
  }),
  badDay: {
    nl: 'Verwacht een datum JJJJ-MM-DD voor de dag van het rapport',
    en: 'Expected a date YYYY-MM-DD for the day of the report',
  },
  badMinCount: {
    nl: 'Het kleinste getoonde aantal moet een heel getal van 1 of meer zijn',
    en: 'The smallest count shown must be a whole number of 1 or more',
  },
  monthTwice: (month: string, first: number): Bilingual => ({
    nl: `Maand ${month} komt twee keer voor (eerst als nummer ${first + 1}); geef elke maand één keer`,
    en: `Month ${month} is given twice (first as number ${first + 1}); give each month once`,
  }),
  monthMissing: (month: string): Bilingual => ({
    nl: `Er zijn geen zaken van maand ${month}: draai die maand eerst (signaalreis run), of kies een maand met zaken`,
    en: `There are no cases of month ${month}: run that month first (signaalreis run), or choose a month with cases`,
  }),
  trendMonthMissing: (month: string): Bilingual => ({
    nl: `Geen zaken van maand ${month}: de trend laat die maand leeg`,
    en: `No cases of month ${month}: the trend leaves that month empty`,
  }),
  unknownStatus: (statuses: readonly string[]): Bilingual => ({
    nl: `De levensloop kent de status(sen) ${statuses.join(', ')} niet; voor die zaken telt de DDAS-status van de intake`,
    en: `The lifecycle table does not know the status(es) ${statuses.join(', ')}; those cases count with intake's DDAS status`,
  }),
} as const;
