// Cases, evidence and packets: dated case transitions, per-listing reasons and outcomes, the content-addressed
// evidence store's catalogue, test buys, exported packets, the workspace's signing key, and the rights holder's
// details that every notice draws on.

export const name = 'cases_evidence';

export const sql = `
-- The rights holder, agent and signature block (Settings → Brand).
ALTER TABLE brand ADD COLUMN owner_phone TEXT;
ALTER TABLE brand ADD COLUMN owner_country TEXT;
ALTER TABLE brand ADD COLUMN agent_phone TEXT;
ALTER TABLE brand ADD COLUMN agent_authorisation_expires_on TEXT;
ALTER TABLE brand ADD COLUMN signatory_name TEXT;
ALTER TABLE brand ADD COLUMN signatory_title TEXT;
ALTER TABLE brand ADD COLUMN signature_text TEXT;
ALTER TABLE trademark ADD COLUMN mark_image_sha256 TEXT;
ALTER TABLE trademark ADD COLUMN kind TEXT NOT NULL DEFAULT 'word' CHECK (kind IN ('word', 'figurative', 'combined'));

-- Which marketplaces a case covers (its listings may add more), and when it reached its present status.
ALTER TABLE "case" ADD COLUMN marketplaces TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "case" ADD COLUMN status_at TEXT;
ALTER TABLE case_listing ADD COLUMN outcome_at TEXT;

-- Every status change of a case, dated; the case's history beside its custody events.
CREATE TABLE case_transition (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
  from_status TEXT,
  to_status   TEXT NOT NULL CHECK (to_status IN ('draft', 'in_review', 'ready', 'submitted', 'resolved')),
  outcome     TEXT CHECK (outcome IS NULL OR outcome IN ('taken_down', 'partly_taken_down', 'rejected', 'relisted')),
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX case_transition_by_case ON case_transition (case_id, id);

-- One row per piece of evidence. The bytes live once in the store (evidence/ab/cdef… by SHA-256); two rows may
-- share a file. Evidence is never edited: a redaction is a new row that names the one it redacts.
CREATE TABLE evidence (
  id                  INTEGER PRIMARY KEY,
  sha256              TEXT NOT NULL CHECK (length(sha256) = 64),
  size                INTEGER NOT NULL CHECK (size >= 0),
  media_type          TEXT NOT NULL,
  kind                TEXT NOT NULL CHECK (kind IN ('screenshot', 'page_capture', 'photo', 'pdf', 'test_buy_report', 'listing_image', 'official_image', 'other')),
  original_name       TEXT NOT NULL,
  source_url          TEXT,
  captured_at         TEXT,
  added_by            TEXT NOT NULL,
  added_at            TEXT NOT NULL,
  redacts_evidence_id INTEGER REFERENCES evidence(id),
  note                TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX evidence_by_sha256 ON evidence (sha256);

CREATE TABLE case_evidence (
  case_id     INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
  evidence_id INTEGER NOT NULL REFERENCES evidence(id),
  listing_id  INTEGER REFERENCES listing(id) ON DELETE SET NULL,
  added_at    TEXT NOT NULL,
  PRIMARY KEY (case_id, evidence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_evidence_by_evidence ON case_evidence (evidence_id);

-- Images and captures of one listing (from \`assay import --images DIR\`, or added by hand).
CREATE TABLE listing_evidence (
  listing_id  INTEGER NOT NULL REFERENCES listing(id) ON DELETE CASCADE,
  evidence_id INTEGER NOT NULL REFERENCES evidence(id),
  PRIMARY KEY (listing_id, evidence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX listing_evidence_by_evidence ON listing_evidence (evidence_id);

CREATE TABLE test_buy (
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
  listing_id   INTEGER REFERENCES listing(id) ON DELETE SET NULL,
  product_id   INTEGER REFERENCES product(id) ON DELETE SET NULL,
  order_number TEXT NOT NULL,
  ordered_on   TEXT,
  cost         REAL,
  currency     TEXT,
  received     TEXT NOT NULL DEFAULT '',
  examination  TEXT NOT NULL DEFAULT '[]',
  conclusion   TEXT CHECK (conclusion IS NULL OR conclusion IN ('counterfeit', 'genuine', 'inconclusive')),
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX test_buy_by_case ON test_buy (case_id);

CREATE TABLE test_buy_evidence (
  test_buy_id INTEGER NOT NULL REFERENCES test_buy(id) ON DELETE CASCADE,
  evidence_id INTEGER NOT NULL REFERENCES evidence(id),
  PRIMARY KEY (test_buy_id, evidence_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE packet (
  id              INTEGER PRIMARY KEY,
  case_id         INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
  profile         TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  out_path        TEXT NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  files           INTEGER NOT NULL,
  bytes           INTEGER NOT NULL
) STRICT;
CREATE INDEX packet_by_case ON packet (case_id);

-- The workspace's Ed25519 key for signing packet manifests, created at first use.
CREATE TABLE signing_key (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  public_key  TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;

-- A subject's history (a listing's decisions, a case's events) reads the custody log through this index.
CREATE INDEX custody_event_by_subject ON custody_event (subject_type, subject_id, seq);
`;
