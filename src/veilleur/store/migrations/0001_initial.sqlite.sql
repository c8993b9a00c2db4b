-- Veilleur store, schema version 1 (SQLite). The PostgreSQL twin is 0001_initial.postgresql.sql:
-- same tables, same column names, same meaning. Column names are stable: the API reads them.
--
-- Conventions: ids are TEXT; dates are ISO strings of varying precision (YYYY, YYYY-MM,
-- YYYY-MM-DD) so they sort and compare as text; timestamps are ISO 8601 UTC strings;
-- *_json columns hold JSON text; offsets are [start, end) Python string indices into
-- articles.text. Rows of analyses, events, quotes and article_actors belong to one
-- (article_id, pipeline_version): a better coder adds rows under its own version.

CREATE TABLE articles (
    seq               INTEGER PRIMARY KEY,          -- insertion order, FTS rowid, paging key
    id                TEXT NOT NULL UNIQUE,         -- stable id (the contract's "id")
    content_hash      TEXT NOT NULL UNIQUE,         -- sha256 of the cleaned text: re-ingest adds nothing
    source            TEXT NOT NULL,                -- input path or URL as given
    url               TEXT,
    title             TEXT,
    language          TEXT,
    published         TEXT,
    site              TEXT,
    author            TEXT,
    raw               BLOB,                         -- the input bytes as received
    raw_media_type    TEXT,
    raw_encoding      TEXT,
    text              TEXT NOT NULL,                -- cleaned text every offset indexes
    blocks_json       TEXT NOT NULL DEFAULT '[]',
    meta_json         TEXT NOT NULL DEFAULT '{}',   -- contract fields beyond the core ones
    ingested_at       TEXT NOT NULL,
    near_duplicate_of TEXT REFERENCES articles(id)  -- the article this one is a near copy of
);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_site ON articles(site);
CREATE INDEX articles_near_duplicate_of ON articles(near_duplicate_of);

-- One row per article and pipeline version: the full contract document.
CREATE TABLE analyses (
    article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    pipeline_version  TEXT NOT NULL,
    document_json     TEXT NOT NULL,
    error_count       INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    PRIMARY KEY (article_id, pipeline_version)
);
CREATE INDEX analyses_version ON analyses(pipeline_version);

-- Every actor seen in any analysis, by its knowledge-base (or provisional) id.
CREATE TABLE actors (
    id                TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    kind              TEXT,
    country           TEXT,
    cameo             TEXT,
    wikidata          TEXT,
    aliases_json      TEXT NOT NULL DEFAULT '[]',
    updated_at        TEXT NOT NULL
);
CREATE INDEX actors_kind ON actors(kind);
CREATE INDEX actors_country ON actors(country);
CREATE INDEX actors_name ON actors(name);

-- Which actors an article mentions (per pipeline version), with their mention spans.
CREATE TABLE article_actors (
    article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    pipeline_version  TEXT NOT NULL,
    actor_id          TEXT NOT NULL REFERENCES actors(id),
    mention_count     INTEGER NOT NULL,
    mentions_json     TEXT NOT NULL,                -- [[start, end], ...]
    PRIMARY KEY (article_id, pipeline_version, actor_id)
);
CREATE INDEX article_actors_actor ON article_actors(actor_id, pipeline_version);

CREATE TABLE events (
    seq               INTEGER PRIMARY KEY,
    article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    pipeline_version  TEXT NOT NULL,
    idx               INTEGER NOT NULL,             -- position in the document's events list
    category          TEXT NOT NULL,                -- PLOVER category
    mode              TEXT,
    cameo             TEXT,
    goldstein         REAL,
    quad_class        INTEGER,
    source_actor      TEXT,                         -- actor id (actors.id) or NULL
    target_actor      TEXT,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    trigger_text      TEXT,
    sentence_start    INTEGER NOT NULL,
    sentence_end      INTEGER NOT NULL,
    sentence_text     TEXT,
    modality          TEXT NOT NULL,
    event_date        TEXT,                         -- the contract's "date"
    location_name     TEXT,
    location_country  TEXT,
    location_lat      REAL,
    location_lon      REAL,
    confidence        REAL NOT NULL,
    extra_json        TEXT NOT NULL DEFAULT '{}',   -- event fields beyond the contract
    UNIQUE (article_id, pipeline_version, idx)
);
CREATE INDEX events_source ON events(source_actor);
CREATE INDEX events_target ON events(target_actor);
CREATE INDEX events_category ON events(category);
CREATE INDEX events_quad_class ON events(quad_class);
CREATE INDEX events_modality ON events(modality);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_confidence ON events(confidence);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_location_country ON events(location_country);

CREATE TABLE quotes (
    seq               INTEGER PRIMARY KEY,
    article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    pipeline_version  TEXT NOT NULL,
    idx               INTEGER NOT NULL,             -- position in the document's quotes list
    type              TEXT NOT NULL,
    text              TEXT NOT NULL,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    speaker_actor     TEXT,                         -- actor id or NULL
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    cue               TEXT,
    cue_lemma         TEXT,
    cue_start         INTEGER,
    cue_end           INTEGER,
    confidence        REAL NOT NULL,
    extra_json        TEXT NOT NULL DEFAULT '{}',
    UNIQUE (article_id, pipeline_version, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_actor);
CREATE INDEX quotes_type ON quotes(type);
CREATE INDEX quotes_confidence ON quotes(confidence);
CREATE INDEX quotes_cue_lemma ON quotes(cue_lemma);

-- Near-duplicate detection across runs: MinHash signature per article and its LSH bands.
CREATE TABLE article_signatures (
    article_id        TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature         BLOB NOT NULL                 -- MinHash values, little-endian uint32
);
CREATE TABLE minhash_bands (
    band              INTEGER NOT NULL,
    bucket            TEXT NOT NULL,
    article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, article_id)
);

-- Full-text search over title and text (external content: no second copy of the text).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
