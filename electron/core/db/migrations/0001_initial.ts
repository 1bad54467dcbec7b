// The first schema: the brand and its genuine catalogue, sellers, listings with full-text search,
// cases, and the hash-chained custody log. Later capabilities add their tables in later migrations.

export const name = 'initial';

export const sql = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE brand (
  id                  INTEGER PRIMARY KEY,
  name                TEXT NOT NULL UNIQUE,
  owner_name          TEXT NOT NULL,
  owner_address       TEXT,
  owner_email         TEXT,
  agent_name          TEXT,
  agent_address       TEXT,
  agent_email         TEXT,
  agent_authorisation TEXT,
  gs1_prefixes        TEXT NOT NULL DEFAULT '[]',
  created_at          TEXT NOT NULL
) STRICT;

CREATE TABLE trademark (
  id                  INTEGER PRIMARY KEY,
  brand_id            INTEGER NOT NULL REFERENCES brand(id) ON DELETE CASCADE,
  mark                TEXT NOT NULL,
  office              TEXT NOT NULL,
  registration_number TEXT NOT NULL,
  classes             TEXT NOT NULL DEFAULT '[]',
  registered_on       TEXT,
  expires_on          TEXT,
  UNIQUE (office, registration_number)
) STRICT;

CREATE TABLE product (
  id                      INTEGER PRIMARY KEY,
  brand_id                INTEGER NOT NULL REFERENCES brand(id) ON DELETE CASCADE,
  sku                     TEXT NOT NULL,
  name                    TEXT NOT NULL,
  aliases                 TEXT NOT NULL DEFAULT '[]',
  category                TEXT,
  msrp                    REAL,
  currency                TEXT,
  min_authorised_price    REAL,
  materials               TEXT NOT NULL DEFAULT '[]',
  length_mm               REAL,
  width_mm                REAL,
  height_mm               REAL,
  weight_g                REAL,
  colourways              TEXT NOT NULL DEFAULT '[]',
  gtins                   TEXT NOT NULL DEFAULT '[]',
  serial_pattern          TEXT,
  authentication_features TEXT NOT NULL DEFAULT '[]',
  never_made_models       TEXT NOT NULL DEFAULT '[]',
  discontinued            INTEGER NOT NULL DEFAULT 0 CHECK (discontinued IN (0, 1)),
  UNIQUE (brand_id, sku)
) STRICT;

CREATE TABLE authorised_seller (
  id          INTEGER PRIMARY KEY,
  brand_id    INTEGER NOT NULL REFERENCES brand(id) ON DELETE CASCADE,
  marketplace TEXT NOT NULL,
  seller_ref  TEXT NOT NULL,
  name        TEXT NOT NULL,
  note        TEXT,
  UNIQUE (brand_id, marketplace, seller_ref)
) STRICT;

CREATE TABLE seller (
  id          INTEGER PRIMARY KEY,
  marketplace TEXT NOT NULL,
  seller_ref  TEXT NOT NULL,
  name        TEXT NOT NULL DEFAULT '',
  location    TEXT NOT NULL DEFAULT '',
  store_url   TEXT NOT NULL DEFAULT '',
  UNIQUE (marketplace, seller_ref)
) STRICT;

CREATE TABLE seller_contact (
  id         INTEGER PRIMARY KEY,
  seller_id  INTEGER NOT NULL REFERENCES seller(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'wechat', 'whatsapp', 'telegram', 'url', 'address')),
  value      TEXT NOT NULL,
  normalised TEXT NOT NULL,
  UNIQUE (seller_id, kind, normalised)
) STRICT;
CREATE INDEX seller_contact_by_value ON seller_contact (kind, normalised);

CREATE TABLE listing (
  id               INTEGER PRIMARY KEY,
  marketplace      TEXT NOT NULL,
  listing_id       TEXT NOT NULL,
  url              TEXT NOT NULL DEFAULT '',
  title            TEXT NOT NULL DEFAULT '',
  description      TEXT NOT NULL DEFAULT '',
  brand            TEXT NOT NULL DEFAULT '',
  price            REAL,
  price_max        REAL,
  currency         TEXT,
  price_normalised REAL,
  seller_id        INTEGER REFERENCES seller(id) ON DELETE SET NULL,
  seller_name      TEXT NOT NULL DEFAULT '',
  seller_location  TEXT NOT NULL DEFAULT '',
  image_urls       TEXT NOT NULL DEFAULT '[]',
  units_sold       INTEGER,
  language         TEXT,
  status           TEXT NOT NULL DEFAULT 'new'
                   CHECK (status IN ('new', 'suspect', 'infringing', 'not_infringing', 'reported', 'taken_down')),
  captured_at      TEXT,
  first_seen       TEXT NOT NULL,
  last_seen        TEXT NOT NULL,
  raw              TEXT NOT NULL DEFAULT '{}',
  UNIQUE (marketplace, listing_id)
) STRICT;
-- Each sort index carries the filter columns, so a filtered keyset page or offset jump reads the index alone.
CREATE INDEX listing_by_title              ON listing (title, id, marketplace, status);
CREATE INDEX listing_by_marketplace        ON listing (marketplace, id, status);
CREATE INDEX listing_by_price              ON listing (price_normalised, id, marketplace, status);
CREATE INDEX listing_by_seller_name        ON listing (seller_name, id, marketplace, status);
CREATE INDEX listing_by_last_seen          ON listing (last_seen, id, marketplace, status);
CREATE INDEX listing_by_status             ON listing (status, id, marketplace);
CREATE INDEX listing_by_marketplace_status ON listing (marketplace, status);
CREATE INDEX listing_by_seller             ON listing (seller_id);

-- Search text is derived in code (CJK split into characters), so the index is contentless and kept by the repository.
CREATE VIRTUAL TABLE listing_fts USING fts5 (
  search_text,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE "case" (
  id         INTEGER PRIMARY KEY,
  brand_id   INTEGER NOT NULL REFERENCES brand(id),
  name       TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'draft'
             CHECK (status IN ('draft', 'in_review', 'ready', 'submitted', 'resolved')),
  outcome    TEXT CHECK (outcome IS NULL OR outcome IN ('taken_down', 'partly_taken_down', 'rejected', 'relisted')),
  notes      TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE case_listing (
  case_id    INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
  listing_id INTEGER NOT NULL REFERENCES listing(id) ON DELETE CASCADE,
  reason     TEXT NOT NULL DEFAULT '',
  outcome    TEXT,
  added_at   TEXT NOT NULL,
  PRIMARY KEY (case_id, listing_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_listing_by_listing ON case_listing (listing_id);

CREATE TABLE custody_event (
  seq          INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id   TEXT NOT NULL,
  details      TEXT NOT NULL,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL UNIQUE
) STRICT;
CREATE TRIGGER custody_event_no_update BEFORE UPDATE ON custody_event
BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
CREATE TRIGGER custody_event_no_delete BEFORE DELETE ON custody_event
BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
`;
