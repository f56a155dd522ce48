// The zod schemas the routes share: path and query parameters, and the problem body. They are
// the request validation and the OpenAPI document at once.

import { z } from '@hono/zod-openapi';
import {
  CASE_ID_PATTERN,
  CaseIdSchema,
  IsoDateSchema,
  IsoMonthSchema,
  MunicipalityCodeSchema,
  PartnerIdSchema,
  zodMessage,
} from '@signaalreis/core';

/** Dutch and English text. */
export const BilingualSchema = z.object({ nl: z.string(), en: z.string() });

/** A core issue: code, path, message in Dutch and English. */
export const IssueSchema = z
  .object({
    code: z.string(),
    path: z.array(z.union([z.string(), z.number()])),
    message: BilingualSchema,
    line: z.number().int().optional(),
  })
  .openapi('Issue');

/** An RFC 9457 problem with the core issues. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:signaalreis:problem:not_found' }),
    title: z.string().openapi({ example: 'Niet gevonden' }),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    issues: z.array(IssueSchema).optional(),
  })
  .openapi('Problem');

const code = MunicipalityCodeSchema.meta({
  param: { name: 'code', in: 'path' },
  description: 'CBS municipality code, four digits',
  example: '0363',
});
const month = IsoMonthSchema.meta({
  param: { name: 'month', in: 'path' },
  description: 'YYYY-MM',
  example: '2026-10',
});

/** `{code}`. */
export const CodeParams = z.object({ code });
/** `{code}` and `{month}`. */
export const MonthParams = z.object({ code, month });
/**
 * `{code}` and `{caseId}`: a case id of the form `2026-10-0001` (digits and hyphens, no escaping).
 * The older form month / household key of a store written before issue 12 holds an address and
 * never goes into a URL (docs/security.md): refused here like any other value that is no case id.
 */
export const CaseParams = z.object({
  code,
  // the URL's form first, then the case id's own checks on what has it: one issue for a bad id
  caseId: z
    .string()
    .regex(CASE_ID_PATTERN, {
      message: zodMessage({
        nl: 'Verwacht een zaak-id JJJJ-MM-NNNN, zoals 2026-10-0001',
        en: 'Expected a case id YYYY-MM-NNNN, such as 2026-10-0001',
      }),
    })
    .pipe(CaseIdSchema)
    .meta({
      param: { name: 'caseId', in: 'path' },
      description: 'the case id as the case list gives it: the month and a number, `2026-10-0001`',
      example: '2026-10-0001',
    }),
});
/** `?partner=`. */
export const PartnerQuery = z.object({
  partner: PartnerIdSchema.meta({ param: { name: 'partner', in: 'query' }, example: 'EN-WKR' }),
});
/** `?from=&to=[&organisation=][&supplier=]` of the DDAS export. */
export const PeriodQuery = z.object({
  from: IsoDateSchema.meta({ param: { name: 'from', in: 'query' }, example: '2026-08-01' }),
  to: IsoDateSchema.meta({ param: { name: 'to', in: 'query' }, example: '2026-10-31' }),
  organisation: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: 'organisation', in: 'query' }, example: 'Gemeente Voorbeeldstad' }),
  supplier: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional()
    .openapi({ param: { name: 'supplier', in: 'query' }, example: 'SIGNAALREIS' }),
});
/** `{id}` of a preset. */
export const PresetParams = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'type-medium' }),
});
