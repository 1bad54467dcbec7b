// The demo's sellers: the brand's authorised resellers, grey-market resellers of genuine goods, and a few hundred
// counterfeiters, some of them one operator behind several stores that share a phone, WeChat, e-mail or address.
import { DEMO_AUTHORISED_SELLERS } from './demoCatalog';
import {
  addressContact,
  emailContact,
  phoneContact,
  randomPhone,
  telegramContact,
  urlContact,
  wechatContact,
  whatsappContact,
  type DemoContact,
  type PhoneNumber,
} from './demoContacts';
import { DEMO_MARKETPLACES, demoSellerRef, type DemoMarketplace } from './demoMarketplaces';
import { createRandom, mixSeed, type Random } from './random';

export type SellerRole = 'authorised' | 'grey' | 'counterfeit';

export interface DemoSeller {
  marketplace: DemoMarketplace;
  sellerRef: string;
  name: string;
  /** "City, Country", as Assay shows it. */
  location: string;
  /** The location as the marketplace writes it (Taobao writes it in Chinese). */
  locationShown: string;
  storeUrl: string;
  contacts: DemoContact[];
  /** Ground truth: sellers with the same operator are one business; null for a seller acting alone. */
  operator: string | null;
  role: SellerRole;
  /** How many listings it has relative to others on its marketplace (a long tail). */
  listingWeight: number;
}

interface City {
  name: string;
  country: string;
  /** As Taobao's item_loc shows it. */
  zh: string;
  district: string;
  postcode: string;
}

const CITIES: Record<string, City> = {
  Guangzhou: { name: 'Guangzhou', country: 'China', zh: '广东 广州', district: 'Baiyun District', postcode: '510400' },
  Shenzhen: { name: 'Shenzhen', country: 'China', zh: '广东 深圳', district: 'Longhua District', postcode: '518109' },
  Yiwu: { name: 'Yiwu', country: 'China', zh: '浙江 金华', district: 'Futian Street', postcode: '322000' },
  Putian: { name: 'Putian', country: 'China', zh: '福建 莆田', district: 'Licheng District', postcode: '351100' },
  Dongguan: { name: 'Dongguan', country: 'China', zh: '广东 东莞', district: 'Humen Town', postcode: '523900' },
  Quanzhou: { name: 'Quanzhou', country: 'China', zh: '福建 泉州', district: 'Jinjiang', postcode: '362200' },
  Xiamen: { name: 'Xiamen', country: 'China', zh: '福建 厦门', district: 'Huli District', postcode: '361006' },
  Hangzhou: { name: 'Hangzhou', country: 'China', zh: '浙江 杭州', district: 'Xiaoshan District', postcode: '311200' },
  Shanghai: { name: 'Shanghai', country: 'China', zh: '上海', district: 'Huangpu District', postcode: '200001' },
  'Hong Kong': { name: 'Hong Kong', country: 'Hong Kong', zh: '香港', district: 'Mong Kok', postcode: '' },
  Istanbul: { name: 'Istanbul', country: 'Turkey', zh: '海外 土耳其', district: 'Fatih', postcode: '34126' },
  'Ho Chi Minh City': { name: 'Ho Chi Minh City', country: 'Vietnam', zh: '海外 越南', district: 'District 5', postcode: '700000' },
  Bangkok: { name: 'Bangkok', country: 'Thailand', zh: '海外 泰国', district: 'Pratunam', postcode: '10400' },
  Dubai: { name: 'Dubai', country: 'United Arab Emirates', zh: '海外 阿联酋', district: 'Deira', postcode: '' },
  'Los Angeles': { name: 'Los Angeles', country: 'United States', zh: '海外 美国', district: 'Fashion District', postcode: '90015' },
  Miami: { name: 'Miami', country: 'United States', zh: '海外 美国', district: 'Doral', postcode: '33172' },
  Paris: { name: 'Paris', country: 'France', zh: '海外 法国', district: '8e arrondissement', postcode: '75008' },
  Milan: { name: 'Milan', country: 'Italy', zh: '海外 意大利', district: 'Brera', postcode: '20121' },
  Tokyo: { name: 'Tokyo', country: 'Japan', zh: '海外 日本', district: 'Shibuya', postcode: '150-0001' },
  London: { name: 'London', country: 'United Kingdom', zh: '海外 英国', district: 'Marylebone', postcode: 'W1U 1AA' },
  'New York': { name: 'New York', country: 'United States', zh: '海外 美国', district: 'Midtown', postcode: '10018' },
};

