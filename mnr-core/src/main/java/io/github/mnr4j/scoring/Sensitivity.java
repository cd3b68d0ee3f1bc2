package io.github.mnr4j.scoring;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.survey.InvalidResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Which uncertain parameter of a model matters most to a cohort's results, made by {@link
 * SensitivityAnalysis}: for each cohort measure (the mean overall and domain scores, how many
 * capabilities reach each level), each parameter's first-order index (the share of the measure's
 * variance that the parameter explains alone) and total-order index (alone and with the others),
 * with 95% bootstrap intervals, the parameters ranked by total effect.
 *
 * <p>For a model's designer: a parameter whose total index is near 0 can be settled any way within
 * what was declared without changing the measure; the one ranked first is the choice to make with
 * most care.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Sensitivity {
  Sensitivity() {}

  /**
   * Returns the id of the model whose parameters were sampled.
   *
   * @return the model id
   */
  public abstract String modelId();

  /**
   * Returns the base samples: the model was evaluated that many times the parameters plus two.
   *
   * @return the base samples
   */
  public abstract int baseSamples();

  /**
   * Returns the seed of the bootstrap.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns how many bootstrap resamples gave the intervals.
   *
   * @return the resamples
   */
  public abstract int bootstrap();

  /**
   * Returns the parameters sampled.
   *
   * @return the model's uncertain parameters
   */
  public abstract List<UncertainParameter> parameters();

  /**
   * Returns how many jurisdictions the measures are of.
   *
   * @return the count
   */
  public abstract int jurisdictionCount();

  /**
   * Returns each measure's effects.
   *
   * @return the measures, overall first, then the domains, then the levels
   */
  public abstract List<MeasureEffects> measures();

  /**
   * Returns how many of the jurisdictions are synthetic.
   *
   * @return the count
   */
  public abstract int syntheticCount();

  /**
   * Returns the validation errors of the responses, counted by rule.
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
   * @return true if made-up data were used
   */
  public boolean isSynthetic() {
    return syntheticCount() > 0;
  }

  @SuppressWarnings("TooManyParameters") // package-private: made by SensitivityAnalysis alone
  static Sensitivity of(
      String modelId,
      int baseSamples,
      long seed,
      int bootstrap,
      List<UncertainParameter> parameters,
      int jurisdictionCount,
      List<MeasureEffects> measures,
      int syntheticCount,
      InvalidResponses invalidResponses,
      Map<String, Integer> instrumentCounts) {
    return ImmutableSensitivity.builder()
        .modelId(modelId)
        .baseSamples(baseSamples)
        .seed(seed)
        .bootstrap(bootstrap)
        .addAllParameters(parameters)
        .jurisdictionCount(jurisdictionCount)
        .addAllMeasures(measures)
        .syntheticCount(syntheticCount)
        .invalidResponses(invalidResponses)
        .putAllInstrumentCounts(new TreeMap<>(instrumentCounts))
        .build();
  }

  /** One cohort measure and each parameter's effect on it. */
  @Value.Immutable
  public abstract static class MeasureEffects {
    MeasureEffects() {}

    /**
     * Returns the measure's id: {@code overall}, a domain's id, or {@code at-or-above-} and a
     * level's id.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * Returns what the measure is.
     *
     * @return the description
     */
    public abstract String description();

    /**
     * Returns the measure's mean over the samples.
     *
     * @return the mean; NaN when not known
     */
    public abstract double mean();

    /**
     * Returns the measure's variance over the samples.
     *
     * @return the variance; NaN when not known
     */
    public abstract double variance();

    /**
     * Returns whether the measure is known at every sample: a mean score is not where no
     * jurisdiction has one.
     *
     * @return whether it is known
     */
    public abstract boolean known();

    /**
     * Returns each parameter's effect, the largest total effect first.
     *
     * @return the effects; empty when the measure is not known
     */
    public abstract List<Effect> effects();

    static MeasureEffects of(
        String id,
        String description,
        double mean,
        double variance,
        boolean known,
        List<Effect> effects) {
      return ImmutableMeasureEffects.builder()
          .id(id)
          .description(description)
          .mean(mean)
          .variance(variance)
          .known(known)
          .addAllEffects(effects)
          .build();
    }
  }

  /** One parameter's first- and total-order indices for a measure, with 95% intervals. */
  @Value.Immutable
  public abstract static class Effect {
    Effect() {}

    /**
     * Returns the parameter's id.
     *
     * @return the id
     */
    public abstract String parameterId();

    /**
     * Returns the first-order index: the share of the measure's variance the parameter explains
     * alone (Saltelli's estimator).
     *
     * @return the index, about 0 to 1
     */
    public abstract double first();

    /**
     * Returns the low end of the first-order index's 95% bootstrap interval.
     *
     * @return the 2.5th percentile
     */
    public abstract double firstLow();

    /**
     * Returns the high end of the first-order index's 95% bootstrap interval.
     *
     * @return the 97.5th percentile
     */
    public abstract double firstHigh();

    /**
     * Returns the total-order index: the share of the measure's variance the parameter explains
     * alone and with the others (Jansen's estimator).
     *
     * @return the index, about 0 to 1
     */
    public abstract double total();

    /**
     * Returns the low end of the total-order index's 95% bootstrap interval.
     *
     * @return the 2.5th percentile
     */
    public abstract double totalLow();

    /**
     * Returns the high end of the total-order index's 95% bootstrap interval.
     *
     * @return the 97.5th percentile
     */
    public abstract double totalHigh();

    @SuppressWarnings("TooManyParameters") // package-private: made by SensitivityAnalysis alone
    static Effect of(
        String parameterId,
        double first,
        double firstLow,
        double firstHigh,
        double total,
        double totalLow,
        double totalHigh) {
      return ImmutableEffect.builder()
          .parameterId(parameterId)
          .first(first)
          .firstLow(firstLow)
          .firstHigh(firstHigh)
          .total(total)
          .totalLow(totalLow)
          .totalHigh(totalHigh)
          .build();
    }
  }

  /**
   * Returns the indices as a tidy table, a row per measure and parameter, the largest total effect
   * first: {@code measure, rank, parameter, total, total_low, total_high, first, first_low,
   * first_high}. A measure not known at every sample has one row, without indices.
   *
   * @return the table
   */
  public TextTable toTable() {
    List<List<String>> rows = new ArrayList<>();
    for (MeasureEffects measure : measures()) {
      if (!measure.known()) {
        rows.add(List.of(measure.id(), "", "(not known)", "", "", "", "", "", ""));
        continue;
      }
      int rank = 1;
      for (Effect effect : measure.effects()) {
        rows.add(
            List.of(
                measure.id(),
                String.valueOf(rank++),
                effect.parameterId(),
                index(effect.total()),
                index(effect.totalLow()),
                index(effect.totalHigh()),
                index(effect.first()),
                index(effect.firstLow()),
                index(effect.firstHigh())));
      }
    }
    return TextTable.of(
            List.of(
                "measure",
                "rank",
                "parameter",
                "total",
                "total_low",
                "total_high",
                "first",
                "first_low",
                "first_high"),
            rows)
        .withNotes(notes());
  }

  static String index(double value) {
    String shown = String.format(Locale.ROOT, "%.3f", value);
    // An estimate a hair below 0 (sampling error about an index of 0) reads as 0, not -0.000.
    return shown.equals("-0.000") ? "0.000" : shown;
  }

  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add(
        "Sobol indices over "
            + jurisdictionCount()
            + " jurisdictions: "
            + baseSamples()
            + " base samples ("
            + baseSamples() * (parameters().size() + 2)
            + " evaluations of the model), 95% intervals from "
            + bootstrap()
            + " bootstrap resamples, seed "
            + seed()
            + ".");
    notes.add(
        "total: the share of the measure's variance a parameter explains alone and with the"
            + " others; near 0, the parameter can be settled any way declared without changing"
            + " the measure. first: the share it explains alone.");
    if (parameters().isEmpty()) {
      notes.add("The model declares no uncertain parameter: there is nothing to rank.");
    }
    CohortNotes.add(
        notes,
        "Scored",
        invalidResponses(),
        syntheticCount(),
        jurisdictionCount(),
        instrumentCounts());
    return notes;
  }

  @Override
  public String toString() {
    return "Sensitivity["
        + modelId()
        + ", "
        + parameters().size()
        + " parameters, "
        + baseSamples()
        + " base samples]";
  }
}
