package io.github.mnr4j.cohort;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.scoring.AggregateScore;
import io.github.mnr4j.scoring.CapabilityScore;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.survey.InvalidResponses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A summary of a cohort's scorecards under one model: per capability, per domain and overall, how
 * many jurisdictions have a value, the mean, the lowest and the highest, and per capability how
 * many reached each level. Counted by an {@link Accumulator}, in memory that does not grow with the
 * cohort.
 *
 * <pre>{@code
 * Accumulator<Scorecard, ScoreSummary> summary = ScoreSummary.accumulator("staged", mnr);
 * for (Assessment assessment : assessments) {
 *   summary.add(ScoringModels.staged().score(assessment));
 * }
 * summary.result().toTable().toText();
 * }</pre>
 *
 * <p>Means are exact to about 10<sup>-9</sup> of the scale and the same whatever the order of the
 * scorecards and however they are split between accumulators.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class ScoreSummary {
  ScoreSummary() {}

  /**
   * Returns the model's id.
   *
   * @return such as {@code staged}
   */
  public abstract String modelId();

  /**
   * Returns how many scorecards were summarised.
   *
   * @return the count
   */
  public abstract int jurisdictionCount();

  /**
   * Returns the scorecards summarised whose responses had validation errors.
   *
   * @return the summary; empty when every response was valid
   */
  public abstract InvalidResponses invalidResponses();

  /**
   * Returns how many of the scorecards summarised answer each instrument: more than one, and the
   * table says their values compare within one instrument only.
   *
   * @return counts by instrument reference, in reference order
   */
  public abstract Map<String, Integer> instrumentCounts();

  /**
   * Returns the capabilities' rows, in the framework's order.
   *
   * @return one row per capability
   */
  public abstract List<Values> capabilities();

  /**
   * Returns the domains' rows, in the framework's order.
   *
   * @return one row per domain
   */
  public abstract List<Values> domains();

  /**
   * Returns the overall row.
   *
   * @return the row
   */
  public abstract Values overall();

  /** One capability's, domain's or the overall values, summarised. */
  @Value.Immutable
  public abstract static class Values {
    Values() {}

    /**
     * Returns the capability's or domain's id, or {@code overall}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * Returns how many jurisdictions have a value.
     *
     * @return the count
     */
    public abstract int knownCount();

    /**
     * Returns the mean value, on the scorecards' scale (0 to 1 for capabilities).
     *
     * @return the mean, or empty when no jurisdiction has a value
     */
    public abstract OptionalDouble mean();

    /**
     * Returns the lowest value.
     *
     * @return the lowest, or empty when no jurisdiction has a value
     */
    public abstract OptionalDouble min();

    /**
     * Returns the highest value.
     *
     * @return the highest, or empty when no jurisdiction has a value
     */
    public abstract OptionalDouble max();

    /**
     * Returns how many jurisdictions reached each level, lowest level first; empty for a domain,
     * the overall row and models without levels.
     *
     * @return counts by level id
     */
    public abstract Map<String, Integer> levels();
  }

  /**
   * Returns the summary as a table: row, known, mean, min, max, and the level counts.
   *
   * @return the table
   */
  public TextTable toTable() {
    List<List<String>> rows = new ArrayList<>();
    capabilities().forEach(row -> rows.add(cells(row)));
    domains().forEach(row -> rows.add(cells(row)));
    rows.add(cells(overall()));
    return TextTable.of(List.of("row", "known", "mean", "min", "max", "levels"), rows)
        .withTitle(
            "Scores under model '" + modelId() + "' of " + jurisdictionCount() + " jurisdictions")
        .withNotes(Notes.of(List.of(), 0, 0, invalidResponses()))
        .withNotes(Messages.mixedScores(instrumentCounts()).stream().toList());
  }

  private static List<String> cells(Values row) {
    return List.of(
        row.id(),
        String.valueOf(row.knownCount()),
        format(row.mean()),
        format(row.min()),
        format(row.max()),
        row.levels().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")));
  }

  private static String format(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "";
  }

  /**
   * Starts a summary that counts scorecards one at a time, in memory that depends on the framework
   * alone. {@code add} refuses a scorecard of another model or framework, or of another scale than
   * the scorecards before it.
   *
   * <pre>{@code
   * Accumulator<Scorecard, ScoreSummary> summary = ScoreSummary.accumulator("staged", mnr);
   * assessments.forEach(each -> summary.add(staged.score(each)));
   * summary.result().toTable();
   * }</pre>
   *
   * @param modelId the id of the model whose scorecards are summarised
   * @param framework the framework they are of
   * @return an empty accumulator
   */
  public static Accumulator<Scorecard, ScoreSummary> accumulator(
      String modelId, Framework framework) {
    return new Running(modelId, framework);
  }

  /** A summary's running counts, sums, minima and maxima, filled one scorecard at a time. */
  private static final class Running implements Accumulator<Scorecard, ScoreSummary> {
    /**
     * Values are summed as whole numbers of 2<sup>-32</sup> of the scale, so that sums are exact
     * and do not depend on the order of addition, as sums of doubles would.
     */
    private static final double UNITS = 0x1p32;

    private final String model;
    private final Framework framework;
    private final RowValues[] capabilities;
    private final RowValues[] domains;
    private final RowValues overall = new RowValues("overall");
    private int jurisdictions;
    private InvalidResponses invalid = InvalidResponses.none();
    private final Map<String, Integer> instruments = new TreeMap<>();

    /** The scale of the scorecards counted; NaN before the first. */
    private double scale = Double.NaN;

    Running(String model, Framework framework) {
      this.model = model;
      this.framework = framework;
      this.capabilities =
          framework.capabilities().stream()
              .map(Capability::id)
              .map(RowValues::new)
              .toArray(RowValues[]::new);
      this.domains =
          framework.domains().stream()
              .map(Domain::id)
              .map(RowValues::new)
              .toArray(RowValues[]::new);
    }

    @Override
    public void add(Scorecard card) {
      if (!card.modelId().equals(model)
          || card.capabilities().size() != capabilities.length
          || card.domains().size() != domains.length) {
        throw new MnrException(
            "a summary of model '"
                + model
                + "' over framework '"
                + framework.id()
                + "' cannot count the scorecard of "
                + card.jurisdiction()
                + " under model '"
                + card.modelId()
                + "'");
      }
      if (Double.isNaN(scale)) {
        scale = card.scale();
      } else if (card.scale() != scale) {
        throw new MnrException(
            "the scorecard of "
                + card.jurisdiction()
                + " has scale "
                + card.scale()
                + ", not "
                + scale
                + " as the scorecards before it");
      }
      for (int c = 0; c < capabilities.length; c++) {
        CapabilityScore score = card.capabilities().get(c);
        capabilities[c].add(score.value(), 1);
        score.level().ifPresent(capabilities[c]::reached);
      }
      for (int d = 0; d < domains.length; d++) {
        AggregateScore domain = card.domains().get(d);
        domains[d].add(domain.value(), scale);
      }
      overall.add(card.overall().value(), scale);
      jurisdictions++;
      invalid = invalid.and(card.invalidResponses());
      instruments.merge(card.instrumentReference(), 1, Integer::sum);
    }

    @Override
    public Accumulator<Scorecard, ScoreSummary> combine(
        Accumulator<Scorecard, ScoreSummary> accumulator) {
      if (!(accumulator instanceof Running other)
          || !model.equals(other.model)
          || !framework.equals(other.framework)) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      if (!Double.isNaN(scale) && !Double.isNaN(other.scale) && scale != other.scale) {
        throw new MnrException(
            "cannot combine summaries of scale " + other.scale + " and " + scale);
      }
      if (Double.isNaN(scale)) {
        scale = other.scale;
      }
      for (int c = 0; c < capabilities.length; c++) {
        capabilities[c].combine(other.capabilities[c]);
      }
      for (int d = 0; d < domains.length; d++) {
        domains[d].combine(other.domains[d]);
      }
      overall.combine(other.overall);
      jurisdictions = Math.addExact(jurisdictions, other.jurisdictions);
      invalid = invalid.and(other.invalid);
      other.instruments.forEach(
          (reference, count) -> instruments.merge(reference, count, Integer::sum));
      return this;
    }

    @Override
    public ScoreSummary result() {
      double unit = Double.isNaN(scale) ? 1 : scale;
      ImmutableScoreSummary.Builder summary =
          ImmutableScoreSummary.builder()
              .modelId(model)
              .jurisdictionCount(jurisdictions)
              .invalidResponses(invalid)
              .putAllInstrumentCounts(instruments)
              .overall(overall.row(unit));
      for (RowValues values : capabilities) {
        summary.addCapabilities(values.row(1));
      }
      for (RowValues values : domains) {
        summary.addDomains(values.row(unit));
      }
      return summary.build();
    }

    @Override
    public String toString() {
      return "a summary of model '"
          + model
          + "' over framework '"
          + framework.id()
          + "' ("
          + jurisdictions
          + " jurisdictions)";
    }

    /** One row's values so far. */
    private static final class RowValues {
      private final String id;
      private int known;
      private long units;
      private double min = Double.POSITIVE_INFINITY;
      private double max = Double.NEGATIVE_INFINITY;
      private final Map<String, Integer> levels = new HashMap<>();
      private final Map<String, Integer> ordinals = new HashMap<>();

      RowValues(String id) {
        this.id = id;
      }

      void add(OptionalDouble value, double scale) {
        if (value.isEmpty()) {
          return;
        }
        double v = value.getAsDouble();
        known++;
        units = Math.addExact(units, Math.round(v / scale * UNITS));
        min = Math.min(min, v);
        max = Math.max(max, v);
      }

      void reached(Level level) {
        levels.merge(level.id(), 1, Math::addExact);
        ordinals.putIfAbsent(level.id(), level.ordinal());
      }

      void combine(RowValues other) {
        known = Math.addExact(known, other.known);
        units = Math.addExact(units, other.units);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        other.levels.forEach((level, count) -> levels.merge(level, count, Math::addExact));
        other.ordinals.forEach(ordinals::putIfAbsent);
      }

      Values row(double scale) {
        ImmutableValues.Builder row = ImmutableValues.builder().id(id).knownCount(known);
        if (known > 0) {
          row.mean(units / UNITS / known * scale).min(min).max(max);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        levels.keySet().stream()
            .sorted(
                Comparator.comparing((String level) -> ordinals.get(level))
                    .thenComparing(Comparator.naturalOrder()))
            .forEach(level -> ordered.put(level, levels.get(level)));
        return row.putAllLevels(ordered).build();
      }
    }
  }

  @Override
  public String toString() {
    return "ScoreSummary[" + modelId() + ", " + jurisdictionCount() + " jurisdictions]";
  }
}