const city = (name: string): City => CITIES[name] as City;

/** "Guangzhou, China", but just "Hong Kong" where the city is the territory. */
const placeLabel = (place: City): string => (place.name === place.country ? place.name : `${place.name}, ${place.country}`);

const CITY_ZH: Record<string, string> = { Paris: '巴黎', Milan: '米兰', Tokyo: '东京', London: '伦敦', 'New York': '纽约', 'Hong Kong': '香港', 'Los Angeles': '洛杉矶' };

/** Where each marketplace's counterfeiters are, by weight. */
const COUNTERFEIT_CITIES: Record<DemoMarketplace, readonly (readonly [string, number])[]> = {
  alibaba: [['Guangzhou', 34], ['Shenzhen', 14], ['Yiwu', 14], ['Putian', 8], ['Dongguan', 10], ['Quanzhou', 8], ['Xiamen', 4], ['Hong Kong', 4], ['Istanbul', 4]],
  aliexpress: [['Guangzhou', 30], ['Shenzhen', 16], ['Yiwu', 12], ['Putian', 10], ['Dongguan', 6], ['Quanzhou', 6], ['Hangzhou', 4], ['Hong Kong', 6], ['Istanbul', 6], ['Ho Chi Minh City', 4]],
  taobao: [['Guangzhou', 30], ['Putian', 18], ['Shenzhen', 12], ['Yiwu', 10], ['Dongguan', 8], ['Quanzhou', 8], ['Hangzhou', 6], ['Shanghai', 4], ['Xiamen', 4]],
  dhgate: [['Guangzhou', 32], ['Shenzhen', 18], ['Putian', 14], ['Yiwu', 12], ['Dongguan', 8], ['Quanzhou', 8], ['Hong Kong', 8]],
  amazon: [['Shenzhen', 36], ['Guangzhou', 16], ['Hong Kong', 8], ['Istanbul', 8], ['Los Angeles', 12], ['Miami', 8], ['Dubai', 6]],
  ebay: [['Istanbul', 14], ['Guangzhou', 14], ['Shenzhen', 14], ['Hong Kong', 10], ['Bangkok', 8], ['Ho Chi Minh City', 8], ['Los Angeles', 10], ['Miami', 8], ['Dubai', 8], ['London', 6]],
};

const GREY_CITIES = ['Paris', 'Milan', 'Tokyo', 'London', 'New York', 'Hong Kong', 'Los Angeles'];

/** Counterfeit and grey-market sellers per marketplace (the authorised ones come from the catalogue). */
const SELLER_COUNTS: Record<DemoMarketplace, { counterfeit: number; grey: number }> = {
  alibaba: { counterfeit: 55, grey: 3 },
  aliexpress: { counterfeit: 70, grey: 3 },
  taobao: { counterfeit: 60, grey: 8 },
  dhgate: { counterfeit: 55, grey: 0 },
  amazon: { counterfeit: 35, grey: 6 },
  ebay: { counterfeit: 40, grey: 12 },
};

