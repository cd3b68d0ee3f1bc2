package io.github.mnr4j.cohort;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.scoring.AggregationRule;
import io.github.mnr4j.scoring.CapabilityScore;
import io.github.mnr4j.scoring.CompiledModel;
import io.github.mnr4j.scoring.CompiledRule;
import io.github.mnr4j.scoring.IndexModel;
import io.github.mnr4j.scoring.ScoringModels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Ranks a cohort's jurisdictions by a composite index ({@link IndexModel}), with honest
 * uncertainty: the index's own capability and domain weights are perturbed at random many times
 * (each weight multiplied by an independent unit exponential draw, so that equal weights become
 * flat Dirichlet weights; seeded, so reproducible), and each jurisdiction gets its nominal rank
 * (the index's own weights), its median rank, the interval from the 5th to the 95th percentile of
 * its ranks, and the probability that its index falls in each band of the scale. The index's own
 * aggregation and treatment of unknown values apply in every draw.
 *
 * <pre>{@code
 * Ranking ranking = Ranker.of(ScoringModels.index()).withDraws(1000).withSeed(2022)
 *     .rank(analysis);
 * System.out.print(ranking.table().text());
 * }</pre>
 *
 * <p>Ties share a rank (1, 2, 2, 4). A jurisdiction with no known value is not ranked. Bands split
 * the scale at thresholds, by default at 25, 50 and 75 of 100.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ranker {
  private static final int DEFAULT_DRAWS = 1000;

  /** The most weight draws a ranking makes. */
  public static final int MAX_DRAWS = 100_000;

  /**
   * The most ranks a ranking holds, draws times jurisdictions ranked: four bytes each, so that a
   * ranking's memory stays under a hundred megabytes, and its time under a minute.
   */
  public static final long MAX_RANKS = 20_000_000;

  private final IndexModel model;
  private final int draws;
  private final long seed;
  private final double[] thresholds;

  private Ranker(IndexModel model, int draws, long seed, double[] thresholds) {
    this.model = model;
    this.draws = draws;
    this.seed = seed;
    this.thresholds = thresholds;
  }

  /**
   * Starts a ranker by an index: 1000 draws, seed 0, bands at 25, 50 and 75.
   *
   * @param model the index, such as {@link ScoringModels#index()}
   * @return the ranker
   */
  public static Ranker of(IndexModel model) {
    return new Ranker(model, DEFAULT_DRAWS, 0, new double[] {25, 50, 75});
  }

  /**
   * Returns a copy that makes another number of weight draws.
   *
   * @param draws from 1 to {@link #MAX_DRAWS}
   * @return the ranker
   * @throws MnrException if draws is below 1 or above the limit
   */
  public Ranker withDraws(int draws) {
    if (draws < 1 || draws > MAX_DRAWS) {
      throw new MnrException(
          "a ranking makes from 1 to "
              + MAX_DRAWS
              + " weight draws"
              + " (Ranker.MAX_DRAWS), not "
              + draws);
    }
    return new Ranker(model, draws, seed, thresholds);
  }

  /**
   * Returns a copy with another random seed.
   *
   * @param seed the seed
   * @return the ranker
   */
  public Ranker withSeed(long seed) {
    return new Ranker(model, draws, seed, thresholds);
  }

  /**
   * Returns a copy with other band thresholds on the index's scale (0 to 100).
   *
   * @param thresholds increasing, each above 0 and below 100
   * @return the ranker
   * @throws MnrException if the thresholds do not increase within the scale
   */
  public Ranker withBands(double... thresholds) {
    for (int i = 0; i < thresholds.length; i++) {
      if (!(thresholds[i] > (i == 0 ? 0 : thresholds[i - 1])) || !(thresholds[i] < 100)) {
        throw new MnrException(
            "band thresholds increase strictly between 0 and 100, not "
                + Arrays.toString(thresholds));
      }
    }
    return new Ranker(model, draws, seed, thresholds.clone());
  }

  /**
   * Ranks the cohort: scores every jurisdiction once under the index's base model, then draws the
   * weights.
   *
   * @param analysis the cohort
   * @return the ranking
   * @throws MnrException if the draws times the jurisdictions ranked pass {@link #MAX_RANKS}
   */
  public Ranking rank(CohortAnalysis analysis) {
    Framework framework = analysis.instrument().framework();
    CompiledModel base = model.base().compile(framework);
    List<Assessment> ranked = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    List<String> unranked = new ArrayList<>();
    CompiledRule nominalRule = model.rule().compile(framework);
    for (Assessment assessment : analysis.assessments()) {
      double[] v =
          base.score(assessment).capabilities().stream()
              .map(CapabilityScore::value)
              .mapToDouble(value -> value.orElse(Double.NaN))
              .toArray();
      // Too little evidence for an index value (the rule's minimum coverage) is no rank.
      if (nominalRule.overall(v).isEmpty()) {
        unranked.add(assessment.jurisdiction().id());
      } else {
        ranked.add(assessment);
        values.add(v);
      }
    }
    int n = ranked.size();
    if ((long) n * draws > MAX_RANKS) {
      throw new MnrException(
          "ranking "
              + n
              + " jurisdictions "
              + draws
              + " times holds "
              + (long) n * draws
              + " ranks, more than "
              + MAX_RANKS
              + " (Ranker.MAX_RANKS): make"
              + " fewer draws, at most "
              + Math.max(1, MAX_RANKS / n));
    }
    double[] nominal = new double[n];
    for (int j = 0; j < n; j++) {
      nominal[j] = nominalRule.overall(values.get(j)).orElse(0);
    }
    int[] nominalRanks = ranks(nominal);
    int[][] drawnRanks = new int[n][draws];
    List<String> bands = bandLabels();
    int[][] bandCounts = new int[n][bands.size()];
    Random random = new Random(seed);
    double[] drawn = new double[n];
    for (int draw = 0; draw < draws; draw++) {
      CompiledRule rule = drawRule(framework, random).compile(framework);
      for (int j = 0; j < n; j++) {
        OptionalDouble value = rule.overall(values.get(j));
        drawn[j] = value.orElse(0);
        bandCounts[j][band(drawn[j])]++;
      }
      int[] ranks = ranks(drawn);
      for (int j = 0; j < n; j++) {
        drawnRanks[j][draw] = ranks[j];
      }
    }
    List<Ranking.Entry> entries = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      int[] sorted = drawnRanks[j].clone();
      Arrays.sort(sorted);
      Map<String, Double> probabilities = new LinkedHashMap<>();
      for (int b = 0; b < bands.size(); b++) {
        if (bandCounts[j][b] > 0) {
          probabilities.put(bands.get(b), (double) bandCounts[j][b] / draws);
        }
      }
      entries.add(
          Ranking.Entry.of(
              ranked.get(j).jurisdiction(),
              nominal[j],
              nominalRanks[j],
              percentile(sorted, 50),
              percentile(sorted, 5),
              percentile(sorted, 95),
              probabilities));
    }
    entries.sort(
        (a, b) ->
            a.nominalRank() != b.nominalRank()
                ? Integer.compare(a.nominalRank(), b.nominalRank())
                : a.jurisdictionId().compareTo(b.jurisdictionId()));
    return Ranking.of(
        model.id(),
        draws,
        seed,
        bands,
        entries,
        unranked,
        analysis.assessments().stream().anyMatch(a -> a.jurisdiction().isSynthetic()));
  }

  /** The index's rule with each weight multiplied by a unit exponential draw. */
  private AggregationRule drawRule(Framework framework, Random random) {
    AggregationRule.Builder rule =
        AggregationRule.builder()
            .aggregation(model.aggregation())
            .missing(model.missing())
            .minimumCoverage(model.minimumCoverage())
            .scale(model.rule().scale());
    for (Capability capability : framework.capabilities()) {
      rule.putCapabilityWeight(
          capability.id(),
          model.capabilityWeights().getOrDefault(capability.id(), 1.0) * unitExponential(random));
    }
    for (Domain domain : framework.domains()) {
      rule.putDomainWeight(
          domain.id(),
          model.domainWeights().getOrDefault(domain.id(), 1.0) * unitExponential(random));
    }
    return rule.build();
  }

  private static double unitExponential(Random random) {
    return -Math.log(1 - random.nextDouble());
  }

  private List<String> bandLabels() {
    List<String> labels = new ArrayList<>();
    double lower = 0;
    for (double threshold : thresholds) {
      labels.add(format(lower) + "-" + format(threshold));
      lower = threshold;
    }
    labels.add(format(lower) + "-100");
    return List.copyOf(labels);
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private int band(double value) {
    for (int b = 0; b < thresholds.length; b++) {
      if (value < thresholds[b]) {
        return b;
      }
    }
    return thresholds.length;
  }

  /** Competition ranks, highest value first: 1 plus how many have a strictly higher value. */
  private static int[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
    int[] ranks = new int[values.length];
    for (int position = 0; position < order.length; position++) {
      int j = order[position];
      ranks[j] =
          position > 0 && values[order[position - 1]] == values[j]
              ? ranks[order[position - 1]]
              : position + 1;
    }
    return ranks;
  }

  /** The nearest-rank percentile of sorted values. */
  private static int percentile(int[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  @Override
  public String toString() {
    return "Ranker[" + model.id() + ", " + draws + " draws, seed " + seed + "]";
  }
}
