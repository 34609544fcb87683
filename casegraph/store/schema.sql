-- casegraph SQLite schema. Extracted rows are rebuilt from per-article annotations on every
-- build; judgements (human decisions) are append-only and replayed after each rebuild.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  title TEXT,
  language TEXT NOT NULL,
  published_value TEXT,
  published_precision TEXT,
  published_text TEXT,
  text TEXT NOT NULL,
  text_chars INTEGER NOT NULL,
  story_id TEXT,
  copy_of TEXT
);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);

-- one row per annotated article: the plain records of models.Annotation as JSON
CREATE TABLE IF NOT EXISTS annotations (
  article_id TEXT PRIMARY KEY REFERENCES articles(id),
  fingerprint TEXT NOT NULL,
  data TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  kind TEXT,
  name TEXT NOT NULL,
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS aliases (entity_id TEXT NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS aliases_folded ON aliases(folded);
CREATE INDEX IF NOT EXISTS aliases_entity ON aliases(entity_id);
CREATE TABLE IF NOT EXISTS roles (entity_id TEXT NOT NULL, role TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS roles_entity ON roles(entity_id);

CREATE TABLE IF NOT EXISTS mentions (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  via TEXT NOT NULL,
  local_key INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);

-- facts: relations, claims, events, conflicts; each with evidence rows
CREATE TABLE IF NOT EXISTS relations (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, subject TEXT NOT NULL, object TEXT NOT NULL, role TEXT,
  modality TEXT NOT NULL, attributed_to TEXT, time TEXT, outlets INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS relations_subject ON relations(subject);
CREATE INDEX IF NOT EXISTS relations_object ON relations(object);
CREATE TABLE IF NOT EXISTS claims (
  id TEXT PRIMARY KEY, speaker TEXT NOT NULL, stance TEXT NOT NULL, cue TEXT NOT NULL, text TEXT NOT NULL,
  direct INTEGER NOT NULL, medium TEXT, date TEXT, outlets INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker);
CREATE TABLE IF NOT EXISTS claim_about (claim_id TEXT NOT NULL, entity_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS claim_about_entity ON claim_about(entity_id);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, status TEXT NOT NULL, date TEXT, place TEXT, outlets INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS event_participants (event_id TEXT NOT NULL, entity_id TEXT NOT NULL, role TEXT);
CREATE INDEX IF NOT EXISTS event_participants_entity ON event_participants(entity_id);
CREATE TABLE IF NOT EXISTS conflicts (id TEXT PRIMARY KEY, kind TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, label TEXT);
CREATE TABLE IF NOT EXISTS evidence (
  fact_kind TEXT NOT NULL, fact_id TEXT NOT NULL, article_id TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_fact ON evidence(fact_kind, fact_id);
CREATE INDEX IF NOT EXISTS evidence_article ON evidence(article_id);

CREATE TABLE IF NOT EXISTS judgements (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  action TEXT NOT NULL,          -- merge, split, rename, accept, reject, undo
  payload TEXT NOT NULL,         -- JSON
  author TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- accept/reject verdicts on facts, derived from judgements on every rebuild
CREATE TABLE IF NOT EXISTS reviews (fact_id TEXT PRIMARY KEY, verdict TEXT NOT NULL);
