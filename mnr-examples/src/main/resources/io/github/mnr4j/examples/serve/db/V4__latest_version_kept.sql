-- Each response keeps the number of its latest version. A save moves it from the version the edit
-- started on to the next in one statement, which refuses a save made on an older version, and the
-- latest version is found by the response's key: with MAX(version), H2 read every version of the
-- response, so that a save and a page grew slower with each autosave. H2 commits each change of
-- the schema at once: IF NOT EXISTS lets a run cut short run again.
ALTER TABLE response ADD COLUMN IF NOT EXISTS latest_version INTEGER;

UPDATE response SET latest_version =
  (SELECT MAX(version) FROM response_version WHERE response_version.response_id = response.id);

ALTER TABLE response ALTER COLUMN latest_version SET NOT NULL;
