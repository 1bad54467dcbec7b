// Names of seller contact kinds as people write them ("WeChat", "WhatsApp").
// Kinds the database may gain later are shown as stored rather than hidden.

const KINDS: Record<string, string> = {
  phone: 'Phone',
  email: 'Email',
  wechat: 'WeChat',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  url: 'Web',
  address: 'Address',
};

export function contactKindLabel(kind: string): string {
  return KINDS[kind] ?? kind;
}
