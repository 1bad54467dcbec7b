// The arithmetic of a virtual list that may hold more rows than a browser can scroll: browsers cap an
// element's height near 33,554,432 px, so past MAX_SPACER_HEIGHT the scroll bar maps onto rows by proportion.

/** The tallest scroll spacer used; 1,000,000 rows × 32 px would otherwise exceed the browsers' cap. */
export const MAX_SPACER_HEIGHT = 15_000_000;

export interface ScrollMetrics {
  rows: number;
  rowHeight: number;
  /** Height of the area rows are drawn in (the scroll container without its header). */
  viewportHeight: number;
}

export interface VisibleWindow {
  /** Index of the first row at the top of the viewport. */
  firstRow: number;
  /** Where that row's top edge sits relative to the viewport's top (0 or negative). */
  offsetY: number;
  /** Height given to the scroll spacer. */
  spacerHeight: number;
  /** True when the spacer is shorter than the rows it stands for. */
  scaled: boolean;
}

export function spacerHeightFor(rows: number, rowHeight: number): number {
  return Math.min(rows * rowHeight, MAX_SPACER_HEIGHT);
}

/** Rows wholly visible in the viewport, at least 1. */
export function fullyVisibleRows(m: ScrollMetrics): number {
  return Math.max(1, Math.floor(m.viewportHeight / m.rowHeight));
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The largest scrollTop the container allows. */
export function maxScrollTop(m: ScrollMetrics): number {
  return Math.max(0, spacerHeightFor(m.rows, m.rowHeight) - m.viewportHeight);
}

/** Which row is at the top for a scroll position, and how far it is shifted. */
export function visibleWindow(scrollTop: number, m: ScrollMetrics): VisibleWindow {
  const spacerHeight = spacerHeightFor(m.rows, m.rowHeight);
  const scaled = m.rows * m.rowHeight > spacerHeight;
  const top = clamp(scrollTop, 0, maxScrollTop(m));
  if (!scaled) {
    const firstRow = clamp(Math.floor(top / m.rowHeight), 0, Math.max(0, m.rows - 1));
    return { firstRow, offsetY: firstRow * m.rowHeight - top, spacerHeight, scaled };
  }
  // Scaled: the scroll range maps linearly onto first rows 0 … rows − visibleRows, snapping to whole rows,
  // so the top shows row 0 and the bottom shows the last row fully.
  const lastFirstRow = Math.max(0, m.rows - fullyVisibleRows(m));
  const range = maxScrollTop(m);
  const firstRow = range === 0 ? 0 : clamp(Math.round((top / range) * lastFirstRow), 0, lastFirstRow);
  return { firstRow, offsetY: 0, spacerHeight, scaled };
}

/** The scroll position that puts a row at the top (in the scaled case, the one that maps back onto it). */
export function scrollTopForFirstRow(firstRow: number, m: ScrollMetrics): number {
  const spacerHeight = spacerHeightFor(m.rows, m.rowHeight);
  if (m.rows * m.rowHeight <= spacerHeight) return clamp(firstRow * m.rowHeight, 0, maxScrollTop(m));
  const lastFirstRow = Math.max(0, m.rows - fullyVisibleRows(m));
  if (lastFirstRow === 0) return 0;
  return (clamp(firstRow, 0, lastFirstRow) / lastFirstRow) * maxScrollTop(m);
}

/** The window when a given row is put at the top, whatever scrollTop the browser settles on. */
export function windowAtFirstRow(firstRow: number, m: ScrollMetrics): VisibleWindow {
  const scrollTop = scrollTopForFirstRow(firstRow, m);
  const view = visibleWindow(scrollTop, m);
  return view.scaled ? { ...view, firstRow: clamp(firstRow, 0, Math.max(0, m.rows - fullyVisibleRows(m))) } : view;
}

/**
 * Where to scroll so a row is fully in view, moving as little as possible; null when it already is.
 * Returns the target scrollTop and the row that will then be at the top.
 */
export function revealRow(index: number, current: VisibleWindow, m: ScrollMetrics): { scrollTop: number; firstRow: number } | null {
  const row = clamp(index, 0, Math.max(0, m.rows - 1));
  if (!current.scaled) {
    const scrollTop = current.firstRow * m.rowHeight - current.offsetY;
    const rowTop = row * m.rowHeight;
    let target = scrollTop;
    if (rowTop < scrollTop) target = rowTop;
    else if (rowTop + m.rowHeight > scrollTop + m.viewportHeight) target = rowTop + m.rowHeight - m.viewportHeight;
    if (target === scrollTop) return null;
    target = clamp(target, 0, maxScrollTop(m));
    return { scrollTop: target, firstRow: visibleWindow(target, m).firstRow };
  }
  const visible = fullyVisibleRows(m);
  let firstRow = current.firstRow;
  if (row < firstRow) firstRow = row;
  else if (row > firstRow + visible - 1) firstRow = row - visible + 1;
  if (firstRow === current.firstRow) return null;
  return { scrollTop: scrollTopForFirstRow(firstRow, m), firstRow };
}

/** Rows to render: those intersecting the viewport plus `overscan` on each side, as [start, end). */
export function renderRange(view: VisibleWindow, m: ScrollMetrics, overscan: number): { start: number; end: number } {
  if (m.rows === 0) return { start: 0, end: 0 };
  const inView = Math.ceil((m.viewportHeight - view.offsetY) / m.rowHeight);
  return {
    start: Math.max(0, view.firstRow - overscan),
    end: Math.min(m.rows, view.firstRow + Math.max(1, inView) + overscan),
  };
}
