// Scoring: each listing's match to a genuine product (with its top candidates and any reviewer correction),
// its risk score, and the findings that make the score up.

export const name = 'scoring';

export const sql = `
CREATE TABLE listing_match (
  listing_id  INTEGER PRIMARY KEY REFERENCES listing(id) ON DELETE CASCADE,
  product_id  INTEGER REFERENCES product(id) ON DELETE SET NULL,
  score       REAL NOT NULL,
  candidates  TEXT NOT NULL DEFAULT '[]',
  corrected   INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1)),
  risk_score  INTEGER NOT NULL DEFAULT 0,
  input_hash  TEXT NOT NULL,
  scored_at   TEXT NOT NULL
) STRICT;
CREATE INDEX listing_match_by_risk ON listing_match (risk_score, listing_id);
CREATE INDEX listing_match_by_product ON listing_match (product_id);

-- The risk score again on the listing itself, so the Listings grid sorts and pages by it through one index.
ALTER TABLE listing ADD COLUMN risk_score INTEGER;
CREATE INDEX listing_by_risk ON listing (risk_score, id, marketplace, status);

CREATE TABLE finding (
  id         INTEGER PRIMARY KEY,
  listing_id INTEGER NOT NULL REFERENCES listing(id) ON DELETE CASCADE,
  rule       TEXT NOT NULL,
  severity   TEXT NOT NULL CHECK (severity IN ('info', 'low', 'medium', 'high')),
  expected   TEXT,
  observed   TEXT,
  weight     REAL NOT NULL,
  message    TEXT NOT NULL,
  location   TEXT
) STRICT;
CREATE INDEX finding_by_listing ON finding (listing_id);
CREATE INDEX finding_by_rule ON finding (rule);
`;
