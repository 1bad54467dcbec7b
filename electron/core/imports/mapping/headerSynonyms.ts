// The header words that suggest each field, in the languages marketplace exports come in (English, Chinese,
// Spanish, Portuguese, French, German, Turkish, Vietnamese, Thai, Indonesian, Japanese), as data.

/** Field key → header words, compared after normaliseHeader (case, accents and punctuation do not matter).
 *  An entry starting with "=" matches only the whole header: short words like "id" or "name" would otherwise
 *  claim "Category ID" or "Store name" by containment. */
export type HeaderSynonyms = Readonly<Record<string, readonly string[]>>;

const BRAND = ['brand', 'brand name', '品牌', '品牌名称', 'marca', 'marque', 'marke', 'marka', 'thương hiệu', 'แบรนด์', 'ยี่ห้อ', 'merek', 'ブランド', 'ブランド名'];
const CURRENCY = ['currency', 'currency code', '币种', '货币', '幣別', '貨幣', '幣種', 'moneda', 'divisa', 'moeda', 'devise', 'monnaie', 'währung', 'para birimi', 'döviz', 'tiền tệ', 'loại tiền', 'สกุลเงิน', 'mata uang', '通貨'];

export const LISTING_HEADER_SYNONYMS: HeaderSynonyms = {
  marketplace: ['marketplace', 'platform', '=site', '=channel', '=source', '平台', '电商平台', '渠道', '来源', '站点', '電商平台', '來源', 'mercado', 'plataforma', 'place de marché', 'plateforme', 'marktplatz', 'plattform', 'pazaryeri', '=sàn', 'sàn thương mại', 'nền tảng', 'แพลตฟอร์ม', 'ช่องทาง', 'lokapasar', 'マーケットプレイス', 'プラットフォーム', 'モール'],
  listing_id: [
    'listing id', 'item id', 'item number', 'item no', 'item code', 'itemid', 'item_id', 'asin', 'product id', 'productid', 'offer id', 'offerid', 'goods id', 'num iid', 'listing number', 'ebay item number', '=id', '=nid',
    '商品id', '宝贝id', '商品编号', '产品id', '寶貝id', '商品編號', '產品id', 'id sản phẩm', 'mã sản phẩm', 'id producto', 'id del producto', 'número de artículo', 'número de publicación', 'id do produto', 'id do anúncio', 'número do anúncio',
    "id de l'article", "numéro de l'objet", "numéro d'article", 'artikelnummer', 'ürün id', 'ürün numarası', 'ilan no', 'ilan numarası', 'รหัสสินค้า', 'ไอดีสินค้า', 'id produk', 'nomor produk', '商品番号', '商品コード',
  ],
  url: [
    'url', 'product url', 'product link', 'item url', 'item link', 'listing url', 'listing link', 'page url', 'offer url', 'product page', '=link', '=href', '链接', '商品链接', '产品链接', 'promotion url', '宝贝链接', '商品地址', '網址', '网址', '商品連結', '連結', '寶貝連結',
    'enlace', 'url del producto', 'enlace del producto', 'link do produto', 'url do produto', 'lien', 'lien du produit', 'produktlink', 'artikel url', 'ürün linki', 'bağlantı', 'đường dẫn', 'liên kết', 'link sản phẩm', 'ลิงก์', 'ลิงก์สินค้า', 'tautan', 'link produk', 'url produk', 'リンク', '商品url', '商品リンク',
  ],
  title: [
    'title', 'product title', 'item title', 'listing title', 'product name', 'item name', 'goods name', 'offer title', 'product desc', 'subject', '=name', '商品名称', '商品名', '商品标题', '标题', '宝贝标题', '宝贝名称', '产品名称', '产品标题', '商品標題', '標題', '商品名稱', '產品名稱', '寶貝標題',
    'título', 'título del producto', 'nombre del producto', '=nombre', 'título do produto', 'nome do produto', 'titre', "titre de l'annonce", 'nom du produit', 'titel', 'produktname', 'artikelbezeichnung', 'başlık', 'ürün adı', 'ürün başlığı', 'tiêu đề', 'tên sản phẩm', 'ชื่อสินค้า', 'judul', 'judul produk', 'nama produk', '商品タイトル', 'タイトル',
  ],
  description: ['description', 'product description', 'item description', 'details', 'product details', '描述', '商品描述', '宝贝描述', '商品详情', '商品詳情', '描述內容', 'descripción', 'descrição', 'beschreibung', 'açıklama', 'ürün açıklaması', 'mô tả', 'mô tả sản phẩm', 'รายละเอียด', 'รายละเอียดสินค้า', 'deskripsi', 'deskripsi produk', '説明', '商品説明'],
  brand: BRAND,
  price: [
    'price', 'sale price', 'current price', 'discount price', 'unit price', 'selling price', 'offer price', 'price range', 'buy box price', '价格', '售价', '价钱', '单价', '现价', '促销价', '折后价', '到手价', '价格区间', '價格', '售價', '單價', '現價',
    'precio', 'precio de venta', 'preço', 'preço de venda', 'prix', 'prix de vente', 'preis', 'verkaufspreis', 'fiyat', 'satış fiyatı', 'giá', 'giá bán', 'ราคา', 'ราคาขาย', 'harga', 'harga jual', '価格', '販売価格', '値段',
  ],
  currency: CURRENCY,
  seller_id: [
    'seller id', 'store id', 'shop id', 'vendor id', 'merchant id', 'supplier id', '賣場id', 'sellerid', 'shopid', 'storeid', 'member id', '卖家id', '店铺id', '掌柜id', '商家id', '供应商id', '賣家id', '商店id', '店鋪id',
    'id del vendedor', 'id de la tienda', 'id do vendedor', 'id da loja', 'id du vendeur', 'id de la boutique', 'verkäufer id', 'händler id', 'satıcı id', 'mağaza id', 'id người bán', 'id shop', 'mã shop', 'รหัสร้านค้า', 'ไอดีร้านค้า', 'id toko', 'id penjual', 'セラーid', 'ショップid', '出品者id', 'ストアid',
  ],
  seller_name: [
    'seller', 'seller name', 'store name', 'shop name', 'store', 'shop', 'vendor', 'vendor name', 'merchant', 'merchant name', 'seller nickname', 'supplier', 'supplier name', 'company name', 'sold by', 'seller nick',
    '店铺名称', '店铺', '店铺名', '卖家', '卖家昵称', '卖家名称', '掌柜', '掌柜名', '商家', '商家名称', '供应商', '供应商名称', '公司名称', '掌櫃', '賣場名稱', '賣場', '店鋪名稱', '店鋪', '賣家', '賣家名稱', '商店名稱', '商店',
    'vendedor', 'tienda', 'nombre de la tienda', 'nombre del vendedor', 'loja', 'nome da loja', 'nome do vendedor', 'vendeur', 'boutique', 'nom du vendeur', 'nom de la boutique', 'verkäufer', 'händler', 'shopname', 'satıcı', 'satıcı adı', 'mağaza', 'mağaza adı',
    'người bán', 'tên shop', 'tên cửa hàng', 'cửa hàng', 'ร้านค้า', 'ชื่อร้าน', 'ชื่อร้านค้า', 'ผู้ขาย', 'toko', 'nama toko', 'penjual', 'nama penjual', '出品者', '販売者', 'ショップ名', 'ストア名', 'セラー名',
  ],
  seller_contacts: ['contacts', 'contact', 'contact info', 'contact information', 'contact details', 'seller contact', 'seller contacts', '联系方式', '聯絡方式', '聯繫方式', '联系信息', 'contacto', 'datos de contacto', 'contato', 'coordonnées', 'kontakt', 'kontaktdaten', 'iletişim', 'iletişim bilgileri', 'liên hệ', 'thông tin liên hệ', 'ติดต่อ', 'ข้อมูลติดต่อ', 'kontak', 'info kontak', '連絡先'],
  seller_phone: [
    'phone', 'telephone', '=tel', 'mobile', 'phone number', 'contact number', 'mobile number', 'cell phone', 'seller phone', '电话', '手机', '手机号', '联系电话', '电话号码', '電話', '手機', '聯絡電話', 'teléfono', 'telefone', 'celular', 'téléphone', 'portable', 'telefon', 'telefonnummer', 'handynummer', 'telefon numarası', 'cep telefonu', 'số điện thoại', 'điện thoại', 'sđt', 'เบอร์โทร', 'โทรศัพท์', 'telepon', 'nomor telepon', 'no hp', 'nomor hp', '電話番号',
  ],
  seller_email: ['email', 'e-mail', '=mail', 'email address', 'seller email', '邮箱', '电子邮件', '电子邮箱', '郵箱', '電子郵件', 'correo', 'correo electrónico', 'courriel', 'adresse e-mail', 'e-posta', 'thư điện tử', 'อีเมล', 'surel', 'メール', 'メールアドレス'],
  seller_wechat: ['wechat', 'weixin', 'wechat id', '=wx', '=vx', '微信', '微信号', '微信號', 'vi tin', 'วีแชท'],
  seller_whatsapp: ['whatsapp', 'whats app', 'whatsapp number', '=wa', 'ワッツアップ'],
  seller_telegram: ['telegram', 'telegram id', 'telegram username', '=tg', '电报', '電報', 'テレグラム'],
  seller_store_url: [
    'store url', 'shop url', 'seller url', 'store link', 'shop link', 'seller link', 'supplier url', 'supplier link', 'store page', 'seller page', '供应商链接', '店铺链接', '店铺网址', '店铺url', '店鋪連結', '商店連結', '店鋪網址', 'url de la tienda', 'enlace de la tienda', 'link da loja', 'url da loja', 'lien de la boutique', 'shop-link', 'mağaza linki', 'link shop', 'link cửa hàng', 'ลิงก์ร้านค้า', 'link toko', 'ショップurl', 'ストアurl', 'ショップリンク',
  ],
  seller_address: ['address', 'seller address', 'business address', 'company address', 'store address', '地址', '公司地址', '卖家地址', '详细地址', '賣家地址', 'dirección', 'endereço', 'adresse', 'anschrift', 'adres', 'địa chỉ', 'ที่อยู่', 'alamat', '住所'],
  seller_location: [
    'location', 'seller location', 'item location', 'ships from', 'ship from', 'country', 'region', 'origin', 'province', 'city', 'shop location', 'supplier country', 'store location', '所在地', '发货地', '卖家所在地', '店铺所在地', '出貨地', '出货地', '地区', '省份', '城市', '發貨地', '地區',
    'ubicación', 'localización', 'país', 'localização', 'origem', 'localisation', 'pays', 'expédié de', 'standort', 'artikelstandort', '=land', 'konum', 'ülke', 'vị trí', 'khu vực', 'gửi từ', 'ที่ตั้ง', 'จัดส่งจาก', 'lokasi', 'dikirim dari', '発送元', '地域',
  ],
  image_urls: [
    'image', 'images', 'image url', 'image urls', 'image link', 'main image', 'main image url', 'picture', 'pictures', 'photo', 'photos', 'img', 'image src', 'thumbnail', '图片', '主图', '图片链接', '商品图片', '主图链接', 'pic url', '圖片', '主圖', '圖片連結', '主圖連結', '商品圖片',
    'imagen', 'imágenes', 'imagem', 'imagens', 'foto', 'fotos', 'bild', 'bilder', 'bild url', 'görsel', 'görseller', 'resim', 'hình ảnh', '=ảnh', 'ảnh sản phẩm', 'รูปภาพ', 'รูปสินค้า', 'gambar', 'gambar produk', '画像', '画像url', '商品画像',
  ],
  units_sold: [
    'units sold', 'sold', 'sales', 'orders', 'quantity sold', 'sales volume', 'monthly sales', 'sold count', 'total sold', 'historical sold', 'sales180day', 'bought in past month', 'number sold', 'trade count',
    '销量', '月销量', '总销量', '已售', '付款人数', '成交量', '销售量', '銷量', '月銷量', '已售出', '成交數', 'vendidos', 'unidades vendidas', 'ventas', 'vendas', 'vendus', 'ventes', 'verkauft', 'verkaufte menge', 'satış', 'satılan', 'satış adedi',
    'đã bán', 'lượt bán', 'ขายแล้ว', 'ยอดขาย', 'terjual', 'penjualan', '販売数', '売上数',
  ],
  captured_at: [
    'captured at', 'capture date', 'capture time', 'captured', 'scraped at', 'scrape date', 'scraped', 'crawled at', 'crawl time', 'crawl date', 'collected at', 'date', 'timestamp', '=time',
    '采集时间', '抓取时间', '爬取时间', '时间', '日期', '採集時間', '抓取時間', '時間', 'fecha', 'fecha de captura', '=data', 'data de captura', "date de capture", 'datum', 'erfasst am', 'tarih', 'ngày', 'thời gian', 'ngày thu thập', 'วันที่', 'tanggal', 'waktu', '取得日時', '日時', '取得日',
  ],
};

