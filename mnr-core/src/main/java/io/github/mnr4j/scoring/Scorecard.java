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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
   * Returns how sure each level and score is under the model's uncertain parameters, when the card
   * was made by {@link LevelStability#score}: the stability of this card's jurisdiction alone.
   *
   * @return the stability; empty for a card of the model as written alone
   */
  public abstract Optional<Stability> stability();

  /**
   * Returns a copy that carries how sure each level and score is, for readers of stored scorecards;
   * {@link LevelStability#score} makes such cards from an assessment.
   *
   * @param stability the stability of this card's jurisdiction alone, under this card's model
   * @return the copy
   * @throws MnrException naming what differs if the stability is of another model, jurisdiction,
   *     instrument, capabilities or levels as written
   */
  public Scorecard withStability(Stability stability) {
    return ImmutableScorecard.builder()
        .modelId(modelId())
        .instrumentReference(instrumentReference())
        .jurisdiction(jurisdiction())
        .scale(scale())
        .addAllCapabilities(capabilities())
        .addAllDomains(domains())
        .overall(overall())
        .invalidResponses(invalidResponses())
        .stability(stability)
        .build();
  }

  @Value.Check
  void check() {
    if (stability().isEmpty()) {
      return;
    }
    Stability stability = stability().get();
    String problem = null;
    if (!stability.modelId().equals(modelId())) {
      problem = "is of model '" + stability.modelId() + "'";
    } else if (stability.entries().size() != 1
        || !stability.entries().get(0).jurisdictionId().equals(jurisdiction().id())) {
      problem =
          "is of "
              + stability.entries().stream()
                  .map(Stability.JurisdictionLevels::jurisdictionId)
                  .collect(toUnmodifiableList())
              + ", not of this card's jurisdiction alone";
    } else if (!stability.instrumentCounts().equals(Map.of(instrumentReference(), 1))) {
      problem = "is of responses to " + stability.instrumentCounts().keySet();
    } else if (stability.isSynthetic() != jurisdiction().isSynthetic()) {
      problem =
          "says its jurisdiction's data are "
              + (stability.isSynthetic() ? "synthetic" : "not synthetic")
              + ", where the card says "
              + (jurisdiction().isSynthetic() ? "synthetic" : "not synthetic");
    } else if (!stability.invalidResponses().equals(invalidResponses())) {
      problem =
          "has "
              + stability.invalidResponses().summary()
              + ", where the card has "
              + invalidResponses().summary();
    } else {
      problem = differences(stability.entries().get(0));
    }
    if (problem != null) {
      throw new MnrException(
          "the stability given to the scorecard of "
              + jurisdiction().id()
              + " under model '"
              + modelId()
              + "' "
              + problem);
    }
  }

  /** How the stability's parts differ from the card's, or null if they match. */
  private @Nullable String differences(Stability.JurisdictionLevels entry) {
    List<String> capabilityIds =
        capabilities().stream().map(CapabilityScore::capabilityId).collect(toUnmodifiableList());
    List<String> theirs =
        entry.capabilities().stream()
            .map(Stability.CapabilityLevels::capabilityId)
            .collect(toUnmodifiableList());
    if (!theirs.equals(capabilityIds)) {
      return "has capabilities " + theirs + ", not " + capabilityIds;
    }
    List<String> aggregateIds = new ArrayList<>();
    domains().forEach(domain -> aggregateIds.add(domain.id()));
    aggregateIds.add(overall().id());
    List<String> ranges =
        entry.aggregates().stream().map(Stability.ScoreRange::id).collect(toUnmodifiableList());
    if (!ranges.equals(aggregateIds)) {
      return "has aggregates " + ranges + ", not " + aggregateIds;
    }
    for (int a = 0; a < aggregateIds.size(); a++) {
      OptionalDouble written = a < domains().size() ? domains().get(a).value() : overall().value();
      OptionalDouble nominal = entry.aggregates().get(a).nominal();
      if (!nominal.equals(written)) {
        return "says "
            + aggregateIds.get(a)
            + " scores "
            + format(nominal, 4)
            + " as written, where the card says "
            + format(written, 4);
      }
    }
    for (int c = 0; c < capabilityIds.size(); c++) {
      Optional<String> written = capabilities().get(c).level().map(Level::id);
      Optional<String> nominal = entry.capabilities().get(c).nominalLevel();
      if (!nominal.equals(written)) {
        return "says capability "
            + capabilityIds.get(c)
            + " is at "
            + nominal.orElse("no level")
            + " as written, where the card says "
            + written.orElse("no level");
      }
    }
    return null;
  }

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
    List<String> header = List.of("part", "status", "level", "value", "known", "reason");
    List<String> notes = notes();
    if (stability().isPresent()) {
      header = List.of("part", "status", "level", "value", "known", "stability", "reason");
      rows = withStability(rows, stability().get().entries().get(0), decimals);
      notes.addAll(stability().get().drawNotes());
    }
    return TextTable.of(header, rows)
        .withTitle(
            "Scorecard of "
                + jurisdiction()
                + " ("
                + Messages.clip(instrumentReference())
                + "), model "
                + modelId())
        .withNotes(notes);
  }

  /**
   * The rows with a stability column before the reason: each capability's verdict and the
   * probabilities of its outcomes, each aggregate's median and 5-95% interval.
   */
  private List<List<String>> withStability(
      List<List<String>> rows, Stability.JurisdictionLevels entry, int decimals) {
    List<String> cells = new ArrayList<>();
    for (Stability.CapabilityLevels capability : entry.capabilities()) {
      cells.add(stabilityOf(capability));
    }
    for (Stability.ScoreRange range : entry.aggregates()) {
      cells.add(stabilityOf(range, decimals));
    }
    List<List<String>> widened = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = new ArrayList<>(rows.get(r));
      row.add(5, cells.get(r));
      widened.add(row);
    }
    return widened;
  }

  private static String stabilityOf(Stability.CapabilityLevels capability) {
    String verdict = Stability.verdict(capability);
    if (capability.likeliestProbability() == 1) {
      return verdict;
    }
    List<String> outcomes = new ArrayList<>();
    capability
        .probabilities()
        .forEach((level, probability) -> outcomes.add(level + " " + percent(probability)));
    if (capability.noLevelProbability() > 0) {
      outcomes.add(0, "no level " + percent(capability.noLevelProbability()));
    }
    return verdict + ": " + String.join(", ", outcomes);
  }

  private static String stabilityOf(Stability.ScoreRange range, int decimals) {
    if (range.median().isEmpty()) {
      return "unknown in every draw";
    }
    String interval =
        "median "
            + format(range.median(), decimals)
            + ", 5-95% "
            + format(range.low(), decimals)
            + " to "
            + format(range.high(), decimals);
    return range.knownProbability() == 1
        ? interval
        : interval + ", known in " + percent(range.knownProbability());
  }

  private static String percent(double probability) {
    return rounded(100 * probability, 1) + "%";
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
