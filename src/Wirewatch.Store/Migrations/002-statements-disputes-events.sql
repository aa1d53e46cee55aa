-- Version 2: statements with full-text search over their content, disputes within and across articles, and
-- events merged across the articles that report them.
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    local_id TEXT NOT NULL,               -- s1, s2... in the article's JSON
    kind TEXT NOT NULL,                   -- assertion, accusation, denial, warning, commitment
    date TEXT,                            -- the article's date
    speaker_entity INTEGER REFERENCES entities(id),
    speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,
    cue_text TEXT NOT NULL, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,
    content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    addressee TEXT,
    relayed_by TEXT,
    time_value TEXT,                      -- the TIMEX3 value of the time the text gives, if any
    no_evidence INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, local_id)
);
CREATE INDEX statements_speaker ON statements(speaker_entity, date);
CREATE INDEX statements_date ON statements(date);
CREATE INDEX statements_kind ON statements(kind, date);

CREATE TABLE statement_about (
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (statement_id, entity_id)
);
CREATE INDEX statement_about_entity ON statement_about(entity_id);

CREATE VIRTUAL TABLE statements_text USING fts5(content, content='statements', content_rowid='id');

CREATE TABLE disputes (
    claim INTEGER NOT NULL REFERENCES statements(id),
    rebuttal INTEGER NOT NULL REFERENCES statements(id),
    about_entity INTEGER REFERENCES entities(id),
    across_articles INTEGER NOT NULL,
    PRIMARY KEY (claim, rebuttal)
);
CREATE INDEX disputes_rebuttal ON disputes(rebuttal);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,             -- sub-event type, date and place: what makes reports of one event one
    type TEXT NOT NULL,
    sub_type TEXT NOT NULL,
    date TEXT,
    time_precision INTEGER NOT NULL,
    location TEXT, country TEXT, admin1 TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
    fatalities INTEGER                    -- the lowest figure any report gives (ACLED's conservative rule)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_location ON events(location COLLATE NOCASE);

CREATE TABLE event_reports (
    event_id INTEGER NOT NULL REFERENCES events(id),
    document_id TEXT NOT NULL REFERENCES documents(id),
    local_id TEXT NOT NULL,
    trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    status TEXT NOT NULL,
    fatalities INTEGER,
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX event_reports_event ON event_reports(event_id);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id),
    document_id TEXT NOT NULL REFERENCES documents(id),
    role TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities(id),
    text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL
);
CREATE INDEX event_actors_event ON event_actors(event_id);
CREATE INDEX event_actors_entity ON event_actors(entity_id);
