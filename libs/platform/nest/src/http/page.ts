import { DEFAULT_PAGE_LIMIT, PageQuery } from './page-query';

/** One page of a list: its items, the window asked for, and whether items follow it. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly limit: number;
  readonly offset: number;
  readonly hasMore: boolean;
}

/** What a read-model query skips and returns: one item more than the page, to tell whether another follows. */
export interface PageWindow {
  readonly skip: number;
  readonly limit: number;
}

/**
 * Reads the page a query names, the store doing the skipping and limiting.
 * Example:
 *   const page = await readPage(query, (window) => grants.find({ callId }, { sort: { _id: 1 }, ...window }));
 */
export async function readPage<T>(query: PageQuery, read: (window: PageWindow) => Promise<readonly T[]>): Promise<Page<T>> {
  const { limit = DEFAULT_PAGE_LIMIT, offset = 0 } = query;
  const rows = await read({ skip: offset, limit: limit + 1 });
  return { items: rows.slice(0, limit), limit, offset, hasMore: rows.length > limit };
}

/** The page of a list already in memory, for sources no store pages (a handful of folded streams). */
export function pageOf<T>(all: readonly T[], query: PageQuery): Page<T> {
  const { limit = DEFAULT_PAGE_LIMIT, offset = 0 } = query;
  return { items: all.slice(offset, offset + limit), limit, offset, hasMore: all.length > offset + limit };
}

export function mapPage<T, R>(page: Page<T>, toItem: (item: T, index: number) => R): Page<R> {
  return { ...page, items: page.items.map(toItem) };
}
