// The one route of DDAS-VS, `POST /gegevens` (operationId postGegevens), declared with its schemas
// so that @hono/zod-openapi validates the request and writes the OpenAPI document.
import { createRoute } from '@hono/zod-openapi';
import {
  FscErrorSchema,
  GegevensRequestSchema,
  GegevensResponseSchema,
  ProblemDetailsSchema,
} from './schemas';

const fsc = (description: string) => ({
  description,
  headers: { 'Fsc-Error-Code': { schema: { type: 'string' as const } } },
  content: { 'application/json': { schema: FscErrorSchema } },
});
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemDetailsSchema } },
});

/** `POST /gegevens`: GegevensRequest in, `{ gegevens, paginering? }` out, signed. */
export const postGegevens = createRoute({
  method: 'post',
  path: '/gegevens',
  operationId: 'postGegevens',
  summary: 'The DDAS v1.2 delivery of a period for one organisation, paged',
  security: [{ oauth2: ['read'] }],
  request: {
    body: { required: true, content: { 'application/json': { schema: GegevensRequestSchema } } },
  },
  responses: {
    200: {
      description: 'One page of the delivery (an Uitwisselmodel), with paginering when paged',
      headers: {
        Digest: { description: 'SHA-256=<base64> of the body (RFC 3230)', schema: { type: 'string' } },
        'nlgov-adr-payload-sig': {
          description: 'Detached JWS (PS256, typ JOSE, kid, x5c, x5t#S256) over the exact body',
          schema: { type: 'string' },
        },
      },
      content: { 'application/json': { schema: GegevensResponseSchema } },
    },
    400: problem('The body is not JSON, or not application/json'),
    401: fsc('No, an invalid or an expired access token'),
    403: fsc('The access token does not grant scope read'),
    404: fsc('No such service'),
    405: fsc('Only POST'),
    413: problem('The body is too large'),
    422: problem('The body is no valid GegevensRequest, or names an organisation not served here'),
    429: problem('Too many requests'),
    500: problem('The delivery could not be made'),
  },
});
