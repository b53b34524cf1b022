import { AppError } from './errors.ts';

export interface PageRequest {
  page: number;
  perPage: number;
  offset: number;
}

export interface Paged<T> {
  items: T[];
  page: number;
  perPage: number;
  total: number;
  pageCount: number;
}

const MAX_PAGE = 1_000_000;

/** Reads `?page=`: absent means 1; anything but a plain positive integer is a 400, never a 500. */
export function parsePageParam(raw: unknown, perPage: number): PageRequest {
  if (raw === undefined || raw === '') return { page: 1, perPage, offset: 0 };
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,6}$/.test(raw) || Number(raw) > MAX_PAGE) {
    throw new AppError('BAD_PAGE_NUMBER', { raw });
  }
  const page = Number(raw);
  return { page, perPage, offset: (page - 1) * perPage };
}

export function toPaged<T>(items: T[], total: number, request: PageRequest): Paged<T> {
  return {
    items,
    page: request.page,
    perPage: request.perPage,
    total,
    pageCount: Math.max(1, Math.ceil(total / request.perPage)),
  };
}

/** Page 1 of an empty archive is fine; any later page past the end is not found. */
export function assertPageInRange(paged: Paged<unknown>): void {
  if (paged.page > paged.pageCount) throw new AppError('PAGE_OUT_OF_RANGE', { page: paged.page });
}
