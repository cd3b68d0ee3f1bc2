package io.github.mnr4j.assessment;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evidence a response gives for every capability of a framework, in the framework's order,
 * with the enabled answers it was read from (answers to disabled questions are left out: they
 * are not evidence). Made by an {@link Assessor}; read by scoring models.
 *
 * <pre>{@code
 * Assessment assessment = Assessor.of(survey).assess(response);
 * assessment.evidence("child-helpline").status();          // IN_PLACE
 * assessment.count(CapabilityStatus.UNKNOWN);              // capabilities with no answer
 * assessment.capabilityIds(CapabilityStatus.NOT_IN_PLACE); // which are not in place
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Assessment {
  Assessment() {}

  /**
   * Returns the reference of the instrument the response answered.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  public abstract String instrument();

  /**
   * Returns the framework assessed against.
   *
   * @return the framework
   */
  public abstract Framework framework();

  /**
   * Returns who the response speaks for.
   *
   * @return the jurisdiction
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the evidence for each capability of the framework, in its order.
   *
   * @return one entry per capability
   */
  public abstract List<CapabilityEvidence> capabilities();

  /**
   * Returns the enabled answers, by question id, that scoring criteria may read.
   *
   * @return the answers, an immutable map
   */
  public abstract Map<String, Answer> answers();

  /**
   * Returns the evidence for a capability.
   *
   * @param capabilityId a capability id of the framework
   * @return the evidence
   * @throws MnrException naming the id and the known ids if the framework has no such
   *     capability
   */
  public CapabilityEvidence evidence(String capabilityId) {
    return findEvidence(capabilityId).orElseThrow(() -> Messages.unknown("capability",
        capabilityId, "framework '" + framework().id() + "'",
        framework().capabilities().stream().map(Capability::id).collect(toUnmodifiableList())));
  }

  /**
   * Looks up the evidence for a capability.
   *
   * @param capabilityId a capability id
   * @return the evidence, or empty if the framework has no such capability
   */
  public Optional<CapabilityEvidence> findEvidence(String capabilityId) {
    return framework().findCapability(capabilityId)
        .map(c -> capabilities().get(framework().capabilities().indexOf(c)));
  }

  /**
   * Counts the capabilities with a status.
   *
   * @param status the status
   * @return how many have it
   */
  public int count(CapabilityStatus status) {
    return (int) capabilities().stream().filter(c -> c.status() == status).count();
  }

  /**
   * Returns the ids of the capabilities with a status, in the framework's order.
   *
   * @param status the status
   * @return capability ids, an immutable list
   */
  public List<String> capabilityIds(CapabilityStatus status) {
    return capabilities().stream().filter(c -> c.status() == status)
        .map(CapabilityEvidence::capabilityId).collect(toUnmodifiableList());
  }

  @Value.Check
  void check() {
    List<String> ids = capabilities().stream().map(CapabilityEvidence::capabilityId)
        .collect(toUnmodifiableList());
    List<String> expected = framework().capabilities().stream()
        .map(Capability::id).collect(toUnmodifiableList());
    if (!ids.equals(expected)) {
      throw new MnrException("an assessment holds evidence for each capability of framework '"
          + framework().id() + "' in its order " + expected + ", not " + ids);
    }
  }

  @Override
  public String toString() {
    return "Assessment[" + jurisdiction() + ", " + instrument() + ": "
        + count(CapabilityStatus.IN_PLACE) + " in place, "
        + count(CapabilityStatus.NOT_IN_PLACE) + " not in place, "
        + count(CapabilityStatus.UNKNOWN) + " unknown]";
  }
}
