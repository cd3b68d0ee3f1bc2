package io.github.mnr4j.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which questions of an instrument a response enables: a question is disabled when a skip rule over
 * it fires ("if q7 = no, skip to q9" disables q8), and then it must stay unanswered. Computed by
 * {@link Validator#enablement(Response)}.
 *
 * <pre>{@code
 * Enablement enablement = Validator.of(survey).enablement(response);
 * enablement.isEnabled("q8");     // false when q7 is no
 * enablement.disabledBy("q8");    // Optional[if q7 = no, skip to q9]
 * enablement.explain("q8");       // "q8 is disabled: if q7 = no, skip to q9"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Enablement {
  private final Validator validator;

  /** The skip rules that fire, as a bit set over their indexes (see Validator#firstFired). */
  private final long[] fired;

  /** Per question position: the response's answer, or null. */
  private final Answer[] answers;

  /** Takes the arrays, which the validator made for it alone. */
  Enablement(Validator validator, long[] fired, Answer[] answers) {
    this.validator = validator;
    this.fired = fired;
    this.answers = answers;
  }

  /** The rule that disables the question at a position, or null when it is enabled. */
  @Nullable SkipRule disabledBy(int position) {
    int rule = validator.firstFired(position, fired);
    return rule < 0 ? null : validator.instrument().skipRules().get(rule);
  }

  /**
   * Tells whether the question at a position of the instrument is enabled: the look-up for code
   * that walks the questions by position.
   *
   * @param position a position in {@link Instrument#questions()}, from 0
   * @return true if no skip rule disables the question there
   * @throws IndexOutOfBoundsException if the instrument has no such position
   */
  public boolean isEnabled(int position) {
    Objects.checkIndex(position, answers.length);
    return validator.firstFired(position, fired) < 0;
  }

  /**
   * Returns the response's answer to the question at a position of the instrument, if the question
   * is enabled: the answer that counts as evidence.
   *
   * @param position a position in {@link Instrument#questions()}, from 0
   * @return the answer, or empty when the question is unanswered or disabled
   * @throws IndexOutOfBoundsException if the instrument has no such position
   */
  public Optional<Answer> enabledAnswer(int position) {
    return isEnabled(position) ? Optional.ofNullable(answers[position]) : Optional.empty();
  }

  /**
   * Tells whether a question is enabled.
   *
   * @param questionId a question of the instrument
   * @return true if no skip rule disables it
   * @throws io.github.mnr4j.MnrException naming the id if the instrument has no such question
   */
  public boolean isEnabled(String questionId) {
    return isEnabled(validator.instrument().position(questionId));
  }

  /**
   * Returns the rule that disables a question.
   *
   * @param questionId a question of the instrument
   * @return the first rule (in the instrument's order) that disables it, or empty if enabled
   * @throws io.github.mnr4j.MnrException naming the id if the instrument has no such question
   */
  public Optional<SkipRule> disabledBy(String questionId) {
    return Optional.ofNullable(disabledBy(validator.instrument().position(questionId)));
  }

  /**
   * Returns the ids of the disabled questions, in the instrument's order.
   *
   * @return question ids, an immutable list
   */
  public List<String> disabled() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < answers.length; i++) {
      if (!isEnabled(i)) {
        ids.add(validator.instrument().questions().get(i).id());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Explains in a sentence whether a question is enabled, and why not.
   *
   * @param questionId a question of the instrument
   * @return such as {@code q8 is disabled: if q7 = no, skip to q9}
   */
  public String explain(String questionId) {
    return disabledBy(questionId)
        .map(rule -> questionId + " is disabled: " + rule)
        .orElse(questionId + " is enabled");
  }

  @Override
  public String toString() {
    return "Enablement[" + disabled().size() + " of " + answers.length + " questions disabled]";
  }
}
