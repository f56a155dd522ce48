// Paging of a DDAS delivery for DDAS-VS (standards/ddas-vs-api, non-functionals): at most 50,000
// vroegsignalen a page. Records are signals: signal number i (0-based, leveringen in order, each
// levering's signals in order) is on page floor(i / pageSize) + 1. A case goes on the page of its
// last signal, or later when a case before it in its levering went later, so that the cases keep
// their order; a case without known signals goes with the case before it (the first: on the
// levering's first page). A levering is on every page that holds its signals or cases, and on the
// page where it begins, each time with its header (teller, gemeentecode, organisation). Every page
// is itself an Uitwisselmodel; concatenating each levering's signals and cases over the pages, in
// page order, gives the delivery back exactly.
import type { DdasLevering, Uitwisselmodel } from '../../ddas/types';

/**
 * Source: DDAS-VS non-functionals (standards/ddas-vs-api): at most 50,000 vroegsignalen a page.
 *
 * @example
 * ```ts
 * import { DDAS_VS_MAX_PAGE_SIZE } from '@signaalreis/adapters/service';
 * const pages = Math.ceil(120_001 / DDAS_VS_MAX_PAGE_SIZE); // 3 pages for 120,001 signals
 * ```
 */
export const DDAS_VS_MAX_PAGE_SIZE = 50_000;

/**
 * The `paginering` of a response (DDAS-VS `Paginering`): present only when the delivery is paged,
 * and then with all four fields. `totalRecords` counts vroegsignalen.
 */
export interface DdasVsPaginering {
  pageSize: number;
  currentPage: number;
  totalPages: number;
  totalRecords: number;
}

/** A response body of `POST /gegevens`: one page of the delivery, and how it is paged. */
export interface DdasVsPage {
  gegevens: Uitwisselmodel;
  paginering?: DdasVsPaginering;
}

/** Where each levering starts and on which page each of its cases goes, for one page size. */
interface Layout {
  starts: number[];
  casePages: number[][];
  firstPages: number[];
  total: number;
  totalPages: number;
}

function layout(delivery: Uitwisselmodel, size: number): Layout {
  const leveringen = delivery.leveringen ?? [];
  const starts: number[] = [];
  let total = 0;
  for (const l of leveringen) {
    starts.push(total);
    total += l.vroegsignalen?.length ?? 0;
  }
  const totalPages = Math.max(1, Math.ceil(total / size));
  const pageOf = (position: number) => Math.min(Math.floor(position / size) + 1, totalPages);
  const firstPages = starts.map(pageOf);
  const casePages = leveringen.map((l, k) => {
    const start = starts[k] ?? 0;
    const position = new Map((l.vroegsignalen ?? []).map((s, i) => [s.ID, start + i]));
    let previous = firstPages[k] ?? 1;
    return (l.vroegsignaalzaken ?? []).map((z) => {
      let last = -1;
      for (const ref of z.vroegsignalen ?? []) last = Math.max(last, position.get(ref.ID) ?? -1);
      previous = Math.max(previous, last < 0 ? previous : pageOf(last));
      return previous;
    });
  });
  return { starts, casePages, firstPages, total, totalPages };
}