const PINYIN = ['Hongxin', 'Jiayi', 'Xinda', 'Yuanfeng', 'Meilun', 'Huacheng', 'Ruixiang', 'Kaiyue', 'Tianhui', 'Shengda', 'Lijia', 'Jinhao', 'Xinyu', 'Fuxing', 'Haoyu', 'Qiancheng', 'Mingtai', 'Zhongtian', 'Yongsheng', 'Boyuan', 'Baoli', 'Dehui', 'Wanjia', 'Xiangrui'];
const INDUSTRY = ['Leather Products', 'Handbag', 'Leather Goods', 'Trading', 'Watch', 'Shoes', 'Garment & Accessories', 'Import & Export', 'Luggage & Bags', 'Fashion Accessories'];
const STORE_A = ['Luxe', 'Lady', 'Fashion', 'Queen', 'Elegant', 'Chic', 'Urban', 'Trendy', 'Golden', 'Happy', 'Star', 'Vogue', 'Top', 'Dream', 'Mirror', 'Nova', 'Bella', 'Royal', 'Prime', 'Sunny'];
const STORE_B = ['Bag', 'Bags', 'Watch', 'Shoes', 'Sneaker', 'Accessories', 'Boutique', 'Outlet', 'Style', 'Fashion', 'Life', 'World'];
const TAOBAO_A = ['潮流', '精品', '港货', '欧美', '奢品', '小众', '轻奢', '名媛', '原单', '工厂', '莆田', '品质', '臻选', '优品', '阿梅'];
const TAOBAO_B = ['皮具', '包包', '手表', '鞋业', '饰品', '女包', '名表', '潮鞋', '皮件'];
const TAOBAO_C = ['小铺', '工作室', '专营店', '店', '馆', '之家', '工厂店', '批发'];
const DH_A = ['top', 'best', 'lux', 'hot', 'fashion', 'brand', 'wholesale', 'factory', 'super', 'mega', 'vip', 'king'];
const DH_B = ['bags', 'watch', 'shoes', 'sneaker', 'store', 'outlet', 'mall', 'shop', 'deal', 'design'];
const SYLLABLES = ['yun', 'hang', 'xin', 'jia', 'hao', 'mei', 'li', 'tian', 'feng', 'long', 'bao', 'rui', 'kai', 'sheng', 'ming', 'qian'];
const BRANDABLE = ['StyleHub', 'Nova Trends', 'Glamour Point', 'Urbanista', 'Luxora', 'Maxtrend', 'Elite Finds', 'Velora', 'Bright Ocean', 'Kaidi', 'Zenova', 'Aurora Deals', 'Crestline', 'Moda Vista'];
const EBAY_WORDS = ['luxe', 'deals', 'vintage', 'closet', 'bags', 'watch', 'style', 'chic', 'bargain', 'designer', 'outlet', 'finds', 'boutique', 'city', 'emporium', 'treasure', 'brand', 'mode'];
const GREY_WORDS = ['preloved', 'vintage', 'resale', 'secondhand', 'authentic', 'consign', 'archive', 'encore'];
const EMAIL_DOMAINS = ['qq.example', '163.example', '126.example', 'gmail.example', 'outlook.example', 'hotmail.example', 'yandex.example'];

