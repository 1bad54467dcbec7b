// Titles and descriptions for demo listings in ten languages: clean ones for genuine resellers, and for counterfeits
// the replica vocabulary (1:1, AAA, 高仿, A货, réplica, çakma, hàng fake…), misspelt or look-alike brand names and hidden brands.
import { DEMO_BRAND, type DemoProduct, type ProductKind } from './demoCatalog';
import { completeGtin } from '../catalog/gtinCheckDigit';
import type { DemoMarketplace } from './demoMarketplaces';
import type { Random } from './random';

export const DEMO_LANGUAGES = ['en', 'zh', 'es', 'pt', 'tr', 'vi', 'fr', 'ru', 'de', 'it'] as const;
export type DemoLanguage = (typeof DEMO_LANGUAGES)[number];

/** How a listing writes the brand; the ground truth keeps it so a matcher's misses can be explained. */
export type BrandForm = 'exact' | 'upper' | 'misspelt' | 'lookalike' | 'hidden' | 'chinese';

const MISSPELLINGS = ['Corvane', 'Corvan', 'Korvanne', 'Corvanna', 'Corvvanne', 'C0rvanne', 'Corv@nne', 'Corvannes', 'Cor-vanne', 'C O R V A N N E', 'Corvnne'];
/** Cyrillic С/а/е/о, Greek ο and full-width letters that look like the Latin brand name. */
const LOOKALIKES = ['\u0421orvanne', 'Corv\u0430nne', 'C\u03bfrvanne', 'Corvann\u0435', '\u0421\u043erv\u0430nn\u0435', 'ＣＯＲＶＡＮＮＥ'];
const HIDDEN = ['CV', 'C-brand', 'Designer', 'Luxury Brand', 'KW', 'Famous Brand', 'Big Brand'];
const HIDDEN_ZH = ['C家', 'KF家', '大牌', 'KW', '某奢'];

export function brandText(random: Random, form: BrandForm, language: DemoLanguage): string {
  switch (form) {
    case 'exact':
      return language === 'zh' ? random.pick([DEMO_BRAND.name, `${DEMO_BRAND.chineseName}${DEMO_BRAND.name}`]) : DEMO_BRAND.name;
    case 'upper':
      return DEMO_BRAND.name.toUpperCase();
    case 'misspelt':
      return random.pick(MISSPELLINGS);
    case 'lookalike':
      return random.pick(LOOKALIKES);
    case 'hidden':
      return language === 'zh' ? random.pick(HIDDEN_ZH) : random.pick(HIDDEN);
    case 'chinese':
      return DEMO_BRAND.chineseName;
  }
}

const STRONG_KEYWORDS: Record<DemoLanguage, readonly string[]> = {
  en: ['Replica', '1:1', 'AAA', 'AAA+', 'Mirror Quality', 'Super Copy', 'Top Quality Copy', 'UA', '1:1 Mirror', 'Best Version', 'KW'],
  zh: ['高仿', 'A货', '原单', '精仿', '复刻', '1:1', '顶级版本', '超A', '纯原', '尾单', '正品级', 'KW'],
  es: ['réplica', 'calidad AAA', 'copia', 'primera calidad', 'espejo 1:1', 'imitación'],
  pt: ['réplica', 'primeira linha', 'cópia', 'AAA', 'qualidade espelho'],
  tr: ['çakma', 'A kalite', 'replika', 'birebir', 'muadil', 'A+ kalite'],
  vi: ['hàng fake', 'hàng rep', 'rep 1:1', 'super fake', 'siêu cấp', 'loại 1', 'like auth'],
  fr: ['réplique', 'copie', 'qualité miroir', '1:1', 'imitation'],
  ru: ['реплика', 'копия', 'люкс качество', '1:1', 'ААА'],
  de: ['Replika', 'Kopie', '1:1', 'Top Qualität', 'Nachbau'],
  it: ['replica', 'copia', 'prima scelta', '1:1', 'qualità specchio'],
};

