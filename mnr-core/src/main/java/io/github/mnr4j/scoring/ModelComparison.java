package io.github.mnr4j.scoring;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.InvalidResponses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Two candidate staged models side by side on one cohort: for each capability, how many
 * jurisdictions each pair of levels holds (a cross-tabulation), how far the models agree (weighted
 * Cohen's kappa), and where they disagree, which criterion of which model makes the difference.
 * Aggregates only: no jurisdiction is named.
 *
 * <pre>{@code
 * Accumulator<Assessment, ModelComparison> comparison =
 *     ModelComparison.accumulator(ScoringModels.staged(), ScoringModels.presence(), mnr);
 * analysis.assessments().forEach(comparison::add);
 * System.out.print(comparison.result().toTable().toText());
 * }</pre>
 *
 * <p>The models may have different levels; each places a capability on its own scale by its value
 * (the level's ordinal over the highest that applies to the capability: 0 to 1). Two values agree
 * by 1 less the distance between them, the linear weights of Cohen's weighted kappa; the agreement
 * is their mean, and the kappa is 1 less the mean distance over the mean distance between any value
 * of the first model and any of the second, so 0 is what unrelated models would give. Capabilities
 * at no level under either model (status unknown) are counted in the tables and left out of the
 * kappa.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class ModelComparison {
  ModelComparison() {}

  /**
   * Returns the first model's id.
   *
   * @return the id
   */
  public abstract String firstModelId();

  /**
   * Returns the second model's id.
   *
   * @return the id
   */
  public abstract String secondModelId();

  /**
   * Returns the first model's levels, lowest first.
   *
   * @return the levels
   */
  public abstract List<Level> firstLevels();

  /**
   * Returns the second model's levels, lowest first.
   *
   * @return the levels
   */
  public abstract List<Level> secondLevels();

  /**
   * Returns how many jurisdictions were compared.
   *
   * @return the count
   */
  public abstract int jurisdictionCount();

  /**
   * Returns each capability's agreement, in framework order.
   *
   * @return the capabilities
   */
  public abstract List<Agreement> capabilities();

  /**
   * Returns the agreement over every capability together.
   *
   * @return the pooled agreement, its capability id {@code all}
   */
  public abstract Agreement overall();

  /**
   * Returns how many of the jurisdictions are synthetic.
   *
   * @return the count
   */
  public abstract int syntheticCount();

  /**
   * Returns the validation errors of the responses, counted by rule.
   *
   * @return the invalid responses
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
   * @return true if made-up data were compared
   */
  public boolean isSynthetic() {
    return syntheticCount() > 0;
  }

  /** How far the two models agree on a capability, or on all of them. */
  @Value.Immutable
  public abstract static class Agreement {
    Agreement() {}

    /**
     * Returns the capability's id, or {@code all}.
     *
     * @return the id
     */
    public abstract String capabilityId();

    /**
     * Returns the cross-tabulation: row {@code i} for the first model's level {@code i - 1} (row 0
     * for no level), column {@code j} for the second model's level {@code j - 1}.
     *
     * @return the counts of jurisdictions
     */
    public abstract List<List<Integer>> counts();

    /**
     * Returns how many jurisdictions have a level (and so a value) under both models.
     *
     * @return the count the kappa is of
     */
    public abstract int compared();

    /**
     * Returns the weighted agreement: the mean of 1 less the distance between the two values, over
     * the jurisdictions compared.
     *
     * @return 0 to 1; NaN when none is compared
     */
    public abstract double agreement();

    /**
     * Returns the weighted kappa: the agreement beyond what the two models' level distributions
     * would give by chance.
     *
     * @return the kappa; empty when none is compared or chance alone agrees fully
     */
    public abstract OptionalDouble kappa();

    /**
     * Returns where the models disagree, the most frequent first: the criterion of the level that
     * the model placing the capability lower did not reach.
     *
     * @return the reasons
     */
    public abstract List<Reason> reasons();
  }

  /** Pairs of values in order: the first model's value, then the second's. */
  private static final Comparator<List<Double>> BY_VALUES =
      Comparator.<List<Double>, Double>comparing(pair -> pair.get(0))
          .thenComparing(pair -> pair.get(1));

  /** A criterion that held a capability below where the other model placed it. */
  @Value.Immutable
  public abstract static class Reason {
    Reason() {}

    /**
     * Returns the model whose criterion it is.
     *
     * @return the model's id
     */
    public abstract String modelId();

    /**
     * Returns the level the criterion belongs to, not reached.
     *
     * @return the level's id
     */
    public abstract String levelId();

    /**
     * Returns the criterion's description.
     *
     * @return the description
     */
    public abstract String criterion();

    /**
     * Returns for how many jurisdictions it made the difference.
     *
     * @return the count
     */
    public abstract int count();

    @Override
    public String toString() {
      return modelId() + ": " + levelId() + " needs " + criterion() + " (" + count() + ")";
    }
  }

  /**
   * Starts a comparison of two staged models over assessments added one at a time; it keeps counts
   * only.
   *
   * @param first the first model
   * @param second the second model
   * @param framework the framework the assessments are of
   * @return an empty accumulator
   * @throws MnrException if a model has no levels (only staged models do)
   */
  public static Accumulator<Assessment, ModelComparison> accumulator(
      ScoringModel first, ScoringModel second, Framework framework) {
    return new Counting(first, second, framework);
  }

  /** The counts of a comparison. */
  private static final class Counting implements Accumulator<Assessment, ModelComparison> {
    private final ScoringModel first;
    private final ScoringModel second;
    private final Framework framework;
    private final CompiledModel firstCompiled;
    private final CompiledModel secondCompiled;
    private final List<Level> firstLevels;
    private final List<Level> secondLevels;

    /** Per capability, [first level + 1][second level + 1]. */
    private final int[][][] counts;

    private final List<Map<List<String>, Integer>> reasons = new ArrayList<>();

    /**
     * Per capability, how many jurisdictions have each pair of values (first, second): counted
     * rather than summed, so that the distances are added up in one order, however the assessments
     * were split.
     */
    private final List<Map<List<Double>, Integer>> valuePairs = new ArrayList<>();

    private final Set<String> seen = new HashSet<>();
    private final CohortCounts cohort = new CohortCounts();

    Counting(ScoringModel first, ScoringModel second, Framework framework) {
      this.first = first;
      this.second = second;
      this.framework = framework;
      this.firstLevels = levels(first);
      this.secondLevels = levels(second);
      this.firstCompiled = first.compile(framework);
      this.secondCompiled = second.compile(framework);
      int capabilities = framework.capabilities().size();
      counts = new int[capabilities][firstLevels.size() + 1][secondLevels.size() + 1];
      for (int c = 0; c < capabilities; c++) {
        reasons.add(new HashMap<>());
        valuePairs.add(new HashMap<>());
      }
    }

    private static List<Level> levels(ScoringModel model) {
      if (!(model instanceof StagedModel staged)) {
        throw new MnrException(
            "model '"
                + model.id()
                + "' has no levels to compare: compare staged models (a points or an index"
                + " model gives values only)");
      }
      return staged.levels().stream().map(LevelDefinition::level).toList();
    }

    @Override
    public void add(Assessment assessment) {
      String id = assessment.jurisdiction().id();
      if (seen.contains(id)) {
        throw new MnrException(
            "a comparison holds one assessment per jurisdiction; "
                + Messages.quote(id)
                + " came again");
      }
      Scorecard one = firstCompiled.score(assessment);
      Scorecard two = secondCompiled.score(assessment);
      seen.add(id);
      for (int c = 0; c < counts.length; c++) {
        CapabilityScore a = one.capabilities().get(c);
        CapabilityScore b = two.capabilities().get(c);
        int i = a.level().map(l -> l.ordinal() + 1).orElse(0);
        int j = b.level().map(l -> l.ordinal() + 1).orElse(0);
        counts[c][i][j]++;
        if (a.value().isPresent() && b.value().isPresent()) {
          double p = a.value().getAsDouble();
          double q = b.value().getAsDouble();
          valuePairs.get(c).merge(List.of(p, q), 1, Integer::sum);
          if (p < q) {
            because(c, first.id(), a);
          } else if (q < p) {
            because(c, second.id(), b);
          }
        }
      }
      cohort.add(assessment);
    }

    /** Counts the first criterion of the next level that the lower model's score did not meet. */
    private void because(int c, String modelId, CapabilityScore lower) {
      if (lower.next().isEmpty()) {
        return;
      }
      String level = lower.next().get().id();
      for (CriterionResult criterion : lower.nextCriteria()) {
        if (!criterion.isMet()) {
          reasons.get(c).merge(List.of(modelId, level, criterion.description()), 1, Integer::sum);
          return;
        }
      }
    }

    @Override
    public Accumulator<Assessment, ModelComparison> combine(
        Accumulator<Assessment, ModelComparison> accumulator) {
      if (!(accumulator instanceof Counting other)
          || !first.equals(other.first)
          || !second.equals(other.second)
          || !framework.equals(other.framework)) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      for (String id : other.seen) {
        if (seen.contains(id)) {
          throw new MnrException(
              "a comparison holds one assessment per jurisdiction; "
                  + Messages.quote(id)
                  + " came again");
        }
      }
      seen.addAll(other.seen);
      for (int c = 0; c < counts.length; c++) {
        for (int i = 0; i < counts[c].length; i++) {
          for (int j = 0; j < counts[c][i].length; j++) {
            counts[c][i][j] += other.counts[c][i][j];
          }
        }
        Map<List<String>, Integer> mine = reasons.get(c);
        other.reasons.get(c).forEach((key, n) -> mine.merge(key, n, Integer::sum));
        Map<List<Double>, Integer> both = valuePairs.get(c);
        other.valuePairs.get(c).forEach((pair, n) -> both.merge(pair, n, Integer::sum));
      }
      cohort.combine(other.cohort);
      return this;
    }

    @Override
    public ModelComparison result() {
      List<Agreement> agreements = new ArrayList<>();
      int[][] pooled = new int[firstLevels.size() + 1][secondLevels.size() + 1];
      Map<List<String>, Integer> allReasons = new HashMap<>();
      Map<List<Double>, Integer> allPairs = new HashMap<>();
      for (int c = 0; c < counts.length; c++) {
        agreements.add(
            agreement(
                framework.capabilities().get(c).id(),
                counts[c],
                reasons.get(c),
                valuePairs.get(c)));
        for (int i = 0; i < pooled.length; i++) {
          for (int j = 0; j < pooled[i].length; j++) {
            pooled[i][j] += counts[c][i][j];
          }
        }
        reasons.get(c).forEach((key, n) -> allReasons.merge(key, n, Integer::sum));
        valuePairs.get(c).forEach((pair, n) -> allPairs.merge(pair, n, Integer::sum));
      }
      return ImmutableModelComparison.builder()
          .firstModelId(first.id())
          .secondModelId(second.id())
          .addAllFirstLevels(firstLevels)
          .addAllSecondLevels(secondLevels)
          .jurisdictionCount(seen.size())
          .addAllCapabilities(agreements)
          .overall(agreement("all", pooled, allReasons, allPairs))
          .syntheticCount(cohort.syntheticCount())
          .invalidResponses(cohort.invalidResponses())
          .putAllInstrumentCounts(cohort.instrumentCounts())
          .build();
    }

    /**
     * The agreement of a table: 1 less the mean distance between the two values of each
     * jurisdiction, and the kappa, 1 less that mean over the mean distance between any first value
     * and any second value (what two unrelated models with these distributions would give).
     */
    private static Agreement agreement(
        String id,
        int[][] table,
        Map<List<String>, Integer> why,
        Map<List<Double>, Integer> valuePairs) {
      // In one order, the values' own, so that the sums are the same however they were counted.
      Map<List<Double>, Integer> pairs = new TreeMap<>(BY_VALUES);
      pairs.putAll(valuePairs);
      Map<Double, Integer> firstValues = new TreeMap<>();
      Map<Double, Integer> secondValues = new TreeMap<>();
      double distance = 0;
      int compared = 0;
      for (Map.Entry<List<Double>, Integer> pair : pairs.entrySet()) {
        double p = pair.getKey().get(0);
        double q = pair.getKey().get(1);
        distance += Math.abs(p - q) * pair.getValue();
        compared += pair.getValue();
        firstValues.merge(p, pair.getValue(), Integer::sum);
        secondValues.merge(q, pair.getValue(), Integer::sum);
      }
      double agreement = compared == 0 ? Double.NaN : 1 - distance / compared;
      OptionalDouble kappa = OptionalDouble.empty();
      if (compared > 0) {
        double chance = 0;
        for (Map.Entry<Double, Integer> one : firstValues.entrySet()) {
          for (Map.Entry<Double, Integer> two : secondValues.entrySet()) {
            chance += Math.abs(one.getKey() - two.getKey()) * one.getValue() * two.getValue();
          }
        }
        chance /= (double) compared * compared;
        if (chance > 0) {
          kappa = OptionalDouble.of(1 - distance / compared / chance);
        }
      }
      List<Reason> reasonList = new ArrayList<>();
      why.forEach(
          (key, count) ->
              reasonList.add(
                  ImmutableReason.builder()
                      .modelId(key.get(0))
                      .levelId(key.get(1))
                      .criterion(key.get(2))
                      .count(count)
                      .build()));
      reasonList.sort(
          Comparator.comparingInt(Reason::count)
              .reversed()
              .thenComparing(Reason::modelId)
              .thenComparing(Reason::levelId)
              .thenComparing(Reason::criterion));
      List<List<Integer>> counted = new ArrayList<>();
      for (int[] row : table) {
        List<Integer> cells = new ArrayList<>();
        for (int cell : row) {
          cells.add(cell);
        }
        counted.add(List.copyOf(cells));
      }
      return ImmutableAgreement.builder()
          .capabilityId(id)
          .addAllCounts(counted)
          .compared(compared)
          .agreement(agreement)
          .kappa(kappa)
          .addAllReasons(reasonList)
          .build();
    }

    @Override
    public String toString() {
      return "a comparison of '"
          + first.id()
          + "' and '"
          + second.id()
          + "' ("
          + seen.size()
          + " jurisdictions)";
    }
  }

  /**
   * Returns each capability's agreement as a tidy table, the least agreement first: {@code
   * capability, compared, agreement, kappa, reason} (the criterion that made the difference most
   * often, with its model, level and count), then {@code all} for every capability together.
   *
   * @return the table
   */
  public TextTable toTable() {
    List<Agreement> ordered = new ArrayList<>(capabilities());
    ordered.sort(
        Comparator.comparingDouble((Agreement a) -> Double.isNaN(a.agreement()) ? 2 : a.agreement())
            .thenComparing(Agreement::capabilityId));
    ordered.add(overall());
    List<List<String>> rows = new ArrayList<>();
    for (Agreement agreement : ordered) {
      rows.add(
          List.of(
              agreement.capabilityId(),
              String.valueOf(agreement.compared()),
              number(agreement.agreement()),
              agreement.kappa().isPresent() ? number(agreement.kappa().getAsDouble()) : "",
              agreement.reasons().isEmpty() ? "" : agreement.reasons().get(0).toString()));
    }
    return TextTable.of(List.of("capability", "compared", "agreement", "kappa", "reason"), rows)
        .withNotes(notes());
  }

  /**
   * Returns the cross-tabulations as a tidy table, a row per capability and pair of levels held by
   * any jurisdiction: {@code capability, first_level, second_level, count}, with {@code none} for
   * no level.
   *
   * @return the table
   */
  public TextTable toCrossTable() {
    List<List<String>> rows = new ArrayList<>();
    for (Agreement agreement : capabilities()) {
      for (int i = 0; i < agreement.counts().size(); i++) {
        for (int j = 0; j < agreement.counts().get(i).size(); j++) {
          int count = agreement.counts().get(i).get(j);
          if (count > 0) {
            rows.add(
                List.of(
                    agreement.capabilityId(),
                    i == 0 ? "none" : firstLevels().get(i - 1).id(),
                    j == 0 ? "none" : secondLevels().get(j - 1).id(),
                    String.valueOf(count)));
          }
        }
      }
    }
    return TextTable.of(List.of("capability", "first_level", "second_level", "count"), rows)
        .withNotes(notes());
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
  }

  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add(
        "First model '"
            + firstModelId()
            + "', second '"
            + secondModelId()
            + "', over "
            + jurisdictionCount()
            + " jurisdictions. Each model places a capability by its value (its level over the"
            + " highest that applies to it, 0 to 1); agreement is the mean of 1 less the"
            + " distance between the two values, kappa the agreement beyond chance (Cohen's,"
            + " linear weights); capabilities at no level under either model are left out of"
            + " both.");
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
    return "ModelComparison["
        + firstModelId()
        + " and "
        + secondModelId()
        + ", "
        + jurisdictionCount()
        + " jurisdictions]";
  }
}
