// The scaled-scroll arithmetic behind the listings grid: row 0 at the top, the last row reachable at the
// bottom, monotonic in between, and plain virtualisation whenever the rows fit under the height cap.
import { describe, expect, it } from 'vitest';
import {
  MAX_SPACER_HEIGHT,
  fullyVisibleRows,
  maxScrollTop,
  renderRange,
  revealRow,
  scrollTopForFirstRow,
  spacerHeightFor,
  visibleWindow,
  windowAtFirstRow,
  type ScrollMetrics,
} from '../../renderer/src/listings/scaledScroll';

const million: ScrollMetrics = { rows: 1_000_000, rowHeight: 32, viewportHeight: 640 };
const small: ScrollMetrics = { rows: 5_000, rowHeight: 32, viewportHeight: 640 };

describe('spacer height', () => {
  it('is rows × row height while that fits under the cap', () => {
    expect(spacerHeightFor(5_000, 32)).toBe(160_000);
  });

  it('is capped at 15,000,000 px for a million rows of 32 px', () => {
    expect(spacerHeightFor(1_000_000, 32)).toBe(MAX_SPACER_HEIGHT);
    expect(MAX_SPACER_HEIGHT).toBe(15_000_000);
  });
});

describe('scaled window over 1,000,000 rows', () => {
  it('shows row 0 at the top when scrolled to the top', () => {
    const view = visibleWindow(0, million);
    expect(view.scaled).toBe(true);
    expect(view.firstRow).toBe(0);
    expect(view.offsetY).toBe(0);
  });

  it('shows the last row fully when scrolled to the very bottom', () => {
    const view = visibleWindow(maxScrollTop(million), million);
    const visible = fullyVisibleRows(million);
    expect(view.firstRow).toBe(million.rows - visible);
    // The last row drawn is the last row of the table, and it ends inside the viewport.
    const lastRowBottom = view.offsetY + (million.rows - 1 - view.firstRow + 1) * million.rowHeight;
    expect(lastRowBottom).toBeLessThanOrEqual(million.viewportHeight);
    const range = renderRange(view, million, 0);
    expect(range.end).toBe(million.rows);
  });

  it('follows the formula round(scrollTop / (spacer − viewport) × (rows − visibleRows))', () => {
    const spacer = spacerHeightFor(million.rows, million.rowHeight);
    const scrollTop = 7_345_678;
    const expected = Math.round((scrollTop / (spacer - million.viewportHeight)) * (million.rows - fullyVisibleRows(million)));
    expect(visibleWindow(scrollTop, million).firstRow).toBe(expected);
  });

  it('never moves backwards as scrollTop grows', () => {
    let previous = -1;
    for (let top = 0; top <= maxScrollTop(million); top += 9_973) {
      const { firstRow } = visibleWindow(top, million);
      expect(firstRow).toBeGreaterThanOrEqual(previous);
      previous = firstRow;
    }
    expect(previous).toBeGreaterThan(990_000);
  });

  it('clamps positions beyond either end', () => {
    expect(visibleWindow(-500, million).firstRow).toBe(0);
    expect(visibleWindow(MAX_SPACER_HEIGHT * 2, million).firstRow).toBe(million.rows - fullyVisibleRows(million));
  });

  it('maps the scroll position for any first row back onto that row', () => {
    for (const row of [0, 1, 2, 499_999, 777_777, million.rows - fullyVisibleRows(million)]) {
      expect(visibleWindow(scrollTopForFirstRow(row, million), million).firstRow).toBe(row);
      // Browsers may round scrollTop to whole pixels; a row is still ~15 px of scroll wide.
      expect(visibleWindow(Math.round(scrollTopForFirstRow(row, million)), million).firstRow).toBe(row);
    }
  });
});

describe('unscaled window', () => {
  it('is plain virtualisation: first row floor(scrollTop / rowHeight), shifted by the remainder', () => {
    for (const top of [0, 1, 31, 32, 33, 1_000, 12_345, maxScrollTop(small)]) {
      const view = visibleWindow(top, small);
      expect(view.scaled).toBe(false);
      expect(view.firstRow).toBe(Math.floor(top / 32));
      expect(view.offsetY).toBe(Math.floor(top / 32) * 32 - top);
    }
  });

  it('ends with the last row flush with the bottom of the viewport', () => {
    const view = visibleWindow(maxScrollTop(small), small);
    const lastRowBottom = view.offsetY + (small.rows - view.firstRow) * small.rowHeight;
    expect(lastRowBottom).toBe(small.viewportHeight);
  });

  it('uses the same arithmetic as an unscaled list right at the cap', () => {
    const atCap: ScrollMetrics = { rows: MAX_SPACER_HEIGHT / 32, rowHeight: 32, viewportHeight: 640 };
    expect(visibleWindow(480_000, atCap)).toEqual({ firstRow: 15_000, offsetY: 0, spacerHeight: MAX_SPACER_HEIGHT, scaled: false });
  });
});

describe('revealing a row', () => {
  it('does nothing when the row is already fully visible', () => {
    expect(revealRow(5, visibleWindow(0, small), small)).toBeNull();
  });

  it('scrolls just enough to show a row below the viewport at the bottom edge', () => {
    const target = revealRow(20, visibleWindow(0, small), small);
    expect(target).toEqual({ scrollTop: 21 * 32 - 640, firstRow: 1 });
  });

  it('scrolls up to put a row above the viewport at the top edge', () => {
    expect(revealRow(3, visibleWindow(3_200, small), small)).toEqual({ scrollTop: 96, firstRow: 3 });
  });

  it('reaches the very last of 1,000,000 rows (End)', () => {
    const target = revealRow(999_999, visibleWindow(0, million), million);
    expect(target).not.toBeNull();
    expect(target!.scrollTop).toBe(maxScrollTop(million));
    const view = windowAtFirstRow(target!.firstRow, million);
    expect(renderRange(view, million, 0).end).toBe(1_000_000);
  });

  it('moves one row at a time in the scaled case (ArrowDown past the bottom edge)', () => {
    const visible = fullyVisibleRows(million);
    const start = windowAtFirstRow(500_000, million);
    const target = revealRow(500_000 + visible, start, million);
    expect(target?.firstRow).toBe(500_001);
  });
});

describe('render range', () => {
  it('adds the overscan on both sides without leaving the table', () => {
    expect(renderRange(visibleWindow(0, small), small, 4)).toEqual({ start: 0, end: 24 });
    expect(renderRange(visibleWindow(3_200, small), small, 4)).toEqual({ start: 96, end: 124 });
  });

  it('includes the partly visible row at the bottom when the top row is cut', () => {
    expect(renderRange(visibleWindow(16, small), small, 0)).toEqual({ start: 0, end: 21 });
  });

  it('is empty for an empty table', () => {
    expect(renderRange(visibleWindow(0, { ...small, rows: 0 }), { ...small, rows: 0 }, 4)).toEqual({ start: 0, end: 0 });
  });
});
