// The listings grid as assistive technology and the keyboard meet it: grid/row/columnheader roles,
// row counts and indices that include the header, aria-sort, and End reaching the last of a million rows.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useMountedRoot } from './support/mountedRoot';
import type { ListingPage, ListingPageInput, ListingRow } from '../../electron/api/contract';
import { ListingsGrid } from '../../renderer/src/listings/ListingsGrid';
import { ListingRowSource } from '../../renderer/src/listings/listingRowSource';


function row(id: number): ListingRow {
  return {
    id,
    marketplace: 'ebay',
    listingId: `EB${id}`,
    url: `https://www.ebay.com/itm/${id}`,
    title: `<b>Listing ${id}</b>`,
    price: 12.99,
    priceMax: 15.99,
    currency: 'USD',
    priceNormalised: 12.99,
    sellerName: 'seller',
    sellerLocation: 'Shenzhen',
    status: 'suspect',
    lastSeen: '2024-05-01T10:00:00Z',
    // Every third row is not scored yet; the first rows fall in every band (31, 62, unscored, 24).
    riskScore: id % 3 === 0 ? null : (id * 31) % 100,
  };
}

/** Stands in for the Node side: answers every page request with rows numbered from its position. */
function answeringSource(sent: ListingPageInput[]): ListingRowSource {
  return new ListingRowSource(async (input): Promise<ListingPage> => {
    sent.push(input);
    const first = input.offset ?? (input.after ? input.after.id + 1 : 0);
    return { rows: Array.from({ length: input.limit }, (_, i) => row(first + i + 1)), next: { value: 'x', id: first + input.limit - 1 } };
  });
}

describe('ListingsGrid', () => {
  const mounted = useMountedRoot();

  async function renderGrid(total: number, activeIndex: number, onActivate = vi.fn(), onOpen = vi.fn()) {
    const sent: ListingPageInput[] = [];
    const source = answeringSource(sent);
    source.setQuery({ query: '', marketplaces: [], statuses: [] }, { column: 'price', direction: 'desc' });
    await act(async () => {
      mounted.root.render(
        <ListingsGrid
          source={source}
          total={total}
          sort={{ column: 'price', direction: 'desc' }}
          activeIndex={activeIndex}
          openId={null}
          normalisedCurrency="USD"
          queryKey="q"
          onSort={() => {}}
          onActivate={onActivate}
          onOpen={onOpen}
        />,
      );
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    return { sent, onActivate, onOpen, grid: mounted.container.querySelector('[role="grid"]') as HTMLElement };
  }

  it('counts the header in aria-rowcount and numbers the first data row 2', async () => {
    const { grid } = await renderGrid(1_000_000, 0);
    expect(grid.getAttribute('aria-rowcount')).toBe('1000001');
    expect(grid.getAttribute('aria-colcount')).toBe('9');
    const rows = [...grid.querySelectorAll('[role="row"]')];
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('1');
    expect(rows[0]!.querySelectorAll('[role="columnheader"]')).toHaveLength(9);
    expect(rows[1]!.getAttribute('aria-rowindex')).toBe('2');
    expect(rows[1]!.getAttribute('aria-selected')).toBe('true');
    expect(rows[1]!.querySelectorAll('[role="gridcell"]')).toHaveLength(9);
  });

  it('renders only a window of rows, never the whole table', async () => {
    const { grid } = await renderGrid(1_000_000, 0);
    expect(grid.querySelectorAll('[role="row"]').length).toBeLessThan(60);
  });

  it('marks the sorted column with aria-sort and the other sortable ones with none', async () => {
    const { grid } = await renderGrid(10, 0);
    const headers = [...grid.querySelectorAll('[role="columnheader"]')];
    const byName = (name: string) => headers.find((h) => h.textContent?.includes(name));
    expect(byName('Price')!.getAttribute('aria-sort')).toBe('descending');
    expect(byName('Title')!.getAttribute('aria-sort')).toBe('none');
    expect(byName('Risk')!.getAttribute('aria-sort')).toBe('none');
    expect(byName('Listing ID')!.hasAttribute('aria-sort')).toBe(false);
  });

  it('shows each row’s risk as a badge coloured by band, and a dash before scoring', async () => {
    const { grid } = await renderGrid(10, 0);
    const riskColumn = [...grid.querySelectorAll('[role="columnheader"]')].findIndex((h) => h.textContent?.includes('Risk'));
    const riskCell = (index: number) => grid.querySelector(`[aria-rowindex="${index + 2}"]`)!.querySelectorAll('[role="gridcell"]')[riskColumn]!;
    const badge = (index: number) => [riskCell(index).textContent, riskCell(index).querySelector('.risk-badge')!.className];
    expect(badge(0)).toEqual(['31', 'risk-badge risk-badge--medium']);
    expect(badge(1)).toEqual(['62', 'risk-badge risk-badge--high']);
    expect(badge(2)).toEqual(['—', 'risk-badge risk-badge--unscored']);
    expect(badge(3)).toEqual(['24', 'risk-badge risk-badge--low']);
  });

  it('shows listing text as text, never as markup', async () => {
    const { grid } = await renderGrid(10, 0);
    expect(grid.querySelector('b')).toBeNull();
    expect(grid.textContent).toContain('<b>Listing 1</b>');
    expect(grid.textContent).toContain('12.99–15.99 USD');
  });

  it('moves the active row with the keyboard: End to the last of 1,000,000, Home to the first', async () => {
    const { grid, onActivate } = await renderGrid(1_000_000, 10);
    act(() => {
      grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(onActivate).toHaveBeenLastCalledWith(999_999);
    act(() => {
      grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    });
    expect(onActivate).toHaveBeenLastCalledWith(0);
    act(() => {
      grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(onActivate).toHaveBeenLastCalledWith(11);
  });

  it('opens the active row on Enter', async () => {
    const { grid, onOpen } = await renderGrid(100, 0);
    act(() => {
      grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(onOpen).toHaveBeenCalledWith(0, expect.objectContaining({ id: 1 }));
  });

  it('asks for the first page without cursor or offset', async () => {
    const { sent } = await renderGrid(1_000_000, 0);
    expect(sent[0]).toEqual({ filter: { query: '', marketplaces: [], statuses: [] }, sort: { column: 'price', direction: 'desc' }, limit: 200 });
  });
});
