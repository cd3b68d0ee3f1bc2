package io.github.mnr4j.examples.serve;

import io.github.mnr4j.examples.serve.Invitations.Invitation;
import io.github.mnr4j.examples.serve.Invitations.Role;
import io.github.mnr4j.survey.Jurisdiction;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is signed in, in portal mode: sessions opened by invitation links, and the count of failed
 * sign-ins by client, which past a limit are refused for a while. Sessions are held in memory (a
 * restart signs everyone out; their links sign them in again) and are looked up by the SHA-256 of
 * their cookie, like invitations; each request checks the invitation again, so that revoking it
 * signs its holder out at once.
 */
final class Portal {
  /** How long a session lasts at most; never past its invitation's expiry. */
  static final Duration SESSION_LENGTH = Duration.ofHours(8);

  /** Failed sign-ins a client may make within {@link #FAILURE_WINDOW}; more are refused. */
  static final int MAX_FAILURES = 10;

  static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

  /** Clients whose failures are counted at most: past it, the oldest windows are dropped. */
  private static final int MAX_CLIENTS_TRACKED = 100_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Invitations invitations;
  private final Clock clock;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  Portal(Invitations invitations, Clock clock) {
    this.invitations = invitations;
    this.clock = clock;
  }

  /** Who made a request. */
  sealed interface Visitor {
    /** Local mode's one user, who may do everything. */
    record Local() implements Visitor {}

    /**
     * A focal point, signed in by their invitation.
     *
     * @param jurisdiction the jurisdiction they answer for
     */
    record FocalPoint(Jurisdiction jurisdiction) implements Visitor {}

    /** An analyst, signed in by their invitation: aggregates only. */
    record Analyst() implements Visitor {}

    /** Nobody signed in, in portal mode. */
    record Stranger() implements Visitor {}
  }

  private record Session(String invitationId, Instant expiresAt) {}

  /**
   * Opens a session for an invitation's token.
   *
   * @return the session's cookie value, or empty if the token signs nobody in
   */
  Optional<String> signIn(String token) {
    Optional<Invitation> invitation = invitations.redeem(token);
    if (invitation.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Instant end = now.plus(SESSION_LENGTH);
    if (invitation.get().expiresAt().isBefore(end)) {
      end = invitation.get().expiresAt();
    }
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    sessions.values().removeIf(session -> !now.isBefore(session.expiresAt()));
    sessions.put(Invitations.sha256(cookie), new Session(invitation.get().id(), end));
    return Optional.of(cookie);
  }

  void signOut(String cookie) {
    if (cookie != null) {
      sessions.remove(Invitations.sha256(cookie));
    }
  }

  /** Who holds a session cookie: a stranger once the session or its invitation has ended. */
  Visitor visitor(String cookie) {
    if (cookie == null) {
      return new Visitor.Stranger();
    }
    String key = Invitations.sha256(cookie);
    Session session = sessions.get(key);
    Instant now = clock.instant();
    if (session == null || !now.isBefore(session.expiresAt())) {
      return new Visitor.Stranger();
    }
    Optional<Invitation> invitation =
        invitations.find(session.invitationId()).filter(i -> i.isValidAt(now));
    if (invitation.isEmpty()) {
      sessions.remove(key);
      return new Visitor.Stranger();
    }
    return invitation.get().role() == Role.ANALYST
        ? new Visitor.Analyst()
        : new Visitor.FocalPoint(invitation.get().jurisdiction().orElseThrow());
  }

  /**
   * Whether a client may try a token now: fewer than {@link #MAX_FAILURES} failures in the last
   * {@link #FAILURE_WINDOW}.
   */
  boolean mayTry(String client) {
    Deque<Instant> times = failures.get(client);
    if (times == null) {
      return true;
    }
    synchronized (times) {
      prune(times, clock.instant());
      return times.size() < MAX_FAILURES;
    }
  }

  /** Counts a failed sign-in of a client. */
  void failed(String client) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_CLIENTS_TRACKED) {
      failures
          .values()
          .removeIf(
              times -> {
                synchronized (times) {
                  prune(times, now);
                  return times.isEmpty();
                }
              });
    }
    Deque<Instant> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
  }

  /** When a refused client may try again. */
  Duration retryAfter(String client) {
    Deque<Instant> times = failures.get(client);
    if (times == null) {
      return Duration.ZERO;
    }
    synchronized (times) {
      Instant oldest = times.isEmpty() ? clock.instant() : times.peekFirst();
      Duration wait = Duration.between(clock.instant(), oldest.plus(FAILURE_WINDOW));
      return wait.isNegative() ? Duration.ZERO : wait;
    }
  }

  private static void prune(Deque<Instant> times, Instant now) {
    Instant from = now.minus(FAILURE_WINDOW);
    while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
      times.removeFirst();
    }
  }
}
