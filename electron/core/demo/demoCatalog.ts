// The demo's fictional brand, Corvanne (a Geneva leather-goods, watch and sneaker house): its owner and agent,
// trade mark registrations, twenty genuine products with full specifications, and its authorised resellers.
import { completeGtin } from '../catalog/gtinCheckDigit';

export type ProductKind = 'bag' | 'wallet' | 'belt' | 'watch' | 'sneaker' | 'scarf' | 'sunglasses' | 'key_ring';

export interface DemoBrand {
  name: string;
  /** The brand as written in Chinese listings. */
  chineseName: string;
  ownerName: string;
  ownerAddress: string;
  ownerEmail: string;
  agentName: string;
  agentAddress: string;
  agentEmail: string;
  agentAuthorisation: string;
  ownerPhone: string;
  ownerCountry: string;
  agentPhone: string;
  signatoryName: string;
  signatoryTitle: string;
  gs1Prefixes: string[];
  /** Where the brand's own product photos live; counterfeit listings reuse some of them. */
  mediaHost: string;
}

export interface DemoTrademark {
  mark: string;
  office: 'EUIPO' | 'USPTO' | 'CNIPA' | 'WIPO';
  registrationNumber: string;
  classes: number[];
  registeredOn: string;
  expiresOn: string;
}

export interface DemoProduct {
  sku: string;
  name: string;
  /** The model family, as sellers shorten it in titles ("Aurelle"). */
  family: string;
  kind: ProductKind;
  category: string;
  aliases: string[];
  msrp: number;
  currency: 'USD' | 'EUR';
  minAuthorisedPrice: number;
  materials: string[];
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  weightG: number;
  colourways: string[];
  /** One GTIN-13 per colourway, in the same order. */
  gtins: string[];
  /** The serial format: '#' a digit, 'A' a capital letter, anything else literal; null when the product carries none. */
  serialFormat: string | null;
  serialPattern: string | null;
  authenticationFeatures: string[];
  neverMadeModels: string[];
  discontinued: boolean;
  /** How often the demo's listings offer it, relative to the others (demo-only, not a specification). */
  demoPopularity: number;
}

export interface DemoAuthorisedSeller {
  marketplace: string;
  sellerRef: string;
  name: string;
  note: string;
  location: string;
  storeUrl: string;
}

export const DEMO_BRAND: DemoBrand = {
  name: 'Corvanne',
  chineseName: '柯梵',
  ownerName: 'Corvanne Maison S.A.',
  ownerAddress: '14 Rue des Tanneurs, 1204 Genève, Switzerland',
  ownerEmail: 'legal@corvanne.example',
  agentName: 'Brightline IP Enforcement LLP',
  agentAddress: '3 Fetter Lane, London EC4A 1BR, United Kingdom',
  agentEmail: 'takedowns@brightline-ip.example',
  agentAuthorisation:
    'Brightline IP Enforcement LLP is authorised by Corvanne Maison S.A., owner of the CORVANNE trade marks, to send notices of infringement to online marketplaces on its behalf, under a power of attorney dated 3 March 2024 and valid until 2 March 2027.',
  ownerPhone: '+41 22 555 01 40',
  ownerCountry: 'CH',
  agentPhone: '+44 20 5550 1234',
  signatoryName: 'Helena Marsh',
  signatoryTitle: 'Partner, Brightline IP Enforcement LLP',
  gs1Prefixes: ['7640175', '7640176'],
  mediaHost: 'https://media.corvanne.example',
};

export const DEMO_TRADEMARKS: readonly DemoTrademark[] = [
  { mark: 'CORVANNE', office: 'EUIPO', registrationNumber: '018234517', classes: [14, 18, 25], registeredOn: '2020-07-14', expiresOn: '2030-03-02' },
  { mark: 'CORVANNE', office: 'USPTO', registrationNumber: '6234871', classes: [14, 18, 25], registeredOn: '2021-01-12', expiresOn: '2031-01-12' },
  { mark: '柯梵', office: 'CNIPA', registrationNumber: '39876543', classes: [18], registeredOn: '2020-08-21', expiresOn: '2030-08-20' },
  { mark: 'C monogram (figurative)', office: 'WIPO', registrationNumber: '1598234', classes: [14, 18, 25, 26], registeredOn: '2021-04-09', expiresOn: '2031-04-09' },
];

