// Seized-goods inventories: a customs seizure, its documents, its inventory lines (CBP's line model: one product
// type per line) with their serials, GTINs and photos, the examiner's checklist, and the automatic checks' findings.

export const name = 'seizures';

export const sql = `
CREATE TABLE seizure (
  id             INTEGER PRIMARY KEY,
  authority      TEXT NOT NULL,
  reference      TEXT NOT NULL,
  office         TEXT NOT NULL DEFAULT '',
  detained_on    TEXT,
  -- The day the authority needs the answer by (YYYY-MM-DD); a passed deadline is flagged, never locked.
  deadline_on    TEXT,
  transport_mode TEXT NOT NULL DEFAULT '' CHECK (transport_mode IN ('', 'sea', 'air', 'road', 'rail', 'post', 'courier', 'other')),
  origin_country TEXT NOT NULL DEFAULT '',
  consignor      TEXT NOT NULL DEFAULT '',
  consignee      TEXT NOT NULL DEFAULT '',
  notes          TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  UNIQUE (authority, reference)
) STRICT;
CREATE INDEX seizure_by_deadline ON seizure (deadline_on, id);

-- The documents the authority sent (notice, inventory, photos), kept in the evidence store.
CREATE TABLE seizure_document (
  seizure_id  INTEGER NOT NULL REFERENCES seizure(id) ON DELETE CASCADE,
  evidence_id INTEGER NOT NULL REFERENCES evidence(id),
  added_at    TEXT NOT NULL,
  PRIMARY KEY (seizure_id, evidence_id)
) STRICT, WITHOUT ROWID;

-- One inventory line: what the authority declared, what it was matched to, and the examiner's verdict.
-- A quantity of zero or less is kept as entered and flagged in problems, so nothing typed is lost.
CREATE TABLE seized_line (
  id                 INTEGER PRIMARY KEY,
  seizure_id         INTEGER NOT NULL REFERENCES seizure(id) ON DELETE CASCADE,
  line_no            INTEGER NOT NULL,
  description        TEXT NOT NULL DEFAULT '',
  brand_claimed      TEXT NOT NULL DEFAULT '',
  model_claimed      TEXT NOT NULL DEFAULT '',
  quantity           INTEGER,
  -- The declared value of the whole line, in currency.
  declared_value     REAL,
  currency           TEXT,
  markings           TEXT NOT NULL DEFAULT '',
  -- Measured on one unit by the examiner (or given by the inventory), for the checks against the specification.
  weight_g           REAL,
  length_mm          REAL,
  width_mm           REAL,
  height_mm          REAL,
  product_id         INTEGER REFERENCES product(id) ON DELETE SET NULL,
  match_score        REAL,
  match_method       TEXT CHECK (match_method IS NULL OR match_method IN ('gtin', 'text', 'examiner')),
  verdict            TEXT CHECK (verdict IS NULL OR verdict IN ('counterfeit', 'genuine', 'inconclusive')),
  examiner           TEXT,
  reasons            TEXT NOT NULL DEFAULT '',
  examined_at        TEXT,
  problems           TEXT NOT NULL DEFAULT '[]',
  raw                TEXT NOT NULL DEFAULT '{}',
  UNIQUE (seizure_id, line_no)
) STRICT;
CREATE INDEX seized_line_by_product ON seized_line (product_id);

CREATE TABLE seized_serial (
  id         INTEGER PRIMARY KEY,
  line_id    INTEGER NOT NULL REFERENCES seized_line(id) ON DELETE CASCADE,
  serial     TEXT NOT NULL,
  -- Upper case without spaces, dashes or dots: counterfeiters reuse one serial, written a little differently.
  normalised TEXT NOT NULL,
  UNIQUE (line_id, normalised)
) STRICT;
-- Finds a serial repeated on other lines or in other seizures.
CREATE INDEX seized_serial_by_normalised ON seized_serial (normalised, line_id);

CREATE TABLE seized_line_gtin (
  line_id INTEGER NOT NULL REFERENCES seized_line(id) ON DELETE CASCADE,
  gtin    TEXT NOT NULL,
  PRIMARY KEY (line_id, gtin)
) STRICT, WITHOUT ROWID;

CREATE TABLE seized_line_photo (
  line_id     INTEGER NOT NULL REFERENCES seized_line(id) ON DELETE CASCADE,
  evidence_id INTEGER NOT NULL REFERENCES evidence(id),
  PRIMARY KEY (line_id, evidence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX seized_line_photo_by_evidence ON seized_line_photo (evidence_id);

-- The examiner's checklist: one row per authentication feature of the matched product (and weight, dimensions).
CREATE TABLE examination_check (
  id          INTEGER PRIMARY KEY,
  line_id     INTEGER NOT NULL REFERENCES seized_line(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  feature     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  result      TEXT NOT NULL DEFAULT 'not_checked' CHECK (result IN ('pass', 'fail', 'not_checked')),
  note        TEXT NOT NULL DEFAULT '',
  evidence_id INTEGER REFERENCES evidence(id),
  checked_by  TEXT,
  checked_at  TEXT,
  UNIQUE (line_id, feature)
) STRICT;

-- What the automatic checks found on a line; replaced each time they run.
CREATE TABLE seized_line_finding (
  id       INTEGER PRIMARY KEY,
  line_id  INTEGER NOT NULL REFERENCES seized_line(id) ON DELETE CASCADE,
  "check"  TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('info', 'low', 'medium', 'high')),
  expected TEXT,
  observed TEXT,
  message  TEXT NOT NULL
) STRICT;
CREATE INDEX seized_line_finding_by_line ON seized_line_finding (line_id);
`;
