package io.github.mnr4j.assessment;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Jurisdiction;
import org.immutables.value.Value;

/**
 * The evidence a response gives for every capability of a framework, in the framework's order,
 * with the enabled answers it was read from (answers to disabled questions are left out: they
 * are not evidence). Made by an {@link Assessor}; read by scoring models.
 *
 * <pre>{@code
 * Assessment assessment = Assessor.of(survey).assess(response);
 * assessment.evidence("child-helpline").status();   // IN_PLACE
 * assessment.count(CapabilityStatus.UNKNOWN);       // capabilities with no answer to go on
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
  public abstract ImmutableList<CapabilityEvidence> capabilities();

  /**
   * Returns the enabled answers, by question id, that scoring criteria may read.
   *
   * @return the answers
   */
  public abstract ImmutableMap<String, Answer> answers();

  /**
   * Returns a builder, for assessments of one's own making.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the evidence for a capability.
   *
   * @param capabilityId a capability id of the framework
   * @return the evidence
   * @throws MnrException naming the id if the framework has no such capability
   */
  public CapabilityEvidence evidence(String capabilityId) {
    return capabilities().stream().filter(c -> c.capabilityId().equals(capabilityId))
        .findFirst().orElseThrow(() -> new MnrException("unknown capability '" + capabilityId
            + "' in framework '" + framework().id() + "'"));
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
   * Returns the capabilities with a status, in the framework's order.
   *
   * @param status the status
   * @return their ids
   */
  public ImmutableList<String> withStatus(CapabilityStatus status) {
    return capabilities().stream().filter(c -> c.status() == status)
        .map(CapabilityEvidence::capabilityId).collect(toImmutableList());
  }

  @Value.Check
  void check() {
    ImmutableList<String> ids = capabilities().stream().map(CapabilityEvidence::capabilityId)
        .collect(toImmutableList());
    ImmutableList<String> expected = framework().capabilities().stream()
        .map(c -> c.id()).collect(toImmutableList());
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

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
