// The comparison's images side by side, against a real scored workspace with stored images: the component talks to
// the real handlers through the desktop bridge. Thumbnails are asked for only once their frame comes into view
// (the page's IntersectionObserver is replaced by one the test scrolls by hand), a reused official photo is marked
// on both sides, an unreadable image shows its sentence, and a listing without images says so.
import { act } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { imageHandlers } from '../../electron/core/handlers/imageHandlers';
import { reviewHandlers } from '../../electron/core/handlers/reviewHandlers';
import { ListingComparisonSection } from '../../renderer/src/review/ListingComparisonSection';
import { writeImageWorkspace } from '../support/imageWorkspace';
import { tempDir } from '../support/tempWorkspace';
import { useMountedRoot } from './support/mountedRoot';

/** Stands in for the browser's observer: elements are "in view" only when the test says so. */
class ScrolledByHand {
  static all = new Set<ScrolledByHand>();
  readonly watched = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    ScrolledByHand.all.add(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
    ScrolledByHand.all.delete(this);
  }
  takeRecords() {
    return [];
  }
  static scrollIntoView(element: Element) {
    for (const observer of [...ScrolledByHand.all]) {
      if (observer.watched.has(element)) observer.callback([{ isIntersecting: true, target: element } as IntersectionObserverEntry], observer as unknown as IntersectionObserver);
    }
  }
}

describe('the comparison’s images side by side', () => {
  const mounted = useMountedRoot();
  let ws: Workspace;
  const thumbnailCalls: number[] = [];

  beforeAll(async () => {
    const { db } = await writeImageWorkspace(tempDir());
    ws = openWorkspace(db);
    const handlers = { ...imageHandlers(ws), ...reviewHandlers(ws) } as unknown as Handlers;
    window.assay = {
      call: (op, input) => {
        if (op === 'images.thumbnail') thumbnailCalls.push((input as { evidenceId: number }).evidenceId);
        return dispatch(handlers, op, input);
      },
      on: () => () => undefined,
      pathForFile: () => '',
    };
    (globalThis as { IntersectionObserver: unknown }).IntersectionObserver = ScrolledByHand;
  }, 60_000);
  afterAll(() => ws?.close());

  const listingIdOf = (itemNumber: string) => (ws.db.prepare('SELECT id FROM listing WHERE listing_id = ?').get(itemNumber) as { id: number }).id;
  const column = (name: string) => mounted.container.querySelector<HTMLElement>(`section[aria-label="${name}"]`)!;
  const figures = (name: string) => [...column(name).querySelectorAll<HTMLElement>('.comparison-image')];
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 150 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(check()).toBe(true);
  };
  const show = async (itemNumber: string) => {
    thumbnailCalls.length = 0;
    act(() => mounted.root.render(<ListingComparisonSection listingId={listingIdOf(itemNumber)} />));
    await until(() => mounted.container.querySelector('[aria-label="Images side by side"]') !== null);
  };
  const scrollAllIntoView = () => act(() => mounted.container.querySelectorAll('.thumbnail').forEach((frame) => ScrolledByHand.scrollIntoView(frame)));

  it('asks for no thumbnail until its frame comes into view, then shows both sides’ pictures with their names', async () => {
    await show('S1');
    await until(() => figures('Listing images').length === 2 && figures('Official photos').length === 2);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(thumbnailCalls).toEqual([]);
    expect(mounted.container.querySelectorAll('img')).toHaveLength(0);

    const firstListingFrame = column('Listing images').querySelector('.thumbnail')!;
    act(() => ScrolledByHand.scrollIntoView(firstListingFrame));
    await until(() => firstListingFrame.querySelector('img') !== null);
    expect(thumbnailCalls).toHaveLength(1);

    scrollAllIntoView();
    await until(() => mounted.container.querySelectorAll('img').length === 4);
    expect(new Set(thumbnailCalls).size).toBe(4);
    for (const img of mounted.container.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    expect(figures('Listing images').map((f) => f.querySelector('.comparison-image__name')!.textContent)).toEqual(['Image 1 · S1.jpg', 'Image 2 · S1_2.jpg']);
    expect(figures('Official photos').map((f) => f.querySelector('img')!.getAttribute('alt'))).toEqual(['ostra-front.png', 'ostra-side.png']);
  });

  it('marks the listing image that reuses an official photo, and that photo, with the finding’s sentence', async () => {
    await show('S1');
    await until(() => mounted.container.querySelectorAll('.image-mark').length === 2);
    const [first, second] = figures('Listing images');
    expect(first!.querySelector('.image-mark')).toBeNull();
    const mark = second!.querySelector('.image-mark')!;
    expect(mark.textContent).toContain('Official photo ostra-front.png of CV-OS-9001');
    expect(mark.getAttribute('title')).toMatch(/^Image 2 of this listing is the brand's official photo ostra-front\.png of CV-OS-9001/);
    const [front, side] = figures('Official photos');
    expect(front!.querySelector('.image-mark')!.textContent).toContain('Reused as S1_2.jpg');
    expect(side!.querySelector('.image-mark')).toBeNull();
  });

  it('marks an image another seller lists too', async () => {
    await show('S4');
    await until(() => mounted.container.querySelectorAll('.image-mark').length === 1);
    expect(figures('Listing images')[0]!.querySelector('.image-mark')!.textContent).toContain('Also listed by 1 other seller');
  });

  it('shows the sentence of an image that cannot be shown in place of its picture', async () => {
    await show('S2');
    await until(() => figures('Listing images').length === 1);
    scrollAllIntoView();
    await until(() => mounted.container.querySelector('.thumbnail__problem') !== null);
    expect(mounted.container.querySelector('.thumbnail__problem')!.textContent).toBe('The image S2.png cannot be shown: it claims 100,000×100,000 pixels, more than the 100,000,000 allowed.');
    expect(column('Listing images').querySelector('img')).toBeNull();
  });

  it('says plainly that a listing has no stored images', async () => {
    await show('S6');
    expect(column('Listing images').textContent).toContain('This listing has no stored images.');
    expect(figures('Listing images')).toHaveLength(0);
  });
});
