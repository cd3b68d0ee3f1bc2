package io.github.mnr4j.cohort;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.scoring.LevelDefinition;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.immutables.value.Value;

/**
 * A ranking of a cohort's jurisdictions by a composite index, with honest uncertainty: the
 * weights of capabilities within domains and of domains overall are drawn at random (flat
 * Dirichlet, seeded, so reproducible) many times, and each jurisdiction gets its nominal rank
 * (equal weights), its median rank, the interval from the 5th to the 95th percentile of its
 * ranks, and the probability that its index falls in each band.
 *
 * <p>The index is the weighted arithmetic mean of known capability values (from a base model,
 * the staged model by default) within each domain, then of known domain values, times 100. Ties
 * share a rank (1, 2, 2, 4). Bands split the scale in quarters named after the staged levels:
 * below 25 {@code absent}, below 50 {@code planned}, below 75 {@code initial}, below 100
 * {@code established}, 100 {@code comprehensive}. A jurisdiction with no known value is not
 * ranked.
 *
 * <pre>{@code
 * Ranking ranking = Ranking.of(analysis, 1000, 2022L);
 * System.out.print(ranking.table().text());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Ranking {
  Ranking() {}

  /**
   * Returns the base model whose capability values the index combines.
   *
   * @return its id
   */
  public abstract String model();

  /**
   * Returns how many weight draws were made.
   *
   * @return the draws
   */
  public abstract int draws();

  /**
   * Returns the random seed.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns the ranked jurisdictions, by nominal rank (then id).
   *
   * @return the entries
   */
  public abstract ImmutableList<Entry> entries();

  /**
   * Returns the jurisdictions with no known value, which are not ranked.
   *
   * @return ids
   */
  public abstract ImmutableList<String> unranked();

  /** One jurisdiction's place in the ranking. */
  @Value.Immutable
  public abstract static class Entry {
    Entry() {}

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
     * Returns the index with equal weights.
     *
     * @return a value in [0, 100]
     */
    public abstract double nominalValue();

    /**
     * Returns the rank with equal weights.
     *
     * @return the rank, from 1
     */
    public abstract int nominalRank();

    /**
     * Returns the median rank over the draws.
     *
     * @return the rank
     */
    public abstract int medianRank();

    /**
     * Returns the 5th percentile of the ranks: the best rank but for the luckiest 5% of draws.
     *
     * @return the rank
     */
    public abstract int bestRank();

    /**
     * Returns the 95th percentile of the ranks.
     *
     * @return the rank
     */
    public abstract int worstRank();

    /**
     * Returns the probability of each band, in band order; bands never reached are left out.
     *
     * @return band id to probability
     */
    public abstract ImmutableMap<String, Double> bands();
  }

  /**
   * Ranks a cohort by the staged model's values.
   *
   * @param analysis the cohort
   * @param draws how many weight draws, 1 or more
   * @param seed the random seed
   * @return the ranking
   */
  public static Ranking of(CohortAnalysis analysis, int draws, long seed) {
    return of(analysis, ScoringModels.staged(), draws, seed);
  }

  /**
   * Ranks a cohort.
   *
   * @param analysis the cohort
   * @param model the model whose capability values the index combines
   * @param draws how many weight draws, 1 or more
   * @param seed the random seed
   * @return the ranking
   * @throws MnrException if draws is below 1
   */
  public static Ranking of(CohortAnalysis analysis, ScoringModel model, int draws, long seed) {
    if (draws < 1) {
      throw new MnrException("a ranking needs 1 draw or more, not " + draws);
    }
    Framework framework = analysis.instrument().framework();
    int capabilities = framework.capabilities().size();
    int[] domainOf = new int[capabilities];
    for (int c = 0; c < capabilities; c++) {
      String domainId = framework.capabilities().get(c).domainId();
      for (int d = 0; d < framework.domains().size(); d++) {
        if (framework.domains().get(d).id().equals(domainId)) {
          domainOf[c] = d;
        }
      }
    }
    int domains = framework.domains().size();
    List<Assessment> assessments = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    ImmutableRanking.Builder ranking = ImmutableRanking.builder().model(model.id())
        .draws(draws).seed(seed);
    for (Assessment assessment : analysis.assessments()) {
      Scorecard card = model.score(assessment);
      double[] v = card.capabilities().stream()
          .mapToDouble(s -> s.value().orElse(Double.NaN)).toArray();
      if (Arrays.stream(v).allMatch(Double::isNaN)) {
        ranking.addUnranked(assessment.jurisdiction().id());
      } else {
        assessments.add(assessment);
        values.add(v);
      }
    }
    int n = assessments.size();
    double[] equalCapabilities = new double[capabilities];
    double[] equalDomains = new double[domains];
    Arrays.fill(equalCapabilities, 1);
    Arrays.fill(equalDomains, 1);
    double[] nominal = new double[n];
    for (int j = 0; j < n; j++) {
      nominal[j] = index(values.get(j), domainOf, equalCapabilities, equalDomains);
    }
    int[] nominalRanks = ranks(nominal);
    int[][] drawnRanks = new int[n][draws];
    int[][] bandCounts = new int[n][BANDS.size()];
    Random random = new Random(seed);
    double[] capabilityWeights = new double[capabilities];
    double[] domainWeights = new double[domains];
    double[] drawn = new double[n];
    for (int draw = 0; draw < draws; draw++) {
      for (int c = 0; c < capabilities; c++) {
        capabilityWeights[c] = -Math.log(1 - random.nextDouble());
      }
      for (int d = 0; d < domains; d++) {
        domainWeights[d] = -Math.log(1 - random.nextDouble());
      }
      for (int j = 0; j < n; j++) {
        drawn[j] = index(values.get(j), domainOf, capabilityWeights, domainWeights);
        bandCounts[j][band(drawn[j])]++;
      }
      int[] ranks = ranks(drawn);
      for (int j = 0; j < n; j++) {
        drawnRanks[j][draw] = ranks[j];
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      int[] sorted = drawnRanks[j].clone();
      Arrays.sort(sorted);
      ImmutableMap.Builder<String, Double> bands = ImmutableMap.builder();
      for (int b = 0; b < BANDS.size(); b++) {
        if (bandCounts[j][b] > 0) {
          bands.put(BANDS.get(b), (double) bandCounts[j][b] / draws);
        }
      }
      entries.add(ImmutableEntry.builder()
          .jurisdictionId(assessments.get(j).jurisdiction().id())
          .name(assessments.get(j).jurisdiction().name())
          .nominalValue(nominal[j])
          .nominalRank(nominalRanks[j])
          .medianRank(percentile(sorted, 50))
          .bestRank(percentile(sorted, 5))
          .worstRank(percentile(sorted, 95))
          .bands(bands.build())
          .build());
    }
    entries.sort((a, b) -> a.nominalRank() != b.nominalRank()
        ? Integer.compare(a.nominalRank(), b.nominalRank())
        : a.jurisdictionId().compareTo(b.jurisdictionId()));
    return ranking.entries(entries).build();
  }

  /** The bands' ids: the staged model's level ids, lowest first. */
  static final ImmutableList<String> BANDS = ScoringModels.staged().levels().stream()
      .map(LevelDefinition::level).map(l -> l.id()).collect(ImmutableList.toImmutableList());

  private static int band(double value) {
    return Math.min(BANDS.size() - 1, (int) Math.floor(value / (100.0 / (BANDS.size() - 1))));
  }

  /** The index: weighted means of known values within domains, then over domains, times 100. */
  private static double index(double[] values, int[] domainOf, double[] capabilityWeights,
      double[] domainWeights) {
    double[] sum = new double[domainWeights.length];
    double[] weight = new double[domainWeights.length];
    for (int c = 0; c < values.length; c++) {
      if (!Double.isNaN(values[c])) {
        sum[domainOf[c]] += capabilityWeights[c] * values[c];
        weight[domainOf[c]] += capabilityWeights[c];
      }
    }
    double total = 0;
    double totalWeight = 0;
    for (int d = 0; d < domainWeights.length; d++) {
      if (weight[d] > 0) {
        total += domainWeights[d] * sum[d] / weight[d];
        totalWeight += domainWeights[d];
      }
    }
    return Math.min(100, 100 * total / totalWeight);
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
      ranks[j] = position > 0 && values[order[position - 1]] == values[j]
          ? ranks[order[position - 1]] : position + 1;
    }
    return ranks;
  }

  /** The nearest-rank percentile of sorted values. */
  private static int percentile(int[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  /**
   * Returns the ranking as a table: rank, jurisdiction, name, index, median rank, 5-95%
   * interval, most likely band and its probability.
   *
   * @return the table
   */
  public TextTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (Entry entry : entries()) {
      Map.Entry<String, Double> likely = entry.bands().entrySet().stream()
          .max(Map.Entry.comparingByValue()).orElseThrow();
      rows.add(List.of(String.valueOf(entry.nominalRank()), entry.jurisdictionId(),
          entry.name(), String.format(Locale.ROOT, "%.1f", entry.nominalValue()),
          String.valueOf(entry.medianRank()),
          entry.bestRank() + "-" + entry.worstRank(),
          likely.getKey() + String.format(Locale.ROOT, " (%.0f%%)", 100 * likely.getValue())));
    }
    return TextTable.of(List.of("rank", "jurisdiction", "name", "index", "median rank",
        "5-95% ranks", "likely band"), rows);
  }

  @Override
  public String toString() {
    return "Ranking[" + entries().size() + " ranked, " + draws() + " draws, seed " + seed()
        + "]";
  }
}
