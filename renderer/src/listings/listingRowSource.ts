// Rows of the listings grid, read a page at a time from the Node side and never all at once.
// Holds the page cache for one filter and sort, ignores answers to an older query, and reports arrivals.
import type { ListingFilter, ListingPage, ListingPageInput, ListingRow, ListingSort } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { MAX_CACHED_PAGES, PAGE_SIZE, PageCache, pagesForRows, planPageRequest } from './listingPageCache';

export type FetchListingPage = (input: ListingPageInput) => Promise<ListingPage>;

export class ListingRowSource {
  private readonly cache = new PageCache<ListingPage>(MAX_CACHED_PAGES);
  /** Page → id of the request in flight for it. */
  private readonly inFlight = new Map<number, number>();
  private readonly listeners = new Set<() => void>();
  private filter: ListingFilter | null = null;
  private sort: ListingSort | null = null;
  private nextRequestId = 1;
  private version = 0;
  private failure: string | null = null;

  constructor(private readonly fetchPage: FetchListingPage) {}

  /** Starts over for a new filter or sort: drops cached pages and forgets requests in flight. */
  setQuery(filter: ListingFilter, sort: ListingSort): void {
    this.filter = filter;
    this.sort = sort;
    this.cache.clear();
    // Forgetting the ids in flight is what makes their answers stale: see isCurrent.
    this.inFlight.clear();
    this.failure = null;
    this.changed();
  }

  /** The row at a position, or undefined while its page is not loaded. */
  row(index: number): ListingRow | undefined {
    return this.cache.peek(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];
  }

  /** Whether the row's page is being fetched. */
  isLoading(index: number): boolean {
    return this.inFlight.has(Math.floor(index / PAGE_SIZE));
  }

  /** The message of the last failed page request for this query, if any. */
  get error(): string | null {
    return this.failure;
  }

  /** Changes whenever rows arrive or the query changes; bound, for useSyncExternalStore. */
  readonly snapshot = (): number => this.version;

  /**
   * Asks for whatever pages rows start … end − 1 need. Pages that would need a far jump (no cached
   * page before them) are only asked for when `allowJump` is true, so dragging the scroll bar across
   * a million rows does not send a request for every position it passes.
   */
  ensureRows(start: number, end: number, allowJump: boolean): void {
    if (!this.filter || !this.sort || this.failure) return;
    for (const page of pagesForRows(start, end)) {
      if (this.cache.get(page) || this.inFlight.has(page)) continue;
      // Wait for the previous page when it is on its way: its cursor makes a cheaper keyset request.
      if (page > 0 && this.inFlight.has(page - 1)) continue;
      const plan = planPageRequest(page, this.cache, this.filter, this.sort);
      if (plan.kind === 'past-end' || (plan.kind === 'jump' && !allowJump)) continue;
      this.request(page, plan.input);
    }
  }

  /** Reads the current query again from the start, after a change to the rows themselves (a bulk decision). */
  refresh(): void {
    if (this.filter && this.sort) this.setQuery(this.filter, this.sort);
  }

  /** Tries again after a failed page request. */
  retry(): void {
    this.failure = null;
    this.changed();
  }

  /** Bound, so it can be handed to useSyncExternalStore as it is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private request(page: number, input: ListingPageInput): void {
    const id = this.nextRequestId++;
    this.inFlight.set(page, id);
    this.fetchPage(input).then(
      (result) => {
        if (!this.isCurrent(page, id)) return;
        this.inFlight.delete(page);
        this.cache.set(page, result);
        this.changed();
      },
      (error: unknown) => {
        if (!this.isCurrent(page, id)) return;
        this.inFlight.delete(page);
        this.failure = errorMessage(error);
        this.changed();
      },
    );
  }

  /** An answer counts only if its request is still the one in flight for that page under the current query. */
  private isCurrent(page: number, id: number): boolean {
    return this.inFlight.get(page) === id;
  }

  private changed(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }
}
