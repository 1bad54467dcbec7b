// Writes a deterministic listing export: the columns a scraper gives, mixed languages, realistic prices.
import fs from 'node:fs';

const MARKETS = [
  ['aliexpress', (i) => `https://www.aliexpress.com/item/${1005000000000000 + i}.html`, 'USD'],
  ['taobao', (i) => `https://item.taobao.com/item.htm?id=${600000000000 + i}`, 'CNY'],
  ['dhgate', (i) => `https://www.dhgate.com/product/bag/${900000000 + i}.html`, 'USD'],
  ['amazon', (i) => `https://www.amazon.com/dp/B0${String(i).padStart(8, '0')}`, 'USD'],
  ['ebay', (i) => `https://www.ebay.com/itm/${300000000000 + i}`, 'EUR'],
  ['alibaba', (i) => `https://www.alibaba.com/product-detail/Bag_${1600000000000 + i}.html`, 'USD'],
];
const TITLES = ['Corvanne Aurelle Tote 34 leather bag', '高仿 Corvanne 手表 机械表 1:1', 'Bolso Corvanne réplica de cuero', 'Corvanne çakma çanta kutulu', 'Túi Corvanne hàng fake cao cấp', 'Corvanne Riviera sneakers AAA quality'];
const CITIES = ['Guangzhou, China', 'Yiwu, China', 'Shenzhen, China', 'Putian, China', 'Istanbul, Türkiye', 'Hong Kong'];

/** A seeded xorshift, so the same row count always gives the same file. */
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export async function writeListingFile(file, rows, seed = 42) {
  const r = random(seed);
  const out = fs.createWriteStream(file);
  const write = (line) => (out.write(line) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve)));
  await write('marketplace,item id,product url,title,description,brand,price,currency,seller id,store name,seller location,image urls,units sold,captured at\n');
  for (let i = 0; i < rows; i++) {
    const [market, url, currency] = MARKETS[i % MARKETS.length];
    const price = (5 + r() * 400).toFixed(2);
    const title = `${TITLES[Math.floor(r() * TITLES.length)]} #${i}`;
    const seller = Math.floor(r() * 5000);
    const line = [market, String(i), url(i), title, `Listing ${i}: ${title}. Fast shipping.`, 'Corvanne', currency === 'CNY' ? `¥${price}` : price, currency, `s${seller}`, `Store ${seller}`, CITIES[seller % CITIES.length], `https://img.example/${i}.jpg`, String(Math.floor(r() * 5000)), `2026-0${1 + (i % 9)}-1${i % 10}T10:00:00Z`];
    await write(line.map(quote).join(',') + '\n');
  }
  await new Promise((resolve) => out.end(resolve));
}
