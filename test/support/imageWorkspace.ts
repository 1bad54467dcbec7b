// A workspace with stored images, built as a person would: a demo brand, a spec sheet naming two official photos,
// listings imported with `assay import --images DIR`, and `assay score`. Listing S1's second image is the official
// front photo re-encoded; S2 claims 100000×100000 pixels; S3 is text named .jpg; S4 and S5 (two sellers) share one
// photo; S6 has no image.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { productShot, pngClaimingSize, reencoded } from './productPhotos';
import { runAssay } from './runAssay';

export async function writeImageWorkspace(dir: string): Promise<{ db: string; officialFront: string }> {
  const db = path.join(dir, 'images.db');
  expect(runAssay(['demo', '--db', db, '--listings', '0']).code).toBe(0);
  const catalogue = path.join(dir, 'catalogue');
  fs.mkdirSync(path.join(catalogue, 'photos'), { recursive: true });
  const officialFront = path.join(catalogue, 'photos', 'ostra-front.png');
  const official = await productShot(41, 1200, 900);
  fs.writeFileSync(officialFront, official);
  fs.writeFileSync(path.join(catalogue, 'photos', 'ostra-side.png'), await productShot(47));
  fs.writeFileSync(path.join(catalogue, 'specs.csv'), 'sku,name,msrp,currency,official_images\nCV-OS-9001,Ostra Camera Bag,640,USD,photos/ostra-front.png|photos/ostra-side.png\n');
  const products = runAssay(['products', 'import', path.join(catalogue, 'specs.csv'), '--db', db, '--brand', 'Corvanne']);
  expect(products.code, products.stderr).toBe(0);

  const images = path.join(dir, 'images');
  fs.mkdirSync(images);
  fs.writeFileSync(path.join(images, 'S1.jpg'), await reencoded(await productShot(42), 500, 70));
  fs.writeFileSync(path.join(images, 'S1_2.jpg'), await reencoded(official, 420, 60));
  fs.writeFileSync(path.join(images, 'S2.png'), pngClaimingSize(100_000, 100_000));
  fs.writeFileSync(path.join(images, 'S3.jpg'), Buffer.from('this is a note, not a jpeg'));
  const shared = await reencoded(await productShot(43), 500, 80);
  fs.writeFileSync(path.join(images, 'S4.jpg'), shared);
  fs.writeFileSync(path.join(images, 'S5.jpg'), await reencoded(shared, 380, 50));
  const rows = ['Item ID,Title,Price,Currency,Seller', ...[1, 2, 3, 4, 5, 6].map((i) => `S${i},Corvanne Ostra Camera Bag ${i},300,USD,shop${i}`)];
  fs.writeFileSync(path.join(dir, 'listings.csv'), `${rows.join('\n')}\n`);
  const imported = runAssay(['import', path.join(dir, 'listings.csv'), '--db', db, '--marketplace', 'ebay', '--images', images]);
  expect(imported.code, imported.stderr).toBe(0);
  const scored = runAssay(['score', '--db', db]);
  expect(scored.code, scored.stderr).toBe(0);
  return { db, officialFront };
}
