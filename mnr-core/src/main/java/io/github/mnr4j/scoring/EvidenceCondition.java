package io.github.mnr4j.scoring;

import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Condition;
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
 * EvidenceCondition.statusIs(CapabilityStatus.IN_PLACE);  // status = in-place
 * EvidenceCondition.any(
 *     EvidenceCondition.not(EvidenceCondition.holds(EvidenceCondition.Fact.HAS_CHECKLIST)),
 *     EvidenceCondition.coverageAtLeast(0.5));  // any(not(...), ...)
 * EvidenceCondition.answers(Condition.is("q10", "yes"));  // q10 = yes
 * }</pre>
 *
 * <p>Each kind is a record of its parts; the interface is sealed, so that code reading a condition
 * (a JSON writer, a model editor) handles every kind with {@code instanceof}. Testing never throws.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface EvidenceCondition
    permits EvidenceCondition.StatusIs,
        EvidenceCondition.Holds,
        EvidenceCondition.CoverageAtLeast,
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
  default boolean test(CapabilityEvidence evidence, Map<String, Answer> answers) {
    return EvidenceConditions.test(this, evidence, answers);
  }

  /**
   * Holds when the capability has the status.
   *
   * @param status the status
   * @return the condition
   */
  static EvidenceCondition statusIs(CapabilityStatus status) {
    return new StatusIs(status);
  }

  /**
   * Holds when a fact of the capability's evidence holds: plans are described, it has detail
   * questions and one is answered, it has a checklist, it has secondary gates and all are yes.
   *
   * @param fact the fact, such as {@link Fact#PLANS_DESCRIBED}
   * @return the condition
   */
  static EvidenceCondition holds(Fact fact) {
    return new Holds(fact);
  }

  /**
   * Holds when the checklist's coverage is at least a fraction of the areas offered.
   *
   * @param fraction above 0, at most 1
   * @return the condition
   */
  static EvidenceCondition coverageAtLeast(double fraction) {
    return new CoverageAtLeast(fraction);
  }

  /**
   * Holds when a condition on the answers holds: {@code all}, {@code any} and {@code not} of answer
   * conditions become those of evidence conditions, each leaf an {@link Answers}.
   *
   * @param condition the condition on answers
   * @return the condition
   */
  static EvidenceCondition answers(Condition condition) {
    if (condition instanceof Condition.Leaf leaf) {
      return new Answers(leaf);
    }
    if (condition instanceof Condition.All all) {
      return new All(all.operands().stream().map(EvidenceCondition::answers).toList());
    }
    if (condition instanceof Condition.Any any) {
      return new Any(any.operands().stream().map(EvidenceCondition::answers).toList());
    }
    return new Not(answers(((Condition.Not) condition).operand()));
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
   * Holds when at least one operand holds.
   *
   * @param operands at least one condition
   * @return the condition
   */
  static EvidenceCondition any(EvidenceCondition... operands) {
    return new Any(Arrays.asList(operands));
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
   * What a capability's evidence tells without a parameter, each read by {@link #holds(Fact)}; its
   * id is how model documents and expressions write the condition.
   */
  enum Fact implements Identified {
    /** Plans are described: {@link CapabilityEvidence#hasPlansDescribed()}. */
    PLANS_DESCRIBED("plansDescribed"),
    /** The capability has detail questions: {@link CapabilityEvidence#detailQuestionIds()}. */
    HAS_DETAILS("hasDetails"),
    /** A detail question is answered: {@link CapabilityEvidence#hasDetailAnswered()}. */
    ANY_DETAIL_ANSWERED("anyDetailAnswered"),
    /** The capability has a checklist: {@link CapabilityEvidence#checklistQuestionIds()}. */
    HAS_CHECKLIST("hasChecklist"),
    /** The capability has secondary gates: {@link CapabilityEvidence#secondaryGateIds()}. */
    HAS_SECONDARY_GATES("hasSecondaryGates"),
    /** Every secondary gate is yes: {@link CapabilityEvidence#hasAllSecondaryGatesYes()}. */
    ALL_SECONDARY_GATES_YES("allSecondaryGatesYes");

    private final String id;

    Fact(String id) {
      this.id = id;
    }

    /**
     * Returns the fact's id, as model documents and expressions write it.
     *
     * @return such as {@code plansDescribed}
     */
    @Override
    public String id() {
      return id;
    }
  }

  /**
   * {@code status = s}: the capability has the status.
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
    public String toString() {
      return "status = " + status.id();
    }
  }

  /**
   * A fact of the evidence holds, such as {@code plansDescribed}.
   *
   * @param fact the fact
   */
  record Holds(Fact fact) implements EvidenceCondition {
    /**
     * Creates the condition.
     *
     * @param fact the fact
     */
    public Holds {
      Objects.requireNonNull(fact, "fact");
    }

    @Override
    public String toString() {
      return fact.id();
    }
  }

  /**
   * {@code coverage >= f}: the checklist's coverage is at least a fraction.
   *
   * @param fraction above 0, at most 1
   */
  record CoverageAtLeast(double fraction) implements EvidenceCondition {
    /**
     * Creates the condition.
     *
     * @param fraction above 0, at most 1
     */
    public CoverageAtLeast {
      if (!(fraction > 0 && fraction <= 1)) {
        throw new MnrException(
            "coverageAtLeast needs a fraction above 0 and at most 1, not " + fraction);
      }
    }

    @Override
    public String toString() {
      return "coverage >= " + fraction;
    }
  }

  /**
   * A condition on one question's answer, as the instrument's condition language writes it.
   *
   * @param condition the answer condition
   */
  record Answers(Condition.Leaf condition) implements EvidenceCondition {
    /**
     * Creates the condition.
     *
     * @param condition the answer condition
     */
    public Answers {
      Objects.requireNonNull(condition, "condition");
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

  private static String join(List<EvidenceCondition> operands) {
    return operands.stream().map(EvidenceCondition::toString).collect(Collectors.joining(", "));
  }
}