/** Words that hint without saying it; counterfeits that use only these are the hard cases. */
const SOFT_KEYWORDS: Record<DemoLanguage, readonly string[]> = {
  en: ['Inspired', 'High Quality', 'Same As Original', 'Factory Direct', 'Original Quality', 'Luxury Designer'],
  zh: ['同款', '专柜品质', '工厂直销', '莆田', '网红同款'],
  es: ['inspirado', 'alta calidad', 'de fábrica'],
  pt: ['inspirada', 'alta qualidade', 'de fábrica'],
  tr: ['yüksek kalite', 'fabrikadan'],
  vi: ['chất lượng cao', 'hàng xưởng'],
  fr: ['inspiré', 'haute qualité'],
  ru: ['высокое качество', 'как оригинал'],
  de: ['inspiriert', 'hohe Qualität'],
  it: ['ispirato', 'alta qualità'],
};

const EXTRAS: Record<DemoLanguage, readonly string[]> = {
  en: ['Women', 'Men', 'Unisex', 'Luxury', 'New 2025', 'With Box', 'Free Shipping', 'Fast Shipping', 'Fashion', 'Genuine Leather', 'Gift', 'Hot Sale', 'With Dust Bag'],
  zh: ['包邮', '新款', '带盒子', '女士', '男士', '真皮', '现货', '2025新款', '送礼'],
  es: ['mujer', 'hombre', 'lujo', 'con caja', 'envío gratis', 'nuevo'],
  pt: ['feminina', 'masculino', 'luxo', 'com caixa', 'frete grátis', 'nova'],
  tr: ['kadın', 'erkek', 'lüks', 'kutulu', 'ücretsiz kargo', 'yeni sezon'],
  vi: ['nữ', 'nam', 'cao cấp', 'full box', 'freeship', 'mới'],
  fr: ['femme', 'homme', 'luxe', 'avec boîte', 'livraison gratuite', 'neuf'],
  ru: ['женская', 'мужские', 'люкс', 'с коробкой', 'бесплатная доставка', 'новинка'],
  de: ['Damen', 'Herren', 'Luxus', 'mit Box', 'kostenloser Versand', 'neu'],
  it: ['donna', 'uomo', 'lusso', 'con scatola', 'spedizione gratuita', 'nuovo'],
};

const CATEGORY_WORDS: Record<ProductKind, Record<DemoLanguage, string>> = {
  bag: { en: 'Handbag', zh: '手提包', es: 'Bolso', pt: 'Bolsa', tr: 'Çanta', vi: 'Túi xách', fr: 'Sac', ru: 'Сумка', de: 'Handtasche', it: 'Borsa' },
  wallet: { en: 'Wallet', zh: '钱包', es: 'Cartera', pt: 'Carteira', tr: 'Cüzdan', vi: 'Ví', fr: 'Portefeuille', ru: 'Кошелек', de: 'Geldbörse', it: 'Portafoglio' },
  belt: { en: 'Belt', zh: '腰带', es: 'Cinturón', pt: 'Cinto', tr: 'Kemer', vi: 'Thắt lưng', fr: 'Ceinture', ru: 'Ремень', de: 'Gürtel', it: 'Cintura' },
  watch: { en: 'Watch', zh: '手表', es: 'Reloj', pt: 'Relógio', tr: 'Saat', vi: 'Đồng hồ', fr: 'Montre', ru: 'Часы', de: 'Uhr', it: 'Orologio' },
  sneaker: { en: 'Sneakers', zh: '运动鞋', es: 'Zapatillas', pt: 'Tênis', tr: 'Spor Ayakkabı', vi: 'Giày', fr: 'Baskets', ru: 'Кроссовки', de: 'Sneaker', it: 'Sneakers' },
  scarf: { en: 'Silk Scarf', zh: '丝巾', es: 'Pañuelo de seda', pt: 'Lenço de seda', tr: 'İpek Eşarp', vi: 'Khăn lụa', fr: 'Carré de soie', ru: 'Шелковый платок', de: 'Seidentuch', it: 'Foulard di seta' },
  sunglasses: { en: 'Sunglasses', zh: '太阳镜', es: 'Gafas de sol', pt: 'Óculos de sol', tr: 'Güneş Gözlüğü', vi: 'Kính mát', fr: 'Lunettes de soleil', ru: 'Солнцезащитные очки', de: 'Sonnenbrille', it: 'Occhiali da sole' },
  key_ring: { en: 'Key Ring', zh: '钥匙扣', es: 'Llavero', pt: 'Chaveiro', tr: 'Anahtarlık', vi: 'Móc khóa', fr: 'Porte-clés', ru: 'Брелок', de: 'Schlüsselanhänger', it: 'Portachiavi' },
};

