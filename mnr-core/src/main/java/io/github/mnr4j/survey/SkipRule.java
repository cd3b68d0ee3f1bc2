package io.github.mnr4j.survey;

import io.github.mnr4j.internal.checks.Checks;
import org.immutables.value.Value;

/**
 * A skip rule: when a condition on a question's answer holds, the questions after it and before the
 * target are skipped and must stay unanswered. The survey prints them as "No (skip to question 9)"
 * on q7:
 *
 * <pre>{@code
 * // q8 is disabled when q7 is no
 * SkipRule.ifNo("q7", "q9");  // if q7 = no, skip to q9
 * SkipRule.of("q40", Condition.not(Condition.is("q40", "yes")), "q42");
 * }</pre>
 *
 * <p>A rule whose target is not after its question (the printed survey's erratum E1: q33 skips to
 * q32) would loop; {@link InstrumentChecks} reports it, and {@link Validator} treats it as
 * disabling the questions from the target to the rule's own question.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class SkipRule {
  SkipRule() {}

  /**
   * Returns the question that carries the rule.
   *
   * @return the question's id
   */
  public abstract String questionId();

  /**
   * Returns the condition under which the rule skips.
   *
   * @return the condition
   */
  public abstract Condition when();

  /**
   * Returns the question the rule skips to.
   *
   * @return the target question's id
   */
  public abstract String targetId();

  /**
   * Creates a rule.
   *
   * @param questionId the question that carries the rule
   * @param when when to skip
   * @param target the question to skip to
   * @return the rule
   */
  public static SkipRule of(String questionId, Condition when, String target) {
    return ImmutableSkipRule.builder().questionId(questionId).when(when).targetId(target).build();
  }

  /**
   * Creates the survey's usual rule: "No (skip to question N)".
   *
   * @param questionId a yes-no question
   * @param target the question to skip to
   * @return the rule {@code if questionId = no, skip to target}
   */
  public static SkipRule ifNo(String questionId, String target) {
    return of(questionId, Condition.is(questionId, "no"), target);
  }

  @Value.Check
  void check() {
    Checks.of("skip rule on '" + questionId() + "'")
        .id("questionId", questionId())
        .id("target", targetId())
        .throwIfAny();
  }

  /** Renders the rule as {@code if q7 = no, skip to q9}. */
  @Override
  public String toString() {
    return "if " + when() + ", skip to " + targetId();
  }
}
