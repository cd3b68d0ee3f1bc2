package io.github.mnr4j.survey;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A condition on answers, in mnr4j's small condition language: whether a question is answered,
 * which option it chose, whether a multi-choice includes an option, how many options it chose,
 * which analyst code it carries; and {@code all}, {@code any} and {@code not} of conditions.
 * Skip rules use it ("if q7 is no, skip to q9"), and so do scoring criteria, which may also read
 * the {@link Evidence} gathered for one capability: its status, whether plans are described,
 * whether a detail question is answered, its checklist coverage and its secondary gates.
 *
 * <pre>{@code
 * Condition.is("q7", "no")                                   // q7 = no
 * Condition.all(Condition.is("q16", "yes"),
 *     Condition.chosenAtLeast("q17", 6))                     // all(q16 = yes, count(q17) >= 6)
 * Condition.not(Condition.answered("q8"))                    // not(answered(q8))
 * }</pre>
 *
 * <p>An unanswered question satisfies none of the leaf conditions: {@code is("q7", "no")} is
 * false when q7 is unanswered, so unknown is never taken for no.
 *
 * <p>Immutable and thread-safe.
 */
public final class Condition {
  /** The forms of condition. */
  public enum Kind implements Identified {
    /** The question has an answer. */
    ANSWERED("answered"),
    /** The question's single choice is an option. */
    IS("is"),
    /** The question's choices include an option. */
    INCLUDES("includes"),
    /** The question chose at least a number of distinct options. */
    CHOSEN_AT_LEAST("chosenAtLeast"),
    /** The question's answer carries an analyst's code. */
    CODE_IS("code"),
    /** Evidence: the capability's status is {@code in-place}, {@code not-in-place} or {@code unknown}. */
    STATUS("status"),
    /** Evidence: challenges or plans for the capability are described. */
    PLANS_DESCRIBED("plansDescribed"),
    /** Evidence: the instrument has detail questions for the capability. */
    HAS_DETAILS("hasDetails"),
    /** Evidence: at least one detail question of the capability is answered. */
    DETAIL_ANSWERED("detailAnswered"),
    /** Evidence: the instrument has a checklist for the capability. */
    HAS_CHECKLIST("hasChecklist"),
    /** Evidence: the capability's checklist coverage is at least a fraction. */
    COVERAGE_AT_LEAST("coverageAtLeast"),
    /** Evidence: the instrument has secondary gates for the capability. */
    HAS_SECONDARY_GATES("hasSecondaryGates"),
    /** Evidence: every secondary gate of the capability is answered yes. */
    SECONDARY_GATES_YES("secondaryGatesYes"),
    /** Every operand holds. */
    ALL("all"),
    /** At least one operand holds. */
    ANY("any"),
    /** The operand does not hold. */
    NOT("not");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /**
     * Returns the kind's name in JSON documents, such as {@code chosenAtLeast}.
     *
     * @return the id
     */
    @Override
    public String id() {
      return id;
    }
  }

  /**
   * What scoring knows about one capability, for the evidence conditions. Implemented by
   * {@code io.github.mnr4j.assessment.CapabilityEvidence}.
   */
  public interface Evidence {
    /**
     * Returns the capability's status id.
     *
     * @return {@code in-place}, {@code not-in-place} or {@code unknown}
     */
    String statusId();

    /**
     * Tells whether challenges or plans are described.
     *
     * @return true if a challenges question of the capability is answered
     */
    boolean plansDescribed();

    /**
     * Tells whether the instrument has detail questions for the capability.
     *
     * @return true if it has
     */
    boolean hasDetails();

    /**
     * Tells whether a detail question of the capability is answered.
     *
     * @return true if at least one is
     */
    boolean detailAnswered();

    /**
     * Tells whether the instrument has a checklist for the capability.
     *
     * @return true if it has
     */
    boolean hasChecklist();

    /**
     * Returns the checklist coverage: options chosen over options offered.
     *
     * @return a fraction in [0, 1]; 0 without a checklist
     */
    double coverage();

    /**
     * Tells whether the instrument has secondary gates for the capability.
     *
     * @return true if it has
     */
    boolean hasSecondaryGates();