/** Names and handles per marketplace, in the styles sellers there use. */
function sellerIdentity(marketplace: DemoMarketplace, role: SellerRole, random: Random, place: City): { name: string; handle: string } {
  const digits = () => random.pick(['', '', '88', '168', '666', '2019', '2021', '01', String(random.int(1, 999))]);
  if (role === 'grey') {
    switch (marketplace) {
      case 'taobao': {
        const name = `${CITY_ZH[place.name] ?? '欧洲'}${random.pick(['正品代购', '代购小屋', '直邮代购', '买手店'])}`;
        return { name, handle: name };
      }
      case 'amazon': {
        const name = `${random.pick(['Luxury', 'Designer', 'Premium', 'Select', 'Encore', 'Second Chance'])} ${random.pick(['Resale', 'Exchange', 'Consignment', 'Outlet', 'Finds'])} LLC`;
        return { name, handle: name };
      }
      case 'alibaba': {
        const name = `${place.name} ${random.pick(['Stock Lot', 'Surplus', 'Overstock'])} Trading Ltd.`;
        return { name, handle: `${place.name.toLowerCase().replace(/ /g, '')}${random.pick(['stocklot', 'surplus', 'overstock'])}${random.int(1, 99)}` };
      }
      default: {
        const handle = `${random.pick(GREY_WORDS)}${random.pick(['.', '-', '_'])}${random.pick([place.name.toLowerCase().replace(/ /g, ''), random.pick(EBAY_WORDS)])}${digits()}`;
        return { name: handle, handle };
      }
    }
  }
  switch (marketplace) {
    case 'alibaba': {
      const word = random.pick(PINYIN);
      const name = `${place.name} ${word} ${random.pick(INDUSTRY)} ${random.pick(['Co., Ltd.', 'Co., Ltd.', 'Trading Co., Ltd.', 'Factory'])}`;
      return { name, handle: `${place.name.slice(0, 2).toLowerCase()}${word.toLowerCase()}${random.pick(['', 'leather', 'bags', 'trade', 'watch'])}${digits()}` };
    }
    case 'aliexpress': {
      const name = random.chance(0.2) ? `Shop${random.int(1100000000, 1109999999)} Store` : `${random.pick(STORE_A)} ${random.pick(STORE_B)} Store`;
      return { name, handle: name };
    }
    case 'taobao': {
      const name = `${random.pick(TAOBAO_A)}${random.pick(TAOBAO_B)}${random.pick(TAOBAO_C)}`;
      return { name, handle: name };
    }
    case 'dhgate': {
      const handle = `${random.pick(DH_A)}${random.pick(['', '_'])}${random.pick(DH_B)}${digits()}`;
      return { name: handle, handle };
    }
    case 'amazon': {
      const name = random.chance(0.5)
        ? `${(random.pick(SYLLABLES) + random.pick(SYLLABLES)).toUpperCase()}${random.pick(['-US', ' Direct', '', ' Store'])}`
        : `${random.pick(BRANDABLE)} ${random.pick(['Direct', 'US', 'Co.', 'Store', 'Goods'])}`;
      return { name, handle: name };
    }
    case 'ebay': {
      const handle = `${random.pick(EBAY_WORDS)}${random.pick(['_', '-', '.', ''])}${random.pick(EBAY_WORDS)}${digits()}`;
      return { name: handle, handle };
    }
  }
}

/** A street address for sellers that publish one (Alibaba suppliers, Amazon's seller profile). */
function streetAddress(random: Random, place: City): string {
  if (place.country === 'China') {
    return `Room ${random.int(2, 28)}${String(random.int(1, 20)).padStart(2, '0')}, Building ${random.int(1, 12)}, ${random.pick(['Huamei', 'Jinxiu', 'Xinghe', 'Baiyun Leather Market', 'Tianhe Industrial Park', 'Global Trade Plaza'])}, ${place.district}, ${place.name} ${place.postcode}, China`;
  }
  const town = place.postcode ? `${place.name} ${place.postcode}` : place.name;
  return `${random.int(1, 240)} ${random.pick(['Market Street', 'Commerce Road', 'Harbour Lane', 'Station Avenue'])}, ${place.district}, ${town}${place.name === place.country ? '' : `, ${place.country}`}`;
}

/** Identifiers an operator reuses across its stores: one phone (as phone and WhatsApp), a WeChat id, an e-mail, an address. */
interface OperatorIdentifiers {
  phone: PhoneNumber;
  wechat: string;
  email: string;
  address: string;
  site: string;
}

function operatorIdentifiers(random: Random, place: City): OperatorIdentifiers {
  const stem = `${random.pick(SYLLABLES)}${random.pick(['bags', 'lux', 'rep', 'factory', 'watch', 'kicks', 'trade'])}${random.int(10, 999)}`;
  return {
    phone: randomPhone(random, place.country),
    wechat: `${stem}${random.pick(['', '_vip', 'x', 'cn'])}`,
    email: `${stem}.${random.pick(['sales', 'service', 'order', 'shop'])}@${random.pick(EMAIL_DOMAINS)}`,
    address: streetAddress(random, place),
    site: `${stem}-${random.pick(['outlet', 'store', 'mall', 'official'])}.example`,
  };
}

