// Groups seller accounts that share any normalised contact (phone, e-mail, WeChat, WhatsApp, Telegram, store URL,
// address), across marketplaces and transitively: one operation behind many storefronts.

export interface SellerContactKey {
  sellerId: number;
  kind: string;
  normalised: string;
  value: string;
}

export interface SellerGroup {
  /** The sellers in the group, lowest id first. */
  sellerIds: number[];
  /** The shared contacts that link them, each with the sellers that list it. */
  links: { kind: string; value: string; sellerIds: number[] }[];
}

/** Union-find over sellers; only groups of two or more sellers are returned. */
export function clusterSellers(contacts: readonly SellerContactKey[]): SellerGroup[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    for (let y = x; y !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  const byContact = new Map<string, { kind: string; value: string; sellerIds: Set<number> }>();
  for (const c of contacts) {
    if (!parent.has(c.sellerId)) parent.set(c.sellerId, c.sellerId);
    const key = `${c.kind}\u0000${c.normalised}`;
    const entry = byContact.get(key) ?? { kind: c.kind, value: c.value, sellerIds: new Set<number>() };
    entry.sellerIds.add(c.sellerId);
    byContact.set(key, entry);
  }
  for (const { sellerIds } of byContact.values()) {
    const [first, ...rest] = [...sellerIds];
    for (const other of rest) union(first!, other);
  }
  const groups = new Map<number, SellerGroup>();
  for (const sellerId of parent.keys()) {
    const root = find(sellerId);
    const group = groups.get(root) ?? { sellerIds: [], links: [] };
    group.sellerIds.push(sellerId);
    groups.set(root, group);
  }
  for (const link of byContact.values()) {
    if (link.sellerIds.size < 2) continue;
    const ids = [...link.sellerIds].sort((a, b) => a - b);
    groups.get(find(ids[0]!))!.links.push({ kind: link.kind, value: link.value, sellerIds: ids });
  }
  return [...groups.values()]
    .filter((g) => g.sellerIds.length > 1)
    .map((g) => ({ sellerIds: g.sellerIds.sort((a, b) => a - b), links: g.links.sort((a, b) => a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value)) }));
}
