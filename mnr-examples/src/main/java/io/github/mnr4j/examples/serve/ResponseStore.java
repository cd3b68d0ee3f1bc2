package io.github.mnr4j.examples.serve;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * The responses of the self-assessment application ({@code mnr serve}) and every version saved of
 * them. Versions are only ever added: saving a draft, submitting and restoring an earlier version
 * each store a new one, so that no draft is lost and any earlier one can be read again. A save
 * names the version it was made on; if another save came first, it is refused ({@link
 * EditConflict}) and nothing is overwritten, which is how two browsers editing one response are
 * told apart.
 *
 * <p>The database is H2, embedded in a file, or PostgreSQL, by JDBC URL; its schema comes from
 * Flyway's migrations (SQL under {@value #MIGRATIONS}, and {@link VersionLookupByKey}), applied
 * when the store opens. Each version is kept as its {@code mnr4j.response} document, the
 * respondent's contact details included. Thread-safe.
 */
public final class ResponseStore implements AutoCloseable {
  /** Where the migrations are, on the class path. */
  public static final String MIGRATIONS = "classpath:io/github/mnr4j/examples/serve/db";

  /**
   * The store keeps what the respondent gave, contact details included (they are personal data: the
   * pages never show them back, and exports leave them out unless asked).
   */
  private static final MnrJson JSON = MnrJson.strict().withPersonalData(true);

  /** SQLSTATE of a unique or primary key violation, in H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * The longest document (in characters) that H2 keeps in its version's row. A longer one goes to
   * H2's storage of large objects, whose three maps each save also writes: a complete response
   * (about 7,000 characters) kept in the row made saves under load about half again as fast
   * (bench/serve-load.sh).
   */
  static final int DOCUMENT_IN_ROW = 65_536;

  private final HikariDataSource pool;
  private final Clock clock;

