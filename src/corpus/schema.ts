// The archive's SQL schema (SQLite). Versioned: a store written by another version is refused
// rather than misread. Documented with example queries in README ("Archive").
export const STORE_VERSION = 2;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- One row per distinct content (sha256 of the bytes); the same bytes at two paths are one document.
CREATE TABLE IF NOT EXISTS documents (
  id            INTEGER PRIMARY KEY,
  sha256        TEXT NOT NULL UNIQUE,
  path          TEXT,
  format        TEXT,
  system        TEXT,
  type_code     TEXT,
  number        TEXT,
  number_key    TEXT,
  issuer        TEXT,
  issuer_key    TEXT,
  issuer_parent TEXT,
  place         TEXT,
  date          TEXT,
  year          INTEGER,
  subject       TEXT,
  ocr           INTEGER NOT NULL DEFAULT 0,
  record        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number_key);
CREATE INDEX IF NOT EXISTS documents_issuer ON documents(issuer_key);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);

CREATE TABLE IF NOT EXISTS errors (
  id      INTEGER PRIMARY KEY,
  key     TEXT NOT NULL UNIQUE,  -- sha256 of the bytes, or "path:" + path when unreadable
  path    TEXT,
  code    TEXT NOT NULL,
  message TEXT NOT NULL
);

-- Every file seen, exactly once: its document, or its error.
CREATE TABLE IF NOT EXISTS files (
  path        TEXT PRIMARY KEY,
  sha256      TEXT,
  size        INTEGER,
  mtime       REAL,     -- ms; with size, tells an unchanged file without reading it
  document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  error_id    INTEGER REFERENCES errors(id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS citations (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  type_code   TEXT,
  number      TEXT,
  number_key  TEXT,
  date        TEXT,
  year        INTEGER,
  issuer      TEXT,
  title       TEXT,
  relation    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS citations_document ON citations(document_id);
CREATE INDEX IF NOT EXISTS citations_number ON citations(number_key);

CREATE TABLE IF NOT EXISTS tasks (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  section     TEXT NOT NULL,
  heading     TEXT,
  deadline    TEXT
);
CREATE INDEX IF NOT EXISTS tasks_document ON tasks(document_id);
CREATE TABLE IF NOT EXISTS assignees (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  name    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS assignees_task ON assignees(task_id);
CREATE INDEX IF NOT EXISTS assignees_name ON assignees(name);

CREATE TABLE IF NOT EXISTS signers (
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  authority    TEXT,
  on_behalf_of TEXT,
  title        TEXT,
  name         TEXT,
  signed       INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS signers_document ON signers(document_id);

-- Instruments cited but not in the archive: still nodes of the chains.
CREATE TABLE IF NOT EXISTS externals (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,  -- number_key + "@" + (date | year | "?")
  number     TEXT,
  type_code  TEXT,
  issuer     TEXT,
  date       TEXT
);

-- One edge per citation: to a document of the archive, or to an external node.
CREATE TABLE IF NOT EXISTS links (
  citation_id INTEGER PRIMARY KEY REFERENCES citations(id) ON DELETE CASCADE,
  from_doc    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  to_doc      INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  to_external INTEGER REFERENCES externals(id),
  relation    TEXT NOT NULL,
  confidence  REAL NOT NULL,
  reason      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS links_from ON links(from_doc);
CREATE INDEX IF NOT EXISTS links_to ON links(to_doc);
CREATE INDEX IF NOT EXISTS links_external ON links(to_external);
`;