export const PRODUCT_HEADER_SYNONYMS: HeaderSynonyms = {
  sku: [
    'sku', 'model', 'model number', 'model no', 'style', 'style number', 'style code', 'article number', 'item code', 'product code', 'reference', '=ref', 'mpn', 'part number', '货号', '型号', '款号', '商品编码', '产品编号', '貨號', '型號', '款號',
    'referencia', 'modelo', 'código', 'código del producto', 'referência', 'código do produto', 'référence', 'modèle', 'artikelnummer', 'modell', 'stok kodu', 'ürün kodu', 'mã sku', 'mã hàng', 'mã sản phẩm', 'รหัสสินค้า', 'kode produk', 'kode sku', '品番', '型番',
  ],
  name: ['=name', 'product name', 'model name', 'title', 'item name', '名称', '商品名称', '产品名称', '品名', '名稱', '產品名稱', '=nombre', 'nombre del producto', '=nome', 'nome do produto', '=nom', 'nom du produit', 'produktname', 'bezeichnung', 'ürün adı', 'tên sản phẩm', 'ชื่อสินค้า', 'nama produk', '商品名', '製品名'],
  aliases: ['aliases', 'alias', 'also known as', '=aka', 'other names', 'alternative names', 'alternate names', '别名', '又名', '別名', 'alias del producto', 'otros nombres', 'outros nomes', 'autres noms', 'andere namen', 'diğer adlar', 'tên khác', 'ชื่ออื่น', 'nama lain'],
  brand: BRAND,
  category: ['category', 'product type', '=type', 'product category', '类目', '分类', '类别', '品类', '類別', '分類', '類目', 'categoría', 'categoria', 'catégorie', 'kategorie', 'kategori', 'danh mục', 'loại sản phẩm', 'หมวดหมู่', 'カテゴリ', 'カテゴリー'],
  msrp: [
    'msrp', 'rrp', 'retail price', 'list price', 'recommended retail price', 'srp', 'price', '建议零售价', '零售价', '吊牌价', '官方价格', '价格', '建議售價', '零售價', '價格', 'precio de venta recomendado', '=pvp', 'pvpr', 'precio', 'preço sugerido', 'preço de venda sugerido', 'preço',
    'prix de vente conseillé', 'prix public', 'prix', 'uvp', 'unverbindliche preisempfehlung', 'preis', 'tavsiye edilen satış fiyatı', 'fiyat', 'giá bán lẻ', 'giá niêm yết', 'giá', 'ราคาขายปลีก', 'ราคา', 'harga eceran', 'harga', '希望小売価格', '定価', '価格',
  ],
  currency: CURRENCY,
  min_authorised_price: [
    'minimum authorised price', 'minimum authorized price', 'min authorised price', 'min authorized price', '=map', 'minimum advertised price', 'min price', 'floor price', 'minimum price', '最低价', '最低限价', '控价', '最低售价', '最低售價', '最低限價',
    'precio mínimo', 'preço mínimo', 'prix minimum', 'prix plancher', 'mindestpreis', 'minimum fiyat', 'taban fiyat', 'giá tối thiểu', 'ราคาขั้นต่ำ', 'harga minimum', '最低価格', '最低販売価格',
  ],
  materials: ['materials', 'material', 'composition', 'fabric', '材质', '材料', '面料', '成分', '材質', '布料', 'materiales', 'materiais', 'matériaux', 'matière', 'materialien', 'malzeme', 'malzemeler', 'chất liệu', 'วัสดุ', 'bahan', '素材'],
  dimensions: ['dimensions', 'dimension', 'measurements', 'size dimensions', 'product dimensions', '尺寸', '产品尺寸', '外形尺寸', '產品尺寸', 'dimensiones', 'medidas', 'dimensões', 'abmessungen', 'maße', 'boyutlar', 'ölçüler', 'kích thước', 'ขนาด', 'dimensi', 'ukuran', 'サイズ', '寸法'],
  length: ['length', '=长', '长度', '長度', '=長', 'largo', 'longitud', 'comprimento', 'longueur', 'länge', 'uzunluk', 'chiều dài', 'ความยาว', 'panjang', '長さ'],
  width: ['width', '=宽', '宽度', '寬度', '=寬', 'ancho', 'anchura', 'largura', 'largeur', 'breite', 'genişlik', '=en', 'chiều rộng', 'ความกว้าง', 'lebar', '=幅'],
  height: ['height', '=高', '高度', 'alto', 'altura', 'hauteur', 'höhe', 'yükseklik', 'chiều cao', 'ความสูง', 'tinggi', '高さ'],
  weight: ['weight', 'net weight', 'item weight', 'product weight', '重量', '净重', '淨重', 'peso', 'peso neto', 'poids', 'gewicht', 'ağırlık', 'trọng lượng', 'cân nặng', 'น้ำหนัก', 'berat', '重さ'],
  colourways: ['colourways', 'colorways', 'colourway', 'colorway', 'colours', 'colors', 'colour', 'color', '颜色', '配色', '顏色', '=色', 'colores', 'cores', '=cor', 'couleurs', 'couleur', 'farben', 'farbe', 'renkler', 'renk', 'màu sắc', '=màu', '=สี', 'warna', 'カラー', 'カラーバリエーション'],
  gtins: ['gtin', 'gtins', 'ean', 'upc', 'barcode', 'barcodes', 'ean13', 'ean 13', 'upc code', '=jan', 'jan code', '条形码', '条码', '條碼', '國際條碼', 'código de barras', 'código ean', 'code barres', 'code ean', 'strichcode', 'barkod', 'mã vạch', 'บาร์โค้ด', 'kode batang', 'バーコード', 'janコード'],
  serial_pattern: ['serial pattern', 'serial number pattern', 'serial format', 'serial number format', 'serial', 'serial number', '序列号格式', '序列号', '序號格式', '序號', 'patrón de serie', 'número de serie', 'padrão de série', 'número de série', 'format de série', 'numéro de série', 'seriennummernmuster', 'seriennummer', 'seri numarası formatı', 'seri numarası', 'mẫu số sê ri', 'số sê ri', 'รูปแบบหมายเลขซีเรียล', 'pola nomor seri', 'nomor seri', 'シリアル番号形式', 'シリアル番号'],
  authentication_features: ['authentication features', 'authentication', 'security features', 'auth features', 'authenticity features', 'anti counterfeit features', 'authenticity markers', '防伪特征', '防伪', '真伪特征', '防偽特徵', '防偽', 'características de autenticación', 'características de autenticidade', "caractéristiques d'authentification", 'echtheitsmerkmale', 'orijinallik özellikleri', 'đặc điểm chống hàng giả', 'คุณสมบัติการตรวจสอบ', 'fitur keaslian', '真贋ポイント'],
  official_images: ['official images', 'images', 'image', 'image urls', 'product images', 'photos', 'pictures', 'official photos', '官方图片', '官方图', '产品图片', '图片', '官方圖片', '圖片', 'imágenes oficiales', 'imágenes', 'imagens oficiais', 'imagens', 'images officielles', 'offizielle bilder', 'bilder', 'resmi görseller', 'görseller', 'hình ảnh chính thức', 'hình ảnh', 'รูปภาพทางการ', 'รูปภาพ', 'gambar resmi', 'gambar', '公式画像', '画像'],
  never_made_models: ['never made models', 'never made', 'models never made', 'non existent models', 'nonexistent models', 'fake models', '从未生产型号', '不存在的型号', '未生产型号', '未生產型號', '不存在的型號', 'modelos nunca fabricados', 'modelos inexistentes', 'modèles jamais fabriqués', 'nie hergestellte modelle', 'hiç üretilmemiş modeller', 'mẫu chưa từng sản xuất', 'รุ่นที่ไม่เคยผลิต', 'model yang tidak pernah dibuat', '存在しないモデル'],
  discontinued: ['discontinued', 'is discontinued', 'end of life', '停产', '已停产', '停產', '已停產', 'descontinuado', 'descatalogado', 'abandonné', 'discontinué', 'eingestellt', 'üretimi durduruldu', 'ngừng sản xuất', 'เลิกผลิต', 'dihentikan', '廃番', '生産終了'],
};

/** Words that stop a header from being matched by containment: "Shipping price" is not the price. */
export const CONTAINS_BLOCKERS: readonly string[] = [
  'shipping', 'delivery', 'freight', 'postage', 'rating', 'ratings', 'score', 'feedback', 'review', 'reviews', 'rank', 'original', 'old', 'previous', 'list price', 'count of', 'percent', 'rate', 'followers', 'follower', 'fans', 'giá gốc',
  '运费', '邮费', '評分', '评分', '评价', '評價', '好评', '原价', '原價', '排名', '粉丝', '关注', 'envío', 'envio', 'frete', 'livraison', 'versand', 'kargo', 'vận chuyển', 'ค่าส่ง', 'ongkir', '送料',
];
