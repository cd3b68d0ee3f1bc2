package io.github.mnr4j.crosswalk;

import io.github.mnr4j.survey.Response;
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
