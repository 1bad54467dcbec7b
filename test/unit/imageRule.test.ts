// The images rule and what it stands on: dHash via sharp that turns bad files into a reason instead of a crash,
// a stolen product photo recognised after resizing and re-compression, an unrelated photo left alone, the
// near-image index agreeing with comparing every pair, the sentences a lawyer can quote, and the SHA-256 of the
// image (and official photo) each finding concerns, for the marks beside the images.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNearImageIndex } from '../../electron/core/compare/images/nearImageIndex';
import { hammingDistance, imageDHash } from '../../electron/core/compare/images/perceptualHash';
import { compareImageNames, OFFICIAL_PHOTO_MAX_DISTANCE } from '../../electron/core/compare/images/scoringImages';
import { imageRule, type ListingImage } from '../../electron/core/compare/rules/imageRule';
import { DEFAULT_RULE_WEIGHTS } from '../../electron/core/compare/rules/ruleWeights';
import { pngClaimingSize, productShot, reencoded } from '../support/productPhotos';
import { tempDir } from '../support/tempWorkspace';

const dir = tempDir();
const write = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};
const hashOf = async (file: string) => {
  const r = await imageDHash(file);
  if (!r.ok) throw new Error(r.reason);
  return r.dhash;
};

describe('hashing an image file', () => {
  it('refuses a PNG whose header claims 100000×100000 pixels by its stated size, without decoding it', async () => {
    const r = await imageDHash(write('huge.png', pngClaimingSize(100_000, 100_000)));
    expect(r).toEqual({ ok: false, reason: 'it claims 100,000×100,000 pixels, more than the 100,000,000 allowed' });
  });

  it('gives a reason, not an exception, for a corrupt JPEG, a text file named .jpg, an empty file and a missing one', async () => {
    const truncated = (await reencoded(await productShot(1), 300)).subarray(0, 400);
    for (const file of [write('cut.jpg', truncated), write('notes.jpg', Buffer.from('not an image at all')), write('empty.png', Buffer.alloc(0)), path.join(dir, 'absent.jpg')]) {
      const r = await imageDHash(file);
      expect(r.ok, file).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/^it (cannot be decoded|is not an image)/);
    }
  });

  it('keeps a stolen photo within the threshold after resizing and re-compression, and an unrelated one far outside it', async () => {
    for (const seed of [11, 12, 13, 14]) {
      const official = await productShot(seed);
      const original = await hashOf(write(`official-${seed}.png`, official));
      const copies = [await reencoded(official, 640, 85), await reencoded(official, 320, 55), await (await import('sharp')).default(official).resize({ width: 1000 }).webp({ quality: 70 }).toBuffer()];
      for (const [i, copy] of copies.entries()) expect(hammingDistance(original, await hashOf(write(`copy-${seed}-${i}.img`, copy))), `shot ${seed} copy ${i}`).toBeLessThanOrEqual(OFFICIAL_PHOTO_MAX_DISTANCE);
      const unrelated = await hashOf(write(`other-${seed}.jpg`, await reencoded(await productShot(seed + 100), 640)));
      expect(hammingDistance(original, unrelated), `shot ${seed} against an unrelated one`).toBeGreaterThan(OFFICIAL_PHOTO_MAX_DISTANCE + 4);
    }
  });

  it('hashes a transparent PNG as 64 bits like any other', async () => {
    const sharp = (await import('sharp')).default;
    const rgba = await sharp(await productShot(3)).ensureAlpha(0.5).png().toBuffer();
    expect(await hashOf(write('alpha.png', rgba))).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('the near-image index', () => {
  const hex = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, '0'));
  it('finds exactly the hashes within the distance, as comparing every pair would', () => {
    fc.assert(
      fc.property(fc.array(hex, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 12 }), fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 14 }), (hashes, distance, flips) => {
        // A probe near the first hash, so there is something to find.
        let probe = BigInt(`0x${hashes[0]}`);
        for (const bit of flips) probe ^= 1n << BigInt(bit);
        const probeHex = probe.toString(16).padStart(16, '0');
        const index = createNearImageIndex(hashes.map((dhash, i) => ({ dhash, value: i })), distance);
        const expected = hashes.map((h, i) => [i, hammingDistance(h, probeHex)] as const).filter(([, d]) => d <= distance).map(([i]) => i).sort((a, b) => a - b);
        expect(index.near(probeHex).map((n) => n.value).sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('numbering a listing’s images', () => {
  it('puts a name before its numbered copies whatever their extensions, and 2 before 10', () => {
    const names = ['A123_10.jpg', 'A123_2.png', 'A123.jpg', 'A123_2.jpeg', 'B1.jpg', 'A123.webp'];
    expect([...names].sort(compareImageNames)).toEqual(['A123.jpg', 'A123.webp', 'A123_2.jpeg', 'A123_2.png', 'A123_10.jpg', 'B1.jpg']);
  });
});

describe('the images rule', () => {
  const sha = (c: string) => c.repeat(64);
  const image = (over: Partial<ListingImage>): ListingImage => ({ position: 1, name: 'A1.jpg', sha256: sha('a'), dhash: '0f0f0f0f0f0f0f0f', error: null, official: null, otherSellers: [], ...over });

  it('says which image is which official photo, at what distance, in a sentence a lawyer can quote, naming both files by SHA-256', () => {
    const [finding] = imageRule([image({ position: 2, name: 'A1_2.jpg', sha256: sha('b'), official: { name: 'aurelle-front.jpg', sku: 'CV-BG-1001', sha256: sha('c'), distance: 3 } })], DEFAULT_RULE_WEIGHTS);
    expect(finding).toEqual({
      rule: 'image.official_photo',
      severity: 'high',
      expected: 'photos of the item actually offered',
      observed: 'the official photo aurelle-front.jpg of CV-BG-1001, 3 of 64 bits apart',
      weight: DEFAULT_RULE_WEIGHTS['image.official_photo'],
      message: "Image 2 of this listing is the brand's official photo aurelle-front.jpg of CV-BG-1001 (distance 3 of 64 bits).",
      image: { sha256: sha('b'), photoSha256: sha('c') },
    });
  });

  it('notes an image that other sellers use too, naming a few of them, and counts them all with the image', () => {
    const [finding] = imageRule([image({ otherSellers: ['dhgate:a', 'dhgate:b', 'ebay:c', 'ebay:d'] })], DEFAULT_RULE_WEIGHTS);
    expect(finding).toMatchObject({ rule: 'image.shared_across_sellers', severity: 'medium', message: 'Image 1 of this listing (A1.jpg) also appears in listings of 4 other sellers (dhgate:a, dhgate:b, ebay:c and 1 more).' });
    expect(finding!.image).toEqual({ sha256: sha('a'), otherSellers: 4 });
  });

  it('skips an unreadable image with a clear sentence and no weight, and says nothing about a plain unmatched image', () => {
    const findings = imageRule([image({ dhash: null, error: 'it claims 100,000×100,000 pixels, more than the 100,000,000 allowed', name: 'big.png', sha256: sha('d') }), image({ position: 2 })], DEFAULT_RULE_WEIGHTS);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'image.unreadable',
        severity: 'info',
        weight: 0,
        message: 'Image 1 of this listing (big.png) was not compared: it claims 100,000×100,000 pixels, more than the 100,000,000 allowed.',
        image: { sha256: sha('d') },
      }),
    ]);
  });

  it('uses the brand’s weight for a stolen photo', () => {
    const [finding] = imageRule([image({ official: { name: 'x.jpg', sku: 'S', sha256: sha('e'), distance: 0 } })], { ...DEFAULT_RULE_WEIGHTS, 'image.official_photo': 70 });
    expect(finding!.weight).toBe(70);
  });
});
