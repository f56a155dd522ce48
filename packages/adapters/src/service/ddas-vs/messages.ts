// Every text of the DDAS-VS endpoint in one place: titles and details of the FSC errors and the
// problem details CBS receives, and the sentences of request issues (Dutch and English). They name
// fields and limits, never a value of a delivery; a value of a request is shown as an excerpt only.
import { type Bilingual, excerpt } from '@signaalreis/core';

type B = Bilingual;

/**
 * The titles of the FSC errors, in English only: CBS reads them through the FSC protocol, not an
 * officer (docs/service-ddas-vs.md). They name fields and limits, never a value of a request.
 */
export const DDAS_VS_FSC_TITLES = {
  tokenMissing: 'No bearer access token in the Authorization header',
  tokenInvalid: 'The access token is not valid for this service',
  tokenExpired: 'The access token has expired or is not valid yet',
  keysUnavailable:
    "The token issuer's keys (JWKS) cannot be reached now, so no token can be checked; try again later",
  scopeMissing: (scope: string) => `The access token does not grant the scope "${scope}"`,
  serviceNotFound: 'This service offers POST /gegevens only',
  methodUnsupported: (method: string) =>
    `Method ${excerpt(method, 16)} is not supported here; use POST /gegevens`,
  badJson: 'The request body is not JSON',
  notJson: 'The request body must be application/json',
  tooLarge: (bytes: number) => `The request body is larger than ${bytes} bytes`,
  invalidRequest: 'The request does not match GegevensRequest',
  unknownOrganisation: 'This provider does not deliver for that organisation',
  rateLimited: (requests: number, seconds: number) =>
    `More than ${requests} requests in ${seconds} seconds; try again later`,
  serverError: 'The delivery could not be made; the provider has been told',
  invalidDelivery: 'The delivery did not validate against the DDAS v1.2 schema; nothing was sent',
} as const;

/** The sentences of request issues, in Dutch and English (a value is shown as an excerpt only). */
export const DDAS_VS_TEXTS = {
  // zod issues, in words of our own: zod's texts may echo values
  issueType: (expected: string): B => ({ nl: `moet ${expected} zijn`, en: `must be ${expected}` }),
  issueUnknownKeys: (keys: readonly string[]): B => ({
    nl: `niet toegestaan: ${keys.map((k) => `"${excerpt(k)}"`).join(', ')} (GegevensRequest heeft geen andere velden)`,
    en: `not allowed: ${keys.map((k) => `"${excerpt(k)}"`).join(', ')} (GegevensRequest has no other fields)`,
  }),
  issueTooSmall: (minimum: string): B => ({
    nl: `moet minstens ${minimum} zijn`,
    en: `must be at least ${minimum}`,
  }),
  issueTooBig: (maximum: string): B => ({
    nl: `mag hoogstens ${maximum} zijn`,
    en: `must be at most ${maximum}`,
  }),
  issueDate: { nl: 'moet een datum zijn (JJJJ-MM-DD)', en: 'must be a date (YYYY-MM-DD)' } as B,
  issueOther: { nl: 'heeft een waarde die hier niet kan', en: 'has a value that is not allowed here' } as B,
  issuePeriodOrder: {
    nl: 'de startdatum ligt na de einddatum',
    en: 'the start date is after the end date',
  } as B,
  issueUnknownOrganisation: {
    nl: 'voor deze organisatie levert deze aanbieder niet',
    en: 'this provider does not deliver for this organisation',
  } as B,
} as const;

/** Texts of the DDAS-VS endpoint: the FSC titles and the request-issue sentences. */
export const DDAS_VS_MESSAGES = { ...DDAS_VS_FSC_TITLES, ...DDAS_VS_TEXTS } as const;
