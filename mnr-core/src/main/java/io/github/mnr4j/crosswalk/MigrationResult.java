package io.github.mnr4j.crosswalk;

import io.github.mnr4j.survey.Response;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A response migrated to another instrument, with a note for every answer it had and every new
 * question left for review.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class MigrationResult {
  MigrationResult() {}

  /**
   * Returns the migrated response: to the new instrument, {@code in-progress} whenever a note
   * {@link MigrationNote.Outcome#needsReview() needs review}.
   *
   * @return the response
   */
  public abstract Response response();

  /**
   * Returns the notes, in the crosswalk's order, then answers the crosswalk does not name.
   *
   * @return the notes
   */
  public abstract List<MigrationNote> notes();

  /**
   * Tells whether someone must complete the response: a question is split, merged with a conflict
   * or otherwise not determined.
   *
   * @return true when a note needs review
   */
  public boolean needsReview() {
    return notes().stream().anyMatch(note -> note.outcome().needsReview());
  }

  /**
   * Migrates the response on through another crosswalk: migrating twice, A to B then B to C, with
   * the notes of both steps, in order.
   *
   * <pre>{@code
   * // to the UNICEF survey and back: q10 is carried there (u5) and back
   * Migration there = Migration.of(unicefToAlliance.inverse(), alliance, unicef);
   * Migration back = Migration.of(unicefToAlliance, unicef, alliance);
   * MigrationResult twice = there.migrate(response).then(back);
   * twice.response().answers().get("q10").equals(response.answers().get("q10"));  // true
   * }</pre>
   *
   * @param next a migration from the instrument this response now answers
   * @return the response to {@code next}'s target, with this result's notes and then the next
   * @throws io.github.mnr4j.MnrException if {@code next} starts at another instrument
   */
  public MigrationResult then(Migration next) {
    MigrationResult second = next.migrate(response());
    List<MigrationNote> both = new ArrayList<>(notes());
    both.addAll(second.notes());
    return of(second.response(), both);
  }

  static MigrationResult of(Response response, List<MigrationNote> notes) {
    return ImmutableMigrationResult.builder().response(response).addAllNotes(notes).build();
  }

  @Override
  public String toString() {
    return "MigrationResult["
        + response().jurisdiction().id()
        + " to "
        + response().instrumentReference()
        + ", "
        + notes().size()
        + " notes"
        + (needsReview() ? ", needs review" : "")
        + "]";
  }
}
