// Imports: each file taken in, its rejected rows, the state each listing had before an import changed it
// (for undo), price observations, saved column-mapping presets, and the local exchange-rate table.

export const name = 'imports';

export const sql = `
CREATE TABLE import (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('listings', 'products')),
  file_name      TEXT NOT NULL,
  file_path      TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  size           INTEGER NOT NULL,
  format         TEXT NOT NULL,
  options        TEXT NOT NULL DEFAULT '{}',
  mapping        TEXT NOT NULL DEFAULT '{}',
  marketplace    TEXT,
  status         TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled', 'undone')),
  error          TEXT,
  rows_read      INTEGER NOT NULL DEFAULT 0,
  rows_new       INTEGER NOT NULL DEFAULT 0,
  rows_updated   INTEGER NOT NULL DEFAULT 0,
  rows_unchanged INTEGER NOT NULL DEFAULT 0,
  rows_rejected  INTEGER NOT NULL DEFAULT 0,
  started_at     TEXT NOT NULL,
  finished_at    TEXT,
  duration_ms    INTEGER,
  pid            INTEGER
) STRICT;
CREATE INDEX import_by_sha256 ON import (sha256);

CREATE TABLE import_rejection (
  id          INTEGER PRIMARY KEY,
  import_id   INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
  row_number  INTEGER NOT NULL,
  column_name TEXT,
  reason      TEXT NOT NULL,
  raw         TEXT NOT NULL
) STRICT;
CREATE INDEX import_rejection_by_import ON import_rejection (import_id, row_number);

ALTER TABLE listing ADD COLUMN first_import_id INTEGER REFERENCES import(id);
ALTER TABLE listing ADD COLUMN import_id INTEGER REFERENCES import(id);
CREATE INDEX listing_by_first_import ON listing (first_import_id);
CREATE INDEX listing_by_import ON listing (import_id);

-- The fields a listing had before an import updated it; undoing that import writes them back.
CREATE TABLE listing_revision (
  listing_id INTEGER NOT NULL REFERENCES listing(id) ON DELETE CASCADE,
  import_id  INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
  previous   TEXT NOT NULL,
  PRIMARY KEY (listing_id, import_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX listing_revision_by_import ON listing_revision (import_id);

-- Every price a listing was seen at, by which import and when.
CREATE TABLE listing_price (
  id         INTEGER PRIMARY KEY,
  listing_id INTEGER NOT NULL REFERENCES listing(id) ON DELETE CASCADE,
  import_id  INTEGER REFERENCES import(id) ON DELETE CASCADE,
  seen_at    TEXT NOT NULL,
  price      REAL,
  price_max  REAL,
  currency   TEXT
) STRICT;
CREATE INDEX listing_price_by_listing ON listing_price (listing_id, seen_at);
CREATE INDEX listing_price_by_import ON listing_price (import_id);

ALTER TABLE product ADD COLUMN official_images TEXT NOT NULL DEFAULT '[]';
ALTER TABLE product ADD COLUMN first_import_id INTEGER REFERENCES import(id);
ALTER TABLE product ADD COLUMN import_id INTEGER REFERENCES import(id);

CREATE TABLE product_revision (
  product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
  import_id  INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
  previous   TEXT NOT NULL,
  PRIMARY KEY (product_id, import_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE import_preset (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('listings', 'products')),
  name        TEXT NOT NULL,
  mapping     TEXT NOT NULL,
  options     TEXT NOT NULL DEFAULT '{}',
  marketplace TEXT,
  created_at  TEXT NOT NULL,
  UNIQUE (kind, name)
) STRICT;

-- How many US dollars one unit of each currency is worth; edited in Settings, never fetched.
CREATE TABLE exchange_rate (
  currency     TEXT PRIMARY KEY CHECK (length(currency) = 3),
  usd_per_unit REAL NOT NULL CHECK (usd_per_unit > 0),
  as_of        TEXT NOT NULL
) STRICT;

-- A starting table (rates of 1 July 2025); the person keeps it current in Settings.
INSERT INTO exchange_rate (currency, usd_per_unit, as_of) VALUES
  ('USD', 1, '2025-07-01'),
  ('EUR', 1.172, '2025-07-01'),
  ('GBP', 1.37, '2025-07-01'),
  ('CHF', 1.26, '2025-07-01'),
  ('CNY', 0.1395, '2025-07-01'),
  ('HKD', 0.1274, '2025-07-01'),
  ('TWD', 0.0342, '2025-07-01'),
  ('JPY', 0.00694, '2025-07-01'),
  ('KRW', 0.000735, '2025-07-01'),
  ('SGD', 0.785, '2025-07-01'),
  ('MYR', 0.237, '2025-07-01'),
  ('THB', 0.0308, '2025-07-01'),
  ('IDR', 6.16e-05, '2025-07-01'),
  ('VND', 3.83e-05, '2025-07-01'),
  ('PHP', 0.0177, '2025-07-01'),
  ('INR', 0.01168, '2025-07-01'),
  ('AUD', 0.657, '2025-07-01'),
  ('CAD', 0.733, '2025-07-01'),
  ('NZD', 0.607, '2025-07-01'),
  ('TRY', 0.0251, '2025-07-01'),
  ('BRL', 0.183, '2025-07-01'),
  ('MXN', 0.0532, '2025-07-01'),
  ('PLN', 0.276, '2025-07-01'),
  ('SEK', 0.105, '2025-07-01'),
  ('AED', 0.2723, '2025-07-01'),
  ('SAR', 0.2666, '2025-07-01');
`;