const COLOUR_ZH: Record<string, string> = {
  Noir: '黑色', Black: '黑色', Cognac: '干邑棕', Taupe: '灰褐色', Bordeaux: '酒红色', 'Rose Poudré': '藕粉色', Ivoire: '象牙白',
  Sable: '沙色', 'Vert Forêt': '森林绿', Rouge: '红色', 'Bleu Nuit': '午夜蓝', Caramel: '焦糖色', White: '白色', Grey: '灰色',
  Cream: '奶白色', Steel: '精钢', Tortoise: '玳瑁', Gold: '金色', Bleu: '蓝色', Vert: '绿色', Titanium: '钛金属', Monogram: '老花',
};

export const categoryWord = (kind: ProductKind, language: DemoLanguage): string => CATEGORY_WORDS[kind][language];

/** The category word, unless the model name already says it ("Quill Bifold Wallet", not "… Wallet Wallet"). */
function categoryAfter(model: string, kind: ProductKind, language: DemoLanguage): string {
  const word = CATEGORY_WORDS[kind][language];
  const english = CATEGORY_WORDS[kind].en.replace(/s$/, '').toLowerCase();
  const named = model.toLowerCase();
  return named.includes(word.toLowerCase()) || named.includes(english) || (kind === 'bag' && /\b(bag|tote|crossbody|weekender)\b/.test(named)) ? '' : word;
}

/** A colourway as a Chinese title writes it: known colour words translated, the rest kept. */
export function colourIn(language: DemoLanguage, colourway: string): string {
  if (language !== 'zh') return colourway;
  const first = colourway.split(' / ')[0] as string;
  return COLOUR_ZH[first] ?? COLOUR_ZH[first.split(' ')[0] as string] ?? colourway;
}

/** Up to two different words from a list, space-separated. */
function pickSome(random: Random, items: readonly string[], count: number): string {
  if (count === 0) return '';
  const first = random.pick(items);
  if (count === 1) return first;
  const second = random.pick(items);
  return second === first ? first : `${first} ${second}`;
}

/** Joins the non-empty parts of a title with single spaces. */
const words = (...parts: string[]): string => parts.filter((p) => p !== '').join(' ');

export interface CounterfeitTitleInput {
  random: Random;
  language: DemoLanguage;
  marketplace: DemoMarketplace;
  kind: ProductKind;
  brand: string;
  model: string;
  colour: string;
  /** Whether the seller spells out the replica vocabulary, hints at it, or claims the goods are authentic. */
  wording: 'strong' | 'soft' | 'claims_authentic';
}

export function counterfeitTitle(t: CounterfeitTitleInput): string {
  const { random, language } = t;
  const keyword = () => random.pick(t.wording === 'soft' ? SOFT_KEYWORDS[language] : STRONG_KEYWORDS[language]);
  const kw = t.wording === 'claims_authentic' ? '' : keyword();
  const kw2 = t.wording === 'strong' && random.chance(0.35) ? keyword() : '';
  const extras = pickSome(random, EXTRAS[language], random.int(0, 2));
  const category = categoryAfter(t.model, t.kind, language);
  const colour = random.chance(0.7) ? colourIn(language, t.colour) : '';
  switch (language) {
    case 'zh':
      return words(`${kw}${t.brand}`, `${t.model}${category}`, colour, kw2, extras);
    case 'en': {
      const claim = t.wording === 'claims_authentic' ? random.pick(['100% Authentic', 'Authentic', 'Genuine', 'Original']) : '';
      const trade = t.marketplace === 'alibaba' ? random.pick(['Wholesale', 'Factory Price', 'OEM', 'Hot Selling']) : t.marketplace === 'dhgate' ? random.pick(['2025', 'Top Quality', 'Luxury', '']) : '';
      return random.chance(0.5)
        ? words(trade, claim, kw, t.brand, t.model, colour, category, kw2, extras)
        : words(trade, claim, t.brand, t.model, category, colour, kw, kw2, extras);
    }
    case 'tr':
    case 'de':
      return words(t.brand, t.model, category, kw, colour, kw2, extras);
    default:
      return words(category, t.brand, t.model, kw, colour, kw2, extras);
  }
}

