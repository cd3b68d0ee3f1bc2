package io.github.mnr4j.assessment;

import io.github.mnr4j.assessment.Assessor.Linked;
import io.github.mnr4j.assessment.Assessor.Links;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a response says about one capability, gathered through the instrument's links: the primary
 * gate and its answer, the secondary gates, the detail questions answered, the checklist coverage
 * (options chosen over options offered; an "Other" option is not counted) and whether plans are
 * described. {@link #readings()} lists the answers read, for explanations. Made by an {@link
 * Assessor}.
 *
 * <pre>{@code
 * CapabilityEvidence legislation = assessment.evidence("legislation");
 * legislation.primaryGateId();  // Optional[q16]
 * legislation.checklistOfferedCount();  // 11
 * legislation.readings();  // [q16 = yes, q17: 8 of 11 options, q18 answered]
 * }</pre>
 *
 * <p>The evidence is read from the assessed response when it is asked for: only the status is
 * worked out when the response is assessed. Two evidences are equal when every accessor returns
 * equal values.
 *
 * <p>Immutable and thread-safe.
 */
public final class CapabilityEvidence {
  private final Links links;
  private final Assessment assessment;
  private final CapabilityStatus status;

  CapabilityEvidence(Links links, Assessment assessment, CapabilityStatus status) {
    this.links = links;
    this.assessment = assessment;
    this.status = status;
  }

  /**
   * Returns the capability's id.
   *
   * @return the id
   */
  public String capabilityId() {
    return links.capabilityId;
  }

  /**
   * Returns the capability's status.
   *
   * @return in place, not in place or unknown
   */
  public CapabilityStatus status() {
    return status;
  }

  /**
   * Returns the primary gate question, if the instrument has one for the capability.
   *
   * @return the question id, such as {@code q7}
   */
  public Optional<String> primaryGateId() {
    return links.primaryGateId;
  }

  /**
   * Returns the secondary gate questions (q10 for leadership, q33 for image databases).
   *
   * @return question ids; possibly empty
   */
  public List<String> secondaryGateIds() {
    return links.secondaryGateIds;
  }

  /**
   * Returns the secondary gate questions answered yes.
   *
   * @return question ids
   */
  public List<String> secondaryGateIdsAnsweredYes() {
    List<String> yes = new ArrayList<>(links.secondaryGates.length);
    for (Linked gate : links.secondaryGates) {
      if (Assessor.verdict(gate.question, assessment.answer(gate)) == Verdict.AFFIRMS) {
        yes.add(gate.id());
      }
    }
    return Collections.unmodifiableList(yes);
  }

  /**
   * Returns the detail questions of the capability.
   *
   * @return question ids; possibly empty
   */
  public List<String> detailQuestionIds() {
    return links.detailIds;
  }

  /**
   * Returns the detail questions that are answered (enabled, not blank).
   *
   * @return question ids
   */
  public List<String> answeredDetailIds() {
    return answered(links.details);
  }

  /**
   * Returns the checklist questions of the capability.
   *
   * @return question ids; possibly empty
   */
  public List<String> checklistQuestionIds() {
    return links.checklistIds;
  }

  /**
   * Returns how many checklist options are offered, "Other" options and exclusive options not
   * counted.
   *
   * @return the number offered
   */
  public int checklistOfferedCount() {
    return links.offered;
  }

  /**
   * Returns how many of the offered checklist options are chosen.
   *
   * @return the number chosen
   */
  public int checklistChosenCount() {
    int chosen = 0;
    for (Linked checklist : links.checklists) {
      chosen += chosen(checklist);
    }
    return chosen;
  }

  /**
   * Returns the challenges questions that are answered (challenges, or plans underway).
   *
   * @return question ids
   */
  List<String> answeredChallengeIds() {
    return answered(links.challenges);
  }

