// The images rule end to end, as a person would run it: official photos named in a spec sheet, listing images from
// `assay import --images DIR`, then `assay score` and `assay listings --json`. A stolen photo re-encoded and resized
// is found; an unrelated one is not; a corrupt file and a PNG claiming 100000×100000 pixels are skipped in a
// sentence; an image two sellers share is noted; attaching an image re-scores exactly the listings it concerns;
// a workspace scored before findings named their images by SHA-256 gets them at its next `assay score`.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createListingScorer } from '../../electron/core/compare/listingScorer';
import type { ListingImage } from '../../electron/core/compare/rules/imageRule';
import { scoringInputs } from '../../electron/core/compare/scoringInputs';
import { openWorkspace } from '../../electron/core/db/openWorkspace';
import { iterateScoringListings } from '../../electron/core/db/scoringRepository';
import { scoringHandlers } from '../../electron/core/handlers/scoringHandlers';
import { pngClaimingSize, productShot, reencoded } from '../support/productPhotos';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

type Line = { listing_id: string; risk_score: number; findings: { rule: string; severity: string; message: string }[] };

describe('listing images and official photos', () => {
  const dir = tempDir();
  const db = path.join(dir, 'images.db');
  const listings = () => new Map((runAssay(['listings', '--db', db, '--json']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Line)).map((l) => [l.listing_id, l]));
  const score = () => JSON.parse(runAssay(['score', '--db', db, '--json']).stdout) as { listings: number; scored: number; unchanged: number };
  let importOut: { images: { files: number; attached: number; unmatched: string[]; unreadable: { originalName: string; reason: string }[] } };

  beforeAll(async () => {
    expect(runAssay(['demo', '--db', db, '--listings', '0']).code).toBe(0);
    const sheet = path.join(dir, 'catalogue');
    fs.mkdirSync(path.join(sheet, 'photos'), { recursive: true });
    const official = await productShot(41);
    fs.writeFileSync(path.join(sheet, 'photos', 'ostra-front.png'), official);
    fs.writeFileSync(path.join(sheet, 'specs.csv'), 'sku,name,msrp,currency,official_images\nCV-OS-9001,Ostra Camera Bag,640,USD,photos/ostra-front.png|nowhere.jpg\n');
    const products = runAssay(['products', 'import', path.join(sheet, 'specs.csv'), '--db', db, '--brand', 'Corvanne']);
    expect(products.code, products.stderr).toBe(0);
    expect(products.stdout).toContain('Official photos: 1 stored and hashed, 0 already stored.');
    expect(products.stdout).toContain(`The official image "nowhere.jpg" of CV-OS-9001 was not stored: there is no file ${path.join(sheet, 'nowhere.jpg')}.`);

    const images = path.join(dir, 'images');
    fs.mkdirSync(images);
    fs.writeFileSync(path.join(images, 'S1.jpg'), await reencoded(official, 420, 60));
    fs.writeFileSync(path.join(images, 'S2.jpg'), await reencoded(await productShot(42), 420, 60));
    fs.writeFileSync(path.join(images, 'S2_2.webp'), await (await import('sharp')).default(official).resize({ width: 1000 }).webp({ quality: 70 }).toBuffer());
    fs.writeFileSync(path.join(images, 'S3.png'), pngClaimingSize(100_000, 100_000));
    fs.writeFileSync(path.join(images, 'S4.jpg'), Buffer.from('not a jpeg at all'));
    const shared = await reencoded(await productShot(43), 500, 80);
    fs.writeFileSync(path.join(images, 'S5.jpg'), shared);
    fs.writeFileSync(path.join(images, 'S6.jpeg'), await reencoded(shared, 380, 50));
    fs.writeFileSync(path.join(images, 'NOPE.jpg'), shared);
    fs.writeFileSync(path.join(images, 'notes.txt'), 'not an image');
    const rows = ['Item ID,Title,Price,Currency,Seller', ...[1, 2, 3, 4, 5, 6].map((i) => `S${i},Camera bag ${i},300,USD,shop${i}`)];
    fs.writeFileSync(path.join(dir, 'listings.csv'), `${rows.join('\n')}\n`);
    const imported = runAssay(['import', path.join(dir, 'listings.csv'), '--db', db, '--marketplace', 'ebay', '--images', images, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    importOut = JSON.parse(imported.stdout);
    expect(score().scored).toBe(6);
  });

  it('stores each image as listing evidence and reports the file that names no listing', () => {
    expect(importOut.images).toMatchObject({ files: 8, attached: 7, unmatched: ['NOPE.jpg'] });
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare("SELECT count(*) AS n FROM listing_evidence le JOIN evidence e ON e.id = le.evidence_id WHERE e.kind = 'listing_image'").get()).toEqual({ n: 7 });
    expect(raw.prepare("SELECT count(*) AS n FROM product_evidence pe JOIN evidence e ON e.id = pe.evidence_id WHERE e.kind = 'official_image'").get()).toEqual({ n: 1 });
    raw.close();
    expect(runAssay(['verify', '--db', db]).code).toBe(0);
  });

  it('finds the official photo re-encoded and resized, naming the image, the photo and the distance', () => {
    const all = listings();
    const [stolen] = all.get('S1')!.findings.filter((f) => f.rule === 'image.official_photo');
    expect(stolen).toMatchObject({ severity: 'high' });
    expect(stolen!.message).toMatch(/^Image 1 of this listing is the brand's official photo ostra-front\.png of CV-OS-9001 \(distance \d of 64 bits\)\.$/);
    expect(all.get('S2')!.findings.filter((f) => f.rule === 'image.official_photo').map((f) => f.message)).toEqual([
      expect.stringMatching(/^Image 2 of this listing is the brand's official photo ostra-front\.png/),
    ]);
  });

  it('does not flag an unrelated photo', () => {
    const all = listings();
    for (const id of ['S5', 'S6']) expect(all.get(id)!.findings.some((f) => f.rule === 'image.official_photo'), id).toBe(false);
  });

  it('skips a corrupt image and one claiming 100000×100000 pixels with a sentence each, and scores the listing anyway', () => {
    const all = listings();
    expect(all.get('S3')!.findings).toContainEqual({ rule: 'image.unreadable', severity: 'info', message: 'Image 1 of this listing (S3.png) was not compared: it claims 100,000×100,000 pixels, more than the 100,000,000 allowed.' });
    expect(all.get('S4')!.findings).toContainEqual(expect.objectContaining({ rule: 'image.unreadable', message: expect.stringMatching(/^Image 1 of this listing \(S4\.jpg\) was not compared: it cannot be decoded/) }));
    expect(typeof all.get('S4')!.risk_score).toBe('number');
  });

  it('notes the same image used by two sellers, on both listings', () => {
    const all = listings();
    expect(all.get('S5')!.findings).toContainEqual(expect.objectContaining({ rule: 'image.shared_across_sellers', message: 'Image 1 of this listing (S5.jpg) also appears in listings of 1 other seller (ebay:shop6).' }));
    expect(all.get('S6')!.findings).toContainEqual(expect.objectContaining({ rule: 'image.shared_across_sellers', message: 'Image 1 of this listing (S6.jpeg) also appears in listings of 1 other seller (ebay:shop5).' }));
  });

  it('re-scores exactly the listings an attached image concerns: the new one and the one whose image it shares', async () => {
    expect(score()).toMatchObject({ scored: 0, unchanged: 6 });
    const more = path.join(dir, 'more');
    fs.mkdirSync(more);
    fs.copyFileSync(path.join(dir, 'images', 'S5.jpg'), path.join(more, 'S1_2.jpg'));
    fs.writeFileSync(path.join(more, 'S3_2.png'), await reencoded(await productShot(44), 300));
    fs.writeFileSync(path.join(dir, 'again.csv'), 'Item ID,Title,Price,Currency,Seller\nS1,Camera bag 1,300,USD,shop1\nS3,Camera bag 3,300,USD,shop3\n');
    expect(runAssay(['import', path.join(dir, 'again.csv'), '--db', db, '--marketplace', 'ebay', '--images', more]).code).toBe(0);
    // S1 and S3 gained an image; S5 and S6 now share theirs with S1's seller too.
    expect(score()).toMatchObject({ scored: 4, unchanged: 2 });
    expect(listings().get('S5')!.findings.find((f) => f.rule === 'image.shared_across_sellers')!.message).toContain('2 other sellers (ebay:shop1, ebay:shop6)');
  });

  it('hashes at scoring any image that has no hash yet', () => {
    const raw = new Database(db);
    raw.prepare('DELETE FROM image_hash').run();
    raw.close();
    expect(score()).toMatchObject({ scored: 0, unchanged: 6 });
    const check = new Database(db, { readonly: true });
    // One official photo and eight distinct listing image files (S1_2.jpg has S5.jpg's bytes, so one hash).
    expect((check.prepare('SELECT count(*) AS n FROM image_hash').get() as { n: number }).n).toBe(9);
    check.close();
  });

  it('re-scores only the listings that reuse an official photo added later', async () => {
    const sheet = path.join(dir, 'catalogue');
    fs.writeFileSync(path.join(sheet, 'photos', 'ostra-side.png'), await productShot(43));
    fs.writeFileSync(path.join(sheet, 'specs.csv'), 'sku,name,msrp,currency,official_images\nCV-OS-9001,Ostra Camera Bag,640,USD,photos/ostra-front.png|photos/ostra-side.png\n');
    const products = runAssay(['products', 'import', path.join(sheet, 'specs.csv'), '--db', db, '--brand', 'Corvanne']);
    expect(products.stdout).toContain('Official photos: 1 stored and hashed, 1 already stored.');
    // S5 and S6 carry that shot, and S1's second image is S5's file.
    expect(score()).toMatchObject({ scored: 3, unchanged: 3 });
    expect(listings().get('S6')!.findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/^Image 1 of this listing is the brand's official photo ostra-side\.png of CV-OS-9001/));
  });

  it('applies a brand’s own weight once saved, re-scoring, and returns to the default on reset', () => {
    const before = listings().get('S1')!.risk_score;
    const ws = openWorkspace(db);
    const handlers = scoringHandlers(ws);
    try {
      const brandId = (handlers['scoring.weights']({}) as { brandId: number }).brandId;
      expect(() => handlers['scoring.saveWeights']({ brandId, weights: { 'image.nonsense': 10 } })).toThrow('"image.nonsense" is not a rule');
      const saved = handlers['scoring.saveWeights']({ brandId, weights: { 'image.official_photo': 80 } }) as { changed: number; rules: { rule: string; weight: number; defaultWeight: number }[] };
      expect(saved.changed).toBe(1);
      expect(saved.rules.find((r) => r.rule === 'image.official_photo')).toMatchObject({ weight: 80, defaultWeight: 45 });
    } finally {
      ws.close();
    }
    expect(score()).toMatchObject({ scored: 6 });
    const raised = listings().get('S1')!.risk_score;
    expect(raised).toBeGreaterThanOrEqual(80);
    expect(raised).toBeGreaterThan(before);
    const again = openWorkspace(db);
    try {
      const brandId = (scoringHandlers(again)['scoring.weights']({}) as { brandId: number }).brandId;
      scoringHandlers(again)['scoring.saveWeights']({ brandId, weights: { 'image.official_photo': null } });
    } finally {
      again.close();
    }
    expect(score()).toMatchObject({ scored: 6 });
    expect(listings().get('S1')!.risk_score).toBe(before);
  });
  it('fills in the images of findings scored before findings named them, at the next `assay score`, and then leaves them be', () => {
    const columns = "SELECT listing_id, rule, message, image_sha256, photo_sha256, other_sellers FROM finding WHERE rule LIKE 'image.%' ORDER BY listing_id, id";
    const ws = openWorkspace(db);
    let stored: unknown[];
    try {
      stored = ws.db.prepare(columns).all();
      expect(stored.length).toBeGreaterThan(0);
      // The workspace as the version before wrote it: image findings without their columns, and each listing's input
      // hash taken over its images without their SHA-256 (the images rule's input before it had them).
      const inputs = scoringInputs(ws.db);
      const withoutSha = (images: ListingImage[]) => images.map(({ sha256: _image, official, ...rest }) => ({ ...rest, official: official && { name: official.name, sku: official.sku, distance: official.distance } }));
      const before = createListingScorer({ ...inputs, images: { byListing: new Map([...inputs.images!.byListing].map(([id, images]) => [id, withoutSha(images) as ListingImage[]])) } });
      const setHash = ws.db.prepare('UPDATE listing_match SET input_hash = ? WHERE listing_id = ?');
      ws.db.transaction(() => {
        for (const l of [...iterateScoringListings(ws.db)]) setHash.run(before.inputHash(l), l.id);
        ws.db.prepare('UPDATE finding SET image_sha256 = NULL, photo_sha256 = NULL, other_sellers = NULL').run();
      })();
    } finally {
      ws.close();
    }
    expect(score()).toMatchObject({ scored: 6, unchanged: 0 });
    const after = new Database(db, { readonly: true });
    try {
      expect(after.prepare(columns).all()).toEqual(stored);
      expect(after.prepare("SELECT count(*) AS n FROM finding WHERE rule LIKE 'image.%' AND image_sha256 IS NULL").get()).toEqual({ n: 0 });
    } finally {
      after.close();
    }
    expect(score()).toMatchObject({ scored: 0, unchanged: 6 });
  });
});
