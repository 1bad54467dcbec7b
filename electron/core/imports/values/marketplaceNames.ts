// Turns a marketplace as written in a file ("AliExpress", "淘宝", "amazon.co.uk") or a web host into
// Assay's marketplace id: the ids of MARKETPLACES where one exists, lower-case slugs otherwise ("tmall", "1688").
import { MARKETPLACES } from '../../../api/vocabulary';

const KNOWN = new Set<string>(MARKETPLACES);

const ALIASES: ReadonlyMap<string, string> = new Map([
  ['aliexpress', 'aliexpress'], ['速卖通', 'aliexpress'], ['全球速卖通', 'aliexpress'],
  ['alibaba', 'alibaba'], ['alibabacom', 'alibaba'], ['阿里巴巴', 'alibaba'], ['阿里巴巴国际站', 'alibaba'], ['阿里巴巴國際站', 'alibaba'],
  ['taobao', 'taobao'], ['淘宝', 'taobao'], ['淘寶', 'taobao'], ['淘宝网', 'taobao'],
  ['tmall', 'tmall'], ['天猫', 'tmall'], ['天貓', 'tmall'], ['tmallglobal', 'tmall'], ['天猫国际', 'tmall'],
  ['1688', '1688'], ['1688com', '1688'], ['阿里巴巴1688', '1688'],
  ['dhgate', 'dhgate'], ['敦煌网', 'dhgate'], ['敦煌網', 'dhgate'],
  ['amazon', 'amazon'], ['亚马逊', 'amazon'], ['亞馬遜', 'amazon'], ['アマゾン', 'amazon'],
  ['ebay', 'ebay'], ['易贝', 'ebay'], ['億貝', 'ebay'],
  ['shopee', 'shopee'], ['虾皮', 'shopee'], ['蝦皮', 'shopee'], ['蝦皮購物', 'shopee'],
]);

/** The label of a marketplace's web address ("shopee" in shopee.co.id), short-link hosts included. */
const HOST_LABELS: ReadonlyMap<string, string> = new Map([
  ['aliexpress', 'aliexpress'], ['alibaba', 'alibaba'], ['1688', '1688'], ['taobao', 'taobao'], ['tb', 'taobao'], ['tmall', 'tmall'], ['dhgate', 'dhgate'],
  ['amazon', 'amazon'], ['amzn', 'amazon'], ['ebay', 'ebay'], ['shopee', 'shopee'], ['shp', 'shopee'],
]);
// What may follow the label: a public suffix such as com, co.uk, com.my, de, hk.
const SUFFIX = /^(?:[a-z]{2,3})(?:\.[a-z]{2,3})?$/;
const HOST_LIKE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const SEPARATORS = /[\s_.\-·]+/g;
const NOT_SLUG = /[^\p{L}\p{N}]+/gu;

export function marketplaceFromHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const id = HOST_LABELS.get(labels[i]!);
    if (id !== undefined && SUFFIX.test(labels.slice(i + 1).join('.'))) return id;
  }
  return null;
}

/** Null for an empty name. */
export function normaliseMarketplace(name: string): string | null {
  const t = name.normalize('NFKC').trim().toLowerCase();
  if (!t) return null;
  if (KNOWN.has(t)) return t;
  const host = t.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[/?#].*$/, '');
  if (HOST_LIKE.test(host)) {
    const fromHost = marketplaceFromHost(host);
    if (fromHost) return fromHost;
  }
  const alias = ALIASES.get(t.replace(SEPARATORS, ''));
  if (alias) return alias;
  const slug = t.replace(NOT_SLUG, '-').replace(/^-+|-+$/g, '');
  return slug || null;
}
