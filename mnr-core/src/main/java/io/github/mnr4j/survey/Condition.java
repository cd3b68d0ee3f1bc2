package io.github.mnr4j.survey;

import io.github.mnr4j.MnrException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Each kind is a record; its behaviour lives with it, so that a new kind is one more record that
 * the compiler holds to every method of this interface and of {@link Visitor}. Testing a condition
 * never throws. An unanswered question satisfies none of the leaf conditions: {@code is("q7",
 * "no")} is false when q7 is unanswered, so unknown is never taken for no.
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
  boolean test(Map<String, Answer> answers);

  /**
   * Returns the leaf conditions, in the order the condition mentions them.
   *
   * @return the leaves; the condition itself for a leaf
   */
  List<Leaf> leaves();

  /**
   * Returns every question the condition reads, in the order it mentions them.
   *
   * @return question ids, an immutable set
   */
  default Set<String> questionIds() {
    Set<String> ids = new LinkedHashSet<>();
    leaves().forEach(leaf -> ids.add(leaf.questionId()));
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Passes the condition to the visitor's method for its kind.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Renders the condition as an expression: {@code q7 = no}, {@code q17 includes csam-possession},
   * {@code count(q17) >= 6}, {@code answered(q8)}, {@code code(q78) = yes}, {@code all(...)},
   * {@code any(...)}, {@code not(...)}.
   *
   * @return the expression
   */
  @Override
  String toString();

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
   * Holds when every operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  static Condition all(List<Condition> operands) {
    return new All(operands);
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
   * Holds when at least one operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  static Condition any(List<Condition> operands) {
    return new Any(operands);
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

  /**
   * Does something different for each kind of condition, such as writing it as JSON. Adding a kind
   * adds a method here, so that every visitor must handle it.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits {@code answered(q)}.
     *
     * @param condition the condition
     * @return the result
     */
    R answered(Answered condition);

    /**
     * Visits {@code q = option}.
     *
     * @param condition the condition
     * @return the result
     */
    R is(Is condition);

    /**
     * Visits {@code q includes option}.
     *
     * @param condition the condition
     * @return the result
     */
    R includes(Includes condition);

    /**
     * Visits {@code count(q) >= n}.
     *
     * @param condition the condition
     * @return the result
     */
    R chosenAtLeast(ChosenAtLeast condition);

    /**
     * Visits {@code code(q) = code}.
     *
     * @param condition the condition
     * @return the result
     */
    R codeIs(CodeIs condition);

    /**
     * Visits {@code all(...)}.
     *
     * @param condition the condition
     * @return the result
     */
    R all(All condition);

    /**
     * Visits {@code any(...)}.
     *
     * @param condition the condition
     * @return the result
     */
    R any(Any condition);

    /**
     * Visits {@code not(...)}.
     *
     * @param condition the condition
     * @return the result
     */
    R not(Not condition);
  }

  /**
   * A condition on one question's answer. Besides testing the answer, a leaf says what is wrong
   * when it is applied to a question that cannot satisfy it as meant.
   */
  sealed interface Leaf extends Condition permits Answered, Is, Includes, ChosenAtLeast, CodeIs {
    /**
     * Returns the question the condition reads.
     *
     * @return the question id
     */
    String questionId();

    /**
     * Tells whether the condition holds for the question's answer.
     *
     * @param answer the answer
     * @return whether it holds
     */
    boolean holdsFor(Answer answer);

    /**
     * Says what the condition names that the question lacks: an option it does not have, a code it
     * does not take. An instrument refuses such a condition.
     *
     * @param question the question the condition reads
     * @return the problem, or empty when the question has what the condition names
     */
    Optional<String> referenceProblem(Question question);

    /**
     * Says why the condition cannot hold as meant on the question's kind: {@code is} on a
     * multi-choice question, {@code includes} on a single choice, a count of options on a text, or
     * above the number of options. Instrument checks report it.
     *
     * @param question the question the condition reads
     * @return the problem, or empty when the condition fits the question's kind
     */
    Optional<String> kindProblem(Question question);

    @Override
    default boolean test(Map<String, Answer> answers) {
      Answer answer = answers.get(questionId());
      return answer != null && holdsFor(answer);
    }

    @Override
    default List<Leaf> leaves() {
      return List.of(this);
    }
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
    public boolean holdsFor(Answer answer) {
      return true;
    }

    @Override
    public Optional<String> referenceProblem(Question question) {
      return Optional.empty();
    }

    @Override
    public Optional<String> kindProblem(Question question) {
      return Optional.empty();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.answered(this);
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
    public boolean holdsFor(Answer answer) {
      return answer instanceof Answer.Choice choice && choice.optionId().equals(optionId);
    }

    @Override
    public Optional<String> referenceProblem(Question question) {
      return missingOption(this, question, optionId);
    }

    @Override
    public Optional<String> kindProblem(Question question) {
      return question.kind() == QuestionKind.MULTI_CHOICE
          ? Optional.of(
              "'is' reads a single choice, but "
                  + question.id()
                  + " is multi-choice (use 'includes')")
          : Optional.empty();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.is(this);
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
    public boolean holdsFor(Answer answer) {
      return answer instanceof Answer.Choices choices && choices.optionIds().contains(optionId);
    }

    @Override
    public Optional<String> referenceProblem(Question question) {
      return missingOption(this, question, optionId);
    }

    @Override
    public Optional<String> kindProblem(Question question) {
      return question.kind() != QuestionKind.MULTI_CHOICE
          ? Optional.of(
              "'includes' reads choices, but "
                  + question.id()
                  + " is "
                  + question.kind().id()
                  + " (use 'is')")
          : Optional.empty();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.includes(this);
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
    public boolean holdsFor(Answer answer) {
      return answer.chosenCount() >= count;
    }

    @Override
    public Optional<String> referenceProblem(Question question) {
      return Optional.empty();
    }

    @Override
    public Optional<String> kindProblem(Question question) {
      if (question.kind() == QuestionKind.TEXT) {
        return Optional.of("a count of options on " + question.id() + ", a text question");
      }
      int most = question.kind() == QuestionKind.MULTI_CHOICE ? question.options().size() : 1;
      return count > most
          ? Optional.of(
              "a count of "
                  + count
                  + " options on "
                  + question.id()
                  + ", which can choose no more than "
                  + most)
          : Optional.empty();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.chosenAtLeast(this);
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
    public boolean holdsFor(Answer answer) {
      return answer.code().filter(code::equals).isPresent();
    }

    @Override
    public Optional<String> referenceProblem(Question question) {
      return question.codes().contains(code)
          ? Optional.empty()
          : Optional.of(
              "condition "
                  + this
                  + " names code '"
                  + code
                  + "', which "
                  + question.id()
                  + " does not take; its codes: "
                  + question.codes());
    }

    @Override
    public Optional<String> kindProblem(Question question) {
      return Optional.empty();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.codeIs(this);
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
    public boolean test(Map<String, Answer> answers) {
      for (Condition operand : operands) {
        if (!operand.test(answers)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public List<Leaf> leaves() {
      return leavesOf(operands);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.all(this);
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
    public boolean test(Map<String, Answer> answers) {
      for (Condition operand : operands) {
        if (operand.test(answers)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public List<Leaf> leaves() {
      return leavesOf(operands);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.any(this);
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
    public boolean test(Map<String, Answer> answers) {
      return !operand.test(answers);
    }

    @Override
    public List<Leaf> leaves() {
      return operand.leaves();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.not(this);
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

  private static List<Leaf> leavesOf(List<Condition> operands) {
    List<Leaf> leaves = new ArrayList<>();
    operands.forEach(operand -> leaves.addAll(operand.leaves()));
    return List.copyOf(leaves);
  }

  private static String join(List<Condition> operands) {
    return operands.stream().map(Condition::toString).collect(Collectors.joining(", "));
  }

  private static Optional<String> missingOption(Leaf leaf, Question question, String optionId) {
    return question.findOption(optionId).isPresent()
        ? Optional.empty()
        : Optional.of(
            "condition "
                + leaf
                + " names option '"
                + optionId
                + "', which "
                + question.id()
                + " does not have; its options: "
                + question.optionIds());
  }
}
