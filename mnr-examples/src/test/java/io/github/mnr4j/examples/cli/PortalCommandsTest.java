package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.examples.serve.Invitations.Invitation;
import io.github.mnr4j.examples.serve.ResponseStore;
import io.github.mnr4j.reference.Region;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mnr portal}: invitations issued, listed, revoked and rotated from the command line. */
class PortalCommandsTest extends CliTest {
  @TempDir Path directory;

  private String database;

  @BeforeEach
  void database() {
    database = ResponseStore.h2File(directory);
  }

  private static final Pattern LINK =
      Pattern.compile("^https://mnr\\.example\\.org/sign-in\\?token=([A-Za-z0-9_-]{22})$");

  /** The token of the link printed. */
  private String token() {
    for (String line : lines()) {
      Matcher matcher = LINK.matcher(line);
      if (matcher.matches()) {
        return matcher.group(1);
      }
    }
    throw new AssertionError("no link in " + out);
  }

  /** The invitation whose issue the last run printed. */
  private Invitation issued() {
    Matcher id = Pattern.compile("^Invitation (inv-[0-9a-f]{12}) for ").matcher(out.toString());
    assertThat(id.find()).as(out.toString()).isTrue();
    try (ResponseStore store = ResponseStore.open(database)) {
      return store.invitations().find(id.group(1)).orElseThrow();
    }
  }

  /** A focal point's invitation prints its link once; the list never shows it. */
  @Test
  void inviteListRevokeRotate() {
    assertThat(
            run(
                "portal",
                "invite",
                "--jurisdiction",
                "C01",
                "--name",
                "Country 01",
                "--region",
                "south-asia",
                "--income-group",
                "low",
                "--days",
                "7",
                "--base-url",
                "https://mnr.example.org/",
                "--database",
                database))
        .as(err.toString())
        .isZero();
    String token = token();
    Invitation invited = issued();
    assertThat(out.toString())
        .startsWith("Invitation " + invited.id() + " for the focal point of C01 Country 01, valid")
        .contains("It is not stored and cannot be shown again");
    assertThat(invited.jurisdiction().orElseThrow().region()).contains(Region.SOUTH_ASIA);
    try (ResponseStore store = ResponseStore.open(database)) {
      assertThat(store.invitations().redeem(token)).isPresent();
    }

    clear();
    assertThat(run("portal", "list", "--database", database)).isZero();
    assertThat(out.toString())
        .contains(invited.id())
        .contains("focal-point")
        .contains("C01 Country 01")
        .contains("valid")
        .doesNotContain(token);

    clear();
    assertThat(
            run(
                "portal",
                "rotate",
                invited.id(),
                "--base-url",
                "https://mnr.example.org",
                "--database",
                database))
        .isZero();
    String rotated = token();
    assertThat(out.toString()).startsWith("Invitation " + invited.id() + " is revoked;");
    try (ResponseStore store = ResponseStore.open(database)) {
      assertThat(store.invitations().redeem(token)).isEmpty();
      assertThat(store.invitations().redeem(rotated).orElseThrow().jurisdiction())
          .isEqualTo(invited.jurisdiction());
    }

    clear();
    assertThat(run("portal", "invite", "--analyst", "--database", database)).isZero();
    assertThat(out.toString()).contains("for an analyst (aggregates only)");
    Invitation analyst = issued();
    clear();
    assertThat(run("portal", "revoke", analyst.id(), "--database", database)).isZero();
    assertThat(out.toString()).startsWith("Invitation " + analyst.id() + " for an analyst");
    clear();
    assertThat(run("portal", "list", "--database", database)).isZero();
    assertThat(lines())
        .filteredOn(l -> l.startsWith(analyst.id()))
        .singleElement()
        .asString()
        .contains("revoked");
  }

  /** Mistakes are named, and nothing is issued. */
  @Test
  void mistakesAreNamed() {
    assertThat(
            run(
                "portal",
                "invite",
                "--jurisdiction",
                "C01",
                "--name",
                "Country 01",
                "--region",
                "atlantis",
                "--database",
                database))
        .isEqualTo(2);
    assertThat(err.toString()).contains("atlantis").contains("south-asia");
    clear();
    assertThat(run("portal", "invite", "--jurisdiction", "C01", "--database", database))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--name");
    clear();
    assertThat(run("portal", "invite", "--analyst", "--days", "0", "--database", database))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--days is 0: give 1 or more");
    clear();
    assertThat(run("portal", "revoke", "inv-nothing", "--database", database)).isEqualTo(2);
    assertThat(err.toString())
        .contains("no invitation 'inv-nothing' is stored: see mnr portal list");
    clear();
    assertThat(run("portal", "list", "--database", "jdbc:sqlite:x")).isEqualTo(2);
    assertThat(err.toString()).contains("is not a database mnr serve can use");
    try (ResponseStore store = ResponseStore.open(database)) {
      assertThat(store.invitations().list()).isEmpty();
    }
  }

  /**
   * An H2 file is opened by one process at a time: with the store open here (as mnr serve holds
   * it), mnr portal in a JVM of its own says so, and how to go on.
   */
  @Test
  void anH2FileInUseElsewhereIsNamed() throws Exception {
    try (ResponseStore store = ResponseStore.open(database)) {
      Process process =
          new ProcessBuilder(
                  ProcessHandle.current().info().command().orElse("java"),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Mnr.class.getName(),
                  "portal",
                  "list",
                  "--database",
                  database)
              .redirectErrorStream(true)
              .start();
      String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as(printed).isEqualTo(2);
      assertThat(printed)
          .startsWith("mnr: cannot open the database 'jdbc:h2:file:")
          .endsWith(
              "': another process has it open, such as a running mnr serve (an H2 file is"
                  + " opened by one process at a time): stop it first, or keep the data in"
                  + " PostgreSQL\n")
          .hasLineCount(1);
    }
  }
}
