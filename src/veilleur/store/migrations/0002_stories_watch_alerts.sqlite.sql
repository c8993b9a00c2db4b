-- Schema version 2 (sqlite): stories, consolidated events, watched feeds, alerts.
-- Same tables and columns in both dialects.

-- Feeds followed by `veilleur watch`: conditional-request validators and back-off state.
CREATE TABLE feeds (
    url               TEXT PRIMARY KEY,
    poll_interval     REAL NOT NULL,             -- seconds between polls when all is well
    etag              TEXT,
    last_modified     TEXT,
    next_poll         REAL NOT NULL DEFAULT 0,   -- epoch seconds
    failures          INTEGER NOT NULL DEFAULT 0,
    last_status       TEXT,
    updated_at        TEXT NOT NULL
);

-- Items already taken from a feed: a restarted watcher fetches none of them again.
CREATE TABLE feed_items (
    feed_url          TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
    item_key          TEXT NOT NULL,              -- the item's link, else a hash of title and date
    article_id        TEXT,
    seen_at           TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);

-- Stories: articles that report one happening (per pipeline version of the analyses used).
CREATE TABLE stories (
    id                TEXT NOT NULL,
    pipeline_version  TEXT NOT NULL,
    title             TEXT,
    first_seen        TEXT,
    last_seen         TEXT,
    article_count     INTEGER NOT NULL,
    languages_json    TEXT NOT NULL DEFAULT '[]',
    sources_json      TEXT NOT NULL DEFAULT '[]',
    timeline_json     TEXT NOT NULL DEFAULT '[]',
    updated_at        TEXT NOT NULL,
    PRIMARY KEY (id, pipeline_version)
);
CREATE INDEX stories_last_seen ON stories(last_seen);

CREATE TABLE story_articles (
    story_id          TEXT NOT NULL,
    pipeline_version  TEXT NOT NULL,
    article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, pipeline_version)      -- an article belongs to one story
);
CREATE INDEX story_articles_story ON story_articles(story_id, pipeline_version);

-- One event per happening, listing every report of it (reports_json).
CREATE TABLE consolidated_events (
    id                TEXT NOT NULL,
    pipeline_version  TEXT NOT NULL,
    story_id          TEXT NOT NULL,
    category          TEXT NOT NULL,
    cameo             TEXT,
    source_actor      TEXT,
    target_actor      TEXT,
    event_date        TEXT,
    modality          TEXT NOT NULL,
    goldstein         REAL,
    quad_class        INTEGER,
    confidence        REAL NOT NULL,
    report_count      INTEGER NOT NULL,
    reports_json      TEXT NOT NULL,
    PRIMARY KEY (id, pipeline_version)
);
CREATE INDEX consolidated_events_story ON consolidated_events(story_id, pipeline_version);
CREATE INDEX consolidated_events_source ON consolidated_events(source_actor);
CREATE INDEX consolidated_events_target ON consolidated_events(target_actor);
CREATE INDEX consolidated_events_date ON consolidated_events(event_date);
CREATE INDEX consolidated_events_category ON consolidated_events(category);

-- Alerts fired by rules; the id is stable per rule and window, so nothing fires twice.
CREATE TABLE alerts (
    id                TEXT PRIMARY KEY,
    rule              TEXT NOT NULL,
    window_start      TEXT NOT NULL,
    window_end        TEXT NOT NULL,
    event_count       INTEGER NOT NULL,
    reason            TEXT NOT NULL,
    baseline_mean     REAL,
    z                 REAL,
    event_ids_json    TEXT NOT NULL DEFAULT '[]',
    webhook_status    TEXT,
    fired_at          TEXT NOT NULL
);
CREATE INDEX alerts_fired_at ON alerts(fired_at);
