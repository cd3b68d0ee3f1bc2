package io.github.mnr4j.scoring;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Framework;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Which of a model's uncertain parameters matters most to a cohort's results: Sobol's first- and
 * total-order sensitivity indices of cohort measures (the mean overall and domain scores, and how
 * many capabilities reach each level) with respect to each parameter ({@link Sensitivity}).
 *
 * <p>The parameters are sampled by a Sobol sequence (Apache Commons Math's): base sample {@code j}
 * is point {@code j + 1} of the sequence in twice as many dimensions as there are parameters, its
 * first half matrix A's row and its second half matrix B's. The model is evaluated at A, at B and,
 * for each parameter, at A with that parameter's column from B; Saltelli's estimator (2010) gives
 * the first-order index (on the measure less its mean) and Jansen's (1999) the total-order index,
 * and a bootstrap over the base samples (seeded) gives their 95% confidence intervals. A parameter
 * whose alternatives all give the same model gets indices of 0.
 *
 * <pre>{@code
 * Accumulator<Assessment, Sensitivity> sensitivity =
 *     SensitivityAnalysis.of(model).withBaseSamples(1024).withSeed(2022).accumulator(mnr);
 * analysis.assessments().forEach(sensitivity::add);
 * System.out.print(sensitivity.result().toTable().toText());
 * }</pre>
 *
 * <p>The base samples are a fold of their own ({@link #samplesOver}): split them over threads of
 * one's own and combine; the result is the same however they were split.
 *
 * <p>Immutable and thread-safe.
 */
public final class SensitivityAnalysis {
  private static final int DEFAULT_SAMPLES = 1024;
  private static final int DEFAULT_BOOTSTRAP = 500;

  /** The most base samples an analysis takes. */
  public static final int MAX_SAMPLES = 1 << 20;

  /** The most bootstrap resamples. */
  public static final int MAX_BOOTSTRAP = 10_000;

  private final UncertainModel model;
  private final int samples;
  private final long seed;
  private final int bootstrap;

  private SensitivityAnalysis(UncertainModel model, int samples, long seed, int bootstrap) {
    this.model = model;
    this.samples = samples;
    this.seed = seed;
    this.bootstrap = bootstrap;
  }

  /**
   * Starts an analysis of a model: 1024 base samples, 500 bootstrap resamples, seed 0.
   *
   * @param model the model and its uncertain parameters
   * @return the analysis
   */
  public static SensitivityAnalysis of(UncertainModel model) {
    return new SensitivityAnalysis(model, DEFAULT_SAMPLES, 0, DEFAULT_BOOTSTRAP);
  }

  /**
   * Returns a copy with another number of base samples; the model is evaluated that many times the
   * number of parameters plus two.
   *
   * @param samples from 2 to {@link #MAX_SAMPLES}
   * @return the copy
   * @throws MnrException if the number is out of range
   */
  public SensitivityAnalysis withBaseSamples(int samples) {
    if (samples < 2 || samples > MAX_SAMPLES) {
      throw new MnrException(
          "the base samples must be from 2 to "
              + MAX_SAMPLES
              + " (SensitivityAnalysis.MAX_SAMPLES), not "
              + samples);
    }
    return new SensitivityAnalysis(model, samples, seed, bootstrap);
  }

  /**
   * Returns a copy with another seed for the bootstrap.
   *
   * @param seed the seed
   * @return the copy
   */
  public SensitivityAnalysis withSeed(long seed) {
    return new SensitivityAnalysis(model, samples, seed, bootstrap);
  }

  /**
   * Returns a copy with another number of bootstrap resamples.
   *
   * @param resamples from 10 to {@link #MAX_BOOTSTRAP}
   * @return the copy
   * @throws MnrException if the number is out of range
   */
  public SensitivityAnalysis withBootstrap(int resamples) {
    if (resamples < 10 || resamples > MAX_BOOTSTRAP) {
      throw new MnrException(
          "the bootstrap resamples must be from 10 to " + MAX_BOOTSTRAP + ", not " + resamples);
    }
    return new SensitivityAnalysis(model, samples, seed, resamples);
  }

  /**
   * Returns how many base samples the analysis takes.
   *
   * @return the base samples
   */
  public int sampleCount() {
    return samples;
  }

  /**
   * Starts an analysis of assessments, added one at a time; it keeps them, and evaluates every base
   * sample, in turn, when asked for the result.
   *
   * @param framework the framework the assessments are of
   * @return an empty accumulator
   */
  public Accumulator<Assessment, Sensitivity> accumulator(Framework framework) {
    return new HeldAssessments<>(
        "a sensitivity analysis",
        this,
        SensitivityAnalysis::sameAs,
        framework,
        assessments -> {
          Samples all = new Samples(this, framework, assessments);
          for (int j = 0; j < samples; j++) {
            all.add(j);
          }
          return all.result();
        });
  }

  /**
   * Starts evaluating base samples over a cohort: add sample numbers, from 0 to {@link
   * #sampleCount()} less one, each once, in any order and in any number of accumulators combined.
   *
   * @param framework the framework the assessments are of
   * @param assessments the cohort, one assessment per jurisdiction
   * @return an accumulator of sample numbers
   * @throws MnrException if an assessment is of another framework or repeats a jurisdiction
   */
  public Accumulator<Integer, Sensitivity> samplesOver(
      Framework framework, Collection<Assessment> assessments) {
    return new Samples(
        this,
        framework,
        HeldAssessments.inIdOrder("a sensitivity analysis", framework, assessments));
  }

  /** Whether another analysis samples the same model the same way. */
  private boolean sameAs(SensitivityAnalysis other) {
    return model == other.model
        && samples == other.samples
        && seed == other.seed
        && bootstrap == other.bootstrap;
  }

  /** A cohort measure: its id and what it is. */
  private record Measure(String id, String description) {}

  /** The measures of a cohort under a model: overall, each domain, and each level reached. */
  private List<Measure> measures(Framework framework) {
    List<Measure> measures = new ArrayList<>();
    measures.add(
        new Measure("overall", "the mean overall score of the jurisdictions that have one"));
    for (Domain domain : framework.domains()) {
      measures.add(
          new Measure(
              domain.id(),
              "the mean score of domain '" + domain.id() + "' of the jurisdictions that have one"));
    }
    if (model.nominal() instanceof StagedModel staged) {
      for (LevelDefinition definition : staged.levels().subList(1, staged.levels().size())) {
        Level level = definition.level();
        measures.add(
            new Measure(
                "at-or-above-" + level.id(),
                "how many capabilities of the jurisdictions reach " + level.id() + " or above"));
      }
    }
    return measures;
  }

  /** Base sample {@code j}: point {@code j + 1} of the Sobol sequence, A's row then B's. */
  static double[] point(int dimensions, int j) {
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(dimensions);
    // The sequence starts at the origin; the first point after it is the first sample.
    sequence.skipTo(j + 1);
    return sequence.nextVector();
  }

  /** The measures of the cohort under the model at some quantiles of its parameters. */
  private double[] evaluate(
      double[] quantiles,
      Framework framework,
      List<Assessment> assessments,
      List<Measure> measures) {
    ParameterValues values = model.valuesAt(quantiles);
    CompiledModel variant;
    try {
      variant = model.variant(values).compile(framework);
    } catch (MnrException e) {
      throw new MnrException(
          "model '" + model.nominal().id() + "' with " + values + ": " + e.getMessage());
    }
    int aggregates = framework.domains().size() + 1;
    double[] sums = new double[aggregates];
    int[] known = new int[aggregates];
    int levels = measures.size() - aggregates;
    double[] reached = new double[levels];
    for (Assessment assessment : assessments) {
      Scorecard card = variant.score(assessment);
      add(card.overall(), 0, sums, known);
      for (int d = 0; d < card.domains().size(); d++) {
        add(card.domains().get(d), d + 1, sums, known);
      }
      for (CapabilityScore capability : card.capabilities()) {
        int ordinal = capability.level().map(Level::ordinal).orElse(-1);
        for (int l = 0; l < levels && l < ordinal; l++) {
          reached[l]++;
        }
      }
    }
    double[] result = new double[measures.size()];
    for (int a = 0; a < aggregates; a++) {
      result[a] = known[a] == 0 ? Double.NaN : sums[a] / known[a];
    }
    System.arraycopy(reached, 0, result, aggregates, levels);
    return result;
  }

  private static void add(AggregateScore score, int index, double[] sums, int[] known) {
    if (score.value().isPresent()) {
      sums[index] += score.value().getAsDouble();
      known[index]++;
    }
  }

  /** Base samples evaluated over a cohort. */
  private static final class Samples implements Accumulator<Integer, Sensitivity> {
    private final SensitivityAnalysis analysis;
    private final Framework framework;
    private final List<Assessment> assessments;
    private final List<Measure> measures;
    private final int k;

    /** Per measure, the values at A's and B's rows; then at A with each column from B. */
    private final double[][] atA;

    private final double[][] atB;
    private final double[][][] atAb;
    private final BitSet evaluated = new BitSet();

    Samples(SensitivityAnalysis analysis, Framework framework, List<Assessment> assessments) {
      this.analysis = analysis;
      this.framework = framework;
      this.assessments = assessments;
      this.measures = analysis.measures(framework);
      this.k = analysis.model.parameters().size();
      int m = measures.size();
      int n = analysis.samples;
      atA = new double[m][n];
      atB = new double[m][n];
      atAb = new double[m][k][n];
    }

    @Override
    public void add(Integer sample) {
      int n = analysis.samples;
      if (sample < 0 || sample >= n) {
        throw new MnrException(
            "sample " + sample + " is not one of the " + n + " base samples, 0 to " + (n - 1));
      }
      if (evaluated.get(sample)) {
        throw new MnrException("sample " + sample + " was evaluated before");
      }
      double[] point = k == 0 ? new double[0] : point(2 * k, sample);
      double[] a = Arrays.copyOfRange(point, 0, k);
      double[] b = Arrays.copyOfRange(point, k, 2 * k);
      store(atA, sample, analysis.evaluate(a, framework, assessments, measures));
      store(atB, sample, analysis.evaluate(b, framework, assessments, measures));
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        double[] values = analysis.evaluate(ab, framework, assessments, measures);
        for (int m = 0; m < measures.size(); m++) {
          atAb[m][i][sample] = values[m];
        }
      }
      evaluated.set(sample);
    }

    private static void store(double[][] into, int sample, double[] values) {
      for (int m = 0; m < values.length; m++) {
        into[m][sample] = values[m];
      }
    }

    @Override
    public Accumulator<Integer, Sensitivity> combine(
        Accumulator<Integer, Sensitivity> accumulator) {
      if (!(accumulator instanceof Samples other)
          || !analysis.sameAs(other.analysis)
          || !framework.equals(other.framework)
          || !assessments.equals(other.assessments)) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      if (evaluated.intersects(other.evaluated)) {
        BitSet both = (BitSet) evaluated.clone();
        both.and(other.evaluated);
        throw new MnrException("sample " + both.nextSetBit(0) + " was evaluated in both");
      }
      for (int j = other.evaluated.nextSetBit(0); j >= 0; j = other.evaluated.nextSetBit(j + 1)) {
        for (int m = 0; m < measures.size(); m++) {
          atA[m][j] = other.atA[m][j];
          atB[m][j] = other.atB[m][j];
          for (int i = 0; i < k; i++) {
            atAb[m][i][j] = other.atAb[m][i][j];
          }
        }
      }
      evaluated.or(other.evaluated);
      return this;
    }

    @Override
    public Sensitivity result() {
      int n = analysis.samples;
      if (evaluated.cardinality() != n) {
        throw new MnrException(
            evaluated.cardinality()
                + " of the "
                + n
                + " base samples are evaluated; add every sample from 0 to "
                + (n - 1));
      }
      List<Sensitivity.MeasureEffects> results = new ArrayList<>();
      for (int m = 0; m < measures.size(); m++) {
        Measure measure = measures.get(m);
        // One bootstrap stream per measure, so that a measure's intervals do not depend on the
        // measures before it.
        RandomGenerator random =
            new Well19937c(new int[] {(int) analysis.seed, (int) (analysis.seed >>> 32), m});
        results.add(
            effects(
                measure.id(),
                measure.description(),
                atA[m],
                atB[m],
                atAb[m],
                analysis.model.parameters(),
                random,
                analysis.bootstrap));
      }
      CohortCounts cohort = CohortCounts.of(assessments);
      return Sensitivity.of(
          analysis.model.nominal().id(),
          n,
          analysis.seed,
          analysis.bootstrap,
          analysis.model.parameters(),
          assessments.size(),
          results,
          cohort.syntheticCount(),
          cohort.invalidResponses(),
          cohort.instrumentCounts());
    }

    @Override
    public String toString() {
      return "base samples of "
          + analysis
          + " over "
          + assessments.size()
          + " jurisdictions ("
          + evaluated.cardinality()
          + " evaluated)";
    }
  }

  /** A measure's indices for each parameter, ranked by total effect, with bootstrap intervals. */
  static Sensitivity.MeasureEffects effects(
      String id,
      String description,
      double[] atA,
      double[] atB,
      double[][] atAb,
      List<UncertainParameter> parameters,
      RandomGenerator random,
      int bootstrap) {
    int n = atA.length;
    int k = atAb.length;
    double[] all = new double[2 * n];
    System.arraycopy(atA, 0, all, 0, n);
    System.arraycopy(atB, 0, all, n, n);
    for (double value : all) {
      if (Double.isNaN(value)) {
        return Sensitivity.MeasureEffects.of(
            id, description, Double.NaN, Double.NaN, false, List.of());
      }
    }
    double mean = 0;
    for (double value : all) {
      mean += value / all.length;
    }
    double variance = new Variance().evaluate(all);
    double[][] first = new double[k][bootstrap];
    double[][] total = new double[k][bootstrap];
    int[] rows = new int[n];
    for (int r = 0; r < bootstrap; r++) {
      for (int j = 0; j < n; j++) {
        rows[j] = random.nextInt(n);
      }
      double[] indices = indices(atA, atB, atAb, rows);
      for (int i = 0; i < k; i++) {
        first[i][r] = indices[2 * i];
        total[i][r] = indices[2 * i + 1];
      }
    }
    int[] identity = new int[n];
    for (int j = 0; j < n; j++) {
      identity[j] = j;
    }
    double[] estimates = indices(atA, atB, atAb, identity);
    Percentile percentile = new Percentile();
    List<Sensitivity.Effect> effects = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      effects.add(
          Sensitivity.Effect.of(
              parameters.get(i).id(),
              estimates[2 * i],
              percentile.evaluate(first[i], 2.5),
              percentile.evaluate(first[i], 97.5),
              estimates[2 * i + 1],
              percentile.evaluate(total[i], 2.5),
              percentile.evaluate(total[i], 97.5)));
    }
    effects.sort(
        Comparator.comparingDouble(Sensitivity.Effect::total)
            .reversed()
            .thenComparing(Sensitivity.Effect::parameterId));
    return Sensitivity.MeasureEffects.of(id, description, mean, variance, true, effects);
  }

  /**
   * Saltelli's first-order and Jansen's total-order estimates over some rows: first and total of
   * each parameter in turn; 0 when the measure does not vary over them.
   */
  private static double[] indices(double[] atA, double[] atB, double[][] atAb, int[] rows) {
    int n = rows.length;
    double[] sample = new double[2 * n];
    for (int j = 0; j < n; j++) {
      sample[j] = atA[rows[j]];
      sample[n + j] = atB[rows[j]];
    }
    double variance = new Variance().evaluate(sample);
    double[] indices = new double[2 * atAb.length];
    if (variance == 0) {
      return indices;
    }
    // Centred, as SALib does: a measure far from 0 would otherwise swamp Saltelli's first-order
    // estimate with its mean, and the bootstrap's intervals with it.
    double mean = new Mean().evaluate(sample);
    for (int i = 0; i < atAb.length; i++) {
      double first = 0;
      double total = 0;
      for (int row : rows) {
        double a = atA[row];
        double ab = atAb[i][row];
        first += (atB[row] - mean) * (ab - a);
        total += (a - ab) * (a - ab);
      }
      indices[2 * i] = first / n / variance;
      indices[2 * i + 1] = total / (2.0 * n) / variance;
    }
    return indices;
  }

  @Override
  public String toString() {
    return "SensitivityAnalysis["
        + model.nominal().id()
        + ", "
        + samples
        + " base samples, "
        + bootstrap
        + " resamples, seed "
        + seed
        + "]";
  }
}