export interface GenuineTitleInput {
  random: Random;
  language: DemoLanguage;
  product: DemoProduct;
  colour: string;
  condition: 'new' | 'pre_owned';
  authorised: boolean;
}

export function genuineTitle(t: GenuineTitleInput): string {
  const { random, product, colour } = t;
  const brand = DEMO_BRAND.name;
  const name = product.name;
  const category = categoryAfter(name, product.kind, t.language);
  switch (t.language) {
    case 'zh': {
      const zhColour = colourIn('zh', colour);
      if (t.authorised) return words(`${DEMO_BRAND.chineseName}官方授权`, brand, name, category, zhColour);
      return t.condition === 'pre_owned'
        ? words('二手', `${DEMO_BRAND.chineseName}${brand}`, name, category, zhColour, '九成新 保真')
        : random.pick([words(`【正品代购】${DEMO_BRAND.chineseName}`, name, zhColour, '国内现货'), words(`${DEMO_BRAND.chineseName}${brand}`, name, category, zhColour, '专柜正品')]);
    }
    case 'fr':
      return t.condition === 'pre_owned' ? words(category, brand, name, colour, 'd’occasion, authentique') : words(brand, name, colour, '– neuf, authentique, avec facture');
    case 'de':
      return t.condition === 'pre_owned' ? words(brand, name, colour, 'gebraucht, Original mit Rechnung') : words(brand, name, colour, '– neu, Original');
    case 'it':
      return t.condition === 'pre_owned' ? words(brand, name, colour, 'usato, originale') : words(brand, name, colour, 'originale nuovo con scontrino');
    case 'es':
      return t.condition === 'pre_owned' ? words(brand, name, colour, 'usado, original') : words(brand, name, colour, 'original nuevo');
    default:
      if (t.authorised) return random.pick([words(brand, name, '–', colour), words(brand.toUpperCase(), name, category, colour), words(brand, name, category ? `${category},` : '', colour)]);
      return t.condition === 'pre_owned'
        ? random.pick([words('Authentic', brand, name, colour, category, 'Pre-owned'), words(brand, product.family, categoryWord(product.kind, 'en'), colour, '– used, good condition, receipt'), words('Pre-Owned', brand, name, colour)])
        : random.pick([words(brand, name, colour, category, 'NEW with tags'), words('Brand New', brand, name, colour), words(brand, name, category, colour, '– new, unworn')]);
  }
}

/** A serial in the product's format, e.g. CV23KL0412. */
export function genuineSerial(random: Random, format: string): string {
  let out = '';
  for (const ch of format) {
    if (ch === '#') out += String(random.int(0, 9));
    else if (ch === 'A') out += String.fromCharCode(65 + random.int(0, 25));
    else out += ch;
  }
  return out;
}

/** Serials counterfeiters print: off the brand's format, or (less often) a plausible copy. */
function counterfeitSerial(random: Random, format: string): string {
  switch (random.int(0, 4)) {
    case 0:
      return `SN${random.int(100000000, 999999999)}`;
    case 1:
      return `CV-${random.int(2015, 2025)}-${random.int(10000, 99999)}`;
    case 2:
      return genuineSerial(random, format).toLowerCase();
    case 3:
      return `${genuineSerial(random, format)}${random.int(0, 9)}`;
    default:
      return genuineSerial(random, format);
  }
}

/** GTINs counterfeiters print: a genuine one copied, one under a foreign prefix (valid check digit), or one with a bad check digit. */
function counterfeitGtin(random: Random, genuine: string): string {
  const roll = random.next();
  if (roll < 0.4) return genuine;
  if (roll < 0.75) return completeGtin(`69${random.int(1000000000, 9999999999)}`);
  const last = Number(genuine.slice(-1));
  return `${genuine.slice(0, -1)}${(last + random.int(1, 9)) % 10}`;
}