    /**
     * Tells whether every secondary gate is answered yes.
     *
     * @return true if all are (and there is at least one)
     */
    boolean secondaryGatesYes();
  }

  /** The status ids that {@link #status(String)} accepts. */
  public static final ImmutableSet<String> STATUS_IDS =
      ImmutableSet.of("in-place", "not-in-place", "unknown");

  private final Kind kind;
  private final String questionId;
  private final String value;
  private final int count;
  private final double fraction;
  private final ImmutableList<Condition> operands;

  private Condition(Kind kind, String questionId, String value, int count, double fraction,
      ImmutableList<Condition> operands) {
    this.kind = kind;
    this.questionId = questionId;
    this.value = value;
    this.count = count;
    this.fraction = fraction;
    this.operands = operands;
  }

  private static Condition leaf(Kind kind, String questionId, String value, int count) {
    if (questionId.isBlank()) {
      throw new MnrException("a condition needs a question id, not '" + questionId + "'");
    }
    return new Condition(kind, questionId, value, count, 0, ImmutableList.of());
  }

  private static Condition evidence(Kind kind, String value, double fraction) {
    return new Condition(kind, "", value, 0, fraction, ImmutableList.of());
  }

  /**
   * Holds when the question has an answer.
   *
   * @param questionId the question
   * @return the condition
   */
  public static Condition answered(String questionId) {
    return leaf(Kind.ANSWERED, questionId, "", 0);
  }

  /**
   * Holds when a yes-no or single-choice question chose the option.
   *
   * @param questionId the question
   * @param optionId the option, such as {@code no}
   * @return the condition
   */
  public static Condition is(String questionId, String optionId) {
    return leaf(Kind.IS, questionId, requireText(optionId, "option"), 0);
  }

  /**
   * Holds when a multi-choice question's choices include the option.
   *
   * @param questionId the question
   * @param optionId the option
   * @return the condition
   */
  public static Condition includes(String questionId, String optionId) {
    return leaf(Kind.INCLUDES, questionId, requireText(optionId, "option"), 0);
  }

  /**
   * Holds when a question chose at least this many distinct options.
   *
   * @param questionId the question
   * @param count the least number, 1 or more
   * @return the condition
   */
  public static Condition chosenAtLeast(String questionId, int count) {
    if (count < 1) {
      throw new MnrException("chosenAtLeast needs a count of 1 or more, not " + count);
    }
    return leaf(Kind.CHOSEN_AT_LEAST, questionId, "", count);
  }

  /**
   * Holds when the question's answer carries the analyst's code.
   *
   * @param questionId the question
   * @param code the code, such as {@code yes}
   * @return the condition
   */
  public static Condition codeIs(String questionId, String code) {
    return leaf(Kind.CODE_IS, questionId, requireText(code, "code"), 0);
  }

  /**
   * Holds when every operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  public static Condition all(Condition... operands) {
    return composite(Kind.ALL, Arrays.asList(operands));
  }

  /**
   * Holds when every operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  public static Condition all(Iterable<Condition> operands) {
    return composite(Kind.ALL, operands);
  }

  /**
   * Holds when at least one operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  public static Condition any(Condition... operands) {
    return composite(Kind.ANY, Arrays.asList(operands));
  }

  /**
   * Holds when at least one operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  public static Condition any(Iterable<Condition> operands) {
    return composite(Kind.ANY, operands);
  }

  /**
   * Holds when the operand does not.
   *
   * @param operand the condition
   * @return the condition
   */
  public static Condition not(Condition operand) {
    return new Condition(Kind.NOT, "", "", 0, 0, ImmutableList.of(operand));
  }

  private static Condition composite(Kind kind, Iterable<Condition> operands) {
    ImmutableList<Condition> list = ImmutableList.copyOf(operands);
    if (list.isEmpty()) {
      throw new MnrException(kind.id() + "(...) needs at least one condition");
    }
    return new Condition(kind, "", "", 0, 0, list);
  }

