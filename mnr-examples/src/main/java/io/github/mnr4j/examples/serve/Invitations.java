package io.github.mnr4j.examples.serve;

import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Jurisdiction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The invitations of portal mode ({@code mnr serve --portal}): each gives one person a link that
 * signs them in, as the focal point of one jurisdiction or as an analyst. A link carries a token of
 * 128 random bits; the database keeps only the token's SHA-256, so that reading the database signs
 * nobody in. An invitation expires, can be revoked at once, and is rotated by revoking it and
 * issuing a new one for the same person. Obtain one with {@link ResponseStore#invitations()}.
 * Thread-safe.
 */
public final class Invitations {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How a token is written in a link: 16 random bytes in base64url without padding. */
  private static final String TOKEN_FORM = "[A-Za-z0-9_-]{22}";

  private final DataSource pool;
  private final Clock clock;

  Invitations(DataSource pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** Who an invitation signs in. */
  public enum Role implements Identified {
    /** A jurisdiction's focal point: reads and writes that jurisdiction's response, no other. */
    FOCAL_POINT("focal-point"),
    /** An analyst: the cohort's aggregates and submission status, no response. */
    ANALYST("analyst");

    private final String id;

    Role(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  /**
   * An invitation, as stored (its token is not).
   *
   * @param id the invitation's id, which names it to the administrator (not a secret)
   * @param role who it signs in
   * @param jurisdiction a focal point's jurisdiction; empty for an analyst
   * @param createdAt when it was issued
   * @param expiresAt when its link stops signing anyone in
   * @param revokedAt when it was revoked, if it was
   */
  public record Invitation(
      String id,
      Role role,
      Optional<Jurisdiction> jurisdiction,
      Instant createdAt,
      Instant expiresAt,
      Optional<Instant> revokedAt) {
    /**
     * Whether the invitation signs its holder in at an instant: not revoked, not expired.
     *
     * @param now the instant
     * @return true if it is valid then
     */
    public boolean isValidAt(Instant now) {
      return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }
  }

  /**
   * An invitation just issued, with the token of its link: the only time the token is known.
   *
   * @param invitation the invitation
   * @param token the token to put in its link; give it to its holder only
   */
  public record Issued(Invitation invitation, String token) {
    /**
     * Returns the link that signs the holder in.
     *
     * @param baseUrl where the application is reached, such as {@code https://mnr.example.org}
     * @return the link
     */
    public String link(String baseUrl) {
      return baseUrl.replaceAll("/+$", "") + "/sign-in?token=" + token;
    }

    /** Without the token, which is a secret. */
    @Override
    public String toString() {
      return "Issued[" + invitation + "]";
    }
  }

  /**
   * Invites a jurisdiction's focal point.
   *
   * @param jurisdiction the jurisdiction they answer for (its region and income group, if given,
   *     are those the analyst's breakdowns group by)
   * @param validFor how long the link signs in
   * @return the invitation and its token
   */
  public Issued inviteFocalPoint(Jurisdiction jurisdiction, Duration validFor) {
    return issue(Role.FOCAL_POINT, Optional.of(jurisdiction), validFor);
  }

  /**
   * Invites an analyst.
   *
   * @param validFor how long the link signs in
   * @return the invitation and its token
   */
  public Issued inviteAnalyst(Duration validFor) {
    return issue(Role.ANALYST, Optional.empty(), validFor);
  }

  private Issued issue(Role role, Optional<Jurisdiction> jurisdiction, Duration validFor) {
    if (validFor.isNegative() || validFor.isZero()) {
      throw new MnrException("an invitation must be valid for some time, not " + validFor);
    }
    String id = "inv-" + HexFormat.of().formatHex(random(6));
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random(16));
    // To the second: what the database keeps, and what the administrator reads.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Invitation invitation =
        new Invitation(id, role, jurisdiction, now, now.plus(validFor), Optional.empty());
    try (Connection connection = pool.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO invitation (id, token_sha256, role, jurisdiction_id,"
                    + " jurisdiction_name, region, income_group, created_at, expires_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, sha256(token));
      insert.setString(3, role.id());
      setOrNull(insert, 4, jurisdiction.map(Jurisdiction::id));
      setOrNull(insert, 5, jurisdiction.map(Jurisdiction::name));
      setOrNull(insert, 6, jurisdiction.flatMap(Jurisdiction::region).map(Region::id));
      setOrNull(insert, 7, jurisdiction.flatMap(Jurisdiction::incomeGroup).map(IncomeGroup::id));
      insert.setTimestamp(8, Timestamp.from(now));
      insert.setTimestamp(9, Timestamp.from(invitation.expiresAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw ResponseStore.failed("store an invitation", e);
    }
    return new Issued(invitation, token);
  }

  private static byte[] random(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return random;
  }

  private static void setOrNull(PreparedStatement statement, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setString(index, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  /** The hash a token is stored and looked up by. */
  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns the invitation a link's token belongs to, if it is valid now.
   *
   * @param token the token from the link
   * @return the invitation; empty if no invitation has this token, or it expired or was revoked
   */
  public Optional<Invitation> redeem(String token) {
    if (token == null || !token.matches(TOKEN_FORM)) {
      return Optional.empty();
    }
    return select("token_sha256", sha256(token)).filter(i -> i.isValidAt(clock.instant()));
  }

  /**
   * Returns an invitation by its id, valid or not.
   *
   * @param id the invitation's id
   * @return the invitation, or empty if there is none with this id
   */
  public Optional<Invitation> find(String id) {
    return select("id", id);
  }

  private Optional<Invitation> select(String column, String value) {
    List<Invitation> found = query(" WHERE " + column + " = ?", value);
    return found.stream().findFirst();
  }

  /**
   * Returns every invitation, the oldest first.
   *
   * @return the invitations, revoked and expired ones included
   */
  public List<Invitation> list() {
    return query(" ORDER BY created_at, id", null);
  }

  private List<Invitation> query(String rest, String value) {
    try (Connection connection = pool.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT id, role, jurisdiction_id, jurisdiction_name, region, income_group,"
                    + " created_at, expires_at, revoked_at FROM invitation"
                    + rest)) {
      if (value != null) {
        query.setString(1, value);
      }
      List<Invitation> invitations = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          invitations.add(invitation(rows));
        }
      }
      return invitations;
    } catch (SQLException e) {
      throw ResponseStore.failed("read the invitations", e);
    }
  }

  private static Invitation invitation(ResultSet rows) throws SQLException {
    Optional<Jurisdiction> jurisdiction = Optional.empty();
    if (rows.getString(3) != null) {
      Jurisdiction.Builder builder = Jurisdiction.builder().id(rows.getString(3));
      builder.name(rows.getString(4));
      if (rows.getString(5) != null) {
        builder.region(Identified.of(Region.class, rows.getString(5)));
      }
      if (rows.getString(6) != null) {
        builder.incomeGroup(Identified.of(IncomeGroup.class, rows.getString(6)));
      }
      jurisdiction = Optional.of(builder.build());
    }
    Timestamp revoked = rows.getTimestamp(9);
    return new Invitation(
        rows.getString(1),
        Identified.of(Role.class, rows.getString(2)),
        jurisdiction,
        rows.getTimestamp(7).toInstant(),
        rows.getTimestamp(8).toInstant(),
        Optional.ofNullable(revoked).map(Timestamp::toInstant));
  }

  /**
   * Revokes an invitation at once: its link signs nobody in, and whoever it signed in is signed out
   * at their next request. Revoking a revoked invitation changes nothing.
   *
   * @param id the invitation's id
   * @return the invitation, revoked
   * @throws MnrException naming the id if there is no such invitation
   */
  public Invitation revoke(String id) {
    Invitation invitation = require(id);
    if (invitation.revokedAt().isPresent()) {
      return invitation;
    }
    Instant now = clock.instant();
    try (Connection connection = pool.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE invitation SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setString(2, id);
      update.executeUpdate();
    } catch (SQLException e) {
      throw ResponseStore.failed("revoke invitation " + id, e);
    }
    return require(id);
  }

  /**
   * Rotates an invitation: revokes it and issues a new one to the same person (the same role and
   * jurisdiction), for when a link may have been seen by someone else.
   *
   * @param id the invitation's id
   * @param validFor how long the new link signs in
   * @return the new invitation and its token
   * @throws MnrException naming the id if there is no such invitation
   */
  public Issued rotate(String id, Duration validFor) {
    Invitation old = require(id);
    revoke(id);
    return issue(old.role(), old.jurisdiction(), validFor);
  }

  private Invitation require(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new MnrException(
                    "no invitation " + Messages.quote(id) + " is stored: see mnr portal list"));
  }
}
