package io.github.mnr4j.crosswalk;

import io.github.mnr4j.Finding;
import io.github.mnr4j.Identified;
import io.github.mnr4j.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * One thing wrong with a crosswalk: a code, a severity, a JSON Pointer into the {@code
 * mnr4j.crosswalk} document, the elements concerned and a message.
 *
 * <pre>{@code
 * // error source-unmapped /entries q41: question 'q41' of wpga-mnr-survey@2021 has no entry ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class CrosswalkFinding implements Finding {
  CrosswalkFinding() {}

  /** What a crosswalk check finds, each with the id that reports use. */
  public enum Code implements Identified {
    /** The crosswalk names another framework or instrument than the one it is checked against. */
    END_MISMATCH("end-mismatch"),
    /** An entry names an element its end does not have. */
    UNKNOWN_ELEMENT("unknown-element"),
    /** An entry mixes questions and options, or maps a question to an option. */
    MIXED_LEVELS("mixed-levels"),
    /** A source element is neither mapped nor declared removed. */
    SOURCE_UNMAPPED("source-unmapped"),
    /** A target element is neither reached nor declared added. */
    TARGET_UNREACHED("target-unreached"),
    /**
     * A source element maps only to parts of it (source broader, overlapping) and the rest is not
     * declared removed: the parts of a split do not cover the whole.
     */
    SPLIT_INCOMPLETE("split-incomplete"),
    /**
     * A target element is reached only from parts of it (source narrower, overlapping) and the rest
     * is not declared added: the parts of a merge do not cover the whole.
     */
    MERGE_INCOMPLETE("merge-incomplete"),
    /**
     * An id at both ends of one lineage names another element at each: it maps elsewhere, or is
     * removed at one end and added at the other.
     */
    ID_REUSED("id-reused"),
    /** An element is declared removed (or added) and also mapped in full. */
    CONTRADICTION("contradiction"),
    /** Two entries relate the same sources to the same targets. */
    DUPLICATE_ENTRY("duplicate-entry"),
    /** An entry that changes something gives no rationale (a warning). */
    NO_RATIONALE("no-rationale");

    private final String id;

    Code(String id) {
      this.id = id;
    }

    /**
     * Returns the code's id, such as {@code source-unmapped}.
     *
     * @return the id
     */
    @Override
    public String id() {
      return id;
    }
  }

  @Override
  public abstract Code code();

  @Override
  public abstract Severity severity();

  /**
   * Returns a JSON Pointer into the crosswalk document: to an entry or one of its elements, to
   * {@code /entries} for an element no entry names, or to an end.
   *
   * @return the pointer
   */
  @Override
  public abstract String pointer();

  /**
   * Returns the elements concerned.
   *
   * @return element ids
   */
  public abstract List<String> elements();

  @Override
  public abstract String message();

  static CrosswalkFinding of(Code code, String pointer, List<String> elements, String message) {
    return ImmutableCrosswalkFinding.builder()
        .code(code)
        .severity(code == Code.NO_RATIONALE ? Severity.WARNING : Severity.ERROR)
        .pointer(pointer)
        .addAllElements(elements)
        .message(message)
        .build();
  }

  @Override
  public String toString() {
    return severity().id()
        + " "
        + code().id()
        + " "
        + pointer()
        + (elements().isEmpty() ? "" : " " + String.join(", ", elements()))
        + ": "
        + message();
  }
}