  /**
   * Evidence: holds when the capability's status is the given one.
   *
   * @param statusId {@code in-place}, {@code not-in-place} or {@code unknown}
   * @return the condition
   */
  public static Condition status(String statusId) {
    if (!STATUS_IDS.contains(statusId)) {
      throw new MnrException("unknown status '" + statusId + "'; known: "
          + String.join(", ", STATUS_IDS));
    }
    return evidence(Kind.STATUS, statusId, 0);
  }

  /**
   * Evidence: holds when challenges or plans for the capability are described.
   *
   * @return the condition
   */
  public static Condition plansDescribed() {
    return evidence(Kind.PLANS_DESCRIBED, "", 0);
  }

  /**
   * Evidence: holds when the instrument has detail questions for the capability.
   *
   * @return the condition
   */
  public static Condition hasDetails() {
    return evidence(Kind.HAS_DETAILS, "", 0);
  }

  /**
   * Evidence: holds when a detail question of the capability is answered.
   *
   * @return the condition
   */
  public static Condition detailAnswered() {
    return evidence(Kind.DETAIL_ANSWERED, "", 0);
  }

  /**
   * Evidence: holds when the instrument has a checklist for the capability.
   *
   * @return the condition
   */
  public static Condition hasChecklist() {
    return evidence(Kind.HAS_CHECKLIST, "", 0);
  }