type SharedKind = 'phone' | 'whatsapp' | 'wechat' | 'email' | 'address' | 'url';

function sharedContact(random: Random, kind: SharedKind, ids: OperatorIdentifiers): DemoContact {
  switch (kind) {
    case 'phone':
      return phoneContact(random, ids.phone);
    case 'whatsapp':
      return whatsappContact(random, ids.phone);
    case 'wechat':
      return wechatContact(random, ids.wechat);
    case 'email':
      return emailContact(random, ids.email);
    case 'address':
      return addressContact(random, ids.address);
    case 'url':
      return urlContact(random, ids.site);
  }
}

/** The contacts a seller publishes on its own, by how often each marketplace's sellers show each kind. */
const OWN_CONTACT_ODDS: Record<DemoMarketplace, Partial<Record<SharedKind | 'telegram', number>>> = {
  alibaba: { phone: 0.85, email: 0.7, wechat: 0.5, whatsapp: 0.4, address: 0.5 },
  aliexpress: { whatsapp: 0.25, email: 0.2, telegram: 0.05 },
  taobao: { wechat: 0.6, phone: 0.2 },
  dhgate: { whatsapp: 0.5, email: 0.4, wechat: 0.2, url: 0.1 },
  amazon: { email: 0.4, phone: 0.2, address: 0.35 },
  ebay: { email: 0.3, phone: 0.15, telegram: 0.1 },
};

function addContact(seller: DemoSeller, contact: DemoContact): void {
  // One row per kind and normalised value, as the table's unique key requires.
  if (seller.contacts.some((c) => c.kind === contact.kind && c.normalised === contact.normalised)) return;
  seller.contacts.push(contact);
}

function ownContacts(random: Random, seller: DemoSeller, place: City): void {
  const ids = operatorIdentifiers(random, place);
  for (const [kind, odds] of Object.entries(OWN_CONTACT_ODDS[seller.marketplace]) as [SharedKind | 'telegram', number][]) {
    if (!random.chance(odds)) continue;
    addContact(seller, kind === 'telegram' ? telegramContact(random, `${ids.wechat.replace(/[^a-z0-9]/g, '')}${random.int(1, 99)}`) : sharedContact(random, kind, ids));
  }
}

const SHARED_KINDS: readonly (readonly [SharedKind, number])[] = [['phone', 3], ['whatsapp', 3], ['wechat', 3], ['email', 3], ['address', 1], ['url', 1]];
const OPERATOR_COUNT = 28;

/**
 * Groups counterfeit stores into operators. Each operator's stores are mostly on different marketplaces, and each
 * store shares at least one identifier with the store before it, so the stores form one connected cluster.
 */
function assignOperators(random: Random, sellers: DemoSeller[], places: Map<DemoSeller, City>): void {
  const pool = random.shuffle(sellers.filter((s) => s.role === 'counterfeit'));
  for (let op = 0; op < OPERATOR_COUNT && pool.length > 1; op += 1) {
    const size = random.int(2, 6);
    const members: DemoSeller[] = [];
    const used = new Set<DemoMarketplace>();
    for (let i = pool.length - 1; i >= 0 && members.length < size; i -= 1) {
      const s = pool[i] as DemoSeller;
      // A second store on the same marketplace is allowed now and then, as operators do open several.
      if (used.has(s.marketplace) && !random.chance(0.15)) continue;
      members.push(s);
      used.add(s.marketplace);
      pool.splice(i, 1);
    }
    if (members.length < 2) break;
    const operator = `operator-${String(op + 1).padStart(2, '0')}`;
    const ids = operatorIdentifiers(random, places.get(members[0] as DemoSeller) as City);
    const offered = random.shuffle(SHARED_KINDS.map(([k]) => k)).slice(0, random.int(2, 4));
    let previous: SharedKind[] = [];
    for (const member of members) {
      member.operator = operator;
      const kinds = new Set<SharedKind>(offered.filter(() => random.chance(0.45)));
      // Keep the chain connected: share at least one identifier with the previous store.
      kinds.add(previous.length ? random.pick(previous) : random.pick(offered));
      for (const kind of kinds) addContact(member, sharedContact(random, kind, ids));
      previous = [...kinds];
    }
  }
}

