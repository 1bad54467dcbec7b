// The fields a column of a customs inventory can be mapped to, the header words that suggest each (English,
// French, German, Spanish, Italian, Dutch, Chinese), and a preset for a typical inventory sheet (CBP-style,
// with the EU layout as its alternative). Read by the inventory import, the CLI and the mapping suggestions.
import type { ImportFieldDefinition } from '../imports/mapping/listingFields';
import type { BuiltInPreset } from '../imports/mapping/builtInPresets';
import type { HeaderSynonyms } from '../imports/mapping/headerSynonyms';

export const INVENTORY_FIELDS: readonly ImportFieldDefinition[] = [
  { key: 'line_no', label: 'Line number', required: false, hint: 'The authority’s own line number; lines are numbered in order when it is missing.' },
  { key: 'description', label: 'Description of the goods', required: false, hint: 'A line needs a description or a model.' },
  { key: 'brand', label: 'Brand claimed', required: false },
  { key: 'model', label: 'Model or style claimed', required: false },
  { key: 'quantity', label: 'Quantity (units)', required: true, hint: 'A quantity of zero or less is kept and flagged.' },
  { key: 'declared_value', label: 'Declared value of the line', required: false },
  { key: 'unit_value', label: 'Declared value per unit', required: false, hint: 'Used when the sheet gives a unit value rather than the line’s total.' },
  { key: 'currency', label: 'Currency', required: false },
  { key: 'markings', label: 'Markings', required: false },
  { key: 'serials', label: 'Serial numbers', required: false, hint: 'Any separators: new lines, commas, semicolons, spaces.' },
  { key: 'gtins', label: 'GTIN / UPC / EAN', required: false, hint: 'Excel’s leading apostrophe and spaces are removed.' },
  { key: 'weight', label: 'Weight of one unit', required: false, hint: 'Grams unless the cell or header names kg, oz or lb.' },
  { key: 'dimensions', label: 'Dimensions of one unit', required: false, hint: 'Such as "340 x 160 x 270 mm".' },
];

export const INVENTORY_FIELD_KEYS = INVENTORY_FIELDS.map((f) => f.key);

export const INVENTORY_HEADER_SYNONYMS: HeaderSynonyms = {
  line_no: ['line', 'line no', 'line number', 'line #', 'item no', 'item number', '=item', '=no', '=#', 'position', '=pos', 'ligne', 'n° de ligne', 'zeile', 'posten', 'positionsnummer', 'línea', 'partida', 'riga', 'regel', '序号', '行号'],
  description: ['description', 'description of goods', 'goods description', 'merchandise description', 'commodity', 'désignation', 'description des marchandises', 'warenbezeichnung', 'beschreibung', 'descripción', 'descrizione', 'omschrijving', '品名', '货物描述', '描述'],
  brand: ['brand', 'brand claimed', 'trademark', 'trade mark', 'mark claimed', '=mark', 'marque', 'marke', 'marca', 'merk', '品牌', '商标'],
  model: ['model', 'model claimed', 'style', 'style number', 'model no', 'model number', 'article', 'reference', 'modèle', 'modell', 'modelo', 'modello', '型号', '款号'],
  quantity: ['quantity', 'qty', 'units', 'pieces', 'pcs', 'number of items', 'quantité', 'menge', 'anzahl', 'cantidad', 'quantità', 'aantal', '数量', '件数'],
  declared_value: ['declared value', 'total value', 'value', 'line value', 'customs value', 'domestic value', 'entered value', 'valeur', 'valeur déclarée', 'wert', 'zollwert', 'valor', 'valore', 'waarde', '申报价值', '货值'],
  unit_value: ['unit value', 'value per unit', 'unit price', 'price per unit', 'valeur unitaire', 'stückwert', 'einzelwert', 'valor unitario', 'valore unitario', '单价'],
  currency: ['currency', 'curr', 'devise', 'währung', 'moneda', 'valuta', '币种', '货币'],
  markings: ['markings', 'marks', 'marks and numbers', 'labels', 'marquages', 'marques et numéros', 'markierungen', 'marcas', 'marcature', 'markeringen', '标记', '唛头'],
  serials: ['serial', 'serials', 'serial numbers', 'serial number', 'serial no', 's/n', 'numéros de série', 'numéro de série', 'seriennummer', 'seriennummern', 'número de serie', 'números de serie', 'numero di serie', 'serienummer', '序列号', '序号码'],
  gtins: ['gtin', 'upc', 'ean', 'barcode', 'upc/ean', 'ean/upc', 'gtin/upc', 'code-barres', 'strichcode', 'código de barras', 'codice a barre', 'streepjescode', '条码', '条形码'],
  weight: ['weight', 'unit weight', 'net weight', 'weight per unit', 'poids', 'poids unitaire', 'gewicht', 'peso', 'gewicht per stuk', '重量', '单重'],
  dimensions: ['dimensions', 'size', 'measurements', 'dimension', 'taille', 'abmessungen', 'maße', 'dimensiones', 'dimensioni', 'afmetingen', '尺寸', '规格'],
};

/** A typical customs inventory sheet: CBP's line model, and the layout EU customs offices commonly send. */
export const CUSTOMS_INVENTORY_PRESET: Pick<BuiltInPreset, 'name' | 'label' | 'mapping' | 'alternatives'> = {
  name: 'customs-inventory',
  label: 'Customs inventory sheet (CBP line model / EU detention notice)',
  mapping: {
    line_no: 'Line No',
    description: 'Description',
    brand: 'Brand',
    model: 'Model/Style',
    quantity: 'Qty',
    declared_value: 'Declared Value',
    currency: 'Currency',
    markings: 'Markings',
    serials: 'Serial Numbers',
    gtins: 'UPC/EAN',
    weight: 'Unit Weight (g)',
    dimensions: 'Dimensions (mm)',
  },
  alternatives: [
    {
      line_no: 'Item',
      description: 'Description of goods',
      brand: 'Trade mark',
      model: 'Model',
      quantity: 'Quantity',
      declared_value: 'Value',
      currency: 'Currency',
      markings: 'Marks',
      serials: 'Serial numbers',
      gtins: 'EAN',
    },
  ],
};
