// Which page of listings to ask for and how: keyset (`after` the previous page's cursor) when that page
// is cached, `offset` for a far jump of the scroll bar; and the bounded LRU cache the pages live in.
import type { ListingFilter, ListingPage, ListingPageInput, ListingSort } from '../../../electron/api/contract';

export const PAGE_SIZE = 200;
export const MAX_CACHED_PAGES = 30;

/** A least-recently-used map from page number to page, holding at most `capacity` pages. */
export class PageCache<T> {
  private readonly pages = new Map<number, T>();

  constructor(private readonly capacity: number) {}

  /** Reads a page and marks it recently used. */
  get(page: number): T | undefined {
    const value = this.pages.get(page);
    if (value !== undefined) {
      this.pages.delete(page);
      this.pages.set(page, value);
    }
    return value;
  }

  /** Reads a page without changing its place in the eviction order. */
  peek(page: number): T | undefined {
    return this.pages.get(page);
  }

  set(page: number, value: T): void {
    this.pages.delete(page);
    this.pages.set(page, value);
    while (this.pages.size > this.capacity) {
      const oldest = this.pages.keys().next().value as number;
      this.pages.delete(oldest);
    }
  }

  has(page: number): boolean {
    return this.pages.has(page);
  }

  clear(): void {
    this.pages.clear();
  }

  get size(): number {
    return this.pages.size;
  }
}

export type PagePlan =
  | { kind: 'keyset'; input: ListingPageInput }
  | { kind: 'jump'; input: ListingPageInput }
  /** The previous page was the last one: there is nothing to ask for. */
  | { kind: 'past-end' };

/** How to ask for page `page` given what the cache holds. */
export function planPageRequest(page: number, cache: PageCache<ListingPage>, filter: ListingFilter, sort: ListingSort): PagePlan {
  const base = { filter, sort, limit: PAGE_SIZE };
  if (page === 0) return { kind: 'keyset', input: base };
  const previous = cache.peek(page - 1);
  if (previous) return previous.next ? { kind: 'keyset', input: { ...base, after: previous.next } } : { kind: 'past-end' };
  return { kind: 'jump', input: { ...base, offset: page * PAGE_SIZE } };
}

/** Pages that hold rows start … end − 1. */
export function pagesForRows(start: number, end: number): number[] {
  if (end <= start) return [];
  const pages: number[] = [];
  for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor((end - 1) / PAGE_SIZE); p++) pages.push(p);
  return pages;
}
