package io.github.mnr4j.scoring;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of scoring one assessment with one model: per capability the status, level, value and
 * reason; per domain and overall the value and the rule that aggregated it. Capability values are
 * in [0, 1]; domain and overall values are on the card's {@link #scale()} (1, or 100 for an index).
 *
 * <pre>{@code
 * Scorecard card = ScoringModels.staged().score(assessment);
 * System.out.print(card.toTable().toText());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Scorecard {
  Scorecard() {}

  /**
   * Returns the id of the model that scored.
   *
   * @return such as {@code staged}
   */
  @Value.Parameter
  public abstract String modelId();

  /**
   * Returns the reference of the instrument the assessed response answered.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  @Value.Parameter
  public abstract String instrumentReference();

  /**
   * Returns who the scores are about.
   *
   * @return the jurisdiction
   */
  @Value.Parameter
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the largest value domains and overall can take: 1, or 100 for an index.
   *
   * @return the scale
   */
  @Value.Parameter
  public abstract double scale();

  /**
   * Returns the capability scores, in the framework's order.
   *
   * @return the scores
   */
  @Value.Parameter
  public abstract List<CapabilityScore> capabilities();

  /**
   * Returns the domain scores, in the framework's order.
   *
   * @return the scores
   */
  @Value.Parameter
  public abstract List<AggregateScore> domains();

  /**
   * Returns the overall score.
   *
   * @return the score, id {@code overall}
   */
  @Value.Parameter
  public abstract AggregateScore overall();

  /**
   * Returns whether the response scored had validation errors, and of which kinds: it is scored as
   * far as its answers go, and the card's table says so.
   *
   * @return the summary of the one response; empty when it was valid
   */
  @Value.Parameter
  public abstract InvalidResponses invalidResponses();

  /**
   * Creates a scorecard, for readers of stored scorecards; a model of one's own finishes its card
   * with {@link #aggregate}.
   *
   * @param modelId the id of the model that scored it
   * @param instrumentReference the reference of the instrument the response answered
   * @param jurisdiction the jurisdiction scored
   * @param scale the value a capability at its best is worth
   * @param capabilities one score per capability of the framework, in its order
   * @param domains one score per domain, in its order
   * @param overall the overall score
   * @param invalidResponses whether the response had validation errors
   * @return the scorecard
   */
  public static Scorecard of(
      String modelId,
      String instrumentReference,
      Jurisdiction jurisdiction,
      double scale,
      List<CapabilityScore> capabilities,
      List<AggregateScore> domains,
      AggregateScore overall,
      InvalidResponses invalidResponses) {
    return ImmutableScorecard.of(
        modelId,
        instrumentReference,
        jurisdiction,
        scale,
        capabilities,
        domains,
        overall,
        invalidResponses);
  }

  /**
   * Returns a capability's score.
   *
   * @param capabilityId a capability id
   * @return the score
   * @throws MnrException naming the id and the known ids if the card has no such capability
   */
  public CapabilityScore capability(String capabilityId) {
    return findCapability(capabilityId)
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown(
                        "capability",
                        capabilityId,
                        "this scorecard",
                        capabilities().stream()
                            .map(CapabilityScore::capabilityId)
                            .collect(toUnmodifiableList()))));
  }

  /**
   * Looks up a capability's score.
   *
   * @param capabilityId a capability id
   * @return the score, or empty
   */
  public Optional<CapabilityScore> findCapability(String capabilityId) {
    return capabilities().stream().filter(c -> c.capabilityId().equals(capabilityId)).findFirst();
  }

  /**
   * Returns a domain's score.
   *
   * @param domainId a domain id
   * @return the score
   * @throws MnrException naming the id and the known ids if the card has no such domain
   */
  public AggregateScore domain(String domainId) {
    return findDomain(domainId)
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown(
                        "domain",
                        domainId,
                        "this scorecard",
                        domains().stream().map(AggregateScore::id).collect(toUnmodifiableList()))));
  }

  /**
   * Looks up a domain's score.
   *
   * @param domainId a domain id
   * @return the score, or empty
   */
  public Optional<AggregateScore> findDomain(String domainId) {
    return domains().stream().filter(d -> d.id().equals(domainId)).findFirst();
  }

  /**
   * Builds a scorecard from capability scores, aggregating them into domains and overall by a rule:
   * this is how a model of one's own in Java finishes its card.
   *
   * @param modelId the model's id
   * @param assessment the assessment scored
   * @param capabilities one score per capability of the framework, in its order
   * @param rule how the values combine
   * @return the scorecard
   * @throws MnrException if the scores do not follow the framework's capabilities in order
   */
  public static Scorecard aggregate(
      String modelId,
      Assessment assessment,
      List<CapabilityScore> capabilities,
      AggregationRule rule) {
    return rule.compile(assessment.framework()).card(modelId, assessment, capabilities);
  }

  /** What a table says of an aggregate with too few capabilities known for a value. */
  private static final String INSUFFICIENT =
      "insufficient evidence: too few capabilities" + " known for a value";

  /**
   * Returns the card as a table: one row per capability (status, level, value, reason), then one
   * per domain and the overall value (value, and how many of the parts below are known). Its title
   * names the jurisdiction, instrument and model.
   *
   * @return the table
   */
  public TextTable toTable() {
    int decimals = aggregateDecimals();
    List<List<String>> rows = new ArrayList<>();
    for (CapabilityScore score : capabilities()) {
      rows.add(
          List.of(
              score.capabilityId(),
              score.status().id(),
              score.level().map(Level::id).orElse("-"),
              format(score.value(), CAPABILITY_DECIMALS),
              "",
              score.reason()));
    }
    for (AggregateScore domain : domains()) {
      rows.add(
          List.of(
              domain.id(),
              "",
              "",
              format(domain.value(), decimals),
              domain.knownCount() + " of " + domain.partCount(),
              domain.value().isPresent() ? "" : INSUFFICIENT));
    }
    rows.add(
        List.of(
            "overall",
            "",
            "",
            format(overall().value(), decimals),
            overall().knownCount() + " of " + overall().partCount(),
            overall().value().isPresent() ? overall().rule() : INSUFFICIENT));
    return TextTable.of(List.of("part", "status", "level", "value", "known", "reason"), rows)
        .withTitle(
            "Scorecard of "
                + jurisdiction()
                + " ("
                + Messages.clip(instrumentReference())
                + "), model "
                + modelId())
        .withNotes(notes());
  }

  /**
   * How many decimals the domain and overall values are printed with: one on a scale above 1 (a
   * points model's), two otherwise, as capability values are.
   */
  int aggregateDecimals() {
    return scale() > 1 ? 1 : CAPABILITY_DECIMALS;
  }

  /** The notes of the card's table: validation errors, synthetic data. */
  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (!invalidResponses().isEmpty()) {
      notes.add("Scored as far as its answers go: " + invalidResponses().summary() + ".");
    }
    if (jurisdiction().isSynthetic()) {
      notes.add(Jurisdiction.SYNTHETIC_NOTE);
    }
    return notes;
  }

  private static String format(OptionalDouble value, int decimals) {
    return value.isPresent() ? rounded(value.getAsDouble(), decimals) : "-";
  }

  /** How many decimals capability values are printed with. */
  static final int CAPABILITY_DECIMALS = 2;

  /** The value rounded as printed in text and tables (the JSON scorecard holds it exactly). */
  static String rounded(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  @Override
  public String toString() {
    return "Scorecard["
        + modelId()
        + ", "
        + jurisdiction()
        + ": overall "
        + format(overall().value(), 3)
        + "]";
  }
}
