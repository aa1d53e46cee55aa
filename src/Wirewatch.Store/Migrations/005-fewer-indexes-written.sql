-- Version 5: two indexes that every ingest wrote and no question reads.
-- mentions_document: no query reads an article's mentions by article (the timeline and every look-up by entity read
-- mentions_entity_timeline); about a third of the index entries each mention cost.
DROP INDEX IF EXISTS mentions_document;
-- statement_about_entity (entity_id) is a prefix of statement_about_entity_date (entity_id, date), which serves the
-- same look-ups.
DROP INDEX IF EXISTS statement_about_entity;
