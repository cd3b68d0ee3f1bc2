package io.github.mnr4j.survey;

import io.github.mnr4j.internal.checks.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The optional parts every kind of answer may carry: the free text of an "Other" option and an
 * analyst's code. Shared so that most answers, which carry neither, share one instance.
 */
final class AnswerNotes {
  static final AnswerNotes NONE = new AnswerNotes(null, null);

  final @Nullable String otherText;
  final @Nullable String code;

  private AnswerNotes(@Nullable String otherText, @Nullable String code) {
    this.otherText = otherText;
    this.code = code;
  }

  AnswerNotes withOtherText(String otherText) {
    return new AnswerNotes(Objects.requireNonNull(otherText, "other text"), code);
  }

  AnswerNotes withCode(String code) {
    Checks checks = Checks.of("answer");
    checks.notBlank("code", code);
    checks.throwIfAny();
    return new AnswerNotes(otherText, code);
  }

  String codeSummary() {
    return code == null ? "" : " (code " + code + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnswerNotes answerNotes
        && Objects.equals(answerNotes.otherText, otherText)
        && Objects.equals(answerNotes.code, code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(otherText, code);
  }

  /** Shows the other text's length, never the text: it may hold personal data. */
  @Override
  public String toString() {
    return (otherText == null ? "" : "; other text (" + otherText.length() + " characters)")
        + (code == null ? "" : "; code " + code);
  }
}
