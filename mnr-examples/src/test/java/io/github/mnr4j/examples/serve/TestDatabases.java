package io.github.mnr4j.examples.serve;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Fresh databases for the storage tests: an embedded H2 file and, where {@value #POSTGRES} gives a
 * PostgreSQL database (as {@code .ci/run} does), a schema of its own in PostgreSQL.
 */
final class TestDatabases {
  /** The environment variable with the JDBC URL of a PostgreSQL database for these tests. */
  static final String POSTGRES = "MNR_TEST_POSTGRES_URL";

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private TestDatabases() {}

  /** A fresh database of each kind at hand: its URL. */
  static Stream<String> fresh(Path directory) throws SQLException {
    List<String> urls = new ArrayList<>();
    int n = DATABASES.incrementAndGet();
    urls.add(ResponseStore.h2File(directory.resolve("h2-" + n)));
    String postgres = System.getenv(POSTGRES);
    if (postgres != null && !postgres.isBlank()) {
      String schema = "store_test_" + ProcessHandle.current().pid() + "_" + n;
      try (Connection connection = DriverManager.getConnection(postgres);
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA " + schema);
      }
      urls.add(postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }
    return urls.stream();
  }
}
