package io.github.mnr4j.survey;

import io.github.mnr4j.Finding;
import io.github.mnr4j.Identified;
import io.github.mnr4j.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem with a response: a stable code, a severity, the question it concerns, the JSON
 * Pointer of the answer (where the answer is, or would be, in the {@code mnr4j.response} document)
 * and a message for people.
 *
 * <pre>{@code
 * // error answer-to-disabled-question q8 /answers/q8:
 * //   q8 is answered, but it is disabled: if q7 = no, skip to q9
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class ValidationFinding implements Finding {
  ValidationFinding() {}

  /** The kinds of finding, each with a stable id. */
  public enum Code implements Identified {
    /** The response names another instrument than the one it is validated against. */
    INSTRUMENT_MISMATCH("instrument-mismatch"),
    /** An enabled required question has no answer (a warning in a draft). */
    REQUIRED_UNANSWERED("required-unanswered"),
    /** A question that a skip rule disables has an answer. */
    ANSWER_TO_DISABLED_QUESTION("answer-to-disabled-question"),
    /** The answer's form does not fit the question's kind (a text for a yes-no question). */
    WRONG_ANSWER_KIND("wrong-answer-kind"),
    /** A yes-no question answered with something other than yes or no. */
    NOT_YES_OR_NO("not-yes-or-no"),
    /** A choice names an option the question does not have. */
    UNKNOWN_OPTION("unknown-option"),
    /** A multi-choice answer names the same option twice. */
    REPEATED_OPTION("repeated-option"),
    /** An exclusive option is chosen together with others. */
    EXCLUSIVE_OPTION_COMBINED("exclusive-option-combined"),
    /** Free text for an "other" option, but no option that carries text is chosen. */
    OTHER_TEXT_WITHOUT_OPTION("other-text-without-option"),
    /** An option that carries text ("Other (please describe)") is chosen without text. */
    OPTION_WITHOUT_TEXT("option-without-text"),
    /** An analyst's code on a question that takes none. */
    CODE_NOT_TAKEN("code-not-taken"),
    /** An analyst's code the question does not allow. */
    UNKNOWN_CODE("unknown-code"),
    /** A text answer that is empty or only white space. */
    BLANK_TEXT("blank-text"),
    /** The personal-data question (q2) answered among the answers, not in the respondent block. */
    PERSONAL_DATA_IN_ANSWERS("personal-data-in-answers"),
    /** An answer to a question the instrument does not have. */
    UNKNOWN_QUESTION("unknown-question");

    private final String id;

    Code(String id) {
      this.id = id;
    }

    /**
     * Returns the code's stable id, such as {@code required-unanswered}.
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
   * Returns the question concerned.
   *
   * @return the question id, or empty for a finding about the whole response
   */
  public abstract Optional<String> questionId();

  /**
   * Returns the JSON Pointer of the offending value in the response document, such as {@code
   * /answers/q17/choices/2}; for an unanswered question, where its answer would be.
   *
   * @return the pointer
   */
  @Override
  public abstract String pointer();

  @Override
  public abstract String message();

  /**
   * Creates a finding about one question.
   *
   * @param code the code
   * @param severity the severity
   * @param questionId the question concerned
   * @param pointer the JSON Pointer of the offending value
   * @param message what is wrong
   * @return the finding
   */
  public static ValidationFinding of(
      Code code, Severity severity, String questionId, String pointer, String message) {
    return ImmutableValidationFinding.builder()
        .code(code)
        .severity(severity)
        .questionId(questionId)
        .pointer(pointer)
        .message(message)
        .build();
  }

  /**
   * Creates a finding about the response as a whole, such as an instrument mismatch.
   *
   * @param code the code
   * @param severity the severity
   * @param pointer the JSON Pointer of the offending value
   * @param message what is wrong
   * @return the finding
   */
  public static ValidationFinding of(Code code, Severity severity, String pointer, String message) {
    return ImmutableValidationFinding.builder()
        .code(code)
        .severity(severity)
        .pointer(pointer)
        .message(message)
        .build();
  }

  /** Renders the finding as {@code error required-unanswered q7 /answers/q7: message}. */
  @Override
  public String toString() {
    return severity().id()
        + " "
        + code().id()
        + questionId().map(q -> " " + q).orElse("")
        + " "
        + pointer()
        + ": "
        + message();
  }
}
