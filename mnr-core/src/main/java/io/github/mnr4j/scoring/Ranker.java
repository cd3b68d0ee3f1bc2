package io.github.mnr4j.scoring;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

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
 * Accumulator<Assessment, Ranking> ranking =
 *     Ranker.of(ScoringModels.index()).withDraws(1000).withSeed(2022).accumulator(mnr);
 * analysis.assessments().forEach(ranking::add);
 * System.out.print(ranking.result().toTable().toText());
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
   * Starts a ranking of assessments, added one at a time: it keeps each jurisdiction's id, name and
   * capability values under the index's base model (eight bytes a capability), and draws the
   * weights when asked for the result. The ranking depends on which jurisdictions were added, not
   * on their order: the ranked are listed by rank, then id; the unranked by id.
   *
   * <pre>{@code
   * Accumulator<Assessment, Ranking> ranking =
   *     Ranker.of(ScoringModels.index()).withDraws(200).accumulator(mnr);
   * // or each as it is read
   * analysis.assessments().forEach(ranking::add);
   * System.out.print(ranking.result().toTable().toText());
   * }</pre>
   *
   * <p>{@code add} refuses an assessment of another framework or of a jurisdiction added before;
   * {@code result} refuses when the draws times the jurisdictions ranked pass {@link #MAX_RANKS}.
   *
   * @param framework the framework the assessments are of
   * @return an empty accumulator
   * @throws MnrException if the index does not fit the framework
   */
  public Accumulator<Assessment, Ranking> accumulator(Framework framework) {
    return new Held(this, framework);
  }

  /** A ranking's jurisdictions: ids, names, and capability values by the base model. */
  private static final class Held implements Accumulator<Assessment, Ranking> {
    private final Ranker ranker;
    private final Framework framework;
    private final CompiledModel base;
    private final CompiledRule nominalRule;
    private final int width;

    /** Every jurisdiction added, ranked or not. */
    private final Set<String> seen = new HashSet<>();

    /** The ranked jurisdictions' ids and names. */
    private final List<String> ids = new ArrayList<>();

    private final List<String> names = new ArrayList<>();

    /** The ranked jurisdictions' capability values: {@code values[j * width + c]}, NaN unknown. */
    private double[] values = new double[0];

    private final List<String> unranked = new ArrayList<>();
    private final Map<String, Integer> instruments = new HashMap<>();
    private int synthetic;
    private final Accumulator<ValidationReport, InvalidResponses> invalid =
        InvalidResponses.accumulator();

    Held(Ranker ranker, Framework framework) {
      this.ranker = ranker;
      this.framework = framework;
      this.base = ranker.model.base().compile(framework);
      this.nominalRule = ranker.model.rule().compile(framework);
      this.width = framework.capabilities().size();
    }

    @Override
    public void add(Assessment assessment) {
      String id = assessment.jurisdiction().id();
      if (seen.contains(id)) {
        throw repeated(id);
      }
      double[] v =
          base.score(assessment).capabilities().stream()
              .map(CapabilityScore::value)
              .mapToDouble(value -> value.orElse(Double.NaN))
              .toArray();
      seen.add(id);
      synthetic += assessment.jurisdiction().isSynthetic() ? 1 : 0;
      instruments.merge(assessment.instrumentReference(), 1, Integer::sum);
      invalid.add(assessment.validation());
      // Too little evidence for an index value (the rule's minimum coverage) is no rank.
      if (nominalRule.overall(v).isEmpty()) {
        unranked.add(id);
      } else {
        keep(id, assessment.jurisdiction().name(), v, 0);
      }
    }

    private static MnrException repeated(String id) {
      return new MnrException(
          "a ranking holds one assessment per jurisdiction; " + Messages.quote(id) + " came again");
    }

    private void keep(String id, String name, double[] from, int offset) {
      int j = ids.size();
      ids.add(id);
      names.add(name);
      if ((j + 1) * width > values.length) {
        values = Arrays.copyOf(values, Math.max(16 * width, values.length * 2));
      }
      System.arraycopy(from, offset, values, j * width, width);
    }

    @Override
    public Accumulator<Assessment, Ranking> combine(Accumulator<Assessment, Ranking> accumulator) {
      if (!(accumulator instanceof Held other)
          || !ranker.sameAs(other.ranker)
          || !framework.equals(other.framework)) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      for (String id : other.seen) {
        if (seen.contains(id)) {
          throw repeated(id);
        }
      }
      seen.addAll(other.seen);
      for (int k = 0; k < other.ids.size(); k++) {
        keep(other.ids.get(k), other.names.get(k), other.values, k * width);
      }
      unranked.addAll(other.unranked);
      synthetic = Math.addExact(synthetic, other.synthetic);
      other.instruments.forEach(
          (reference, count) -> instruments.merge(reference, count, Integer::sum));
      invalid.combine(other.invalid);
      return this;
    }

    @Override
    public Ranking result() {
      return ranker.rank(this);
    }

    @Override
    public String toString() {
      return "a ranking by "
          + ranker
          + " of framework '"
          + framework.id()
          + "' ("
          + seen.size()
          + " jurisdictions)";
    }
  }

  /** Whether another ranker ranks by the same index, draws, seed and bands. */
  private boolean sameAs(Ranker other) {
    return model.equals(other.model)
        && draws == other.draws
        && seed == other.seed
        && Arrays.equals(thresholds, other.thresholds);
  }

  /** Draws the weights for the jurisdictions an accumulator holds. */
  private Ranking rank(Held held) {
    Framework framework = held.framework;
    int n = held.ids.size();
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
    int width = held.width;
    double[] v = new double[width];
    double[] nominal = new double[n];
    for (int j = 0; j < n; j++) {
      System.arraycopy(held.values, j * width, v, 0, width);
      nominal[j] = held.nominalRule.overall(v).orElse(0);
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
        System.arraycopy(held.values, j * width, v, 0, width);
        drawn[j] = rule.overall(v).orElse(0);
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
              held.ids.get(j),
              held.names.get(j),
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
    List<String> unranked = new ArrayList<>(held.unranked);
    Collections.sort(unranked);
    return Ranking.of(
        model.id(),
        draws,
        seed,
        bands,
        entries,
        unranked,
        held.synthetic,
        held.invalid.result(),
        held.instruments);
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
