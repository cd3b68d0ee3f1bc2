package io.github.mnr4j.survey;

import io.github.mnr4j.MnrException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A condition on answers, in mnr4j's small condition language: whether a question is answered,
 * which option it chose, whether a multi-choice includes an option, how many options it chose,
 * which analyst code it carries; and {@code all}, {@code any} and {@code not} of conditions. Skip
 * rules are written in it ("if q7 is no, skip to q9"); scoring criteria embed it ({@code
 * io.github.mnr4j.scoring.EvidenceCondition#answers}).
 *
 * <pre>{@code
 * Condition.is("q7", "no");                                    // q7 = no
 * Condition.all(Condition.is("q16", "yes"),
 *     Condition.chosenAtLeast("q17", 6));                      // all(q16 = yes, count(q17) >= 6)
 * Condition.not(Condition.answered("q8"));                     // not(answered(q8))
 * }</pre>
 *
 * <p>Each kind is a record of its parts; the interface is sealed, so that code reading a condition
 * (a JSON writer, an editor) handles every kind with {@code instanceof} and the compiler knows
 * there are no others. Testing a condition never throws. An unanswered question satisfies none of
 * the leaf conditions: {@code is("q7", "no")} is false when q7 is unanswered, so unknown is never
 * taken for no.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Condition
    permits Condition.Leaf, Condition.All, Condition.Any, Condition.Not {

  /**
   * Tells whether the condition holds for answers keyed by question id.
   *
   * @param answers the answers; a question without an entry is unanswered
   * @return whether the condition holds
   */
  default boolean test(Map<String, Answer> answers) {
    return Conditions.test(this, answers);
  }

  /**
   * Returns every question the condition reads, in the order it mentions them.
   *
   * @return question ids, an immutable set
   */
  default Set<String> questionIds() {
    Set<String> ids = new LinkedHashSet<>();
    Conditions.leaves(this).forEach(leaf -> ids.add(leaf.questionId()));
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Holds when the question has an answer.
   *
   * @param questionId the question
   * @return the condition
   */
  static Condition answered(String questionId) {
    return new Answered(questionId);
  }

  /**
   * Holds when a yes-no or single-choice question chose the option.
   *
   * @param questionId the question
   * @param optionId the option, such as {@code no}
   * @return the condition
   */
  static Condition is(String questionId, String optionId) {
    return new Is(questionId, optionId);
  }

  /**
   * Holds when a multi-choice question's choices include the option.
   *
   * @param questionId the question
   * @param optionId the option
   * @return the condition
   */
  static Condition includes(String questionId, String optionId) {
    return new Includes(questionId, optionId);
  }

  /**
   * Holds when a question chose at least this many distinct options.
   *
   * @param questionId the question
   * @param count the least number, 1 or more
   * @return the condition
   */
  static Condition chosenAtLeast(String questionId, int count) {
    return new ChosenAtLeast(questionId, count);
  }

  /**
   * Holds when the question's answer carries the analyst's code.
   *
   * @param questionId the question
   * @param code the code, such as {@code yes}
   * @return the condition
   */
  static Condition codeIs(String questionId, String code) {
    return new CodeIs(questionId, code);
  }

  /**
   * Holds when every operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  static Condition all(Condition... operands) {
    return new All(Arrays.asList(operands));
  }

  /**
   * Holds when at least one operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  static Condition any(Condition... operands) {
    return new Any(Arrays.asList(operands));
  }

  /**
   * Holds when the operand does not.
   *
   * @param operand the condition
   * @return the condition
   */
  static Condition not(Condition operand) {
    return new Not(operand);
  }

  /** A condition on one question's answer. */
  sealed interface Leaf extends Condition permits Answered, Is, Includes, ChosenAtLeast, CodeIs {
    /**
     * Returns the question the condition reads.
     *
     * @return the question id
     */
    String questionId();
  }

  /**
   * {@code answered(q)}: the question has an answer.
   *
   * @param questionId the question
   */
  record Answered(String questionId) implements Leaf {
    /**
     * Creates the condition.
     *
     * @param questionId the question, not blank
     */
    public Answered {
      requireText(questionId, "question id");
    }

    @Override
    public String toString() {
      return "answered(" + questionId + ")";
    }
  }

  /**
   * {@code q = option}: a yes-no or single-choice question chose the option.
   *
   * @param questionId the question
   * @param optionId the option
   */
  record Is(String questionId, String optionId) implements Leaf {
    /**
     * Creates the condition.
     *
     * @param questionId the question, not blank
     * @param optionId the option, not blank
     */
    public Is {
      requireText(questionId, "question id");
      requireText(optionId, "option");
    }

    @Override
    public String toString() {
      return questionId + " = " + optionId;
    }
  }

  /**
   * {@code q includes option}: a multi-choice question's choices include the option.
   *
   * @param questionId the question
   * @param optionId the option
   */
  record Includes(String questionId, String optionId) implements Leaf {
    /**
     * Creates the condition.
     *
     * @param questionId the question, not blank
     * @param optionId the option, not blank
     */
    public Includes {
      requireText(questionId, "question id");
      requireText(optionId, "option");
    }

    @Override
    public String toString() {
      return questionId + " includes " + optionId;
    }
  }

  /**
   * {@code count(q) >= n}: the question chose at least this many distinct options.
   *
   * @param questionId the question
   * @param count the least number, 1 or more
   */
  record ChosenAtLeast(String questionId, int count) implements Leaf {
    /**
     * Creates the condition.
     *
     * @param questionId the question, not blank
     * @param count the least number, 1 or more
     */
    public ChosenAtLeast {
      requireText(questionId, "question id");
      if (count < 1) {
        throw new MnrException("chosenAtLeast needs a count of 1 or more, not " + count);
      }
    }

    @Override
    public String toString() {
      return "count(" + questionId + ") >= " + count;
    }
  }

  /**
   * {@code code(q) = code}: the question's answer carries the analyst's code.
   *
   * @param questionId the question
   * @param code the code
   */
  record CodeIs(String questionId, String code) implements Leaf {
    /**
     * Creates the condition.
     *
     * @param questionId the question, not blank
     * @param code the code, not blank
     */
    public CodeIs {
      requireText(questionId, "question id");
      requireText(code, "code");
    }

    @Override
    public String toString() {
      return "code(" + questionId + ") = " + code;
    }
  }

  /**
   * {@code all(...)}: every operand holds.
   *
   * @param operands at least one condition
   */
  record All(List<Condition> operands) implements Condition {
    /**
     * Creates the condition.
     *
     * @param operands at least one condition
     */
    public All {
      operands = requireOperands("all", operands);
    }

    @Override
    public String toString() {
      return "all(" + join(operands) + ")";
    }
  }

  /**
   * {@code any(...)}: at least one operand holds.
   *
   * @param operands at least one condition
   */
  record Any(List<Condition> operands) implements Condition {
    /**
     * Creates the condition.
     *
     * @param operands at least one condition
     */
    public Any {
      operands = requireOperands("any", operands);
    }

    @Override
    public String toString() {
      return "any(" + join(operands) + ")";
    }
  }

  /**
   * {@code not(...)}: the operand does not hold.
   *
   * @param operand the condition
   */
  record Not(Condition operand) implements Condition {
    /**
     * Creates the condition.
     *
     * @param operand the condition
     */
    public Not {
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public String toString() {
      return "not(" + operand + ")";
    }
  }

  private static void requireText(String text, String what) {
    if (text.isBlank()) {
      throw new MnrException("a condition needs a non-blank " + what);
    }
  }

  private static List<Condition> requireOperands(String kind, List<Condition> operands) {
    List<Condition> copy = List.copyOf(operands);
    if (copy.isEmpty()) {
      throw new MnrException(kind + "(...) needs at least one condition");
    }
    return copy;
  }

  private static String join(List<Condition> operands) {
    return operands.stream().map(Condition::toString).collect(Collectors.joining(", "));
  }
}
