// Case archives (.assaycase) between workstations: the keys this workspace trusts to sign them, which local case
// each imported case became (by the case UID the archive carries), and the sender's custody events, kept verbatim
// beside the local chain (which stays one chain of its own).

export const name = 'case_archives';

export const sql = `
-- Public keys whose archives this workspace accepts; the workspace's own key is trusted without a row.
CREATE TABLE trusted_key (
  fingerprint TEXT PRIMARY KEY CHECK (length(fingerprint) = 64),
  public_key  TEXT NOT NULL,
  first_seen  TEXT NOT NULL,
  label       TEXT NOT NULL DEFAULT '',
  trusted_by  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- A case that came from another workspace: importing its archive again merges into the same local case.
CREATE TABLE imported_case (
  case_uid           TEXT PRIMARY KEY,
  case_id            INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
  origin_fingerprint TEXT NOT NULL,
  origin_case_id     INTEGER NOT NULL,
  key_status         TEXT NOT NULL CHECK (key_status IN ('own', 'known', 'trusted_on_import')),
  manifest_sha256    TEXT NOT NULL,
  first_imported_at  TEXT NOT NULL,
  last_imported_at   TEXT NOT NULL,
  imports            INTEGER NOT NULL DEFAULT 1
) STRICT, WITHOUT ROWID;
CREATE INDEX imported_case_by_case ON imported_case (case_id);

-- The sender's custody events as received (each re-hashed and linked before it was stored); append-only.
CREATE TABLE imported_custody_event (
  origin_fingerprint TEXT NOT NULL,
  seq                INTEGER NOT NULL,
  at                 TEXT NOT NULL,
  actor              TEXT NOT NULL,
  action             TEXT NOT NULL,
  subject_type       TEXT NOT NULL,
  subject_id         TEXT NOT NULL,
  details            TEXT NOT NULL,
  prev_hash          TEXT NOT NULL,
  hash               TEXT NOT NULL,
  received_at        TEXT NOT NULL,
  PRIMARY KEY (origin_fingerprint, seq)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER imported_custody_event_no_update BEFORE UPDATE ON imported_custody_event
BEGIN SELECT RAISE(ABORT, 'imported custody events are append-only'); END;
CREATE TRIGGER imported_custody_event_no_delete BEFORE DELETE ON imported_custody_event
BEGIN SELECT RAISE(ABORT, 'imported custody events are append-only'); END;
`;
