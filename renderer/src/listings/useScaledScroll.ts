// React side of the scaled virtual list: measures the scroll container, follows its scroll position,
// and scrolls rows into view, using the pure arithmetic in scaledScroll.ts.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { renderRange, revealRow, visibleWindow, windowAtFirstRow, type ScrollMetrics, type VisibleWindow } from './scaledScroll';

interface ScrollState {
  top: number;
  /**
   * The row put at the top by revealRow, kept while the browser stays at the scrollTop it settled on:
   * in a very tall scaled list one pixel of scroll spans several rows, so the position alone cannot say.
   */
  pinned: { top: number; firstRow: number } | null;
}

export interface ScaledScroll {
  /** Callback ref for the scroll container (pass as ref={attachContainer}). */
  attachContainer: (element: HTMLDivElement | null) => void;
  onScroll: () => void;
  metrics: ScrollMetrics;
  view: VisibleWindow;
  /** Rows to render, [start, end). */
  range: { start: number; end: number };
  /** Scrolls so the row is fully visible (no-op if it already is). */
  reveal: (index: number) => void;
  /** Back to the first row, e.g. after the filter changes. */
  scrollToTop: () => void;
}

export function useScaledScroll(options: { rows: number; rowHeight: number; headerHeight: number; overscan: number }): ScaledScroll {
  const { rows, rowHeight, headerHeight, overscan } = options;
  // The element in state drives the ResizeObserver effect; the ref is for imperative scrolling in handlers.
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const element = useRef<HTMLDivElement | null>(null);
  const attachContainer = useCallback((el: HTMLDivElement | null) => {
    element.current = el;
    setContainer(el);
  }, []);
  const [viewportHeight, setViewportHeight] = useState(0);
  const [scroll, setScroll] = useState<ScrollState>({ top: 0, pinned: null });

  useEffect(() => {
    if (!container) return;
    // ResizeObserver reports the initial size too, so there is no separate first measurement.
    const observer = new ResizeObserver(() => setViewportHeight(Math.max(0, container.clientHeight - headerHeight)));
    observer.observe(container);
    return () => observer.disconnect();
  }, [container, headerHeight]);

  const metrics = useMemo<ScrollMetrics>(() => ({ rows, rowHeight, viewportHeight }), [rows, rowHeight, viewportHeight]);

  const view = useMemo(() => {
    if (scroll.pinned && Math.abs(scroll.pinned.top - scroll.top) <= 1) {
      const pinned = windowAtFirstRow(scroll.pinned.firstRow, metrics);
      if (pinned.scaled) return pinned;
    }
    return visibleWindow(scroll.top, metrics);
  }, [scroll, metrics]);

  const onScroll = useCallback(() => {
    const el = element.current;
    if (!el) return;
    const top = el.scrollTop;
    setScroll((previous) => (previous.top === top ? previous : { top, pinned: previous.pinned && Math.abs(previous.pinned.top - top) <= 1 ? previous.pinned : null }));
  }, []);

  const reveal = useCallback(
    (index: number) => {
      const el = element.current;
      if (!el) return;
      const target = revealRow(index, view, metrics);
      if (!target) return;
      el.scrollTop = target.scrollTop;
      // The browser may round the position; remember which row was meant to be at the top.
      const top = el.scrollTop;
      setScroll({ top, pinned: { top, firstRow: target.firstRow } });
    },
    [view, metrics],
  );

  const scrollToTop = useCallback(() => {
    if (element.current) element.current.scrollTop = 0;
    setScroll({ top: 0, pinned: null });
  }, []);

  const range = useMemo(() => renderRange(view, metrics, overscan), [view, metrics, overscan]);

  return { attachContainer, onScroll, metrics, view, range, reveal, scrollToTop };
}