  private ResponseStore(HikariDataSource pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /**
   * Opens the store at a JDBC URL, creating or updating its schema.
   *
   * @param url {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
   * @return the store; close it when done
   * @throws MnrException naming the URL if it is of another database, or if the database cannot be
   *     reached or migrated
   */
  public static ResponseStore open(String url) {
    return open(url, Clock.systemUTC());
  }

  static ResponseStore open(String url, Clock clock) {
    String documentType;
    if (url.startsWith("jdbc:h2:")) {
      documentType = "CLOB";
    } else if (url.startsWith("jdbc:postgresql:")) {
      documentType = "TEXT";
    } else {
      throw new MnrException(
          Messages.quote(url)
              + " is not a database mnr serve can use: give jdbc:h2:... or"
              + " jdbc:postgresql://...");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("mnr-serve");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      if (url.startsWith("jdbc:h2:") && String.valueOf(e.getMessage()).contains("already in use")) {
        throw new MnrException(
            "cannot open the database "
                + Messages.quote(url)
                + ": another process has it open, such as a running mnr serve (an H2 file is"
                + " opened by one process at a time): stop it first, or keep the data in"
                + " PostgreSQL",
            e);
      }
      throw new MnrException(
          "cannot open the database " + Messages.quote(url) + ": " + e.getMessage(), e);
    }
    if (url.startsWith("jdbc:h2:")) {
      // H2 writes a commit to its file up to half a second after it returns, by default: a process
      // killed meanwhile loses saves it acknowledged (bench/serve-load.sh showed it). Written at
      // once, a save the page confirms survives the server being killed. A document is kept in its
      // row up to DOCUMENT_IN_ROW characters (see there).
      try (Connection connection = pool.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("SET WRITE_DELAY 0");
        statement.execute("SET MAX_LENGTH_INPLACE_LOB " + DOCUMENT_IN_ROW);
      } catch (SQLException e) {
        pool.close();
        throw failed("set up the H2 database " + Messages.quote(url), e);
      }
    }
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations(MIGRATIONS)
          .placeholders(Map.of("document_type", documentType))
          .javaMigrations(new VersionLookupByKey())
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      // Flyway's own message spans many lines; the first line of the database's says what went
      // wrong (H2 goes on with the statement).
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof SQLException)) {
        cause = cause.getCause();
      }
      String why = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
      throw new MnrException("cannot make the schema in " + Messages.quote(url) + ": " + why, e);
    }
    return new ResponseStore(pool, clock);
  }

  /**
   * Returns the URL of the default database: an H2 file under a directory.
   *
   * @param directory the directory, such as the user's data directory for mnr4j
   * @return the JDBC URL
   */
  public static String h2File(Path directory) {
    return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("mnr-serve");
  }

  /**
   * Returns the invitations of portal mode, kept in the same database.
   *
   * @return the invitations
   */
  public Invitations invitations() {
    return new Invitations(pool, clock);
  }

  /** The clock versions are dated by, which portal mode's sessions follow too. */
  Clock clock() {
    return clock;
  }

  /**
   * A version of a response, as it was saved.
   *
   * @param responseId the response
   * @param number the version, from 1
   * @param savedAt when it was saved
   * @param status the response's status in it
   * @param restoredFrom the earlier version it restores, if it does
   * @param response the response as it was saved
   */
  public record Version(
      String responseId,
      int number,
      Instant savedAt,
      ResponseStatus status,
      Optional<Integer> restoredFrom,
      Response response) {}

  /**
   * A version without its document, for a response's history.
   *
   * @param number the version, from 1
   * @param savedAt when it was saved
   * @param status the response's status in it
   * @param restoredFrom the earlier version it restores, if it does
   */
  public record Saved(
      int number, Instant savedAt, ResponseStatus status, Optional<Integer> restoredFrom) {}

  /**
   * A response stored, by its latest version.
   *
   * @param responseId the response
   * @param jurisdictionId its jurisdiction's id
   * @param instrument the instrument it answers, as {@code id@edition}
   * @param latest its latest version
   */
  public record Stored(String responseId, String jurisdictionId, String instrument, Saved latest) {}

  /** A save made on a version that is no longer the latest: nothing was stored. */
  public static final class EditConflict extends MnrException {
    private static final long serialVersionUID = 1L;

    EditConflict(String responseId, int basedOn, int latest) {
      super(
          "response "
              + responseId
              + " was saved as version "
              + latest
              + " since version "
              + basedOn
              + ", which this edit started from: nothing was overwritten; open the latest"
              + " version, or an earlier one to restore it");
    }
  }

  /**
   * Stores a new response as its version 1.
   *
   * @param response the response, draft or not
   * @return the version stored, under a new random id
   */
  public Version create(Response response) {
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO response (id, jurisdiction_id, instrument, created_at, latest_version)"
                  + " VALUES (?, ?, ?, ?, 1)")) {
        insert.setString(1, id);
        insert.setString(2, response.jurisdiction().id());
        insert.setString(3, response.instrumentReference());
        insert.setTimestamp(4, Timestamp.from(now));
        insert.executeUpdate();
      }
      Version version = insertVersion(connection, id, 1, now, response, Optional.empty());
      connection.commit();
      return version;
    } catch (SQLException e) {
      throw failed("store a new response", e);
    }
  }

  /**
   * Stores a new version of a response, made on its latest version.
   *
   * @param responseId the response
   * @param basedOn the version the edit started from
   * @param response the response as it is now
   * @return the version stored, numbered {@code basedOn + 1}
   * @throws EditConflict if another version was saved since {@code basedOn}: nothing is stored
   * @throws MnrException if there is no such response
   */
  public Version save(String responseId, int basedOn, Response response) {
    return add(responseId, basedOn, response, Optional.empty());
  }

  /**
   * Stores an earlier version again, as the latest: a restore adds a version, it never removes the
   * ones after it.
   *
   * @param responseId the response
   * @param version the version to restore
   * @param basedOn the latest version the restore was asked on
   * @return the version stored, with {@link Version#restoredFrom()}
   * @throws EditConflict if another version was saved since {@code basedOn}
   * @throws MnrException if there is no such response or version
   */
  public Version restore(String responseId, int version, int basedOn) {
    Response earlier = version(responseId, version).response();
    return add(responseId, basedOn, earlier, Optional.of(version));
  }

  private Version add(
      String responseId, int basedOn, Response response, Optional<Integer> restoredFrom) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      // Moves the latest version on only from the one the edit started on: a save made on an
      // older version changes no row.
      try (PreparedStatement move =
          connection.prepareStatement(
              "UPDATE response SET latest_version = ? WHERE id = ? AND latest_version = ?")) {
        move.setInt(1, basedOn + 1);
        move.setString(2, responseId);
        move.setInt(3, basedOn);
        if (move.executeUpdate() == 0) {
          connection.rollback();
          throw new EditConflict(responseId, basedOn, latestNumber(connection, responseId));
        }
      }
      Version version;
      try {
        version =
            insertVersion(
                connection, responseId, basedOn + 1, clock.instant(), response, restoredFrom);
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        // H2 now and then lets a save that waited on another's commit through the UPDATE above
        // without reading the committed row again (once in 1,500 runs of the store test's 40
        // concurrent saves, on a loaded machine); the version's primary key still refuses it.
        connection.rollback();
        throw new EditConflict(responseId, basedOn, latestNumber(connection, responseId));
      }
      connection.commit();
      return version;
    } catch (SQLException e) {
      throw failed("save response " + responseId, e);
    }
  }

  /** The number of a response's latest version. */
  private static int latestNumber(Connection connection, String responseId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT latest_version FROM response WHERE id = ?")) {
      query.setString(1, responseId);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw unknown(responseId);
        }
        return rows.getInt(1);
      }
    }
  }

  private static Version insertVersion(
      Connection connection,
      String responseId,
      int number,
      Instant savedAt,
      Response response,
      Optional<Integer> restoredFrom)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO response_version"
                + " (response_id, version, saved_at, status, restored_from, document)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, responseId);
      insert.setInt(2, number);
      insert.setTimestamp(3, Timestamp.from(savedAt));
      insert.setString(4, response.status().id());
      if (restoredFrom.isPresent()) {
        insert.setInt(5, restoredFrom.get());
      } else {
        insert.setNull(5, Types.INTEGER);
      }
      insert.setString(6, JSON.write(response, Document.RESPONSE));
      insert.executeUpdate();
    }
    return new Version(responseId, number, savedAt, response.status(), restoredFrom, response);
  }

  /**
   * Returns a response's latest version.
   *
   * @param responseId the response
   * @return the latest version, or empty if there is no such response
   */
  public Optional<Version> latest(String responseId) {
    try (Connection connection = pool.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT v.saved_at, v.status, v.restored_from, v.document, v.version"
                    + " FROM response r JOIN response_version v"
                    + " ON v.response_id = r.id AND v.version = r.latest_version WHERE r.id = ?")) {
      query.setString(1, responseId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next()
            ? Optional.of(version(responseId, rows.getInt(5), rows))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("read response " + responseId, e);
    }
  }

  /**
   * Returns a version of a response.
   *
   * @param responseId the response
   * @param number the version
   * @return the version
   * @throws MnrException naming both if there is no such version
   */
  public Version version(String responseId, int number) {
    try (Connection connection = pool.getConnection()) {
      return read(connection, responseId, number);
    } catch (SQLException e) {
      throw failed("read response " + responseId, e);
    }
  }

  private static Version read(Connection connection, String responseId, int number)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT saved_at, status, restored_from, document FROM response_version"
                + " WHERE response_id = ? AND version = ?")) {
      query.setString(1, responseId);
      query.setInt(2, number);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new MnrException("response " + responseId + " has no version " + number);
        }
        return version(responseId, number, rows);
      }
    }
  }

  /** A version from a row of saved_at, status, restored_from and document. */
  private static Version version(String responseId, int number, ResultSet rows)
      throws SQLException {
    Saved saved = saved(number, rows);
    Response response = JSON.read(rows.getString(4), Document.RESPONSE);
    return new Version(
        responseId, number, saved.savedAt(), saved.status(), saved.restoredFrom(), response);
  }

  private static Saved saved(int number, ResultSet rows) throws SQLException {
    int restored = rows.getInt(3);
    Optional<Integer> restoredFrom = rows.wasNull() ? Optional.empty() : Optional.of(restored);
    return new Saved(
        number,
        rows.getTimestamp(1).toInstant(),
        Identified.of(ResponseStatus.class, rows.getString(2)),
        restoredFrom);
  }

  /**
   * Returns a response's versions from one number on (from 1: all of them), oldest first, without
   * their documents: a page that lists the latest few reads only those, however many versions
   * automatic saves made.
   *
   * @param responseId the response
   * @param fromVersion the first version returned, at most the latest (versions are numbered from 1
   *     without gaps)
   * @return the versions
   * @throws MnrException if there is no such response
   */
  public List<Saved> history(String responseId, int fromVersion) {
    try (Connection connection = pool.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT saved_at, status, restored_from, version FROM response_version"
                    + " WHERE response_id = ? AND version >= ? ORDER BY version")) {
      query.setString(1, responseId);
      query.setInt(2, fromVersion);
      List<Saved> history = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          history.add(saved(rows.getInt(4), rows));
        }
      }
      if (history.isEmpty()) {
        throw unknown(responseId);
      }
      return history;
    } catch (SQLException e) {
      throw failed("read response " + responseId, e);
    }
  }

  /**
   * Returns every response stored, by its latest version, oldest response first.
   *
   * @return the responses
   */
  public List<Stored> responses() {
    try (Connection connection = pool.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT v.saved_at, v.status, v.restored_from, v.version, r.id,"
                    + " r.jurisdiction_id, r.instrument FROM response r JOIN response_version v"
                    + " ON v.response_id = r.id AND v.version = r.latest_version"
                    + " ORDER BY r.created_at, r.id");
        ResultSet rows = query.executeQuery()) {
      List<Stored> stored = new ArrayList<>();
      while (rows.next()) {
        stored.add(
            new Stored(
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                saved(rows.getInt(4), rows)));
      }
      return stored;
    } catch (SQLException e) {
      throw failed("list the responses", e);
    }
  }

  /**
   * A version saved as completed (submitted), without its document.
   *
   * @param responseId the response
   * @param jurisdictionId its jurisdiction's id
   * @param number the version
   * @param savedAt when it was saved
   */
  public record Submission(String responseId, String jurisdictionId, int number, Instant savedAt) {}

  /**
   * Returns every version saved as completed, in the order they were saved (by time, then response
   * and version, so that the order is the same at every call).
   *
   * @return the submissions
   */
  public List<Submission> submissions() {
    try (Connection connection = pool.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT v.response_id, r.jurisdiction_id, v.version, v.saved_at FROM"
                    + " response_version v JOIN response r ON r.id = v.response_id"
                    + " WHERE v.status = ? ORDER BY v.saved_at, v.response_id, v.version")) {
      query.setString(1, ResponseStatus.COMPLETED.id());
      List<Submission> submissions = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          submissions.add(
              new Submission(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getInt(3),
                  rows.getTimestamp(4).toInstant()));
        }
      }
      return submissions;
    } catch (SQLException e) {
      throw failed("list the submissions", e);
    }
  }

  /**
   * Returns the responses of submissions as they were submitted, read over one connection: the
   * analyst's aggregates read a whole step's at once.
   *
   * @param submissions the submissions
   * @return each one's response, in their order
   * @throws MnrException naming the response and version if one is not stored
   */
  public List<Response> submitted(List<Submission> submissions) {
    try (Connection connection = pool.getConnection()) {
      List<Response> responses = new ArrayList<>(submissions.size());
      for (Submission submission : submissions) {
        responses.add(read(connection, submission.responseId(), submission.number()).response());
      }
      return responses;
    } catch (SQLException e) {
      throw failed("read the submitted responses", e);
    }
  }

  private static MnrException unknown(String responseId) {
    return new MnrException("no response " + Messages.quote(responseId) + " is stored");
  }

  /** A database failure, said without the statement's values (a document may be in them). */
  static MnrException failed(String what, SQLException e) {
    return new MnrException(
        "cannot "
            + what
            + ": the database said "
            + e.getSQLState()
            + " ("
            + e.getClass().getSimpleName()
            + ")",
        e);
  }

  @Override
  public void close() {
    pool.close();
  }
}