const LEATHER_PREFIX = '7640175';
const WATCH_AND_SHOE_PREFIX = '7640176';

/** Turns '#' and 'A' in a serial format into a regular expression that matches the whole serial. */
export function serialPatternFor(format: string): string {
  let out = '^';
  for (const ch of format) {
    if (ch === '#') out += '[0-9]';
    else if (ch === 'A') out += '[A-Z]';
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return `${out}$`.replace(/(\[0-9\]|\[A-Z\])(\1)+/g, (run: string, unit: string) => `${unit}{${run.length / unit.length}}`);
}

type ProductSource = Omit<DemoProduct, 'gtins' | 'serialPattern' | 'discontinued' | 'category'> & { discontinued?: boolean };

const CATEGORY_LABELS: Record<ProductKind, string> = {
  bag: 'Handbags',
  wallet: 'Small leather goods',
  belt: 'Belts',
  watch: 'Watches',
  sneaker: 'Sneakers',
  scarf: 'Silk scarves',
  sunglasses: 'Eyewear',
  key_ring: 'Accessories',
};

const BAG_FEATURES = [
  'Heat-stamped "CORVANNE GENÈVE" logotype in 4 mm serif capitals, centred 18 mm below the top edge',
  'Serial number heat-stamped on a leather tab inside the zip pocket: CV, two-digit year, two letters, four digits',
  'Saddle stitching at 9 stitches per inch in beeswaxed linen thread matching the leather; never contrasting',
  'Riri zip with pulls engraved "CV" on the reverse',
  'Holographic authenticity label sewn into the lining seam, printed with the GTIN of the colourway',
  'Ivory cotton-flannel dust bag with the logotype printed in brown; sand-coloured box with debossed C monogram',
];

const SOURCES: readonly ProductSource[] = [
  {
    sku: 'CV-BG-1001', name: 'Aurelle Tote 34', family: 'Aurelle', kind: 'bag',
    aliases: ['Aurelle 34', 'Aurelle Tote', '柯梵 Aurelle 托特包', '柯梵奥瑞尔托特包34'],
    msrp: 2450, currency: 'EUR', minAuthorisedPrice: 2200,
    materials: ['Grained calfskin leather', 'Cotton canvas lining', 'Palladium-finish brass hardware'],
    lengthMm: 340, widthMm: 160, heightMm: 270, weightG: 980,
    colourways: ['Noir', 'Cognac', 'Taupe', 'Bordeaux'],
    serialFormat: 'CV##AA####', authenticationFeatures: BAG_FEATURES,
    neverMadeModels: ['Aurelle Tote 40', 'Aurelle Mini', 'Aurelle Tote 34 Monogram Canvas', 'Aurelle Tote 34 Tiffany Blue'],
    demoPopularity: 14,
  },
  {
    sku: 'CV-BG-1002', name: 'Aurelle Tote 28', family: 'Aurelle', kind: 'bag',
    aliases: ['Aurelle 28', 'Aurelle Small Tote', '柯梵 Aurelle 托特包 小号'],
    msrp: 1950, currency: 'EUR', minAuthorisedPrice: 1750,
    materials: ['Grained calfskin leather', 'Cotton canvas lining', 'Palladium-finish brass hardware'],
    lengthMm: 280, widthMm: 130, heightMm: 220, weightG: 720,
    colourways: ['Noir', 'Cognac', 'Rose Poudré', 'Ivoire'],
    serialFormat: 'CV##AA####', authenticationFeatures: BAG_FEATURES,
    neverMadeModels: ['Aurelle Tote 28 Gold Chain', 'Aurelle Tote 28 Python'],
    demoPopularity: 8,
  },
  {
    sku: 'CV-BG-1101', name: 'Sable Crossbody', family: 'Sable', kind: 'bag',
    aliases: ['Sable Bag', 'Sable Messenger', '柯梵 Sable 斜挎包'],
    msrp: 1650, currency: 'EUR', minAuthorisedPrice: 1480,
    materials: ['Smooth box calfskin', 'Lambskin lining', 'Gold-finish brass hardware'],
    lengthMm: 230, widthMm: 70, heightMm: 160, weightG: 540,
    colourways: ['Noir', 'Sable', 'Vert Forêt', 'Rouge'],
    serialFormat: 'CV##AA####', authenticationFeatures: BAG_FEATURES,
    neverMadeModels: ['Sable Crossbody XL', 'Sable Crossbody Denim'],
    demoPopularity: 7,
  },
  {
    sku: 'CV-BG-1201', name: 'Marceau Shoulder Bag', family: 'Marceau', kind: 'bag',
    aliases: ['Marceau Bag', 'Marceau Flap', '柯梵 Marceau 单肩包'],
    msrp: 2890, currency: 'EUR', minAuthorisedPrice: 2600,
    materials: ['Smooth box calfskin', 'Suede lining', 'Gold-finish brass turn-lock'],
    lengthMm: 300, widthMm: 100, heightMm: 200, weightG: 890,
    colourways: ['Noir', 'Cognac', 'Bleu Nuit'],
    serialFormat: 'CV##AA####', authenticationFeatures: BAG_FEATURES,
    neverMadeModels: ['Marceau Shoulder Bag Quilted', 'Marceau Shoulder Bag White Croc'],
    demoPopularity: 6,
  },
  {
    sku: 'CV-BG-1301', name: 'Lune Bucket Bag', family: 'Lune', kind: 'bag',
    aliases: ['Lune Bucket', 'Lune Bag', '柯梵 Lune 水桶包'],
    msrp: 1790, currency: 'EUR', minAuthorisedPrice: 1600,
    materials: ['Grained calfskin leather', 'Microfibre lining', 'Palladium-finish brass eyelets'],
    lengthMm: 220, widthMm: 220, heightMm: 250, weightG: 650,
    colourways: ['Noir', 'Taupe', 'Caramel'],
    serialFormat: 'CV##AA####', authenticationFeatures: BAG_FEATURES,
    neverMadeModels: ['Lune Bucket Bag Mini', 'Lune Bucket Bag Raffia'],
    demoPopularity: 5,
  },
  {
    sku: 'CV-BG-1401', name: 'Voyageur 45 Weekender', family: 'Voyageur', kind: 'bag',
    aliases: ['Voyageur 45', 'Voyageur Duffle', '柯梵 Voyageur 旅行包 45'],
    msrp: 3400, currency: 'EUR', minAuthorisedPrice: 3050,
    materials: ['Coated monogram canvas', 'Vegetable-tanned calfskin trim', 'Cotton twill lining', 'Brass hardware'],
    lengthMm: 450, widthMm: 230, heightMm: 280, weightG: 1650,
    colourways: ['Cognac', 'Noir', 'Monogram / Cognac'],
    serialFormat: 'CV##AA####', authenticationFeatures: BAG_FEATURES,
    neverMadeModels: ['Voyageur 55', 'Voyageur 45 Camouflage'],
    demoPopularity: 3,
  },
  {
    sku: 'CV-SL-2001', name: 'Quill Bifold Wallet', family: 'Quill', kind: 'wallet',
    aliases: ['Quill Wallet', 'Quill Bifold', '柯梵 Quill 短款钱包'],
    msrp: 520, currency: 'EUR', minAuthorisedPrice: 470,
    materials: ['Grained calfskin leather', 'Lambskin card slots'],
    lengthMm: 115, widthMm: 20, heightMm: 95, weightG: 110,
    colourways: ['Noir', 'Cognac', 'Bleu Nuit'],
    serialFormat: 'CV##AA####',
    authenticationFeatures: [
      'Logotype heat-stamped inside the bill compartment, 3 mm capitals',
      'Serial stamped under the left card slots: CV, two-digit year, two letters, four digits',
      'Painted edges in the leather colour, three coats, smooth with no cracking',
      'Eight card slots; genuine wallets never have a coin pocket',
    ],
    neverMadeModels: ['Quill Bifold Wallet Monogram Pink', 'Quill Trifold Wallet'],
    demoPopularity: 6,
  },
  {
    sku: 'CV-SL-2002', name: 'Quill Card Holder', family: 'Quill', kind: 'wallet',
    aliases: ['Quill Card Case', 'Quill Cardholder', '柯梵 Quill 卡包'],
    msrp: 320, currency: 'EUR', minAuthorisedPrice: 290,
    materials: ['Grained calfskin leather'],
    lengthMm: 105, widthMm: 8, heightMm: 75, weightG: 40,
    colourways: ['Noir', 'Cognac', 'Rouge', 'Vert Forêt'],
    serialFormat: 'CV##AA####',
    authenticationFeatures: [
      'Logotype heat-stamped on the front, 3 mm capitals, centred',
      'Four card slots and one central pocket',
      'Painted edges in the leather colour, three coats',
      'Serial stamped inside the central pocket',
    ],
    neverMadeModels: ['Quill Card Holder with Chain'],
    demoPopularity: 7,
  },
  {
    sku: 'CV-SL-2101', name: 'Tessin Zip Wallet', family: 'Tessin', kind: 'wallet',
    aliases: ['Tessin Wallet', 'Tessin Long Wallet', '柯梵 Tessin 长款拉链钱包'],
    msrp: 690, currency: 'EUR', minAuthorisedPrice: 620,
    materials: ['Smooth calfskin leather', 'Lambskin lining', 'Riri zip'],
    lengthMm: 195, widthMm: 25, heightMm: 105, weightG: 190,
    colourways: ['Noir', 'Taupe', 'Rose Poudré'],
    serialFormat: 'CV##AA####',
    authenticationFeatures: [
      'Riri zip running on three sides, pull engraved "CV"',
      'Twelve card slots and a central zipped coin pocket',
      'Serial stamped behind the coin pocket',
    ],
    neverMadeModels: ['Tessin Zip Wallet Patent Red'],
    demoPopularity: 4,
  },
  {
    sku: 'CV-BT-2501', name: 'Boucle C Reversible Belt 35 mm', family: 'Boucle C', kind: 'belt',
    aliases: ['Boucle C Belt', 'C Buckle Belt', '柯梵 C扣 双面腰带'],
    msrp: 590, currency: 'EUR', minAuthorisedPrice: 530,
    materials: ['Smooth calfskin, reversible', 'Palladium-finish solid brass buckle'],
    lengthMm: 1100, widthMm: 35, heightMm: 5, weightG: 180,
    colourways: ['Noir / Cognac', 'Noir / Bleu Nuit'],
    serialFormat: 'CVB-######',
    authenticationFeatures: [
      'Solid brass buckle, 96 g, engraved "CORVANNE GENÈVE" on the reverse',
      'Serial printed on the belt underside near the buckle: CVB- and six digits',
      'Five holes, 25 mm apart; the buckle turns on a concealed pivot to reverse',
    ],
    neverMadeModels: ['Boucle C Belt 50 mm', 'Boucle C Belt Gold Crystal Buckle'],
    demoPopularity: 8,
  },
  {
    sku: 'CV-WT-3001', name: 'Meridian Automatic 40', family: 'Meridian', kind: 'watch',
    aliases: ['Meridian 40', 'Meridian Auto', '柯梵 Meridian 自动机械表 40mm'],
    msrp: 6900, currency: 'USD', minAuthorisedPrice: 6200,
    materials: ['316L stainless steel case', 'Sapphire crystal, anti-reflective', 'Swiss automatic calibre CV-21, 38-hour reserve', 'Alligator leather strap'],
    lengthMm: 40, widthMm: 40, heightMm: 11.2, weightG: 78,
    colourways: ['Steel / Black dial', 'Steel / Silver dial', 'Steel / Blue dial'],
    serialFormat: 'M######',
    authenticationFeatures: [
      'Serial engraved between the lugs at 6 o’clock: M and six digits',
      'Screw-down caseback engraved "CORVANNE GENÈVE" and the individual number',
      'Rotor decorated with Côtes de Genève and a gold "CV" monogram',
      'Date at 3 o’clock under a flat sapphire; genuine Meridians have no cyclops lens',
      'Applied hour markers; the Corvanne logotype is printed, never applied',
      'Green leather presentation box with a certificate card bearing the serial',
    ],
    neverMadeModels: ['Meridian Automatic 40 Rose Gold Skeleton', 'Meridian Automatic 40 Green dial', 'Meridian 40 Diamond Bezel'],
    demoPopularity: 7,
  },
  {
    sku: 'CV-WT-3002', name: 'Meridian Chronograph 42', family: 'Meridian', kind: 'watch',
    aliases: ['Meridian Chrono', 'Meridian Chronograph', '柯梵 Meridian 计时码表 42mm'],
    msrp: 8900, currency: 'USD', minAuthorisedPrice: 8000,
    materials: ['316L stainless steel case', 'Sapphire crystal, anti-reflective', 'Swiss automatic chronograph calibre CV-40', 'Steel bracelet with folding clasp'],
    lengthMm: 42, widthMm: 42, heightMm: 13.8, weightG: 104,
    colourways: ['Steel / Panda dial', 'Steel / Black dial'],
    serialFormat: 'M######',
    authenticationFeatures: [
      'Serial engraved between the lugs at 6 o’clock: M and six digits',
      'Sapphire display caseback showing the column-wheel calibre CV-40',
      'Pushers with a single gasket line; tachymeter printed on the flange, not the bezel',
      'Green leather presentation box with a certificate card bearing the serial',
    ],
    neverMadeModels: ['Meridian Chronograph 42 Rainbow Bezel', 'Meridian Chronograph 42 Two-Tone'],
    demoPopularity: 5,
  },
  {
    sku: 'CV-WT-3101', name: 'Solène Quartz 32', family: 'Solène', kind: 'watch',
    aliases: ['Solene 32', 'Solène Lady', '柯梵 Solène 女士石英表 32mm'],
    msrp: 2450, currency: 'USD', minAuthorisedPrice: 2200,
    materials: ['316L stainless steel case', 'Sapphire crystal', 'Swiss quartz calibre CV-Q2', 'Steel bracelet'],
    lengthMm: 32, widthMm: 32, heightMm: 7.5, weightG: 52,
    colourways: ['Steel / Mother-of-pearl dial', 'Two-tone / Champagne dial'],
    serialFormat: 'S######',
    authenticationFeatures: [
      'Serial engraved on the caseback edge: S and six digits',
      'Mother-of-pearl dial cut from a single shell, each one different',
      'Crown set with a flat blue spinel cabochon',
    ],
    neverMadeModels: ['Solène 36 Automatic', 'Solène Quartz 32 Pink Gold Diamond'],
    discontinued: true,
    demoPopularity: 2,
  },
  {
    sku: 'CV-WT-3201', name: 'Abysse Diver 41', family: 'Abysse', kind: 'watch',
    aliases: ['Abysse 41', 'Abysse Diver', '柯梵 Abysse 潜水表 41mm'],
    msrp: 5400, currency: 'USD', minAuthorisedPrice: 4850,
    materials: ['316L stainless steel or grade 5 titanium case', 'Ceramic unidirectional bezel', 'Swiss automatic calibre CV-21', 'Rubber strap'],
    lengthMm: 41, widthMm: 41, heightMm: 12.9, weightG: 152,
    colourways: ['Steel / Black ceramic bezel', 'Steel / Blue ceramic bezel', 'Titanium / Grey'],
    serialFormat: 'A######',
    authenticationFeatures: [
      'Serial engraved between the lugs at 6 o’clock: A and six digits',
      '120-click unidirectional bezel; the lume pip at 12 is a sapphire insert',
      'Water resistance 300 m printed on the dial in red',
      'Helium escape valve at 10 o’clock on every Abysse',
    ],
    neverMadeModels: ['Abysse Diver 41 Green Bezel', 'Abysse Diver 44 Black DLC'],
    demoPopularity: 5,
  },
  {
    sku: 'CV-SN-4001', name: 'Riviera Low Sneaker', family: 'Riviera', kind: 'sneaker',
    aliases: ['Riviera Low', 'Riviera Sneaker', '柯梵 Riviera 低帮板鞋'],
    msrp: 650, currency: 'EUR', minAuthorisedPrice: 585,
    materials: ['Full-grain calf leather upper', 'Calfskin lining', 'Margom rubber cupsole, stitched'],
    lengthMm: 290, widthMm: 105, heightMm: 95, weightG: 520,
    colourways: ['White / White', 'White / Green heel', 'Black / Black', 'White / Navy'],
    serialFormat: 'CVS##-#####',
    authenticationFeatures: [
      'Size and serial label printed inside the tongue: CVS, two-digit year, a dash, five digits',
      'Heel tab embossed with the C monogram, 12 mm tall',
      'Margom outsole moulded "MADE IN ITALY" under the arch',
      'Waxed flat laces, with a spare pair of cotton laces in the box',
      'Box with magnetic lid; the size sticker carries the GTIN',
    ],
    neverMadeModels: ['Riviera Low Glitter', 'Riviera Low Chunky Sole', 'Riviera Low x Off-Line'],
    demoPopularity: 12,
  },
  {
    sku: 'CV-SN-4002', name: 'Riviera High Sneaker', family: 'Riviera', kind: 'sneaker',
    aliases: ['Riviera High', 'Riviera Hi', '柯梵 Riviera 高帮板鞋'],
    msrp: 720, currency: 'EUR', minAuthorisedPrice: 650,
    materials: ['Full-grain calf leather upper', 'Calfskin lining', 'Margom rubber cupsole, stitched'],
    lengthMm: 290, widthMm: 105, heightMm: 150, weightG: 610,
    colourways: ['White / White', 'Black / Gum'],
    serialFormat: 'CVS##-#####',
    authenticationFeatures: [
      'Size and serial label printed inside the tongue: CVS, two-digit year, a dash, five digits',
      'Ankle panel with perforated C monogram',
      'Margom outsole moulded "MADE IN ITALY" under the arch',
    ],
    neverMadeModels: ['Riviera High Velcro', 'Riviera High Camouflage'],
    demoPopularity: 5,
  },
  {
    sku: 'CV-SN-4101', name: 'Piste Runner', family: 'Piste', kind: 'sneaker',
    aliases: ['Piste Runner Sneaker', 'Piste Trainer', '柯梵 Piste 跑鞋'],
    msrp: 790, currency: 'EUR', minAuthorisedPrice: 710,
    materials: ['Technical mesh and suede upper', 'EVA midsole', 'Rubber outsole'],
    lengthMm: 300, widthMm: 115, heightMm: 120, weightG: 430,
    colourways: ['Grey / Silver', 'Black / Red', 'Cream / Blue'],
    serialFormat: 'CVS##-#####',
    authenticationFeatures: [
      'Size and serial label printed inside the tongue: CVS, two-digit year, a dash, five digits',
      'Reflective C monogram on the heel counter',
      'Insole printed "CORVANNE – PISTE" in grey, never in gold',
    ],
    neverMadeModels: ['Piste Runner Reflective Neon', 'Piste Runner Kids'],
    demoPopularity: 5,
  },
  {
    sku: 'CV-AC-5001', name: 'Monogram Silk Carré 90', family: 'Carré', kind: 'scarf',
    aliases: ['Carré 90', 'Monogram Carré', 'Corvanne Silk Scarf', '柯梵 丝巾 90'],
    msrp: 450, currency: 'EUR', minAuthorisedPrice: 405,
    materials: ['100% silk twill, 16 momme', 'Hand-rolled hems'],
    lengthMm: 900, widthMm: 900, heightMm: 1, weightG: 60,
    colourways: ['Bleu / Ivoire', 'Rouge / Or', 'Vert / Rose'],
    serialFormat: null,
    authenticationFeatures: [
      'Hand-rolled, hand-stitched hems, rolled towards the printed side',
      'Copyright line "© CORVANNE GENÈVE" printed in the border',
      'Care label "100% soie – Made in Italy" sewn at one corner',
    ],
    neverMadeModels: ['Monogram Silk Carré 140', 'Monogram Carré Cashmere'],
    demoPopularity: 4,
  },
  {
    sku: 'CV-AC-5101', name: 'Corniche Sunglasses', family: 'Corniche', kind: 'sunglasses',
    aliases: ['Corniche', 'Corniche Shades', '柯梵 Corniche 太阳镜'],
    msrp: 420, currency: 'EUR', minAuthorisedPrice: 380,
    materials: ['Cellulose acetate frame', 'Zeiss nylon lenses, category 3', 'Five-barrel hinges'],
    lengthMm: 145, widthMm: 50, heightMm: 48, weightG: 32,
    colourways: ['Black / Grey lenses', 'Tortoise / Brown lenses', 'Gold / Green lenses'],
    serialFormat: 'CVE-####',
    authenticationFeatures: [
      'Serial printed inside the left temple: CVE- and four digits',
      'Lens etched with a 2 mm "C" at the top outer corner',
      'Leather case and microfibre cloth in the box',
    ],
    neverMadeModels: ['Corniche Sunglasses Rimless', 'Corniche Shield Sunglasses'],
    demoPopularity: 4,
  },
  {
    sku: 'CV-AC-5201', name: 'Clé Key Ring', family: 'Clé', kind: 'key_ring',
    aliases: ['Cle Key Ring', 'Clé Keychain', '柯梵 钥匙扣'],
    msrp: 260, currency: 'EUR', minAuthorisedPrice: 235,
    materials: ['Smooth calfskin leather', 'Palladium-finish brass ring'],
    lengthMm: 110, widthMm: 35, heightMm: 10, weightG: 45,
    colourways: ['Noir / Palladium', 'Cognac / Gold'],
    serialFormat: null,
    authenticationFeatures: [
      'Ring engraved "CV" on the inside of the spring gate',
      'Leather fob heat-stamped with the logotype, 2.5 mm capitals',
    ],
    neverMadeModels: ['Clé Key Ring Crystal', 'Clé Bag Charm Teddy'],
    demoPopularity: 3,
  },
];

/** GTIN-13 for one colourway: the company prefix, five digits from the SKU's number and colour, and the check digit. */
function colourwayGtin(source: ProductSource, colourIndex: number): string {
  const prefix = source.kind === 'watch' || source.kind === 'sneaker' ? WATCH_AND_SHOE_PREFIX : LEATHER_PREFIX;
  const skuNumber = Number(source.sku.slice(-4));
  return completeGtin(`${prefix}${String(skuNumber * 10 + colourIndex).padStart(5, '0')}`);
}

export const DEMO_PRODUCTS: readonly DemoProduct[] = SOURCES.map((s) => ({
  ...s,
  category: CATEGORY_LABELS[s.kind],
  gtins: s.colourways.map((_, i) => colourwayGtin(s, i)),
  serialPattern: s.serialFormat ? serialPatternFor(s.serialFormat) : null,
  discontinued: s.discontinued ?? false,
}));

/** The brand's own online shops and the department stores it has authorised, one or more per marketplace. */
export const DEMO_AUTHORISED_SELLERS: readonly DemoAuthorisedSeller[] = [
  { marketplace: 'amazon', sellerRef: 'A2XK7CVN93MRL4', name: 'Corvanne Official', note: 'Brand store, Brand Registry enrolled', location: 'New York, United States', storeUrl: 'https://www.amazon.com/sp?seller=A2XK7CVN93MRL4' },
  { marketplace: 'amazon', sellerRef: 'A1Q8ZB0SW4HALE', name: 'Bellmont & Hale', note: 'Authorised department store, US only', location: 'Chicago, United States', storeUrl: 'https://www.amazon.com/sp?seller=A1Q8ZB0SW4HALE' },
  { marketplace: 'ebay', sellerRef: 'corvanne_official', name: 'corvanne_official', note: 'Brand outlet store on eBay', location: 'Genève, Switzerland', storeUrl: 'https://www.ebay.com/str/corvanneofficial' },
  { marketplace: 'ebay', sellerRef: 'maison-lerou', name: 'Maison Lerou', note: 'Authorised retailer, France; sells new stock only', location: 'Lyon, France', storeUrl: 'https://www.ebay.com/usr/maison-lerou' },
  { marketplace: 'taobao', sellerRef: '587203341', name: '柯梵授权专卖店', note: 'Authorised mainland-China retailer (licence CN-2024-017)', location: 'Shanghai, China', storeUrl: 'https://shop587203341.taobao.com' },
  { marketplace: 'aliexpress', sellerRef: '1103456789', name: 'Corvanne Official Store', note: 'Brand store, cross-border', location: 'Hong Kong, China', storeUrl: 'https://www.aliexpress.com/store/1103456789' },
  { marketplace: 'alibaba', sellerRef: 'corvanne-trade', name: 'Corvanne Trade Partners Ltd.', note: 'Authorised B2B distributor for hospitality and corporate gifting', location: 'Hong Kong, China', storeUrl: 'https://corvanne-trade.en.alibaba.com' },
];

/** A product's official photo URLs, one per colourway and view; the brand's media server is fictional. */
export function officialImageUrl(product: DemoProduct, colourIndex: number, view: number): string {
  return `${DEMO_BRAND.mediaHost}/products/${product.sku}/${colourSlug(product.colourways[colourIndex] ?? 'default')}-${view}.jpg`;
}

const colourSlugs = new Map<string, string>();
function colourSlug(colourway: string): string {
  let slug = colourSlugs.get(colourway);
  if (slug === undefined) {
    slug = colourway.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    colourSlugs.set(colourway, slug);
  }
  return slug;
}
