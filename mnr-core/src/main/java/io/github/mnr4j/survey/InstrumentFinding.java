package io.github.mnr4j.survey;

import io.github.mnr4j.Finding;
import io.github.mnr4j.Identified;
import io.github.mnr4j.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * One defect that {@link InstrumentChecks} found in an instrument: a stable code, a severity, the
 * questions involved and a message for people.
 *
 * <pre>{@code
 * // error skip-backward /skipRules/10 q33, q32: q33 skips back to q32 (if q33 = no, skip to q32) ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class InstrumentFinding implements Finding {
  InstrumentFinding() {}

  /** The kinds of defect, each with a stable id. */
  public enum Code implements Identified {
    /** A skip rule whose target comes before its question: the form would loop. */
    SKIP_BACKWARD("skip-backward"),
    /** A skip rule whose target is its own question. */
    SKIP_TO_SELF("skip-to-self"),
    /** A skip rule that skips questions of another section than its own. */
    SKIP_OUTSIDE_SECTION("skip-outside-section"),
    /** Whether a question is enabled depends, through skip rules, on its own answer. */
    ENABLEMENT_CYCLE("enablement-cycle"),
    /** An optional question that no answers can enable. */
    UNREACHABLE_QUESTION("unreachable-question"),
    /** A required question that no answers can enable. */
    REQUIRED_NEVER_ENABLED("required-never-enabled"),
    /** An option that disables its own question when chosen, so no valid answer can choose it. */
    OPTION_NEVER_SELECTABLE("option-never-selectable"),
    /** A condition that does not fit its question's kind ({@code is} on a multi-choice). */
    CONDITION_KIND_MISMATCH("condition-kind-mismatch"),
    /** A capability of the framework that no question informs. */
    CAPABILITY_UNINFORMED("capability-uninformed");

    private final String id;

    Code(String id) {
      this.id = id;
    }

    /**
     * Returns the code's stable id, such as {@code skip-backward}.
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
   * Returns where the defect is in the instrument's document: the skip rule that carries it ({@code
   * /skipRules/4}), the question or option ({@code /questions/32}, {@code /questions/32/options/1})
   * or the framework's capability ({@code /framework/capabilities/6}).
   *
   * @return the JSON Pointer
   */
  @Override
  public abstract String pointer();

  /**
   * Returns the questions involved, the one that carries the defect first.
   *
   * @return question ids; empty for a finding about the framework's capabilities
   */
  public abstract List<String> questionIds();

  @Override
  public abstract String message();

  static InstrumentFinding of(
      Code code, Severity severity, String pointer, Iterable<String> questionIds, String message) {
    return ImmutableInstrumentFinding.builder()
        .code(code)
        .severity(severity)
        .pointer(pointer)
        .addAllQuestionIds(questionIds)
        .message(message)
        .build();
  }

  /** Renders the finding as {@code error skip-backward /skipRules/4 q33, q32: message}. */
  @Override
  public String toString() {
    return severity().id()
        + " "
        + code().id()
        + " "
        + pointer()
        + (questionIds().isEmpty() ? "" : " " + String.join(", ", questionIds()))
        + ": "
        + message();
  }
}
