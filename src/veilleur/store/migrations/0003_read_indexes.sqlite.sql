-- Schema version 3 (sqlite): indexes for the API's read queries; same in 0003_read_indexes.postgresql.sql.

-- An event's article facts (language, publication date, near-duplicate flag) read from the
-- index alone when events are joined to their articles.
CREATE INDEX articles_read_facts ON articles(id, language, published, near_duplicate_of);

-- Stories listed most recently seen first per pipeline version, paged by (last_seen, id);
-- the expression is the API's sort key (a story without dates sorts last on both backends).
CREATE INDEX stories_version_seen ON stories(pipeline_version, (COALESCE(last_seen, '')), id);
-- The latest story build (max(updated_at)) tells the API its consolidated counts are stale.
CREATE INDEX stories_updated_at ON stories(updated_at);
-- Consolidated events of one pipeline version, loaded to map reports to happenings.
CREATE INDEX consolidated_events_version ON consolidated_events(pipeline_version);
-- Alerts newest first, paged by (fired_at, id).
CREATE INDEX alerts_fired_at_id ON alerts(fired_at, id);
