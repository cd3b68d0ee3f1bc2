package io.github.mnr4j.scoring;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.survey.InvalidResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How sure each level is, made by {@link LevelStability}: for each jurisdiction and capability, the
 * probability of each level over draws of the model's uncertain parameters, and whether one level
 * is stable (its probability at least {@link #stableAt()}); for each domain and overall, the median
 * score and its 5-95% interval.
 *
 * <p>For a model's designer: a capability "between Progressing and Embedding" for a jurisdiction
 * depends on a choice the designer has not made yet; a model whose levels are stable for most
 * jurisdictions under every choice is robust to them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Stability {
  Stability() {}

  /**
   * Returns the id of the model whose parameters were drawn.
   *
   * @return the model id
   */
  public abstract String modelId();

  /**
   * Returns how many times the parameters were drawn.
   *
   * @return the draws
   */
  public abstract int drawCount();

  /**
   * Returns the random seed: the same seed and draws give the same result, on any number of
   * threads.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns the probability at which a level counts as stable.
   *
   * @return a probability in (0.5, 1]
   */
  public abstract double stableAt();

  /**
   * Returns the parameters drawn.
   *
   * @return the model's uncertain parameters
   */
  public abstract List<UncertainParameter> parameters();

  /**
   * Returns the model's levels, lowest first: all of a staged model's, reached or not; for a model
   * of one's own, those its scorecards gave; none for points and index models.
   *
   * @return the levels
   */
  public abstract List<Level> levels();

  /**
   * Returns each jurisdiction's levels and scores, by jurisdiction id.
   *
   * @return the entries
   */
  public abstract List<JurisdictionLevels> entries();

  /**
   * Returns how many of the jurisdictions are synthetic.
   *
   * @return the count
   */
  public abstract int syntheticCount();

  /**
   * Returns the validation errors of the responses drawn, counted by rule.
   *
   * @return the invalid responses; empty when every response was valid
   */
  public abstract InvalidResponses invalidResponses();

  /**
   * Returns how many jurisdictions answer each instrument.
   *
   * @return counts by instrument reference
   */
  public abstract Map<String, Integer> instrumentCounts();

  /**
   * Tells whether any jurisdiction is synthetic.
   *
   * @return true if made-up data were drawn
   */
  public boolean isSynthetic() {
    return syntheticCount() > 0;
  }

  @SuppressWarnings("TooManyParameters") // package-private: made by LevelStability alone
  static Stability of(
      String modelId,
      int draws,
      long seed,
      double stableAt,
      List<UncertainParameter> parameters,
      List<Level> levels,
      List<JurisdictionLevels> entries,
      int syntheticCount,
      InvalidResponses invalidResponses,
      Map<String, Integer> instrumentCounts) {
    return ImmutableStability.builder()
        .modelId(modelId)
        .drawCount(draws)
        .seed(seed)
        .stableAt(stableAt)
        .addAllParameters(parameters)
        .addAllLevels(levels)
        .addAllEntries(entries)
        .syntheticCount(syntheticCount)
        .invalidResponses(invalidResponses)
        .putAllInstrumentCounts(new TreeMap<>(instrumentCounts))
        .build();
  }

  /**
   * Creates the stability of one scorecard's jurisdiction, for readers of stored scorecards ({@link
   * Scorecard#withStability}): the model, jurisdiction, instrument and validation errors are the
   * card's.
   *
   * @param card the scorecard under the model as written
   * @param draws how many draws were made, at least 1
   * @param seed the seed they were drawn with
   * @param stableAt the probability from which a level is stable, above 0.5 and at most 1
   * @param parameters the uncertain parameters drawn
   * @param levels the levels reached in any draw or as written, lowest first
   * @param capabilities each capability's levels, in the card's order
   * @param aggregates each domain's score range in the card's order, then the overall score's
   * @return the stability
   * @throws MnrException if the draws or threshold are out of range
   */
  @SuppressWarnings("TooManyParameters") // each is one of the stored result's fields
  public static Stability of(
      Scorecard card,
      int draws,
      long seed,
      double stableAt,
      List<UncertainParameter> parameters,
      List<Level> levels,
      List<CapabilityLevels> capabilities,
      List<ScoreRange> aggregates) {
    if (draws < 1) {
      throw new MnrException("a stability needs at least 1 draw, not " + draws);
    }
    if (!(stableAt > 0.5 && stableAt <= 1)) {
      throw new MnrException(
          "a level is stable at a probability above 0.5 and at most 1, not " + stableAt);
    }
    return of(
        card.modelId(),
        draws,
        seed,
        stableAt,
        parameters,
        levels,
        List.of(
            JurisdictionLevels.of(
                card.jurisdiction().id(), card.jurisdiction().name(), capabilities, aggregates)),
        card.jurisdiction().isSynthetic() ? 1 : 0,
        card.invalidResponses(),
        Map.of(card.instrumentReference(), 1));
  }

  /** One jurisdiction's levels and scores over the draws. */
  @Value.Immutable
  public abstract static class JurisdictionLevels {
    JurisdictionLevels() {}

    /**
     * Returns the jurisdiction's id.
     *
     * @return the id
     */
    public abstract String jurisdictionId();

    /**
     * Returns the jurisdiction's name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns each capability's levels, in framework order.
     *
     * @return the capabilities
     */
    public abstract List<CapabilityLevels> capabilities();

    /**
     * Returns each domain's score range, in framework order, then the overall score's.
     *
     * @return the aggregates
     */
    public abstract List<ScoreRange> aggregates();

    static JurisdictionLevels of(
        String jurisdictionId,
        String name,
        List<CapabilityLevels> capabilities,
        List<ScoreRange> aggregates) {
      return ImmutableJurisdictionLevels.builder()
          .jurisdictionId(jurisdictionId)
          .name(name)
          .addAllCapabilities(capabilities)
          .addAllAggregates(aggregates)
          .build();
    }
  }

  /** A capability's levels for one jurisdiction over the draws. */
  @Value.Immutable
  public abstract static class CapabilityLevels {
    CapabilityLevels() {}

    /**
     * Returns the capability's id.
     *
     * @return the id
     */
    public abstract String capabilityId();

    /**
     * Returns the level under the model as written.
     *
     * @return the level's id; empty when it reaches no level (status unknown)
     */
    public abstract Optional<String> nominalLevel();

    /**
     * Returns the probability of each level reached in any draw, lowest first.
     *
     * @return level id to probability
     */
    public abstract Map<String, Double> probabilities();

    /**
     * Returns the probability of reaching no level (status unknown).
     *
     * @return the probability
     */
    public abstract double noLevelProbability();

    /**
     * Returns the likeliest level; the lowest of equally likely ones.
     *
     * @return the level's id; empty when reaching no level is likeliest
     */
    public abstract Optional<String> likeliest();

    /**
     * Returns the likeliest outcome's probability.
     *
     * @return the probability
     */
    public abstract double likeliestProbability();

    /**
     * Returns whether the likeliest outcome's probability reaches the stable threshold.
     *
     * @return whether the level is stable
     */
    public abstract boolean stable();

    /**
     * Returns the lowest level reached in any draw.
     *
     * @return the level's id; empty when no draw reaches a level
     */
    public abstract Optional<String> lowest();

    /**
     * Returns the highest level reached in any draw.
     *
     * @return the level's id; empty when no draw reaches a level
     */
    public abstract Optional<String> highest();

    /**
     * Creates a capability's levels from the probability of each outcome, for readers of stored
     * results: the likeliest, lowest and highest levels and whether one is stable follow from them.
     * It reaches no level as written unless {@link #withNominalLevel} says which.
     *
     * @param capabilityId the capability's id
     * @param probabilities each level's probability, lowest level first; levels of probability 0
     *     left out
     * @param noLevelProbability the probability of reaching no level
     * @param stableAt the probability from which the likeliest outcome is stable
     * @return the capability's levels
     * @throws MnrException naming the capability if a probability is out of [0, 1] or all of them
     *     do not add up to 1
     */
    public static CapabilityLevels of(
        String capabilityId,
        Map<String, Double> probabilities,
        double noLevelProbability,
        double stableAt) {
      double total = noLevelProbability;
      Optional<String> lowest = Optional.empty();
      Optional<String> highest = Optional.empty();
      // Reaching no level is likeliest unless a level is strictly likelier; of equally likely
      // levels, the lowest.
      Optional<String> likeliest = Optional.empty();
      double likeliestProbability = noLevelProbability;
      requireProbability(capabilityId, "no level", noLevelProbability);
      for (Map.Entry<String, Double> level : probabilities.entrySet()) {
        double probability = level.getValue();
        requireProbability(capabilityId, level.getKey(), probability);
        total += probability;
        if (probability == 0) {
          continue;
        }
        if (lowest.isEmpty()) {
          lowest = Optional.of(level.getKey());
        }
        highest = Optional.of(level.getKey());
        if (probability > likeliestProbability) {
          likeliestProbability = probability;
          likeliest = Optional.of(level.getKey());
        }
      }
      if (Math.abs(total - 1) > 1e-9) {
        throw new MnrException(
            "capability "
                + capabilityId
                + ": the probabilities of its outcomes add up to "
                + total
                + ", not 1");
      }
      return ImmutableCapabilityLevels.builder()
          .capabilityId(capabilityId)
          .putAllProbabilities(probabilities)
          .noLevelProbability(noLevelProbability)
          .likeliest(likeliest)
          .likeliestProbability(likeliestProbability)
          .stable(likeliestProbability >= stableAt)
          .lowest(lowest)
          .highest(highest)
          .build();
    }

    /**
     * Returns a copy that reaches a level under the model as written.
     *
     * @param level the level's id
     * @return the copy
     */
    public CapabilityLevels withNominalLevel(String level) {
      return ImmutableCapabilityLevels.builder()
          .capabilityId(capabilityId())
          .nominalLevel(level)
          .putAllProbabilities(probabilities())
          .noLevelProbability(noLevelProbability())
          .likeliest(likeliest())
          .likeliestProbability(likeliestProbability())
          .stable(stable())
          .lowest(lowest())
          .highest(highest())
          .build();
    }

    private static void requireProbability(String capabilityId, String outcome, double p) {
      if (!(p >= 0 && p <= 1)) {
        throw new MnrException(
            "capability "
                + capabilityId
                + ": the probability of "
                + outcome
                + " is "
                + p
                + ", not from 0 to 1");
      }
    }
  }

  /** A domain's or the overall score's distribution over the draws. */
  @Value.Immutable
  public abstract static class ScoreRange {
    ScoreRange() {}

    /**
     * Returns the domain's id, or {@code overall}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * Returns the score under the model as written.
     *
     * @return the score; empty when unknown
     */
    public abstract OptionalDouble nominal();

    /**
     * Returns the median of the known scores, to four decimal places of the scale.
     *
     * @return the median; empty when no draw knows the score
     */
    public abstract OptionalDouble median();

    /**
     * Returns the 5th percentile of the known scores.
     *
     * @return the low end of the 5-95% interval
     */
    public abstract OptionalDouble low();

    /**
     * Returns the 95th percentile of the known scores.
     *
     * @return the high end of the 5-95% interval
     */
    public abstract OptionalDouble high();

    /**
     * Returns the share of draws in which the score is known.
     *
     * @return a probability
     */
    public abstract double knownProbability();

    /**
     * Creates the range of a score known in some draws; unknown as written unless {@link
     * #withNominal} says what it is.
     *
     * @param id the domain's id, or {@code overall}
     * @param median the median of the known scores
     * @param low the 5th percentile
     * @param high the 95th percentile
     * @param knownProbability the share of draws in which the score is known, above 0
     * @return the range
     * @throws MnrException naming the aggregate if the probability is out of (0, 1] or the
     *     percentiles are out of order
     */
    public static ScoreRange of(
        String id, double median, double low, double high, double knownProbability) {
      if (!(knownProbability > 0 && knownProbability <= 1)) {
        throw new MnrException(
            id
                + ": the share of draws that know the score is "
                + knownProbability
                + ", not above 0 and at most 1");
      }
      if (!(low <= median && median <= high)) {
        throw new MnrException(
            id
                + ": the 5th percentile "
                + low
                + ", median "
                + median
                + " and 95th percentile "
                + high
                + " are out of order");
      }
      return ImmutableScoreRange.builder()
          .id(id)
          .median(median)
          .low(low)
          .high(high)
          .knownProbability(knownProbability)
          .build();
    }

    /**
     * Creates the range of a score that no draw knows; unknown as written unless {@link
     * #withNominal} says what it is.
     *
     * @param id the domain's id, or {@code overall}
     * @return the range
     */
    public static ScoreRange unknown(String id) {
      return ImmutableScoreRange.builder().id(id).knownProbability(0).build();
    }

    /**
     * Returns a copy with the score under the model as written.
     *
     * @param nominal the score
     * @return the copy
     */
    public ScoreRange withNominal(double nominal) {
      return ImmutableScoreRange.builder()
          .id(id())
          .nominal(nominal)
          .median(median())
          .low(low())
          .high(high())
          .knownProbability(knownProbability())
          .build();
    }
  }

  /**
   * Returns the capabilities' levels as a tidy table, a row per jurisdiction and capability: {@code
   * jurisdiction, name, capability, nominal, verdict} ({@code stable} or {@code between X and Y}),
   * {@code likeliest, likeliest_percent}, then a column per level and {@code no_level} with the
   * percentage of draws reaching it.
   *
   * @return the table
   */
  public TextTable toTable() {
    List<String> header =
        new ArrayList<>(
            List.of(
                "jurisdiction",
                "name",
                "capability",
                "nominal",
                "verdict",
                "likeliest",
                "likeliest_percent"));
    levels().forEach(level -> header.add(level.id() + "_percent"));
    header.add("no_level_percent");
    List<List<String>> rows = new ArrayList<>();
    for (JurisdictionLevels entry : entries()) {
      for (CapabilityLevels capability : entry.capabilities()) {
        List<String> row = new ArrayList<>();
        row.add(entry.jurisdictionId());
        row.add(entry.name());
        row.add(capability.capabilityId());
        row.add(capability.nominalLevel().orElse(""));
        row.add(verdict(capability));
        row.add(capability.likeliest().orElse(""));
        row.add(percent(capability.likeliestProbability()));
        for (Level level : levels()) {
          row.add(percent(capability.probabilities().getOrDefault(level.id(), 0.0)));
        }
        row.add(percent(capability.noLevelProbability()));
        rows.add(row);
      }
    }
    return TextTable.of(header, rows).withNotes(notes());
  }

  /**
   * Returns the domains' and overall scores as a tidy table, a row per jurisdiction and aggregate:
   * {@code jurisdiction, name, aggregate, nominal, median, low, high} (the 5th and 95th
   * percentiles), {@code known_percent}.
   *
   * @return the table
   */
  public TextTable toScoreTable() {
    List<List<String>> rows = new ArrayList<>();
    for (JurisdictionLevels entry : entries()) {
      for (ScoreRange range : entry.aggregates()) {
        rows.add(
            List.of(
                entry.jurisdictionId(),
                entry.name(),
                range.id(),
                score(range.nominal()),
                score(range.median()),
                score(range.low()),
                score(range.high()),
                percent(range.knownProbability())));
      }
    }
    return TextTable.of(
            List.of(
                "jurisdiction",
                "name",
                "aggregate",
                "nominal",
                "median",
                "low",
                "high",
                "known_percent"),
            rows)
        .withNotes(notes());
  }

  /**
   * Renders a capability's verdict: {@code stable} when its likeliest outcome reaches the
   * threshold, otherwise {@code between X and Y}, the lowest and highest outcomes drawn.
   *
   * @param capability the capability's levels
   * @return the verdict
   */
  public static String verdict(CapabilityLevels capability) {
    if (capability.stable()) {
      return "stable";
    }
    String lowest =
        capability.noLevelProbability() > 0 ? "no level" : capability.lowest().orElse("no level");
    return "between " + lowest + " and " + capability.highest().orElse("no level");
  }

  private static String percent(double probability) {
    return String.format(Locale.ROOT, "%.1f", 100 * probability);
  }

  private static String score(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "";
  }

  /** The notes of both tables: what was drawn, what stable means, and the data's caveats. */
  private List<String> notes() {
    List<String> notes = drawNotes();
    CohortNotes.add(
        notes,
        "Scored",
        invalidResponses(),
        syntheticCount(),
        entries().size(),
        instrumentCounts());
    return notes;
  }

  /** What was drawn and what stable means: the notes a scorecard with stability adds to its own. */
  List<String> drawNotes() {
    List<String> notes = new ArrayList<>();
    notes.add(
        drawCount()
            + " draws, seed "
            + seed()
            + "; a level is stable when its probability is at least "
            + String.format(Locale.ROOT, "%.2f", stableAt())
            + "; percentiles of scores to four decimal places.");
    if (parameters().isEmpty()) {
      notes.add("The model declares no uncertain parameter: every draw is the model as written.");
    }
    for (UncertainParameter parameter : parameters()) {
      notes.add(
          "Parameter "
              + parameter.id()
              + ": "
              + parameter.description()
              + " ("
              + describe(parameter.distribution())
              + ").");
    }
    return notes;
  }

  private static String describe(UncertainParameter.Distribution distribution) {
    if (distribution instanceof UncertainParameter.Uniform range) {
      return "uniform from " + range.min() + " to " + range.max();
    }
    UncertainParameter.Choice choice = (UncertainParameter.Choice) distribution;
    double total = choice.weights().stream().mapToDouble(Double::doubleValue).sum();
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < choice.alternatives().size(); i++) {
      shown.add(
          choice.alternatives().get(i)
              + String.format(Locale.ROOT, " %.0f%%", 100 * choice.weights().get(i) / total));
    }
    return "one of " + String.join(", ", shown);
  }

  @Override
  public String toString() {
    return "Stability["
        + modelId()
        + ", "
        + entries().size()
        + " jurisdictions, "
        + drawCount()
        + " draws, seed "
        + seed()
        + "]";
  }
}
