package io.github.mnr4j.assessment;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.survey.Condition;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a response says about one capability, gathered through the instrument's links: the
 * primary gate and its answer, the secondary gates, the detail questions answered, the checklist
 * coverage (options chosen over options offered; an "Other" option is not counted) and whether
 * plans are described. {@link #readings()} lists the answers read, for explanations.
 *
 * <pre>{@code
 * CapabilityEvidence legislation = assessment.evidence("legislation");
 * legislation.status();            // IN_PLACE (q16 = yes)
 * legislation.checklistChosen();   // 7
 * legislation.checklistOffered();  // 11
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class CapabilityEvidence implements Condition.Evidence {
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
  public abstract ImmutableList<String> secondaryGates();

  /**
   * Returns the secondary gates answered yes.
   *
   * @return question ids
   */
  public abstract ImmutableList<String> secondaryGatesAnsweredYes();

  /**
   * Returns the detail questions of the capability.
   *
   * @return question ids; possibly empty
   */
  public abstract ImmutableList<String> detailQuestions();

  /**
   * Returns the detail questions that are answered (enabled, not blank).
   *
   * @return question ids
   */
  public abstract ImmutableList<String> detailsAnswered();

  /**
   * Returns the checklist questions of the capability.
   *
   * @return question ids; possibly empty
   */
  public abstract ImmutableList<String> checklistQuestions();

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
  public abstract ImmutableList<String> plansAnswered();

  /**
   * Returns the answers read, for explanations, such as {@code q7 = yes},
   * {@code q17: 7 of 11 options}, {@code q8 answered}, {@code q10 unanswered}.
   *
   * @return readings, in the instrument's order
   */
  public abstract ImmutableList<String> readings();

  @Override
  public String statusId() {
    return status().id();
  }

  @Override
  public boolean plansDescribed() {
    return !plansAnswered().isEmpty();
  }

  @Override
  public boolean hasDetails() {
    return !detailQuestions().isEmpty();
  }

  @Override
  public boolean detailAnswered() {
    return !detailsAnswered().isEmpty();
  }

  @Override
  public boolean hasChecklist() {
    return checklistOffered() > 0;
  }

  @Override
  public double coverage() {
    return checklistOffered() == 0 ? 0 : (double) checklistChosen() / checklistOffered();
  }

  @Override
  public boolean hasSecondaryGates() {
    return !secondaryGates().isEmpty();
  }

  @Override
  public boolean secondaryGatesYes() {
    return hasSecondaryGates() && secondaryGatesAnsweredYes().size() == secondaryGates().size();
  }

  /**
   * Returns a builder, for assessments of one's own making; {@link Assessor} builds them from
   * responses.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "CapabilityEvidence[" + capabilityId() + ": " + status().id() + "; "
        + String.join("; ", readings()) + "]";
  }

  /** Builds a {@link CapabilityEvidence}. */
  public static final class Builder extends ImmutableCapabilityEvidence.Builder {
    Builder() {}
  }
}
