-- Responses and every version of them. Versions are only ever inserted: a save, a submission
-- and a restore each add one, so that no draft is lost and any earlier one can be read again.
-- ${document_type} is the type of a large text in the database at hand (CLOB in H2, TEXT in
-- PostgreSQL).
CREATE TABLE response (
  id VARCHAR(64) PRIMARY KEY,
  jurisdiction_id VARCHAR(64) NOT NULL,
  instrument VARCHAR(256) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE response_version (
  response_id VARCHAR(64) NOT NULL REFERENCES response (id),
  version INTEGER NOT NULL,
  saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
  status VARCHAR(32) NOT NULL,
  restored_from INTEGER,
  document ${document_type} NOT NULL,
  -- Two saves made on the same version cannot both be stored: the second fails here.
  PRIMARY KEY (response_id, version)
);
