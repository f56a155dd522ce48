// The messages of DDAS-VS as zod schemas (standards/ddas-vs-api, DDAS-VS.yaml 1.0.0), from which
// @hono/zod-openapi makes the OpenAPI document: GegevensRequest (no other fields: `.strict()` is
// `additionalProperties: false`), the response, Paginering, FscError and ProblemDetails.
import { z } from '@hono/zod-openapi';
import { TEXT_LIMITS } from '@signaalreis/core';
import { DDAS_SCHEMA_ID } from '../../ddas/schema';
import { DDAS_VS_MESSAGES as M } from './messages';

const datum = z.iso.date().openapi({ example: '2025-01-01' });

/**
 * The request of `POST /gegevens` (`GegevensRequest`): the period (both days included), the
 * delivering organisation by name, and optionally the page (≥ 1) and page size (≥ 1). No other
 * fields; the start may not lie after the end.
 *
 * @example
 * ```ts
 * import { GegevensRequestSchema } from '@signaalreis/adapters/service';
 * const r = GegevensRequestSchema.safeParse({
 *   aanleverperiodeStartdatum: '2025-01-01',
 *   aanleverperiodeEinddatum: '2025-12-31',
 *   aanleverende_organisatie: 'Gemeente Voorbeeldstad',
 *   pagesize: 25_000, // misspelt: refused (unrecognized key), not ignored
 * });
 * r.success; // false
 * ```
 */
export const GegevensRequestSchema = z
  .object({
    aanleverperiodeStartdatum: datum,
    aanleverperiodeEinddatum: datum.openapi({ example: '2025-12-31' }),
    aanleverende_organisatie: z
      .string()
      .min(1)
      .max(TEXT_LIMITS.label)
      .openapi({ example: 'Gemeente Voorbeeldstad' }),
    page: z.int().min(1).optional().openapi({ example: 1 }),
    pageSize: z.int().min(1).optional().openapi({ example: 25_000 }),
  })
  .strict()
  .refine((r) => r.aanleverperiodeStartdatum <= r.aanleverperiodeEinddatum, {
    path: ['aanleverperiodeEinddatum'],
    params: { code: 'period_order' },
    message: M.issuePeriodOrder.en,
  })
  .openapi('GegevensRequest');

/** A valid request of `POST /gegevens`. */
export type GegevensRequest = z.infer<typeof GegevensRequestSchema>;

export const PagineringSchema = z
  .object({
    pageSize: z.int().min(1),
    currentPage: z.int().min(1),
    totalPages: z.int().min(1),
    totalRecords: z.int().min(0).openapi({ description: 'Number of vroegsignalen in the delivery' }),
  })
  .openapi('Paginering');

export const GegevensResponseSchema = z
  .object({
    gegevens: z
      .record(z.string(), z.unknown())
      .openapi({ description: `An Uitwisselmodel, valid against ${DDAS_SCHEMA_ID}` }),
    paginering: PagineringSchema.optional(),
  })
  .openapi('GegevensResponse');

export const FscErrorSchema = z
  .object({
    code: z.string().openapi({ example: 'ERROR_CODE_ACCESS_TOKEN_MISSING' }),
    domain: z.enum(['ERROR_DOMAIN_INWAY', 'ERROR_DOMAIN_OUTWAY']),
    title: z.string().optional(),
    detail: z.string().optional(),
    status: z.int().optional(),
  })
  .openapi('FscError');

export const ProblemDetailsSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    issues: z
      .array(
        z.object({
          code: z.string(),
          path: z.array(z.union([z.string(), z.number()])),
          message: z.object({ nl: z.string(), en: z.string() }),
        }),
      )
      .optional(),
  })
  .openapi('ProblemDetails');
