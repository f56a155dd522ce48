// Answers as a table (issue 12): a route that answers JSON also answers CSV or an Excel workbook,
// chosen by `?format=csv|xlsx|json` or the Accept header, written by the SAME writers as the files of
// `signaalreis run` (csvTable and xlsxWorkbook of ../output: every text cell neutralised against
// formula injection). The file name holds codes and months only, never personal data.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { csvTable, type OutputTable } from '../output/csv-writer';
import { type XlsxSheet, xlsxWorkbook } from '../output/xlsx-writer';
import { XLSX_TYPE } from './delivery-body';

/** The formats of a table answer. */
export type TableFormat = 'json' | 'csv' | 'xlsx';

/** `?format=` of a route that answers a table. */
export const FormatQuery = z
  .enum(['json', 'csv', 'xlsx'])
  .optional()
  .openapi({
    param: { name: 'format', in: 'query' },
    description: 'json (default), csv or xlsx; else the Accept header decides',
    example: 'csv',
  });

/** The format asked for: `?format=` first, then the Accept header (text/csv, the xlsx type), else JSON. */
export function tableFormat(c: Context, query: TableFormat | undefined): TableFormat {
  if (query) return query;
  const accept = (c.req.header('accept') ?? '').toLowerCase();
  if (accept.includes(XLSX_TYPE)) return 'xlsx';
  if (accept.includes('text/csv')) return 'csv';
  return 'json';
}

/** The non-JSON media types of a table answer, for the route's OpenAPI responses. */
export const TABLE_MEDIA = {
  'text/csv': { schema: z.string().openapi({ description: 'CSV (RFC 4180, header row, UTF-8)' }) },
  [XLSX_TYPE]: {
    schema: z.string().openapi({ format: 'binary', description: 'an Excel workbook' }),
  },
} as const;

/**
 * A CSV or Excel answer with `Content-Disposition: attachment; filename="<base>.csv|xlsx"`; `base`
 * must hold no personal data (codes, months). CSV is the one table; the workbook has one sheet per
 * entry of `sheets` (the CSV's table when there are none).
 */
export async function tableResponse(
  format: 'csv' | 'xlsx',
  base: string,
  table: OutputTable,
  sheets: readonly XlsxSheet[] = [],
  now?: Date,
): Promise<Response> {
  const disposition = `attachment; filename="${base}.${format}"`;
  if (format === 'csv')
    return new Response(csvTable(table.rows, table), {
      status: 200,
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition },
    });
  const bytes = await xlsxWorkbook(
    sheets.length > 0 ? sheets : [{ name: base, ...table }],
    now ? { now } : {},
  );
  return new Response(bytes, {
    status: 200,
    headers: { 'content-type': XLSX_TYPE, 'content-disposition': disposition },
  });
}
