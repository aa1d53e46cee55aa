-- Version 1: articles, their entities (merged across articles), mentions, roles and times, with full-text search.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,              -- stable id: prefix of the SHA-256 of date, title and body
    source TEXT NOT NULL,             -- path (with :LINE for a JSON Lines record) or -
    source_id TEXT,                   -- the id the input gave, if any
    date TEXT,                        -- YYYY-MM-DD, or NULL when unknown
    title TEXT,
    text TEXT NOT NULL                -- the body as analysed; all offsets index into it (UTF-16 code units)
);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,               -- PERSON, ORG, GPE, LOC, NORP, FAC
    key TEXT NOT NULL,                -- what makes two articles' entities one: a gazetteer key for places, the name's key otherwise
    name TEXT NOT NULL,               -- the fullest name seen
    last_word TEXT NOT NULL,          -- the last word of the key: a person's surname
    UNIQUE (type, key)
);
CREATE INDEX entities_last_word ON entities(type, last_word);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE document_entities (
    document_id TEXT NOT NULL REFERENCES documents(id),
    local_id TEXT NOT NULL,           -- e1, e2... in the article's JSON
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX document_entities_entity ON document_entities(entity_id);

CREATE TABLE mentions (
    document_id TEXT NOT NULL REFERENCES documents(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,               -- name, nominal, pronoun
    stands_for INTEGER REFERENCES entities(id)
);
CREATE INDEX mentions_entity ON mentions(entity_id, document_id);
CREATE INDEX mentions_document ON mentions(document_id);

CREATE TABLE roles (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    document_id TEXT NOT NULL REFERENCES documents(id),
    role TEXT NOT NULL,
    PRIMARY KEY (entity_id, document_id, role)
);

CREATE TABLE times (
    document_id TEXT NOT NULL REFERENCES documents(id),
    local_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX times_value ON times(value);

CREATE VIRTUAL TABLE documents_text USING fts5(text, content='documents', content_rowid='rowid');
