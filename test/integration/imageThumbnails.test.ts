// Thumbnails of stored images and the images rule's marks, through the contract on a real workspace (official
// photos from a spec sheet, listing images from `assay import --images`, scored with `assay score`). A real
// photo comes back as a small JPEG of the same picture; a file that is not an image, a PNG claiming
// 100000×100000 pixels and a stored file changed behind Assay's back each come back as one sentence naming it.
// The marks come from the SHA-256 columns the scoring wrote on each finding, never from its sentence.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import type { ImageThumbnail, ListingImageMarks } from '../../electron/api/imageContract';
import type { ListingComparison } from '../../electron/api/reviewContract';
import type { Result } from '../../electron/api/result';
import { evidenceStoreFor } from '../../electron/core/cases/evidenceStore';
import { hammingDistance, imageDHash } from '../../electron/core/compare/images/perceptualHash';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { imageHandlers } from '../../electron/core/handlers/imageHandlers';
import { reviewHandlers } from '../../electron/core/handlers/reviewHandlers';
import { THUMBNAIL_MAX_EDGE } from '../../electron/core/evidence/thumbnail';
import { writeImageWorkspace } from '../support/imageWorkspace';
import { productShot, reencoded } from '../support/productPhotos';
import { tempDir } from '../support/tempWorkspace';