/** The first index of ascending `xs` whose value is at least `x` (`xs.length` when none is). */
function firstAtLeast(xs: readonly number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The part of one levering on page `page` (signals [lo, hi) of the whole delivery), or none. */
function part(l: DdasLevering, k: number, at: Layout, page: number, lo: number, hi: number) {
  const start = at.starts[k] ?? 0;
  const signals = (l.vroegsignalen ?? []).slice(Math.max(0, lo - start), Math.max(0, hi - start));
  // a levering's case pages never go down: the page's cases are one range, found by halving
  const pages = at.casePages[k] ?? [];
  const zaken = (l.vroegsignaalzaken ?? []).slice(firstAtLeast(pages, page), firstAtLeast(pages, page + 1));
  if (signals.length === 0 && zaken.length === 0 && at.firstPages[k] !== page) return undefined;
  const { vroegsignalen, vroegsignaalzaken, ...header } = l;
  return {
    ...header,
    ...(vroegsignalen ? { vroegsignalen: signals } : {}),
    ...(vroegsignaalzaken ? { vroegsignaalzaken: zaken } : {}),
  } satisfies DdasLevering;
}

/**
 * One page of a delivery, by the paging rule of DDAS-VS (see the file's head): the page size is
 * `pageSize` capped at `maxPageSize`, or `maxPageSize`. The delivery is paged when it holds more
 * signals than a page; then `paginering` comes with every page. Without `page`, the first page.
 * Not paged: page 1 (or none asked) is the whole delivery, as it is. A page beyond the end has the
 * delivery's header without leveringen, and `paginering` (also when the delivery is not paged).
 * `pageSize`, `page` and `maxPageSize` must be whole numbers ≥ 1 (the request schema sees to it).
 *
 * @example
 * ```ts
 * import { ddasVsPage } from '@signaalreis/adapters/service';
 * import type { Uitwisselmodel } from '@signaalreis/adapters/ddas';
 * declare const delivery: Uitwisselmodel; // 120,001 signals
 * const third = ddasVsPage(delivery, { page: 3, maxPageSize: 50_000 });
 * third.paginering; // { pageSize: 50000, currentPage: 3, totalPages: 3, totalRecords: 120001 }: 20,001 signals
 * ```
 */
export function ddasVsPage(
  delivery: Uitwisselmodel,
  request: { page?: number; pageSize?: number; maxPageSize: number },
): DdasVsPage {
  return ddasVsPager(delivery)(request);
}

/**
 * {@link ddasVsPage} for many pages of one delivery: the layout of the delivery for a page size is
 * made once (for the last size asked), so that each page costs what it holds (every page laid out the whole delivery again:
 * a national delivery in small pages was quadratic). The delivery must not change while the pager
 * is used (the service's pages come from its cache of deliveries, which it never changes).
 *
 * @example
 * ```ts
 * import { ddasVsPager } from '@signaalreis/adapters/service';
 * import type { Uitwisselmodel } from '@signaalreis/adapters/ddas';
 * declare const delivery: Uitwisselmodel; // 1,000,000 signals
 * const page = ddasVsPager(delivery);
 * page({ page: 1, maxPageSize: 50_000 }).paginering?.totalPages; // 20: each page a twentieth of the work
 * ```
 */
export function ddasVsPager(
  delivery: Uitwisselmodel,
): (request: { page?: number; pageSize?: number; maxPageSize: number }) => DdasVsPage {
  // the layout of the last page size asked (a client pages with one size; any size may come)
  let last: { size: number; at: Layout } | undefined;
  return (request) => {
    const size = Math.min(request.pageSize ?? request.maxPageSize, request.maxPageSize);
    const page = request.page ?? 1;
    if (!Number.isSafeInteger(size) || size < 1 || !Number.isSafeInteger(page) || page < 1)
      throw new RangeError('ddasVsPage: page and page sizes are whole numbers of at least 1');
    if (last?.size !== size) last = { size, at: layout(delivery, size) };
    return pageWith(delivery, last.at, size, page);
  };
}

/** One page of `delivery`, laid out as `at` for pages of `size`. */
function pageWith(delivery: Uitwisselmodel, at: Layout, size: number, page: number): DdasVsPage {
  const paginering = { pageSize: size, currentPage: page, totalPages: at.totalPages, totalRecords: at.total };
  const { leveringen, ...header } = delivery;
  if (page > at.totalPages) return { gegevens: header, paginering };
  if (at.total <= size) return { gegevens: delivery };
  const lo = (page - 1) * size;
  const hi = lo + size;
  const parts = (leveringen ?? []).flatMap((l, k) => part(l, k, at, page, lo, hi) ?? []);
  return { gegevens: parts.length > 0 ? { ...header, leveringen: parts } : header, paginering };
}
