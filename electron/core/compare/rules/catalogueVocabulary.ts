// Small multilingual vocabularies of colours and materials for the catalogue rule. Deliberately coarse (navy is
// blue, bordeaux is red) and short, so a flag means a colour or material the genuine product clearly lacks.

/** A phrase and the colour or material it names; null marks a phrase that only looks like one ("rose gold"). */
export type VocabularyEntry = readonly [term: string, concept: string | null];

const entries = (concept: string | null, ...terms: string[]): VocabularyEntry[] => terms.map((t) => [t, concept] as const);

export const COLOUR_WORDS: readonly VocabularyEntry[] = [
  ...entries('black', 'black', 'noir', 'noire', 'negro', 'negra', 'preto', 'preta', 'siyah', 'màu đen', 'hitam', '黑色', 'สีดำ', 'nero', 'schwarz'),
  ...entries('white', 'white', 'blanc', 'blanche', 'blanco', 'blanca', 'branco', 'branca', 'beyaz', 'màu trắng', 'putih', '白色', 'สีขาว', 'bianco', 'weiß', 'ivory', 'ivoire', 'cream', 'crème', 'marfil', 'marfim', '象牙白', '米白色', '奶白色'),
  ...entries('red', 'red', 'rouge', 'rojo', 'roja', 'vermelho', 'vermelha', 'kırmızı', 'màu đỏ', 'merah', '红色', '紅色', 'สีแดง', 'rosso', 'bordeaux', 'burgundy', 'burdeos', 'bordô', 'bordo', '酒红色', '酒紅色'),
  ...entries('blue', 'blue', 'bleu', 'azul', 'mavi', 'xanh dương', 'biru', '蓝色', '藍色', 'สีน้ำเงิน', 'blu', 'blau', 'navy', 'bleu nuit', '午夜蓝'),
  ...entries('green', 'green', 'vert', 'verte', 'verde', 'yeşil', 'xanh lá', 'hijau', '绿色', '綠色', 'สีเขียว', 'grün', '森林绿'),
  ...entries('pink', 'pink', 'rose', 'rosa', 'pembe', 'màu hồng', 'merah muda', '粉色', '粉红色', 'สีชมพู', '藕粉色'),
  ...entries('yellow', 'yellow', 'jaune', 'amarillo', 'amarelo', 'sarı', 'kuning', '黄色', '黃色', 'สีเหลือง', 'giallo', 'gelb'),
  ...entries('purple', 'purple', 'violet', 'morado', 'roxo', 'mor', 'màu tím', 'ungu', '紫色', 'สีม่วง', 'viola', 'lila'),
  ...entries('orange', 'orange', 'naranja', 'laranja', 'turuncu', 'oranye', '橙色', 'สีส้ม', 'arancione'),
  ...entries('brown', 'brown', 'marron', 'brun', 'marrón', 'marrom', 'kahverengi', 'màu nâu', 'coklat', '棕色', '咖啡色', 'สีน้ำตาล', 'cognac', 'caramel', 'camel', 'tan', 'chocolate', 'taupe', '干邑棕', '焦糖色'),
  ...entries('grey', 'grey', 'gray', 'gris', 'cinza', 'gri', 'màu xám', 'abu-abu', '灰色', 'สีเทา', 'grigio', 'grau', 'taupe', '灰褐色'),
  ...entries('beige', 'beige', 'sand', 'sable', 'nude', '沙色'),
  // Metals and finishes name hardware more often than a colourway: never read as a colour.
  ...entries(null, 'rose gold', 'or rose', 'ouro rosa', 'oro rosa', 'white gold', 'gold', 'silver', 'tan lines', 'red sole', 'red bottom'),
];

export const MATERIAL_WORDS: readonly VocabularyEntry[] = [
  ...entries('leather', 'leather', 'genuine leather', 'calfskin', 'lambskin', 'cowhide', 'cuir', 'cuero', 'couro', 'deri', 'da thật', 'kulit asli', '真皮', '牛皮', 'หนังแท้'),
  ...entries('synthetic leather', 'pu', 'pu leather', 'faux leather', 'vegan leather', 'synthetic leather', 'leatherette', 'imitation leather', 'similicuir', 'cuero sintético', 'couro sintético', 'suni deri', 'da pu', 'kulit sintetis', '人造革', 'pu皮', '合成革', 'หนังเทียม'),
  ...entries('canvas', 'canvas', 'toile', 'lona', 'kanvas', '帆布'),
  ...entries('suede', 'suede', 'daim', 'camurça', 'süet', 'da lộn', '麂皮'),
  ...entries('denim', 'denim', '牛仔布'),
  ...entries('nylon', 'nylon', 'naylon', '尼龙'),
  ...entries('polyester', 'polyester', 'poliéster', '涤纶'),
  ...entries('silk', 'silk', 'soie', 'seda', 'ipek', 'lụa', 'sutra', '真丝', '丝绸', '絲綢'),
  ...entries('cotton', 'cotton', 'coton', 'algodón', 'algodão', 'pamuk', 'katun', '纯棉'),
  ...entries('snakeskin', 'python', 'snakeskin', 'piton', '蟒皮', '蛇皮'),
  ...entries('crocodile', 'crocodile', 'croc', 'croco', 'alligator', 'cocodrilo', '鳄鱼皮', '鱷魚皮'),
  ...entries('ostrich', 'ostrich', 'autruche', 'avestruz', '鸵鸟皮'),
  ...entries('steel', 'steel', 'stainless steel', 'acier', 'acero', 'aço', 'çelik', 'thép', '不锈钢', '精钢'),
  ...entries('titanium', 'titanium', 'titane', 'titanio', 'titânio', '钛'),
  ...entries('plastic', 'plastic', 'plastique', 'plástico', 'plastik', 'nhựa', '塑料'),
  ...entries('rubber', 'rubber', 'caoutchouc', 'goma', 'borracha', 'kauçuk', '橡胶'),
  ...entries('wool', 'wool', 'laine', 'lana', 'lã', 'yün', '羊毛'),
];