const LISTING_WEIGHT = (random: Random) => {
  const r = random.next();
  return 0.5 + 60 * r * r * r * r;
};

/** All demo sellers, authorised first, then each marketplace's grey and counterfeit sellers. */
export function generateDemoSellers(seed: number): DemoSeller[] {
  const random = createRandom(mixSeed(seed, 0x5e11));
  const sellers: DemoSeller[] = [];
  const places = new Map<DemoSeller, City>();
  const taken = new Set<string>();
  const namesTaken = new Set<string>();

  for (const a of DEMO_AUTHORISED_SELLERS) {
    const country = a.location.split(', ')[1] ?? 'Switzerland';
    const seller: DemoSeller = {
      marketplace: a.marketplace as DemoMarketplace,
      sellerRef: a.sellerRef,
      name: a.name,
      location: a.location,
      locationShown: a.marketplace === 'taobao' ? '上海' : a.location,
      storeUrl: a.storeUrl,
      contacts: [],
      operator: null,
      role: 'authorised',
      listingWeight: a.name.startsWith('Corvanne') ? 30 : 12,
    };
    addContact(seller, emailContact(random, `${a.sellerRef.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@${a.name.startsWith('Corvanne') || a.name.startsWith('柯梵') ? 'corvanne.example' : 'retail.example'}`));
    addContact(seller, phoneContact(random, randomPhone(random, country)));
    taken.add(`${seller.marketplace}:${seller.sellerRef}`);
    sellers.push(seller);
  }

  for (const marketplace of DEMO_MARKETPLACES) {
    const counts = SELLER_COUNTS[marketplace];
    const roles: SellerRole[] = [...Array<SellerRole>(counts.grey).fill('grey'), ...Array<SellerRole>(counts.counterfeit).fill('counterfeit')];
    for (const role of roles) {
      const place = city(role === 'grey' ? random.pick(GREY_CITIES) : random.weighted(COUNTERFEIT_CITIES[marketplace]));
      let identity = sellerIdentity(marketplace, role, random, place);
      // Names repeat now and then on a marketplace; draw again a few times before numbering one.
      for (let retry = 0; retry < 5 && namesTaken.has(`${marketplace}:${identity.name}`); retry += 1) identity = sellerIdentity(marketplace, role, random, place);
      let ref = demoSellerRef(marketplace, random, identity.handle);
      const base = identity;
      for (let attempt = 2; taken.has(`${marketplace}:${ref.sellerRef}`) || namesTaken.has(`${marketplace}:${identity.name}`); attempt += 1) {
        const handle = `${base.handle}${attempt}`;
        identity = { name: base.name === base.handle ? handle : `${base.name}${marketplace === 'taobao' ? '' : ' '}${attempt}`, handle };
        ref = demoSellerRef(marketplace, random, identity.handle);
      }
      taken.add(`${marketplace}:${ref.sellerRef}`);
      namesTaken.add(`${marketplace}:${identity.name}`);
      const seller: DemoSeller = {
        marketplace,
        sellerRef: ref.sellerRef,
        name: identity.name,
        location: placeLabel(place),
        locationShown: marketplace === 'taobao' ? place.zh : placeLabel(place),
        storeUrl: ref.storeUrl,
        contacts: [],
        operator: null,
        role,
        listingWeight: LISTING_WEIGHT(random),
      };
      places.set(seller, place);
      sellers.push(seller);
    }
  }

  assignOperators(random, sellers, places);
  for (const seller of sellers) {
    const place = places.get(seller);
    if (seller.role === 'counterfeit' && place) ownContacts(random, seller, place);
    if (seller.role === 'grey' && place && random.chance(0.6)) addContact(seller, emailContact(random, `${seller.sellerRef.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@${random.pick(EMAIL_DOMAINS)}`));
  }
  return sellers;
}