describe('thumbnails of stored images and the marks of the images rule', () => {
  const dir = tempDir();
  let db: string;
  let officialFront: string;
  let ws: Workspace;
  let handlers: Handlers;

  const call = <T>(op: string, input: unknown) => dispatch(handlers, op, input) as Promise<Result<T>>;
  const listingIdOf = (itemNumber: string) => (ws.db.prepare("SELECT id FROM listing WHERE listing_id = ? AND marketplace = 'ebay'").get(itemNumber) as { id: number }).id;
  const evidenceOf = (name: string) => ws.db.prepare('SELECT id, sha256 FROM evidence WHERE original_name = ? ORDER BY id LIMIT 1').get(name) as { id: number; sha256: string };
  const thumbnail = (name: string) => call<ImageThumbnail>('images.thumbnail', { evidenceId: evidenceOf(name).id });

  beforeAll(async () => {
    ({ db, officialFront } = await writeImageWorkspace(dir));
    ws = openWorkspace(db);
    handlers = { ...imageHandlers(ws), ...reviewHandlers(ws) } as unknown as Handlers;
  });

  afterAll(() => ws?.close());

  it('returns a JPEG data URL no larger than 320 px of the same picture, for a listing image and an official photo', async () => {
    for (const [name, source] of [['S1_2.jpg', 420], ['ostra-front.png', 1200]] as const) {
      const result = await thumbnail(name);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      const thumb = (result as { value: ImageThumbnail }).value;
      expect(thumb.dataUrl).toMatch(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+=*$/);
      const bytes = Buffer.from(thumb.dataUrl.split(',')[1]!, 'base64');
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe('jpeg');
      expect(Math.max(meta.width!, meta.height!)).toBe(THUMBNAIL_MAX_EDGE);
      expect([thumb.width, thumb.height]).toEqual([meta.width, meta.height]);
      expect(thumb.sourceWidth).toBe(source);
      expect(bytes.length).toBeLessThan(40_000);
      // The thumbnail is the picture itself: its perceptual hash is within a few bits of the official photo's.
      const thumbFile = path.join(dir, `thumb-${name}.jpg`);
      fs.writeFileSync(thumbFile, bytes);
      const [a, b] = [await imageDHash(thumbFile), await imageDHash(officialFront)];
      expect(a.ok && b.ok && hammingDistance(a.dhash, b.dhash)).toBeLessThanOrEqual(8);
    }
  });

  it('never enlarges a small image', async () => {
    const small = await productShot(50, 120, 90);
    const store = evidenceStoreFor(ws.dir);
    const stored = store.putBytes(small);
    const id = Number(ws.db.prepare("INSERT INTO evidence (sha256, size, media_type, kind, original_name, added_by, added_at) VALUES (?, ?, 'image/png', 'photo', 'small.png', 'test', '2026-01-01T00:00:00Z')").run(stored.sha256, stored.size).lastInsertRowid);
    const result = await call<ImageThumbnail>('images.thumbnail', { evidenceId: id });
    expect(result.ok && [result.value.width, result.value.height]).toEqual([120, 90]);
  });

  it('refuses a PNG whose header claims 100000×100000 pixels before decoding it, naming the file', async () => {
    expect(await thumbnail('S2.png')).toEqual({
      ok: false,
      error: { code: 'too_large', message: 'The image S2.png cannot be shown: it claims 100,000×100,000 pixels, more than the 100,000,000 allowed.' },
    });
  });

  it('refuses a file that is not an image in one sentence naming it', async () => {
    expect(await thumbnail('S3.jpg')).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'The image S3.jpg cannot be shown: it is not an image Assay can read (stored as text/plain).' },
    });
  });

  it('refuses an evidence id that does not exist, and an id that is not one', async () => {
    expect(await call('images.thumbnail', { evidenceId: 999_999 })).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no evidence with id 999999.' } });
    expect(await call('images.thumbnail', { evidenceId: -3 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('marks the listing image that is an official photo, and the official photo it reuses', async () => {
    const result = await call<ListingImageMarks>('images.listingMarks', { listingId: listingIdOf('S1') });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const marks = (result as { value: ListingImageMarks }).value;
    expect(marks.imageOrder).toEqual([evidenceOf('S1.jpg').sha256, evidenceOf('S1_2.jpg').sha256]);
    expect(marks.listing).toEqual([
      { sha256: evidenceOf('S1_2.jpg').sha256, rule: 'image.official_photo', label: 'Official photo ostra-front.png of CV-OS-9001', message: expect.stringMatching(/^Image 2 of this listing is the brand's official photo ostra-front\.png/) },
    ]);
    expect(marks.official).toEqual([{ sha256: evidenceOf('ostra-front.png').sha256, rule: 'image.official_photo', label: 'Reused as S1_2.jpg', message: marks.listing[0]!.message }]);
  });

  it('stores on each finding of the images rule the image it concerns, the official photo it copies and the count of other sellers', () => {
    const rows = ws.db
      .prepare("SELECT l.listing_id AS item, f.rule, f.image_sha256, f.photo_sha256, f.other_sellers FROM finding f JOIN listing l ON l.id = f.listing_id WHERE f.rule LIKE 'image.%' ORDER BY l.listing_id, f.rule")
      .all();
    expect(rows).toEqual([
      { item: 'S1', rule: 'image.official_photo', image_sha256: evidenceOf('S1_2.jpg').sha256, photo_sha256: evidenceOf('ostra-front.png').sha256, other_sellers: null },
      { item: 'S2', rule: 'image.unreadable', image_sha256: evidenceOf('S2.png').sha256, photo_sha256: null, other_sellers: null },
      { item: 'S3', rule: 'image.unreadable', image_sha256: evidenceOf('S3.jpg').sha256, photo_sha256: null, other_sellers: null },
      { item: 'S4', rule: 'image.shared_across_sellers', image_sha256: evidenceOf('S4.jpg').sha256, photo_sha256: null, other_sellers: 1 },
      { item: 'S5', rule: 'image.shared_across_sellers', image_sha256: evidenceOf('S5.jpg').sha256, photo_sha256: null, other_sellers: 1 },
    ]);
    // The other findings concern no image.
    expect(ws.db.prepare("SELECT count(*) AS n FROM finding WHERE rule NOT LIKE 'image.%' AND (image_sha256 IS NOT NULL OR photo_sha256 IS NOT NULL OR other_sellers IS NOT NULL)").get()).toEqual({ n: 0 });
  });

  it('takes the marks from those columns, not the sentence: a finding reworded still marks its image, one without them marks nothing', async () => {
    const s1 = listingIdOf('S1');
    const marksOf = async (listingId: number) => ((await call<ListingImageMarks>('images.listingMarks', { listingId })) as { ok: true; value: ListingImageMarks }).value;
    const before = await marksOf(s1);
    const finding = ws.db.prepare("SELECT id, message, image_sha256, photo_sha256 FROM finding WHERE listing_id = ? AND rule = 'image.official_photo'").get(s1) as { id: number; message: string; image_sha256: string; photo_sha256: string };
    try {
      ws.db.prepare('UPDATE finding SET message = ? WHERE id = ?').run('Reworded: the first picture is a copy of a brand photo.', finding.id);
      const reworded = await marksOf(s1);
      expect(reworded.listing.map((m) => [m.sha256, m.label, m.message])).toEqual([[evidenceOf('S1_2.jpg').sha256, 'Official photo ostra-front.png of CV-OS-9001', 'Reworded: the first picture is a copy of a brand photo.']]);
      expect(reworded.official.map((m) => [m.sha256, m.label])).toEqual([[evidenceOf('ostra-front.png').sha256, 'Reused as S1_2.jpg']]);
      // As scored before findings named their images: no mark, and no guess.
      ws.db.prepare('UPDATE finding SET message = ?, image_sha256 = NULL, photo_sha256 = NULL WHERE id = ?').run(finding.message, finding.id);
      expect(await marksOf(s1)).toEqual({ ...before, listing: [], official: [] });
    } finally {
      ws.db.prepare('UPDATE finding SET message = ?, image_sha256 = ?, photo_sha256 = ? WHERE id = ?').run(finding.message, finding.image_sha256, finding.photo_sha256, finding.id);
    }
    expect(await marksOf(s1)).toEqual(before);
  });

  it('marks an image shared with another seller, and nothing on a listing without a match', async () => {
    const marks = (await call<ListingImageMarks>('images.listingMarks', { listingId: listingIdOf('S4') })) as { ok: true; value: ListingImageMarks };
    expect(marks.value.listing).toEqual([
      { sha256: evidenceOf('S4.jpg').sha256, rule: 'image.shared_across_sellers', label: 'Also listed by 1 other seller', message: 'Image 1 of this listing (S4.jpg) also appears in listings of 1 other seller (ebay:shop5).' },
    ]);
    expect(marks.value.official).toEqual([]);
    expect(await call('images.listingMarks', { listingId: listingIdOf('S6') })).toEqual({ ok: true, value: { listingId: listingIdOf('S6'), imageOrder: [], listing: [], official: [] } });
    expect(await call('images.listingMarks', { listingId: 999_999 })).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no listing with id 999999.' } });
  });

  it('lists in the comparison the images a thumbnail is asked for: the listing’s own and its product’s official photos', async () => {
    const comparison = (await call<ListingComparison>('review.comparison', { listingId: listingIdOf('S1') })) as { ok: true; value: ListingComparison };
    expect(comparison.value.images.listing.map((i) => i.originalName).sort()).toEqual(['S1.jpg', 'S1_2.jpg']);
    expect(comparison.value.product?.sku).toBe('CV-OS-9001');
    expect(comparison.value.images.official.map((i) => i.originalName)).toEqual(['ostra-front.png', 'ostra-side.png']);
    // A file attached as the listing's image that is not one is listed all the same: its thumbnail is its sentence.
    const unreadable = (await call<ListingComparison>('review.comparison', { listingId: listingIdOf('S3') })) as { ok: true; value: ListingComparison };
    expect(unreadable.value.images.listing.map((i) => [i.originalName, i.mediaType])).toEqual([['S3.jpg', 'text/plain']]);
  });

  it('shows no picture of a stored file changed behind Assay’s back, but a sentence naming it and its new hash', async () => {
    const { sha256 } = evidenceOf('S4.jpg');
    const file = evidenceStoreFor(ws.dir).pathOf(sha256);
    fs.chmodSync(file, 0o644);
    // Still a valid JPEG, only a different one: the picture would decode, so only the hash check can catch it.
    const forged = await reencoded(await productShot(99), 500, 80);
    fs.writeFileSync(file, forged);
    const result = await thumbnail('S4.jpg');
    expect(result).toMatchObject({ ok: false, error: { code: 'verification_failed' } });
    const message = (result as { error: { message: string } }).error.message;
    expect(message).toBe(`The image S4.jpg is not shown: evidence file ${file} has changed: its SHA-256 is now ${(await import('node:crypto')).createHash('sha256').update(forged).digest('hex')}, not ${sha256}. Run Verify to check the whole evidence store.`);
    fs.rmSync(file);
    expect(await thumbnail('S4.jpg')).toMatchObject({ ok: false, error: { code: 'verification_failed', message: expect.stringContaining(`The image S4.jpg is not shown: evidence file ${sha256} is missing from the store`) } });
  });
});
