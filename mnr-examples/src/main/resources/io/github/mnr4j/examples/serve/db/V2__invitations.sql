-- Portal mode (mnr serve --portal): invitations to a jurisdiction's focal point or to an analyst.
-- The token an invitation link carries is never stored, only its SHA-256 (hexadecimal), so that a
-- copy of the database signs nobody in. An invitation is revoked, never deleted: the list of who
-- was invited stays.
CREATE TABLE invitation (
  id VARCHAR(32) PRIMARY KEY,
  token_sha256 CHAR(64) NOT NULL UNIQUE,
  role VARCHAR(16) NOT NULL,
  jurisdiction_id VARCHAR(64),
  jurisdiction_name VARCHAR(256),
  region VARCHAR(64),
  income_group VARCHAR(64),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at TIMESTAMP WITH TIME ZONE
);