  /**
   * Returns the answers read, for explanations, such as {@code q7 = yes}, {@code q17: 7 of 11
   * options}, {@code q8 answered}, {@code q10 unanswered}.
   *
   * @return readings, in the instrument's order
   */
  public List<String> readings() {
    List<String> readings = new ArrayList<>();
    if (links.primaryGate != null) {
      readings.add(gateReading(links.primaryGate));
    }
    for (Linked gate : links.secondaryGates) {
      readings.add(gateReading(gate));
    }
    for (Linked detail : links.details) {
      readings.add(answeredReading(detail));
    }
    for (Linked checklist : links.checklists) {
      readings.add(
          !assessment.isEnabled(checklist)
              ? checklist.id() + " disabled"
              : assessment.answer(checklist) == null
                  ? checklist.id() + " unanswered"
                  : checklist.id()
                      + ": "
                      + chosen(checklist)
                      + " of "
                      + offered(checklist)
                      + " options");
    }
    for (Linked challenge : links.challenges) {
      readings.add(answeredReading(challenge));
    }
    return Collections.unmodifiableList(readings);
  }

  /**
   * Tells whether challenges or plans for the capability are described.
   *
   * @return true if a challenges question of the capability is answered
   */
  public boolean hasPlansDescribed() {
    return !answeredChallengeIds().isEmpty();
  }

  /**
   * Tells whether at least one detail question of the capability is answered.
   *
   * @return true if one is
   */
  public boolean hasDetailAnswered() {
    return !answeredDetailIds().isEmpty();
  }

  /**
   * Tells whether every secondary gate of the capability is answered yes.
   *
   * @return true if all are, and there is at least one
   */
  public boolean hasAllSecondaryGatesYes() {
    return !secondaryGateIds().isEmpty()
        && secondaryGateIdsAnsweredYes().size() == secondaryGateIds().size();
  }

  @Override
  public String toString() {
    return "CapabilityEvidence["
        + capabilityId()
        + ": "
        + status().id()
        + "; "
        + String.join("; ", readings())
        + "]";
  }

  /** A gate's reading: {@code q7 = yes}, {@code q7 unanswered}, {@code q8 disabled}. */
  private String gateReading(Linked gate) {
    return assessment.isEnabled(gate)
        ? Assessor.gateReading(gate.question, assessment.answer(gate))
        : gate.id() + " disabled";
  }

  private String answeredReading(Linked question) {
    return question.id()
        + (!assessment.isEnabled(question)
            ? " disabled"
            : answered(question) ? " answered" : " unanswered");
  }

  private boolean answered(Linked question) {
    Answer answer = assessment.answer(question);
    return answer != null && !answer.isBlank();
  }

  private List<String> answered(Linked[] questions) {
    List<String> answered = new ArrayList<>(questions.length);
    for (Linked question : questions) {
      if (answered(question)) {
        answered.add(question.id());
      }
    }
    return Collections.unmodifiableList(answered);
  }

  /** The substantive options of a checklist that the answer chooses. */
  private int chosen(Linked checklist) {
    Answer answer = assessment.answer(checklist);
    if (answer == null) {
      return 0;
    }
    int chosen = 0;
    for (Option option : checklist.question.options()) {
      if (Assessor.counted(option) && answer.chosen().contains(option.id())) {
        chosen++;
      }
    }
    return chosen;
  }

  private static int offered(Linked checklist) {
    return (int) checklist.question.options().stream().filter(Assessor::counted).count();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CapabilityEvidence that)) {
      return false;
    }

    return capabilityId().equals(that.capabilityId())
        && status == that.status
        && primaryGateId().equals(that.primaryGateId())
        && secondaryGateIds().equals(that.secondaryGateIds())
        && secondaryGateIdsAnsweredYes().equals(that.secondaryGateIdsAnsweredYes())
        && detailQuestionIds().equals(that.detailQuestionIds())
        && answeredDetailIds().equals(that.answeredDetailIds())
        && checklistQuestionIds().equals(that.checklistQuestionIds())
        && checklistOfferedCount() == that.checklistOfferedCount()
        && checklistChosenCount() == that.checklistChosenCount()
        && answeredChallengeIds().equals(that.answeredChallengeIds())
        && readings().equals(that.readings());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        capabilityId(),
        status,
        secondaryGateIdsAnsweredYes(),
        answeredDetailIds(),
        checklistChosenCount(),
        answeredChallengeIds(),
        readings());
  }
}
