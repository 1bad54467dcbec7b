// Images and rule weights for scoring: the perceptual hash of each stored image (keyed by the evidence file's
// SHA-256, so a file shared by several rows is hashed once), the official photos of each genuine product, and the
// rule weights a brand changed from the defaults.

export const name = 'image_hashes';

export const sql = `
-- One row per image file in the evidence store that scoring has looked at: its dHash (16 hex digits) and size,
-- or, when it could not be read (corrupt, or claiming too many pixels), the reason in a sentence.
CREATE TABLE image_hash (
  sha256    TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  dhash     TEXT CHECK (dhash IS NULL OR length(dhash) = 16),
  width     INTEGER,
  height    INTEGER,
  error     TEXT,
  hashed_at TEXT NOT NULL,
  CHECK ((dhash IS NULL) <> (error IS NULL))
) STRICT, WITHOUT ROWID;

-- The brand's official product photos (product.official_images, stored at \`assay products import\`).
CREATE TABLE product_evidence (
  product_id  INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
  evidence_id INTEGER NOT NULL REFERENCES evidence(id),
  PRIMARY KEY (product_id, evidence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX product_evidence_by_evidence ON product_evidence (evidence_id);

-- A brand's own weight for a kind of finding (Settings → Rule weights); absent means the default.
CREATE TABLE rule_weight (
  brand_id INTEGER NOT NULL REFERENCES brand(id) ON DELETE CASCADE,
  rule     TEXT NOT NULL,
  weight   REAL NOT NULL CHECK (weight BETWEEN -100 AND 100),
  PRIMARY KEY (brand_id, rule)
) STRICT, WITHOUT ROWID;
`;
