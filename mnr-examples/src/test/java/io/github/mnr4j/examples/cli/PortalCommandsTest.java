package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.examples.serve.Invitations.Invitation;
import io.github.mnr4j.examples.serve.ResponseStore;
import io.github.mnr4j.reference.Region;
import java.nio.file.Path;
import java.util.List;
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

  private Invitation only() {
    try (ResponseStore store = ResponseStore.open(database)) {
      List<Invitation> all = store.invitations().list();
      assertThat(all).isNotEmpty();
      return all.get(all.size() - 1);
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
    Invitation invited = only();
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
    Invitation analyst = only();
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
}
