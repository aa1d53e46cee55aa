-- Version 3: what the frequent questions need to answer fast on a large ledger: each mention and each
-- "about" link carries its article's date (so an entity's timeline reads in date order from an index), and
-- every entity keeps its counts of mentions and articles.
ALTER TABLE mentions ADD COLUMN date TEXT;
UPDATE mentions SET date = (SELECT d.date FROM documents d WHERE d.id = mentions.document_id);
CREATE INDEX mentions_entity_date ON mentions(entity_id, date);

ALTER TABLE statement_about ADD COLUMN date TEXT;
UPDATE statement_about SET date = (SELECT s.date FROM statements s WHERE s.id = statement_about.statement_id);
CREATE INDEX statement_about_entity_date ON statement_about(entity_id, date);

ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET
    mention_count = (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = entities.id),
    article_count = (SELECT COUNT(*) FROM document_entities de WHERE de.entity_id = entities.id);

CREATE INDEX events_admin1 ON events(admin1 COLLATE NOCASE);
CREATE INDEX events_country ON events(country COLLATE NOCASE);
