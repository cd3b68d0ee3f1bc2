package io.github.mnr4j.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.examples.serve.Invitations.Invitation;
import io.github.mnr4j.examples.serve.Invitations.Issued;
import io.github.mnr4j.examples.serve.Invitations.Role;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Jurisdiction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Portal mode's invitations, against each of {@link TestDatabases}. */
class InvitationsTest {
  @TempDir static Path directory;

  static Stream<String> databases() throws SQLException {
    return TestDatabases.fresh(directory);
  }

  private static final Jurisdiction COUNTRY_01 =
      Jurisdiction.builder()
          .id("C01")
          .name("Country 01")
          .region(Region.SOUTH_ASIA)
          .incomeGroup(IncomeGroup.LOWER_MIDDLE)
          .build();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));

  /** Every text the invitation table holds, row by row. */
  private static List<String> storedTexts(String url) throws SQLException {
    List<String> texts = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM invitation")) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int c = 1; c <= columns; c++) {
          texts.add(String.valueOf(rows.getObject(c)));
        }
      }
    }
    return texts;
  }

  /** A link carries 128 random bits; the database keeps their SHA-256 and never the token. */
  @ParameterizedTest
  @MethodSource("databases")
  void theTokenIsStoredOnlyAsItsHash(String url) throws Exception {
    try (ResponseStore store = ResponseStore.open(url, clock)) {
      Issued issued = store.invitations().inviteFocalPoint(COUNTRY_01, Duration.ofDays(30));
      assertThat(issued.token()).matches("[A-Za-z0-9_-]{22}");
      assertThat(java.util.Base64.getUrlDecoder().decode(issued.token())).hasSize(16);
      assertThat(issued.link("https://mnr.example.org/"))
          .isEqualTo("https://mnr.example.org/sign-in?token=" + issued.token());
      assertThat(issued.toString()).doesNotContain(issued.token());
      String hash =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(issued.token().getBytes(StandardCharsets.UTF_8)));
      List<String> stored = storedTexts(url);
      assertThat(stored).contains(hash).noneMatch(text -> text.contains(issued.token()));
      Issued other = store.invitations().inviteAnalyst(Duration.ofDays(1));
      assertThat(other.token()).isNotEqualTo(issued.token());
      assertThat(other.invitation().id()).isNotEqualTo(issued.invitation().id());
    }
  }

  /** A token signs in until its expiry, with the jurisdiction as invited; a wrong one never. */
  @ParameterizedTest
  @MethodSource("databases")
  void aTokenSignsInUntilItExpires(String url) {
    try (ResponseStore store = ResponseStore.open(url, clock)) {
      Invitations invitations = store.invitations();
      Issued issued = invitations.inviteFocalPoint(COUNTRY_01, Duration.ofDays(30));
      Invitation redeemed = invitations.redeem(issued.token()).orElseThrow();
      assertThat(redeemed.role()).isEqualTo(Role.FOCAL_POINT);
      assertThat(redeemed.jurisdiction()).contains(COUNTRY_01);
      assertThat(redeemed.expiresAt()).isEqualTo("2027-01-05T10:00:00Z");
      assertThat(invitations.redeem("A".repeat(22))).isEmpty();
      assertThat(invitations.redeem(issued.token() + "x")).isEmpty();
      assertThat(invitations.redeem("' OR '1'='1")).isEmpty();
      assertThat(invitations.redeem(null)).isEmpty();
      clock.advance(Duration.ofDays(30).minusSeconds(1));
      assertThat(invitations.redeem(issued.token())).isPresent();
      clock.advance(Duration.ofSeconds(1));
      assertThat(invitations.redeem(issued.token())).isEmpty();
      assertThat(invitations.find(redeemed.id())).isPresent();
    }
  }

  /** Revoked, a link signs nobody in; rotated, the new one signs the same person in. */
  @ParameterizedTest
  @MethodSource("databases")
  void revokedAndRotatedInvitations(String url) {
    try (ResponseStore store = ResponseStore.open(url, clock)) {
      Invitations invitations = store.invitations();
      Issued focal = invitations.inviteFocalPoint(COUNTRY_01, Duration.ofDays(30));
      clock.advance(Duration.ofMinutes(30));
      Issued analyst = invitations.inviteAnalyst(Duration.ofDays(30));
      clock.advance(Duration.ofMinutes(30));
      Invitation revoked = invitations.revoke(analyst.invitation().id());
      assertThat(revoked.revokedAt()).contains(Instant.parse("2026-12-06T11:00:00Z"));
      assertThat(invitations.redeem(analyst.token())).isEmpty();
      clock.advance(Duration.ofHours(1));
      assertThat(invitations.revoke(analyst.invitation().id()).revokedAt())
          .as("revoking twice keeps the first revocation")
          .contains(Instant.parse("2026-12-06T11:00:00Z"));

      Issued rotated = invitations.rotate(focal.invitation().id(), Duration.ofDays(7));
      assertThat(invitations.redeem(focal.token())).isEmpty();
      Invitation replacement = invitations.redeem(rotated.token()).orElseThrow();
      assertThat(replacement.id()).isNotEqualTo(focal.invitation().id());
      assertThat(replacement.role()).isEqualTo(Role.FOCAL_POINT);
      assertThat(replacement.jurisdiction()).contains(COUNTRY_01);
      assertThat(replacement.expiresAt()).isEqualTo("2026-12-13T12:00:00Z");
      assertThat(invitations.list())
          .extracting(Invitation::id)
          .containsExactly(
              focal.invitation().id(), analyst.invitation().id(), rotated.invitation().id());

      assertThatThrownBy(() -> invitations.revoke("inv-000000000000"))
          .isInstanceOf(MnrException.class)
          .hasMessage("no invitation 'inv-000000000000' is stored: see mnr portal list");
      assertThatThrownBy(() -> invitations.inviteAnalyst(Duration.ZERO))
          .isInstanceOf(MnrException.class)
          .hasMessage("an invitation must be valid for some time, not PT0S");
    }
  }
}
