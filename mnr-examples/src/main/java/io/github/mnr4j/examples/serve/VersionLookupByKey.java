package io.github.mnr4j.examples.serve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 3: a version is looked up by its key, (response_id, version).
 *
 * <p>Migration 1 declared the reference from a version to its response on the column, before the
 * primary key, so H2 made the reference's index on response_id first. When the two indexes cost the
 * same to H2's planner (its statistics seeing few versions per response, as right after responses
 * are started), it took the first, and then read every version of the response to find one. The
 * reference is made again, after the primary key, so that H2 takes the key on a tie.
 *
 * <p>Written in Java, not SQL, for two reasons: the reference's name is the database's own (H2 and
 * PostgreSQL name it differently), and H2 commits each change of the schema at once, so that a run
 * cut short (the server killed while it upgrades) must be able to run again: whatever references
 * the table has when it starts are dropped, and the one reference added.
 */
final class VersionLookupByKey implements JavaMigration {
  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("3");
  }

  @Override
  public String getDescription() {
    return "version lookup by key";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    makeTheReferenceAgain(context.getConnection());
  }

  /** Drops the references the versions' table has, and adds the one reference to its response. */
  static void makeTheReferenceAgain(Connection connection) throws SQLException {
    List<String> references = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE LOWER(TABLE_NAME) = 'response_version'"
                + " AND TABLE_SCHEMA = CURRENT_SCHEMA AND CONSTRAINT_TYPE = 'FOREIGN KEY'")) {
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          references.add(rows.getString(1));
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String reference : references) {
        statement.execute(
            "ALTER TABLE response_version DROP CONSTRAINT \""
                + reference.replace("\"", "\"\"")
                + "\"");
      }
      statement.execute(
          "ALTER TABLE response_version ADD CONSTRAINT response_version_of_response"
              + " FOREIGN KEY (response_id) REFERENCES response (id)");
    }
  }
}
