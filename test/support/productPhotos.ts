// Deterministic stand-ins for product photos, drawn with sharp from SVG: a "shot" is a composition of shapes on a
// gradient, so two shots differ as two photos do, and one shot resized or re-compressed stays itself.
import sharp from 'sharp';

/** A product shot as PNG bytes: `seed` picks the composition. */
export function productShot(seed: number, width = 800, height = 600): Promise<Buffer> {
  const r = seeded(seed);
  const shapes = Array.from({ length: 9 }, (_, k) => {
    const x = Math.round(r() * width);
    const y = Math.round(r() * height);
    const size = Math.round(40 + r() * 220);
    const shade = Math.round(r() * 255);
    return k % 2 === 0
      ? `<circle cx="${x}" cy="${y}" r="${size / 2}" fill="rgb(${shade},${255 - shade},${(shade * 3) % 255})"/>`
      : `<rect x="${x - size / 2}" y="${y - size / 3}" width="${size}" height="${(size * 2) / 3}" fill="rgb(${(shade * 7) % 255},${shade},${255 - shade})"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="${r() > 0.5 ? 1 : 0}" y2="1"><stop offset="0" stop-color="rgb(${Math.round(r() * 255)},200,180)"/><stop offset="1" stop-color="rgb(30,${Math.round(r() * 255)},60)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A small deterministic generator (mulberry32): each call the next number in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same shot as a copier would post it: smaller, as a JPEG of middling quality. */
export function reencoded(png: Buffer, width: number, quality = 70): Promise<Buffer> {
  return sharp(png).resize({ width }).jpeg({ quality }).toBuffer();
}

/** A PNG whose header claims the given size, with no real pixel data behind it. */
export function pngClaimingSize(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
