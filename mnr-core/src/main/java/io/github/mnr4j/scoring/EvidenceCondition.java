package io.github.mnr4j.scoring;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Condition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The condition of a scoring criterion: it reads one capability's {@link CapabilityEvidence
 * evidence} (its status, whether plans are described, detail questions, checklist coverage,
 * secondary gates) and, through {@link #answers(Condition)}, the answers themselves; and combines
 * them with {@code all}, {@code any} and {@code not}.
 *
 * <pre>{@code
 * EvidenceCondition.status(CapabilityStatus.IN_PLACE);               // status = in-place
 * EvidenceCondition.any(EvidenceCondition.not(EvidenceCondition.hasChecklist()),
 *     EvidenceCondition.coverageAtLeast(0.5));                        // any(not(hasChecklist),
 *                                                                     //   coverage >= 0.5)
 * EvidenceCondition.answers(Condition.is("q10", "yes"));             // q10 = yes
 * }</pre>
 *
 * <p>Each kind is a record carrying its own behaviour; a new kind is one more record that the
 * compiler holds to every method of this interface and of {@link Visitor}. Testing never throws.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface EvidenceCondition
    permits EvidenceCondition.StatusIs,
        EvidenceCondition.PlansDescribed,
        EvidenceCondition.HasDetails,
        EvidenceCondition.AnyDetailAnswered,
        EvidenceCondition.HasChecklist,
        EvidenceCondition.CoverageAtLeast,
        EvidenceCondition.HasSecondaryGates,
        EvidenceCondition.AllSecondaryGatesYes,
        EvidenceCondition.Answers,
        EvidenceCondition.All,
        EvidenceCondition.Any,
        EvidenceCondition.Not {

  /**
   * Tells whether the condition holds for a capability.
   *
   * @param evidence the capability's evidence
   * @param answers the enabled answers, by question id
   * @return whether it holds
   */
  boolean test(CapabilityEvidence evidence, Map<String, Answer> answers);

  /**
   * Tells whether the condition, or a part of it, reads the capability's evidence rather than
   * answers alone.
   *
   * @return true if it reads evidence
   */
  boolean readsEvidence();

  /**
   * Returns the conditions on answers the condition embeds, in order.
   *
   * @return the embedded answer conditions; empty when it reads evidence only
   */
  List<Condition> answerConditions();

  /**
   * Passes the condition to the visitor's method for its kind.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Renders the condition as an expression, such as {@code status = in-place}, {@code coverage >=
   * 0.5}, {@code q10 = yes} or {@code any(...)}.
   *
   * @return the expression
   */
  @Override
  String toString();

  /**
   * Holds when the capability's status is the given one.
   *
   * @param status the status
   * @return the condition
   */
  static EvidenceCondition status(CapabilityStatus status) {
    return new StatusIs(status);
  }

  /**
   * Holds when challenges or plans for the capability are described.
   *
   * @return the condition
   */
  static EvidenceCondition plansDescribed() {
    return new PlansDescribed();
  }

  /**
   * Holds when the instrument has detail questions for the capability.
   *
   * @return the condition
   */
  static EvidenceCondition hasDetails() {
    return new HasDetails();
  }

  /**
   * Holds when at least one detail question of the capability is answered.
   *
   * @return the condition
   */
  static EvidenceCondition anyDetailAnswered() {
    return new AnyDetailAnswered();
  }

  /**
   * Holds when the instrument has a checklist for the capability.
   *
   * @return the condition
   */
  static EvidenceCondition hasChecklist() {
    return new HasChecklist();
  }

  /**
   * Holds when the capability has a checklist and its coverage reaches a fraction.
   *
   * @param fraction in (0, 1]
   * @return the condition
   */
  static EvidenceCondition coverageAtLeast(double fraction) {
    return new CoverageAtLeast(fraction);
  }

  /**
   * Holds when the instrument has secondary gates for the capability.
   *
   * @return the condition
   */
  static EvidenceCondition hasSecondaryGates() {
    return new HasSecondaryGates();
  }

  /**
   * Holds when every secondary gate of the capability is answered yes (and there is one).
   *
   * @return the condition
   */
  static EvidenceCondition allSecondaryGatesYes() {
    return new AllSecondaryGatesYes();
  }

  /**
   * Holds when a condition on answers holds. Its {@code all}, {@code any} and {@code not} become
   * this language's, so that a criterion has one form however it is written.
   *
   * @param condition the condition on answers
   * @return the condition
   */
  static EvidenceCondition answers(Condition condition) {
    return condition.accept(
        new Condition.Visitor<EvidenceCondition>() {
          @Override
          public EvidenceCondition answered(Condition.Answered leaf) {
            return new Answers(leaf);
          }

          @Override
          public EvidenceCondition is(Condition.Is leaf) {
            return new Answers(leaf);
          }

          @Override
          public EvidenceCondition includes(Condition.Includes leaf) {
            return new Answers(leaf);
          }

          @Override
          public EvidenceCondition chosenAtLeast(Condition.ChosenAtLeast leaf) {
            return new Answers(leaf);
          }

          @Override
          public EvidenceCondition codeIs(Condition.CodeIs leaf) {
            return new Answers(leaf);
          }

          @Override
          public EvidenceCondition all(Condition.All all) {
            return new All(
                all.operands().stream()
                    .map(EvidenceCondition::answers)
                    .collect(Collectors.toList()));
          }

          @Override
          public EvidenceCondition any(Condition.Any any) {
            return new Any(
                any.operands().stream()
                    .map(EvidenceCondition::answers)
                    .collect(Collectors.toList()));
          }

          @Override
          public EvidenceCondition not(Condition.Not not) {
            return new Not(answers(not.operand()));
          }
        });
  }

  /**
   * Holds when every operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  static EvidenceCondition all(EvidenceCondition... operands) {
    return new All(Arrays.asList(operands));
  }

  /**
   * Holds when every operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  static EvidenceCondition all(List<EvidenceCondition> operands) {
    return new All(operands);
  }

  /**
   * Holds when at least one operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  static EvidenceCondition any(EvidenceCondition... operands) {
    return new Any(Arrays.asList(operands));
  }

  /**
   * Holds when at least one operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  static EvidenceCondition any(List<EvidenceCondition> operands) {
    return new Any(operands);
  }

  /**
   * Holds when the operand does not.
   *
   * @param operand the condition
   * @return the condition
   */
  static EvidenceCondition not(EvidenceCondition operand) {
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
     * Visits {@code status = ...}.
     *
     * @param condition the condition
     * @return the result
     */
    R status(StatusIs condition);

    /**
     * Visits {@code plansDescribed}.
     *
     * @param condition the condition
     * @return the result
     */
    R plansDescribed(PlansDescribed condition);

    /**
     * Visits {@code hasDetails}.
     *
     * @param condition the condition
     * @return the result
     */
    R hasDetails(HasDetails condition);

    /**
     * Visits {@code anyDetailAnswered}.
     *
     * @param condition the condition
     * @return the result
     */
    R anyDetailAnswered(AnyDetailAnswered condition);

    /**
     * Visits {@code hasChecklist}.
     *
     * @param condition the condition
     * @return the result
     */
    R hasChecklist(HasChecklist condition);

    /**
     * Visits {@code coverage >= f}.
     *
     * @param condition the condition
     * @return the result
     */
    R coverageAtLeast(CoverageAtLeast condition);

    /**
     * Visits {@code hasSecondaryGates}.
     *
     * @param condition the condition
     * @return the result
     */
    R hasSecondaryGates(HasSecondaryGates condition);

    /**
     * Visits {@code allSecondaryGatesYes}.
     *
     * @param condition the condition
     * @return the result
     */
    R allSecondaryGatesYes(AllSecondaryGatesYes condition);

    /**
     * Visits a condition on one answer.
     *
     * @param condition the condition
     * @return the result
     */
    R answers(Answers condition);

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
   * {@code status = s}: the capability's status is the given one.
   *
   * @param status the status
   */
  record StatusIs(CapabilityStatus status) implements EvidenceCondition {
    /**
     * Creates the condition.
     *
     * @param status the status
     */
    public StatusIs {
      Objects.requireNonNull(status, "status");
    }

    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      return evidence.status() == status;
    }

    @Override
    public boolean readsEvidence() {
      return true;
    }

    @Override
    public List<Condition> answerConditions() {
      return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.status(this);
    }

    @Override
    public String toString() {
      return "status = " + status.id();
    }
  }

  /** {@code plansDescribed}: challenges or plans for the capability are described. */
  record PlansDescribed() implements EvidenceCondition {
    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      return evidence.plansDescribed();
    }

    @Override
    public boolean readsEvidence() {
      return true;
    }

    @Override
    public List<Condition> answerConditions() {
      return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.plansDescribed(this);
    }

    @Override
    public String toString() {
      return "plansDescribed";
    }
  }

  /** {@code hasDetails}: the instrument has detail questions for the capability. */
  record HasDetails() implements EvidenceCondition {
    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      return evidence.hasDetails();
    }

    @Override
    public boolean readsEvidence() {
      return true;
    }

    @Override
    public List<Condition> answerConditions() {
      return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.hasDetails(this);
    }

    @Override
    public String toString() {
      return "hasDetails";
    }
  }

  /** {@code anyDetailAnswered}: a detail question of the capability is answered. */
  record AnyDetailAnswered() implements EvidenceCondition {
    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      return evidence.anyDetailAnswered();
    }

    @Override
    public boolean readsEvidence() {
      return true;
    }

    @Override
    public List<Condition> answerConditions() {
      return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.anyDetailAnswered(this);
    }

    @Override
    public String toString() {
      return "anyDetailAnswered";
    }
  }

  /** {@code hasChecklist}: the instrument has a checklist for the capability. */
  record HasChecklist() implements EvidenceCondition {
    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      return evidence.hasChecklist();
    }

    @Override
    public boolean readsEvidence() {
      return true;
    }

    @Override
    public List<Condition> answerConditions() {
      return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.hasChecklist(this);
    }

    @Override
    public String toString() {
      return "hasChecklist";
    }
  }

  /**
   * {@code coverage >= f}: the capability has a checklist and its coverage reaches a fraction.
   *
   * @param fraction in (0, 1]
   */
  record CoverageAtLeast(double fraction) implements EvidenceCondition {
    /**
     * Creates the condition.
     *
     * @param fraction in (0, 1]
     */
    public CoverageAtLeast {
      if (!(fraction > 0 && fraction <= 1)) {
        throw new MnrException(
            "coverageAtLeast needs a fraction above 0 and at most 1, not " + fraction);
      }
    }

    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      // Compared in whole numbers, so that 0.5 of 11 options means 6, exactly.
      return evidence.hasChecklist()
          && evidence.checklistChosen() >= fraction * evidence.checklistOffered() - 1e-9;
    }

    @Override
    public boolean readsEvidence() {
      return true;
    }

    @Override
    public List<Condition> answerConditions() {
      return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.coverageAtLeast(this);
    }

    @Override
    public String toString() {
      return "coverage >= " + fraction;
    }
  }

  /** {@code hasSecondaryGates}: the instrument has secondary gates for the capability. */
  record HasSecondaryGates() implements EvidenceCondition {
    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      return evidence.hasSecondaryGates();
    }

    @Override
    public boolean readsEvidence() {
      return true;
    }

    @Override
    public List<Condition> answerConditions() {
      return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.hasSecondaryGates(this);
    }

    @Override
    public String toString() {
      return "hasSecondaryGates";
    }
  }

  /** {@code allSecondaryGatesYes}: every secondary gate of the capability is answered yes. */
  record AllSecondaryGatesYes() implements EvidenceCondition {
    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      return evidence.allSecondaryGatesYes();
    }

    @Override
    public boolean readsEvidence() {
      return true;
    }

    @Override
    public List<Condition> answerConditions() {
      return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.allSecondaryGatesYes(this);
    }

    @Override
    public String toString() {
      return "allSecondaryGatesYes";
    }
  }

  /**
   * A condition on one answer, such as {@code q10 = yes}.
   *
   * @param condition the leaf condition on answers
   */
  record Answers(Condition.Leaf condition) implements EvidenceCondition {
    /**
     * Creates the condition; {@link EvidenceCondition#answers(Condition)} takes any condition.
     *
     * @param condition the leaf condition on answers
     */
    public Answers {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      return condition.test(answers);
    }

    @Override
    public boolean readsEvidence() {
      return false;
    }

    @Override
    public List<Condition> answerConditions() {
      return List.of(condition);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.answers(this);
    }

    @Override
    public String toString() {
      return condition.toString();
    }
  }

  /**
   * {@code all(...)}: every operand holds.
   *
   * @param operands at least one condition
   */
  record All(List<EvidenceCondition> operands) implements EvidenceCondition {
    /**
     * Creates the condition.
     *
     * @param operands at least one condition
     */
    public All {
      operands = requireOperands("all", operands);
    }

    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      for (EvidenceCondition operand : operands) {
        if (!operand.test(evidence, answers)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean readsEvidence() {
      return operands.stream().anyMatch(EvidenceCondition::readsEvidence);
    }

    @Override
    public List<Condition> answerConditions() {
      return answerConditionsOf(operands);
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
  record Any(List<EvidenceCondition> operands) implements EvidenceCondition {
    /**
     * Creates the condition.
     *
     * @param operands at least one condition
     */
    public Any {
      operands = requireOperands("any", operands);
    }

    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      for (EvidenceCondition operand : operands) {
        if (operand.test(evidence, answers)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean readsEvidence() {
      return operands.stream().anyMatch(EvidenceCondition::readsEvidence);
    }

    @Override
    public List<Condition> answerConditions() {
      return answerConditionsOf(operands);
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
  record Not(EvidenceCondition operand) implements EvidenceCondition {
    /**
     * Creates the condition.
     *
     * @param operand the condition
     */
    public Not {
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
      return !operand.test(evidence, answers);
    }

    @Override
    public boolean readsEvidence() {
      return operand.readsEvidence();
    }

    @Override
    public List<Condition> answerConditions() {
      return operand.answerConditions();
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

  private static List<EvidenceCondition> requireOperands(
      String kind, List<EvidenceCondition> operands) {
    List<EvidenceCondition> copy = List.copyOf(operands);
    if (copy.isEmpty()) {
      throw new MnrException(kind + "(...) needs at least one condition");
    }
    return copy;
  }

  private static List<Condition> answerConditionsOf(List<EvidenceCondition> operands) {
    List<Condition> conditions = new ArrayList<>();
    operands.forEach(operand -> conditions.addAll(operand.answerConditions()));
    return List.copyOf(conditions);
  }

  private static String join(List<EvidenceCondition> operands) {
    return operands.stream().map(EvidenceCondition::toString).collect(Collectors.joining(", "));
  }
}