  /**
   * Evidence: holds when the checklist coverage reaches a fraction.
   *
   * @param fraction in (0, 1]
   * @return the condition
   */
  public static Condition coverageAtLeast(double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new MnrException("coverageAtLeast needs a fraction above 0 and at most 1, not "
          + fraction);
    }
    return evidence(Kind.COVERAGE_AT_LEAST, "", fraction);
  }

  /**
   * Evidence: holds when the instrument has secondary gates for the capability.
   *
   * @return the condition
   */
  public static Condition hasSecondaryGates() {
    return evidence(Kind.HAS_SECONDARY_GATES, "", 0);
  }

  /**
   * Evidence: holds when every secondary gate of the capability is answered yes.
   *
   * @return the condition
   */
  public static Condition secondaryGatesYes() {
    return evidence(Kind.SECONDARY_GATES_YES, "", 0);
  }

  private static String requireText(String text, String what) {
    if (text.isBlank()) {
      throw new MnrException("a condition needs a non-blank " + what);
    }
    return text;
  }

  /**
   * Returns the form of the condition.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the question a leaf condition reads.
   *
   * @return the question id, or empty for {@code all}, {@code any} and {@code not}
   */
  public Optional<String> questionId() {
    return questionId.isEmpty() ? Optional.empty() : Optional.of(questionId);
  }

  /**
   * Returns the option of {@code is} and {@code includes}, or the code of {@code code}.
   *
   * @return the option id or code, or empty
   */
  public Optional<String> value() {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Returns the count of {@code chosenAtLeast}.
   *
   * @return the count; 0 for the other kinds
   */
  public int count() {
    return count;
  }

  /**
   * Returns the fraction of {@code coverageAtLeast}.
   *
   * @return the fraction; 0 for the other kinds
   */
  public double fraction() {
    return fraction;
  }

  /**
   * Tells whether the condition, or any part of it, reads a capability's evidence rather than
   * answers alone; such conditions serve scoring criteria, not skip rules.
   *
   * @return true if an evidence condition is part of it
   */
  public boolean readsEvidence() {
    return isEvidence() || operands.stream().anyMatch(Condition::readsEvidence);
  }

  private boolean isEvidence() {
    return questionId.isEmpty() && operands.isEmpty();
  }

  /**
   * Returns the operands of {@code all}, {@code any} and {@code not}.
   *
   * @return the operands; empty for leaf conditions
   */
  public ImmutableList<Condition> operands() {
    return operands;
  }

  /**
   * Returns every question the condition reads, in the order it mentions them.
   *
   * @return question ids
   */
  public ImmutableSet<String> questionIds() {
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    collect(ids);
    return ids.build();
  }

  private void collect(ImmutableSet.Builder<String> ids) {
    if (!questionId.isEmpty()) {
      ids.add(questionId);
    }
    operands.forEach(o -> o.collect(ids));
  }

  /**
   * Evaluates the condition over answers keyed by question id.
   *
   * @param answers the answers; a question without an entry is unanswered
   * @return whether the condition holds
   * @throws MnrException if the condition reads a capability's evidence
   */
  public boolean test(Map<String, Answer> answers) {
    return evaluate(answers, null);
  }

  /**
   * Evaluates the condition over answers and one capability's evidence.
   *
   * @param answers the answers; a question without an entry is unanswered
   * @param evidence the capability's evidence
   * @return whether the condition holds
   */
  public boolean test(Map<String, Answer> answers, Evidence evidence) {
    return evaluate(answers, evidence);
  }

  private boolean evaluate(Map<String, Answer> answers, @Nullable Evidence evidence) {
    switch (kind) {
      case ALL:
        return operands.stream().allMatch(o -> o.evaluate(answers, evidence));
      case ANY:
        return operands.stream().anyMatch(o -> o.evaluate(answers, evidence));
      case NOT:
        return !operands.get(0).evaluate(answers, evidence);
      default:
        if (isEvidence()) {
          if (evidence == null) {
            throw new MnrException("the condition " + this + " reads a capability's evidence,"
                + " which only scoring has");
          }
          return testEvidence(evidence);
        }
        Answer answer = answers.get(questionId);
        return answer != null && testLeaf(answer);
    }
  }

  private boolean testEvidence(Evidence evidence) {
    switch (kind) {
      case STATUS:
        return evidence.statusId().equals(value);
      case PLANS_DESCRIBED:
        return evidence.plansDescribed();
      case HAS_DETAILS:
        return evidence.hasDetails();
      case DETAIL_ANSWERED:
        return evidence.detailAnswered();
      case HAS_CHECKLIST:
        return evidence.hasChecklist();
      case COVERAGE_AT_LEAST:
        return evidence.hasChecklist() && evidence.coverage() >= fraction;
      case HAS_SECONDARY_GATES:
        return evidence.hasSecondaryGates();
      case SECONDARY_GATES_YES:
        return evidence.secondaryGatesYes();
      default:
        throw new IllegalStateException("not an evidence condition: " + kind);
    }
  }

  private boolean testLeaf(Answer answer) {
    switch (kind) {
      case ANSWERED:
        return true;
      case IS:
        return answer.choice().map(value::equals).orElse(false);
      case INCLUDES:
        return answer.choices().contains(value);
      case CHOSEN_AT_LEAST:
        return answer.chosenCount() >= count;
      case CODE_IS:
        return answer.code().map(value::equals).orElse(false);
      default:
        throw new IllegalStateException("not a leaf: " + kind);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Condition)) {
      return false;
    }
    Condition that = (Condition) other;
    return kind == that.kind && questionId.equals(that.questionId) && value.equals(that.value)
        && count == that.count && Double.compare(fraction, that.fraction) == 0
        && operands.equals(that.operands);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, questionId, value, count, fraction, operands);
  }

  /**
   * Renders the condition as an expression: {@code q7 = no}, {@code q17 includes
   * csam-possession}, {@code count(q17) >= 6}, {@code answered(q8)}, {@code code(q78) = yes},
   * {@code all(...)}, {@code any(...)}, {@code not(...)}; evidence as {@code status = in-place},
   * {@code plansDescribed}, {@code coverage >= 0.5} and the like.
   */
  @Override
  public String toString() {
    switch (kind) {
      case ANSWERED:
        return "answered(" + questionId + ")";
      case IS:
        return questionId + " = " + value;
      case INCLUDES:
        return questionId + " includes " + value;
      case CHOSEN_AT_LEAST:
        return "count(" + questionId + ") >= " + count;
      case CODE_IS:
        return "code(" + questionId + ") = " + value;
      case STATUS:
        return "status = " + value;
      case COVERAGE_AT_LEAST:
        return "coverage >= " + fraction;
      case PLANS_DESCRIBED:
      case HAS_DETAILS:
      case DETAIL_ANSWERED:
      case HAS_CHECKLIST:
      case HAS_SECONDARY_GATES:
      case SECONDARY_GATES_YES:
        return kind.id();
      default:
        return kind.id() + "(" + operands.stream().map(Condition::toString)
            .collect(Collectors.joining(", ")) + ")";
    }
  }
}
