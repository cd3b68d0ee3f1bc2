package io.github.mnr4j.crosswalk;

import io.github.mnr4j.Identified;
import java.util.List;
import org.immutables.value.Value;

/**
 * What migrating a response did with one answer, or with one question of the new instrument: the
 * outcome, the questions at each end and why. Messages name questions and options, never an
 * answer's text.
 *
 * <pre>{@code
 * // carried q7 -> q7
 * // narrowed q17 -> q17: option 'other-offences' has no counterpart and was left out
 * // needs-review -> q82: a new question, not asked in wpga-mnr-survey@2021
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class MigrationNote {
  MigrationNote() {}

  /** What became of an answer. */
  public enum Outcome implements Identified {
    /** The answer is carried as it was (its options renamed where the crosswalk says so). */
    CARRIED("carried"),
    /** The answer is carried with less: an option, a code or an "other" text has no counterpart. */
    NARROWED("narrowed"),
    /** The answers to merged questions agreed and are carried as one. */
    MERGED("merged"),
    /** The question is split: each part needs its own answer (for review). */
    SPLIT("split"),
    /** The answers to merged questions differ: the new question is left unanswered (for review). */
    MERGE_CONFLICT("merge-conflict"),
    /** The question has no counterpart: its answer is not carried. */
    DROPPED("dropped"),
    /** Personal data, not carried unless asked for. */
    WITHHELD("withheld"),
    /** The crosswalk does not determine the new answer: unanswered or incomplete (for review). */
    NEEDS_REVIEW("needs-review");

    private final String id;

    Outcome(String id) {
      this.id = id;
    }

    /**
     * Returns the outcome's id, such as {@code merge-conflict}.
     *
     * @return the id
     */
    @Override
    public String id() {
      return id;
    }

    /**
     * Tells whether someone must look at the new question before the response is complete.
     *
     * @return true for split, merge conflict and needs review
     */
    public boolean needsReview() {
      return this == SPLIT || this == MERGE_CONFLICT || this == NEEDS_REVIEW;
    }
  }

  /**
   * Returns the outcome.
   *
   * @return what became of the answer
   */
  public abstract Outcome outcome();

  /**
   * Returns the questions of the old instrument concerned.
   *
   * @return question ids; empty for a question the new instrument adds
   */
  public abstract List<String> sources();

  /**
   * Returns the questions of the new instrument concerned.
   *
   * @return question ids; empty for a dropped answer
   */
  public abstract List<String> targets();

  /**
   * Returns why, in words.
   *
   * @return the reason; empty for an answer carried as it was
   */
  public abstract String message();

  static MigrationNote of(
      Outcome outcome, List<String> sources, List<String> targets, String message) {
    return ImmutableMigrationNote.builder()
        .outcome(outcome)
        .addAllSources(sources)
        .addAllTargets(targets)
        .message(message)
        .build();
  }

  @Override
  public String toString() {
    return outcome().id()
        + " "
        + String.join(" + ", sources())
        + " -> "
        + String.join(" + ", targets())
        + (message().isEmpty() ? "" : ": " + message());
  }
}