const cm = (mm: number) => (Math.round(mm / 10 * 10) / 10).toString();

export interface DescriptionInput {
  random: Random;
  language: DemoLanguage;
  product: DemoProduct;
  colourIndex: number;
  counterfeit: boolean;
  condition: 'new' | 'pre_owned';
  marketplace: DemoMarketplace;
  minOrder: number | null;
}

/** A short description in the listing's language, sometimes quoting a GTIN, a serial and the dimensions. */
export function listingDescription(d: DescriptionInput): string {
  const { random, product, language } = d;
  const genuineGtin = product.gtins[d.colourIndex] as string;
  // Counterfeits' dimensions are a few per cent off the genuine specification.
  const scale = d.counterfeit ? random.between(0.9, 1.06) : 1;
  const size = `${cm(product.lengthMm * scale)} x ${cm(product.heightMm * scale)} x ${cm(product.widthMm * scale)} cm`;
  const gtin = random.chance(d.counterfeit ? 0.45 : 0.6) ? (d.counterfeit ? counterfeitGtin(random, genuineGtin) : genuineGtin) : null;
  const serial = product.serialFormat && random.chance(d.counterfeit ? 0.2 : d.condition === 'pre_owned' ? 0.5 : 0.1)
    ? d.counterfeit ? counterfeitSerial(random, product.serialFormat) : genuineSerial(random, product.serialFormat)
    : null;
  const moq = d.minOrder !== null && d.minOrder > 1 ? d.minOrder : null;

  if (language === 'zh') {
    const parts = [
      `材质：${product.kind === 'watch' ? '316L精钢' : product.kind === 'scarf' ? '真丝' : '头层牛皮'}`,
      `尺寸：${size}`,
      d.counterfeit ? random.pick(['原单品质，专柜同款', '顶级复刻，细节对版', '1:1开模，五金logo清晰', '支持验货，假一赔十']) : random.pick(['专柜正品，可提供购物小票', '海外直邮，保证正品', '官方授权，全国联保']),
      d.counterfeit ? random.pick(['配全套包装：防尘袋、盒子、证书卡', '送防尘袋', '需要实拍图请加微信']) : '附原装防尘袋和包装盒',
      moq ? `起批量：${moq}件` : '',
      gtin ? `条码：${gtin}` : '',
      serial ? `编码：${serial}` : '',
    ];
    return parts.filter(Boolean).join('。');
  }
  const material = product.materials[0] as string;
  if (d.counterfeit) {
    const parts = [
      `${categoryWord(product.kind, language)} ${product.family}. ${material}. ${size}.`,
      language === 'en'
        ? random.pick(['Top grade quality, same as original.', 'Mirror quality, all details match.', '1:1 copy with correct hardware and logo.', 'Best version on the market.', 'Quality guaranteed, real photos.'])
        : random.pick(STRONG_KEYWORDS[language]),
      random.pick(['Comes with box, dust bag and authenticity card.', 'Full package: box, dust bag, receipt.', 'Dust bag included.', '']),
      moq ? `MOQ ${moq} pieces, OEM/ODM accepted, mixed styles OK.` : '',
      d.marketplace === 'dhgate' || d.marketplace === 'aliexpress' ? random.pick(['Contact us on WhatsApp for more real photos.', 'Fast shipping by DHL/EMS, tracking number provided.', '']) : '',
      gtin ? `EAN: ${gtin}` : '',
      serial ? `Serial: ${serial}` : '',
    ];
    return words(...parts);
  }
  const parts = [
    d.condition === 'pre_owned'
      ? `Authentic ${DEMO_BRAND.name} ${product.name} in ${product.colourways[d.colourIndex]}, pre-owned in good condition with light signs of use.`
      : `Authentic ${DEMO_BRAND.name} ${product.name} in ${product.colourways[d.colourIndex]}, new.`,
    `${material}. ${size}.`,
    random.pick(['Comes with the original dust bag and box.', 'With box, care booklet and receipt.', 'Original packaging included.']),
    gtin ? `EAN ${gtin}.` : '',
    serial ? `Serial ${serial}.` : '',
  ];
  return words(...parts);
}
