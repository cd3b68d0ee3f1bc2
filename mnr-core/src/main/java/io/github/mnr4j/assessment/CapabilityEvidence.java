package io.github.mnr4j.assessment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a response says about one capability, gathered through the instrument's links: the
 * primary gate and its answer, the secondary gates, the detail questions answered, the checklist
 * coverage (options chosen over options offered; an "Other" option is not counted) and whether
 * plans are described. {@link #readings()} lists the answers read, for explanations. Made by an
 * {@link Assessor}.
 *
 * <pre>{@code
 * CapabilityEvidence legislation = assessment.evidence("legislation");
 * legislation.status();            // IN_PLACE (q16 = yes)
 * legislation.checklistChosen();   // 7
 * legislation.checklistOffered();  // 11
 * legislation.coverage();          // OptionalDouble[0.636...]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class CapabilityEvidence {
  CapabilityEvidence() {}

  /**
   * Returns the capability's id.
   *
   * @return the id
   */
  public abstract String capabilityId();

  /**
   * Returns the capability's status.
   *
   * @return in place, not in place or unknown
   */
  public abstract CapabilityStatus status();

  /**
   * Returns the primary gate question, if the instrument has one for the capability.
   *
   * @return the question id, such as {@code q7}
   */
  public abstract Optional<String> primaryGate();

  /**
   * Returns the secondary gate questions (q10 for leadership, q33 for image databases).
   *
   * @return question ids; possibly empty
   */
  public abstract List<String> secondaryGates();

  /**
   * Returns the secondary gate questions answered yes.
   *
   * @return question ids
   */
  public abstract List<String> secondaryGatesAnsweredYes();

  /**
   * Returns the detail questions of the capability.
   *
   * @return question ids; possibly empty
   */
  public abstract List<String> detailQuestions();

  /**
   * Returns the detail questions that are answered (enabled, not blank).
   *
   * @return question ids
   */
  public abstract List<String> answeredDetails();

  /**
   * Returns the checklist questions of the capability.
   *
   * @return question ids; possibly empty
   */
  public abstract List<String> checklistQuestions();

  /**
   * Returns how many checklist options are offered, "Other" options and exclusive options not
   * counted.
   *
   * @return the number offered
   */
  public abstract int checklistOffered();

  /**
   * Returns how many of the offered checklist options are chosen.
   *
   * @return the number chosen
   */
  public abstract int checklistChosen();

  /**
   * Returns the challenges questions that are answered (challenges, or plans underway).
   *
   * @return question ids
   */
  public abstract List<String> answeredChallenges();

  /**
   * Returns the answers read, for explanations, such as {@code q7 = yes},
   * {@code q17: 7 of 11 options}, {@code q8 answered}, {@code q10 unanswered}.
   *
   * @return readings, in the instrument's order
   */
  public abstract List<String> readings();

  /**
   * Tells whether challenges or plans for the capability are described.
   *
   * @return true if a challenges question of the capability is answered
   */
  public boolean plansDescribed() {
    return !answeredChallenges().isEmpty();
  }

  /**
   * Tells whether the instrument has detail questions for the capability.
   *
   * @return true if it has
   */
  public boolean hasDetails() {
    return !detailQuestions().isEmpty();
  }

  /**
   * Tells whether at least one detail question of the capability is answered.
   *
   * @return true if one is
   */
  public boolean anyDetailAnswered() {
    return !answeredDetails().isEmpty();
  }

  /**
   * Tells whether the instrument has a checklist for the capability.
   *
   * @return true if it offers checklist options
   */
  public boolean hasChecklist() {
    return checklistOffered() > 0;
  }

  /**
   * Returns the checklist coverage: options chosen over options offered.
   *
   * @return a fraction in [0, 1], or empty when the capability has no checklist
   */
  public OptionalDouble coverage() {
    return hasChecklist() ? OptionalDouble.of((double) checklistChosen() / checklistOffered())
        : OptionalDouble.empty();
  }

  /**
   * Tells whether the instrument has secondary gates for the capability.
   *
   * @return true if it has
   */
  public boolean hasSecondaryGates() {
    return !secondaryGates().isEmpty();
  }

  /**
   * Tells whether every secondary gate of the capability is answered yes.
   *
   * @return true if all are, and there is at least one
   */
  public boolean allSecondaryGatesYes() {
    return hasSecondaryGates() && secondaryGatesAnsweredYes().size() == secondaryGates().size();
  }

  @Override
  public String toString() {
    return "CapabilityEvidence[" + capabilityId() + ": " + status().id() + "; "
        + String.join("; ", readings()) + "]";
  }
}
