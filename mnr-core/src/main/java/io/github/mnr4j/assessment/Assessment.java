package io.github.mnr4j.assessment;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessor.Linked;
import io.github.mnr4j.assessment.Assessor.Links;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Enablement;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.ValidationReport;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The evidence a response gives for every capability of a framework, in the framework's order, with
 * the enabled answers it was read from (answers to disabled questions are left out: they are not
 * evidence). Made by an {@link Assessor}; read by scoring models.
 *
 * <pre>{@code
 * Assessment assessment = Assessor.of(survey).assess(response);
 * assessment.evidence("child-helpline").status();          // IN_PLACE
 * // capabilities with no answer
 * assessment.capabilityIds(CapabilityStatus.UNKNOWN);
 * // which are not in place
 * assessment.capabilityIds(CapabilityStatus.NOT_IN_PLACE);
 * }</pre>
 *
 * <p>Two assessments are equal when they are of the same instrument, framework and jurisdiction and
 * their evidence and enabled answers are equal.
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessment {
  private final Assessor assessor;
  private final Response response;

  /** Worked out when first needed; a race makes equal enablements, so either may win. */
  private volatile @Nullable Enablement enablement;

  private final CapabilityStatus[] statuses;
  private final List<CapabilityStatus> statusList;
  private final Map<String, Answer> answers = new EnabledAnswers();

  /** Made when first asked for; a race makes equal lists, so that either may win. */
  private volatile @Nullable List<CapabilityEvidence> evidence;

  /** Made when first asked for, as the evidence is. */
  private volatile @Nullable ValidationReport validation;

  Assessment(
      Assessor assessor,
      Response response,
      @Nullable Enablement enablement,
      CapabilityStatus[] statuses) {
    this.assessor = assessor;
    this.response = response;
    this.enablement = enablement;
    this.statuses = statuses;
    this.statusList = List.of(statuses);
  }

  /**
   * Returns the reference of the instrument the response answered.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  public String instrumentReference() {
    return response.instrumentReference();
  }

  /**
   * Returns the framework assessed against.
   *
   * @return the framework
   */
  public Framework framework() {
    return assessor.instrument().framework();
  }

  /**
   * Returns who the response speaks for.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return response.jurisdiction();
  }

  /**
   * Returns the status of the response assessed: a draft or a completed response.
   *
   * @return the response's status
   */
  public ResponseStatus responseStatus() {
    return response.status();
  }

  /**
   * Returns the day the response assessed was received, if it says.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> responseReceivedOn() {
    return response.receivedOn();
  }

  /**
   * Returns the evidence for each capability of the framework, in its order.
   *
   * @return one entry per capability
   */
  public List<CapabilityEvidence> capabilities() {
    List<CapabilityEvidence> evidence = this.evidence;
    if (evidence == null) {
      Links[] links = assessor.links();
      CapabilityEvidence[] all = new CapabilityEvidence[links.length];
      for (int c = 0; c < all.length; c++) {
        all[c] = new CapabilityEvidence(links[c], this, statuses[c]);
      }
      evidence = List.of(all);
      this.evidence = evidence;
    }
    return evidence;
  }

  /**
   * Returns each capability's status, in the framework's order: the part of the evidence that
   * tallies read.
   *
   * @return one status per capability, an immutable list
   */
  public List<CapabilityStatus> statuses() {
    return statusList;
  }

  /**
   * Returns the validation of the response assessed: an invalid response is assessed as far as its
   * answers go, and whatever counts or scores it says so from this report ({@link
   * io.github.mnr4j.survey.InvalidResponses}).
   *
   * @return the report of the instrument's validator
   */
  public ValidationReport validation() {
    ValidationReport made = validation;
    if (made == null) {
      made = assessor.validator().validate(response);
      validation = made;
    }
    return made;
  }

  /**
   * Returns the enabled answers, by question id, that scoring criteria may read: answers to
   * questions of the instrument that no skip rule disables, leaving out those that ask for personal
   * data (q2), which are never evidence.
   *
   * @return the answers, an immutable map
   */
  public Map<String, Answer> answers() {
    return answers;
  }

  /**
   * Returns the evidence for a capability.
   *
   * @param capabilityId a capability id of the framework
   * @return the evidence
   * @throws MnrException naming the id and the known ids if the framework has no such capability
   */
  public CapabilityEvidence evidence(String capabilityId) {
    return findEvidence(capabilityId)
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown(
                        "capability",
                        capabilityId,
                        "framework '" + framework().id() + "'",
                        framework().capabilities().stream()
                            .map(Capability::id)
                            .collect(toUnmodifiableList()))));
  }

  /**
   * Looks up the evidence for a capability.
   *
   * @param capabilityId a capability id
   * @return the evidence, or empty if the framework has no such capability
   */
  public Optional<CapabilityEvidence> findEvidence(String capabilityId) {
    return framework()
        .findCapability(capabilityId)
        .map(c -> capabilities().get(framework().capabilities().indexOf(c)));
  }

  /**
   * Returns the ids of the capabilities with a status, in the framework's order.
   *
   * @param status the status
   * @return capability ids, an immutable list
   */
  public List<String> capabilityIds(CapabilityStatus status) {
    List<String> ids = new ArrayList<>();
    for (int c = 0; c < statuses.length; c++) {
      if (statuses[c] == status) {
        ids.add(framework().capabilities().get(c).id());
      }
    }
    return List.copyOf(ids);
  }

  /** The answer to a linked question, or null when it is unanswered or disabled. */
  @Nullable Answer answer(Linked question) {
    return Assessor.answer(enablement(), question);
  }

  /** Whether no skip rule disables a linked question in this response. */
  boolean isEnabled(Linked question) {
    return enablement().isEnabled(question.id());
  }

  private Enablement enablement() {
    Enablement made = enablement;
    if (made == null) {
      made = assessor.validator().enablement(response);
      enablement = made;
    }
    return made;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Assessment that)) {
      return false;
    }

    return instrumentReference().equals(that.instrumentReference())
        && framework().equals(that.framework())
        && jurisdiction().equals(that.jurisdiction())
        && capabilities().equals(that.capabilities())
        && answers.equals(that.answers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrumentReference(), jurisdiction(), statusList, answers);
  }

  @Override
  public String toString() {
    return "Assessment["
        + jurisdiction()
        + ", "
        + Messages.clip(instrumentReference())
        + ": "
        + capabilityIds(CapabilityStatus.IN_PLACE).size()
        + " in place, "
        + capabilityIds(CapabilityStatus.NOT_IN_PLACE).size()
        + " not in place, "
        + capabilityIds(CapabilityStatus.UNKNOWN).size()
        + " unknown]";
  }

  /**
   * The response's answers to enabled questions of the instrument, as a read-only view: a look-up
   * costs one look-up in the response and one in the instrument, and nothing is copied unless the
   * entries are listed.
   */
  private final class EnabledAnswers extends AbstractMap<String, Answer> {
    private @Nullable Map<String, Answer> entries;

    @Override
    public @Nullable Answer get(@Nullable Object key) {
      return key instanceof String id && assessor.isEvidence(id)
          ? enablement().enabledAnswers().get(id)
          : null;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return get(key) != null;
    }

    private boolean enabled(String questionId) {
      return assessor.isEvidence(questionId) && enablement().isEnabled(questionId);
    }

    @Override
    public Set<Entry<String, Answer>> entrySet() {
      Map<String, Answer> entries = this.entries;
      if (entries == null) {
        Map<String, Answer> enabled = new LinkedHashMap<>();
        response
            .answers()
            .forEach(
                (id, answer) -> {
                  if (enabled(id)) {
                    enabled.put(id, answer);
                  }
                });
        entries = Collections.unmodifiableMap(enabled);
        this.entries = entries;
      }
      return entries.entrySet();
    }
  }
}
