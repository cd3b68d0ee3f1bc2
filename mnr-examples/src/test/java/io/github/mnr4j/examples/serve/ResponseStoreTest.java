package io.github.mnr4j.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.examples.serve.ResponseStore.EditConflict;
import io.github.mnr4j.examples.serve.ResponseStore.Saved;
import io.github.mnr4j.examples.serve.ResponseStore.Version;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The self-assessment application's storage: versions only added, and no save lost. Every test runs
 * against each of {@link TestDatabases}.
 */
class ResponseStoreTest {
  private static final List<Response> RESPONSES = SyntheticCohort.onTheAllianceSurvey().responses();

  @TempDir static Path directory;

  /** A fresh database of each kind at hand: its URL. */
  static Stream<String> databases() throws SQLException {
    return TestDatabases.fresh(directory);
  }

  private static ResponseStore open(String url) {
    return ResponseStore.open(
        url, Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));
  }

  /** Each save adds a version; the earlier ones stay as they were, and one can be restored. */
  @ParameterizedTest
  @MethodSource("databases")
  void savesAddVersionsAndRestoresAddOneMore(String url) {
    Response first = RESPONSES.get(0);
    Response second = RESPONSES.get(1).withJurisdiction(first.jurisdiction());
    try (ResponseStore store = open(url)) {
      Version created = store.create(first);
      String id = created.responseId();
      assertThat(created.number()).isEqualTo(1);
      assertThat(created.response()).isEqualTo(first);
      Version saved = store.save(id, 1, second);
      assertThat(saved.number()).isEqualTo(2);
      assertThat(store.latest(id).orElseThrow().response()).isEqualTo(second);
      assertThat(store.version(id, 1).response()).isEqualTo(first);
      Version restored = store.restore(id, 1, 2);
      assertThat(restored.number()).isEqualTo(3);
      assertThat(restored.restoredFrom()).hasValue(1);
      assertThat(store.latest(id).orElseThrow().response()).isEqualTo(first);
      assertThat(store.history(id, 1))
          .extracting(Saved::number, Saved::restoredFrom)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, Optional.empty()),
              org.assertj.core.groups.Tuple.tuple(2, Optional.empty()),
              org.assertj.core.groups.Tuple.tuple(3, Optional.of(1)));
      assertThat(store.history(id, 1))
          .allSatisfy(v -> assertThat(v.savedAt()).isEqualTo("2026-12-06T10:00:00Z"));
      assertThat(store.history(id, 2))
          .extracting(Saved::number, Saved::restoredFrom)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2, Optional.empty()),
              org.assertj.core.groups.Tuple.tuple(3, Optional.of(1)));
      assertThat(store.responses())
          .singleElement()
          .satisfies(
              stored -> {
                assertThat(stored.responseId()).isEqualTo(id);
                assertThat(stored.jurisdictionId()).isEqualTo(first.jurisdiction().id());
                assertThat(stored.instrument()).isEqualTo("wpga-mnr-survey@2021");
                assertThat(stored.latest().number()).isEqualTo(3);
              });
    }
  }

  /** A save made on a version that is no longer the latest is refused, and changes nothing. */
  @ParameterizedTest
  @MethodSource("databases")
  void aSaveOnAnOlderVersionIsRefused(String url) {
    try (ResponseStore store = open(url)) {
      String id = store.create(RESPONSES.get(0)).responseId();
      store.save(id, 1, RESPONSES.get(1));
      assertThatThrownBy(() -> store.save(id, 1, RESPONSES.get(2)))
          .isInstanceOf(EditConflict.class)
          .hasMessage(
              "response "
                  + id
                  + " was saved as version 2 since version 1, which this edit started from:"
                  + " nothing was overwritten; open the latest version, or an earlier one to"
                  + " restore it");
      assertThatThrownBy(() -> store.restore(id, 1, 1)).isInstanceOf(EditConflict.class);
      assertThat(store.history(id, 1)).hasSize(2);
      assertThat(store.latest(id).orElseThrow().response()).isEqualTo(RESPONSES.get(1));
    }
  }

  /** Closing and opening again finds every version: a draft survives a restart. */
  @ParameterizedTest
  @MethodSource("databases")
  void versionsSurviveARestart(String url) {
    String id;
    try (ResponseStore store = open(url)) {
      id = store.create(RESPONSES.get(3)).responseId();
      store.save(id, 1, RESPONSES.get(4));
    }
    try (ResponseStore store = open(url)) {
      assertThat(store.history(id, 1)).hasSize(2);
      assertThat(store.version(id, 1).response()).isEqualTo(RESPONSES.get(3));
      assertThat(store.latest(id).orElseThrow().status()).isEqualTo(RESPONSES.get(4).status());
    }
  }

  /**
   * Many saves at once, each made on the version it read: every version number is stored once, and
   * every save that was acknowledged is there.
   */
  @ParameterizedTest
  @MethodSource("databases")
  void concurrentSavesNeverLoseOneThatWasAcknowledged(String url) throws Exception {
    try (ResponseStore store = open(url)) {
      String id = store.create(RESPONSES.get(0)).responseId();
      AtomicInteger conflicts = new AtomicInteger();
      ExecutorService threads = Executors.newFixedThreadPool(4);
      List<Future<Optional<Version>>> saves = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Response edit = RESPONSES.get(i % RESPONSES.size());
        saves.add(
            threads.submit(
                () -> {
                  int basedOn = store.latest(id).orElseThrow().number();
                  try {
                    return Optional.of(store.save(id, basedOn, edit));
                  } catch (EditConflict e) {
                    conflicts.incrementAndGet();
                    return Optional.<Version>empty();
                  }
                }));
      }
      List<Version> acknowledged = new ArrayList<>();
      for (Future<Optional<Version>> save : saves) {
        save.get().ifPresent(acknowledged::add);
      }
      threads.shutdown();
      assertThat(acknowledged.size() + conflicts.get()).isEqualTo(40);
      assertThat(store.history(id, 1)).hasSize(acknowledged.size() + 1);
      for (Version version : acknowledged) {
        assertThat(store.version(id, version.number()).response()).isEqualTo(version.response());
      }
    }
  }

  /**
   * A save whose version number is taken, though the response's latest number has not moved past it
   * (as H2 now and then lets a save through while another commits), is refused as a conflict, and
   * nothing is stored or overwritten.
   */
  @ParameterizedTest
  @MethodSource("databases")
  void aSaveWhoseNumberIsTakenIsAConflict(String url) throws SQLException {
    try (ResponseStore store = open(url)) {
      String id = store.create(RESPONSES.get(0)).responseId();
      store.save(id, 1, RESPONSES.get(1));
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement()) {
        statement.execute("UPDATE response SET latest_version = 1 WHERE id = '" + id + "'");
      }
      assertThatThrownBy(() -> store.save(id, 1, RESPONSES.get(2)))
          .isInstanceOf(EditConflict.class);
      assertThat(store.history(id, 1)).hasSize(2);
      assertThat(store.version(id, 2).response()).isEqualTo(RESPONSES.get(1));
    }
  }

  /** Submissions are listed in the order made, and read back as they were submitted. */
  @ParameterizedTest
  @MethodSource("databases")
  void submissionsAreReadBackAsSubmitted(String url) {
    try (ResponseStore store = open(url)) {
      Response first = withStatus(RESPONSES.get(0), ResponseStatus.COMPLETED);
      Response revised =
          withStatus(
              RESPONSES.get(1).withJurisdiction(first.jurisdiction()), ResponseStatus.COMPLETED);
      String id = store.create(first).responseId();
      store.save(id, 1, revised);
      store.save(id, 2, withStatus(revised, ResponseStatus.IN_PROGRESS));
      List<ResponseStore.Submission> submissions = store.submissions();
      assertThat(submissions).extracting(ResponseStore.Submission::number).containsExactly(1, 2);
      assertThat(store.submitted(submissions)).containsExactly(first, revised);
      ResponseStore.Submission missing =
          new ResponseStore.Submission(id, first.jurisdiction().id(), 9, Instant.EPOCH);
      assertThatThrownBy(() -> store.submitted(List.of(missing)))
          .isInstanceOf(MnrException.class)
          .hasMessage("response " + id + " has no version 9");
    }
  }

  private static Response withStatus(Response response, ResponseStatus status) {
    return copy(response, status, response.answers());
  }

  /** A response as another, with a status and answers of its own. */
  private static Response copy(
      Response response, ResponseStatus status, Map<String, Answer> answers) {
    Response.Builder copy =
        Response.builder()
            .instrumentReference(response.instrumentReference())
            .jurisdiction(response.jurisdiction())
            .status(status)
            .putAllAnswers(answers);
    response.respondent().ifPresent(copy::respondent);
    response.receivedOn().ifPresent(copy::receivedOn);
    return copy.build();
  }

  /** What is not there, and a database mnr serve cannot use, are named. */
  @ParameterizedTest
  @MethodSource("databases")
  void unknownsAreNamed(String url) {
    try (ResponseStore store = open(url)) {
      assertThat(store.latest("nowhere")).isEmpty();
      assertThatThrownBy(() -> store.history("nowhere", 1))
          .isInstanceOf(MnrException.class)
          .hasMessage("no response 'nowhere' is stored");
      assertThatThrownBy(() -> store.save("nowhere", 1, RESPONSES.get(0)))
          .hasMessage("no response 'nowhere' is stored");
      String id = store.create(RESPONSES.get(0)).responseId();
      assertThatThrownBy(() -> store.version(id, 7))
          .hasMessage("response " + id + " has no version 7");
      assertThat(store.latest(id).orElseThrow().status()).isEqualTo(ResponseStatus.IN_PROGRESS);
    }
    assertThatThrownBy(() -> ResponseStore.open("jdbc:mysql://localhost/mnr"))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "'jdbc:mysql://localhost/mnr' is not a database mnr serve can use: give jdbc:h2:... or"
                + " jdbc:postgresql://...");
  }

  /**
   * An H2 store writes each commit to its file at once, so that a save it acknowledged survives the
   * process being killed (bench/serve-load.sh kills it with SIGKILL mid-load to show it).
   */
  @org.junit.jupiter.api.Test
  void anH2StoreWritesEachSaveAtOnce() throws SQLException {
    assertThat(settingOfAnH2Store("write-delay", "WRITE_DELAY")).isEqualTo("0");
  }

  /** The value of an H2 setting in a fresh store's database. */
  private static String settingOfAnH2Store(String name, String setting) throws SQLException {
    String url = ResponseStore.h2File(directory.resolve(name));
    try (ResponseStore store = open(url)) {
      store.create(RESPONSES.get(0));
      try (Connection connection = DriverManager.getConnection(url);
          java.sql.PreparedStatement query =
              connection.prepareStatement(
                  "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                      + " WHERE SETTING_NAME = ?")) {
        query.setString(1, setting);
        try (java.sql.ResultSet rows = query.executeQuery()) {
          assertThat(rows.next()).as(setting).isTrue();
          return rows.getString(1);
        }
      }
    }
  }

  /**
   * A database made by an earlier mnr serve (the schema of migration 2) keeps every version when
   * the store opens it, makes the reference to the response again (migration 3) and notes each
   * response's latest version (migration 4).
   */
  @ParameterizedTest
  @MethodSource("databases")
  void versionsStoredBeforeTheUpgradeAreAllKept(String url) throws SQLException {
    String id = atMigration2WithThreeVersions(url);
    assertUpgraded(url, id);
  }

  /**
   * An upgrade cut short (the server killed while it upgrades: H2 commits each change of the schema
   * at once) runs again: here migration 3 had made its reference and migration 4 its column, and
   * neither was recorded as done.
   */
  @ParameterizedTest
  @MethodSource("databases")
  void anUpgradeCutShortRunsAgain(String url) throws SQLException {
    String id = atMigration2WithThreeVersions(url);
    try (Connection connection = DriverManager.getConnection(url)) {
      VersionLookupByKey.makeTheReferenceAgain(connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("ALTER TABLE response ADD COLUMN latest_version INTEGER");
      }
    }
    assertUpgraded(url, id);
  }

  /**
   * An upgrade that the database refuses is named by the database's own message, on one line: here
   * a response without versions, which migration 4 cannot give a latest version.
   */
  @ParameterizedTest
  @MethodSource("databases")
  void anUpgradeTheDatabaseRefusesSaysWhy(String url) throws SQLException {
    atMigration2WithThreeVersions(url);
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO response VALUES ('r2', 'C02', 'wpga-mnr-survey@2021',"
              + " TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+00')");
    }
    assertThatThrownBy(() -> open(url))
        .isInstanceOf(MnrException.class)
        .hasMessageStartingWith("cannot make the schema in ")
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain("\n")
                    .containsIgnoringCase("latest_version"));
  }

  /** A database at migration 2 with a response of three versions, the third restored from 1. */
  private static String atMigration2WithThreeVersions(String url) throws SQLException {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(ResponseStore.MIGRATIONS)
        .placeholders(Map.of("document_type", url.startsWith("jdbc:h2:") ? "CLOB" : "TEXT"))
        .target("2")
        .load()
        .migrate();
    String id = "r1";
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO response VALUES ('r1', 'C01', 'wpga-mnr-survey@2021',"
              + " TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+00')");
    }
    String document =
        MnrJson.strict().withPersonalData(true).write(RESPONSES.get(0), Document.RESPONSE);
    try (Connection connection = DriverManager.getConnection(url);
        java.sql.PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO response_version VALUES ('r1', ?, TIMESTAMP WITH TIME ZONE"
                    + " '2026-12-01 09:00:00+00', 'in-progress', ?, ?)")) {
      for (int version = 1; version <= 3; version++) {
        insert.setInt(1, version);
        if (version == 3) {
          insert.setInt(2, 1);
        } else {
          insert.setNull(2, java.sql.Types.INTEGER);
        }
        insert.setString(3, document);
        insert.executeUpdate();
      }
    }
    return id;
  }

  /** The upgraded database keeps the versions, knows the latest, and refuses what it must. */
  private static void assertUpgraded(String url, String id) throws SQLException {
    try (ResponseStore store = open(url)) {
      assertThat(store.history(id, 1)).extracting(Saved::number).containsExactly(1, 2, 3);
      assertThat(store.version(id, 3).restoredFrom()).contains(1);
      assertThat(store.version(id, 2).response()).isEqualTo(RESPONSES.get(0));
      // The latest version is known (migration 4): a save on version 2 is refused, one on 3 is
      // stored as 4. The reference made again still refuses a version of no response.
      assertThatThrownBy(() -> store.save(id, 2, RESPONSES.get(0)))
          .isInstanceOf(EditConflict.class)
          .hasMessageContaining("version 3");
      assertThat(store.save(id, 3, RESPONSES.get(1)).number()).isEqualTo(4);
      assertThat(store.latest(id).orElseThrow().response()).isEqualTo(RESPONSES.get(1));
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement()) {
        assertThatThrownBy(
                () ->
                    statement.execute(
                        "INSERT INTO response_version VALUES ('no-such-response', 1,"
                            + " TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+00', 'in-progress',"
                            + " NULL, '{}')"))
            .isInstanceOf(SQLException.class);
      }
    }
  }

  /**
   * H2 finds a version by the primary key even when its statistics see one version per response
   * (what it computes on its own once 2,000 rows have been added), where an index on the response
   * alone costs it the same: with that index, each lookup read every version of the response.
   */
  @org.junit.jupiter.api.Test
  void h2FindsAVersionByItsKey() throws SQLException {
    String url = ResponseStore.h2File(directory.resolve("plan"));
    try (ResponseStore store = open(url)) {
      for (Response response : RESPONSES.subList(0, 20)) {
        store.create(response);
      }
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement()) {
        statement.execute("ANALYZE");
        try (java.sql.ResultSet plan =
            statement.executeQuery(
                "EXPLAIN SELECT document FROM response_version"
                    + " WHERE response_id = 'r1' AND version = 1")) {
          assertThat(plan.next()).isTrue();
          assertThat(plan.getString(1))
              .contains("PRIMARY_KEY_")
              .containsPattern("RESPONSE_ID = 'r1'\\s+AND VERSION = 1");
        }
      }
    }
  }

  /**
   * A document is read back as saved whether H2 keeps it in its row or, longer than {@link
   * ResponseStore#DOCUMENT_IN_ROW} characters, with its large objects.
   */
  @ParameterizedTest
  @MethodSource("databases")
  void aLongDocumentIsKeptWholeAsAShortOneIs(String url) {
    Response response = RESPONSES.get(0);
    Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
    answers.put("q4", Answer.ofText("long answer ".repeat(ResponseStore.DOCUMENT_IN_ROW / 6)));
    Response longer = copy(response, response.status(), answers);
    try (ResponseStore store = open(url)) {
      Version first = store.create(response);
      Version second = store.save(first.responseId(), 1, longer);
      Version third = store.save(first.responseId(), 2, response);
      assertThat(store.version(first.responseId(), 2).response()).isEqualTo(longer);
      assertThat(store.version(first.responseId(), 3).response()).isEqualTo(response);
      assertThat(List.of(second.number(), third.number())).containsExactly(2, 3);
    }
  }

  /** An H2 store keeps documents up to {@link ResponseStore#DOCUMENT_IN_ROW} in their rows. */
  @org.junit.jupiter.api.Test
  void anH2StoreKeepsADocumentInItsRow() throws SQLException {
    assertThat(settingOfAnH2Store("in-row", "MAX_LENGTH_INPLACE_LOB"))
        .isEqualTo(String.valueOf(ResponseStore.DOCUMENT_IN_ROW));
  }
}
