package io.github.mnr4j.scoring;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * How much a cohort's levels depend on the choices a model's designer was unsure of: the model's
 * uncertain parameters ({@link UncertainModel}) are drawn at random many times, each draw's variant
 * scores every jurisdiction, and each jurisdiction gets the probability of each level of each
 * capability and the median and 5-95% interval of each domain's and the overall score ({@link
 * Stability}). Level probabilities are for models with levels (staged models); points and index
 * models have none, and their scores' intervals say how sure they are.
 *
 * <pre>{@code
 * Accumulator<Assessment, Stability> stability =
 *     LevelStability.of(model).withDraws(10_000).withSeed(2022).accumulator(mnr);
 * analysis.assessments().forEach(stability::add);
 * System.out.print(stability.result().toTable().toText());
 * }</pre>
 *
 * <p>Draw {@code d} takes its values from a generator seeded by the seed and {@code d} alone, and
 * draws are counted, not kept, so memory does not grow with the draws (scores are counted to four
 * decimal places of the scale). The draws are themselves a fold ({@link #drawsOver}): split them
 * over threads of one's own, each counting some, and combine; the result is the same however they
 * were split.
 *
 * <p>Immutable and thread-safe.
 */
public final class LevelStability {
  private static final int DEFAULT_DRAWS = 1000;

  /** The most draws a stability analysis makes. */
  public static final int MAX_DRAWS = 1_000_000;

  /** Scores are counted in steps of the scale over this: four decimal places. */
  private static final double RESOLUTION = 10_000;

  private final UncertainModel model;
  private final int draws;
  private final long seed;
  private final double stableAt;

  private LevelStability(UncertainModel model, int draws, long seed, double stableAt) {
    this.model = model;
    this.draws = draws;
    this.seed = seed;
    this.stableAt = stableAt;
  }

  /**
   * Starts an analysis of a model: 1000 draws, seed 0, stable at 0.95.
   *
   * @param model the model and its uncertain parameters
   * @return the analysis
   */
  public static LevelStability of(UncertainModel model) {
    return new LevelStability(model, DEFAULT_DRAWS, 0, 0.95);
  }

  /**
   * Returns a copy that makes another number of draws.
   *
   * @param draws from 1 to {@link #MAX_DRAWS}
   * @return the copy
   * @throws MnrException if the number is out of range
   */
  public LevelStability withDraws(int draws) {
    if (draws < 1 || draws > MAX_DRAWS) {
      throw new MnrException(
          "the draws must be from 1 to " + MAX_DRAWS + " (LevelStability.MAX_DRAWS), not " + draws);
    }
    return new LevelStability(model, draws, seed, stableAt);
  }

  /**
   * Returns a copy with another random seed.
   *
   * @param seed the seed
   * @return the copy
   */
  public LevelStability withSeed(long seed) {
    return new LevelStability(model, draws, seed, stableAt);
  }

  /**
   * Returns a copy with another threshold at which a level counts as stable.
   *
   * @param probability above 0.5 and at most 1, so that at most one level is stable
   * @return the copy
   * @throws MnrException if the probability is out of range
   */
  public LevelStability withStableAt(double probability) {
    if (!(probability > 0.5 && probability <= 1)) {
      throw new MnrException(
          "a level is stable at a probability above 0.5 and at most 1, not " + probability);
    }
    return new LevelStability(model, draws, seed, probability);
  }

  /**
   * Returns how many draws the analysis makes.
   *
   * @return the draws
   */
  public int drawCount() {
    return draws;
  }

  /**
   * Starts an analysis of assessments, added one at a time; it keeps them, and makes every draw, in
   * turn, when asked for the result. The result depends on which jurisdictions were added, not on
   * their order: they are listed by id.
   *
   * <p>{@code add} refuses an assessment of another framework or of a jurisdiction added before.
   *
   * @param framework the framework the assessments are of
   * @return an empty accumulator
   */
  public Accumulator<Assessment, Stability> accumulator(Framework framework) {
    return new HeldAssessments<>(
        "a stability analysis",
        this,
        LevelStability::sameAs,
        framework,
        assessments -> {
          Draws all = new Draws(this, framework, assessments);
          for (int d = 0; d < draws; d++) {
            all.add(d);
          }
          return all.result();
        });
  }

  /**
   * Scores one assessment with the model as written, and adds to its scorecard how sure each level
   * and score is over the draws ({@link Scorecard#stability()}).
   *
   * <pre>{@code
   * Scorecard card = LevelStability.of(model).withSeed(2022).score(assessment);
   * card.stability().isPresent(); // true
   * System.out.print(card.toTable().toText());
   * }</pre>
   *
   * @param assessment the assessment
   * @return its scorecard with the stability of its jurisdiction
   */
  public Scorecard score(Assessment assessment) {
    Accumulator<Assessment, Stability> one = accumulator(assessment.framework());
    one.add(assessment);
    return model.nominal().score(assessment).withStability(one.result());
  }

  /**
   * Starts counting draws over a cohort: add draw numbers, from 0 to {@link #drawCount()} less one,
   * each once, in any order and in any number of accumulators combined, and the result is the same.
   * Draws on threads of one's own:
   *
   * <pre>{@code
   * LevelStability drawing = LevelStability.of(model).withDraws(10_000);
   * Stability result = IntStream.range(0, drawing.drawCount()).boxed().parallel()
   *     .collect(Accumulator.collector(() -> drawing.drawsOver(mnr, assessments)));
   * }</pre>
   *
   * <p>{@code add} refuses a draw out of range or counted before; {@code result} refuses until
   * every draw is counted.
   *
   * @param framework the framework the assessments are of
   * @param assessments the cohort, one assessment per jurisdiction
   * @return an accumulator of draw numbers
   * @throws MnrException if an assessment is of another framework or repeats a jurisdiction
   */
  public Accumulator<Integer, Stability> drawsOver(
      Framework framework, Collection<Assessment> assessments) {
    return new Draws(
        this, framework, HeldAssessments.inIdOrder("a stability analysis", framework, assessments));
  }

  /** Whether another analysis draws the same model the same way. */
  private boolean sameAs(LevelStability other) {
    return model == other.model
        && draws == other.draws
        && seed == other.seed
        && stableAt == other.stableAt;
  }

  /** What the draws counted so far gave. */
  private static final class Counts {
    /** Per jurisdiction and capability, draws per level ordinal plus one; slot 0 is no level. */
    final int[][] levels;

    /** Per jurisdiction and aggregate, draws per score in steps of the resolution. */
    final List<Map<Integer, Integer>> scores;

    /** Per jurisdiction and aggregate, draws in which the score is unknown. */
    final int[] unknown;

    /** The levels met, by ordinal. */
    final Map<Integer, Level> met = new TreeMap<>();

    Counts(int cells, int aggregates) {
      levels = new int[cells][1];
      scores = new ArrayList<>(aggregates);
      for (int i = 0; i < aggregates; i++) {
        scores.add(new HashMap<>());
      }
      unknown = new int[aggregates];
    }

    void level(int cell, Optional<Level> level) {
      int slot = level.map(l -> l.ordinal() + 1).orElse(0);
      if (slot >= levels[cell].length) {
        levels[cell] = Arrays.copyOf(levels[cell], slot + 1);
      }
      levels[cell][slot]++;
      level.ifPresent(l -> meet(l));
    }

    void meet(Level level) {
      Level known = met.putIfAbsent(level.ordinal(), level);
      if (known != null && !known.id().equals(level.id())) {
        throw new MnrException(
            "the model's variants give level "
                + level.ordinal()
                + " two ids, '"
                + known.id()
                + "' and '"
                + level.id()
                + "': an uncertain parameter may change how a level is reached, not which levels"
                + " there are");
      }
    }

    void score(int aggregate, OptionalDouble value, double scale) {
      if (value.isEmpty()) {
        unknown[aggregate]++;
      } else {
        int step = (int) Math.round(value.getAsDouble() / scale * RESOLUTION);
        scores.get(aggregate).merge(step, 1, Integer::sum);
      }
    }

    void add(Counts other) {
      for (int cell = 0; cell < levels.length; cell++) {
        int[] theirs = other.levels[cell];
        if (theirs.length > levels[cell].length) {
          levels[cell] = Arrays.copyOf(levels[cell], theirs.length);
        }
        for (int slot = 0; slot < theirs.length; slot++) {
          levels[cell][slot] += theirs[slot];
        }
      }
      for (int a = 0; a < unknown.length; a++) {
        unknown[a] += other.unknown[a];
        Map<Integer, Integer> mine = scores.get(a);
        other.scores.get(a).forEach((step, n) -> mine.merge(step, n, Integer::sum));
      }
      other.met.values().forEach(this::meet);
    }
  }

  /** Draws counted over a cohort. */
  private static final class Draws implements Accumulator<Integer, Stability> {
    private final LevelStability analysis;
    private final Framework framework;
    private final List<Assessment> assessments;
    private final CompiledModel nominal;
    private final Counts counts;
    private final BitSet counted = new BitSet();

    Draws(LevelStability analysis, Framework framework, List<Assessment> assessments) {
      this.analysis = analysis;
      this.framework = framework;
      this.assessments = assessments;
      this.nominal = analysis.model.nominal().compile(framework);
      this.counts =
          new Counts(
              assessments.size() * framework.capabilities().size(),
              assessments.size() * (framework.domains().size() + 1));
    }

    @Override
    public void add(Integer draw) {
      if (draw < 0 || draw >= analysis.draws) {
        throw new MnrException(
            "draw "
                + draw
                + " is not one of the "
                + analysis.draws
                + " draws, 0 to "
                + (analysis.draws - 1));
      }
      if (counted.get(draw)) {
        throw new MnrException("draw " + draw + " was counted before");
      }
      analysis.count(draw, framework, nominal, assessments, counts);
      counted.set(draw);
    }

    @Override
    public Accumulator<Integer, Stability> combine(Accumulator<Integer, Stability> accumulator) {
      if (!(accumulator instanceof Draws other)
          || !analysis.sameAs(other.analysis)
          || !framework.equals(other.framework)
          || !assessments.equals(other.assessments)) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      if (counted.intersects(other.counted)) {
        BitSet both = (BitSet) counted.clone();
        both.and(other.counted);
        throw new MnrException("draw " + both.nextSetBit(0) + " was counted in both");
      }
      counts.add(other.counts);
      counted.or(other.counted);
      return this;
    }

    @Override
    public Stability result() {
      if (counted.cardinality() != analysis.draws) {
        throw new MnrException(
            counted.cardinality()
                + " of the "
                + analysis.draws
                + " draws are counted; add every draw from 0 to "
                + (analysis.draws - 1));
      }
      return analysis.stability(framework, assessments, nominal, counts);
    }

    @Override
    public String toString() {
      return "draws of "
          + analysis
          + " over "
          + assessments.size()
          + " jurisdictions ("
          + counted.cardinality()
          + " counted)";
    }
  }

  /** The result of every draw counted. */
  private Stability stability(
      Framework framework, List<Assessment> assessments, CompiledModel nominal, Counts drawn) {
    int n = assessments.size();
    int width = framework.capabilities().size();
    int aggregates = framework.domains().size() + 1;
    Counts total = new Counts(n * width, n * aggregates);
    total.add(drawn);
    // A staged model lists its levels, reached or not; otherwise, those the scorecards gave.
    if (model.nominal() instanceof StagedModel staged) {
      staged.levels().forEach(definition -> total.meet(definition.level()));
    }
    List<Scorecard> nominalCards = new ArrayList<>(n);
    for (Assessment assessment : assessments) {
      Scorecard card = nominal.score(assessment);
      nominalCards.add(card);
      card.capabilities().forEach(capability -> capability.level().ifPresent(total::meet));
    }
    CohortCounts cohort = CohortCounts.of(assessments);
    List<Level> levels = new ArrayList<>(total.met.values());
    List<Stability.JurisdictionLevels> entries = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      Scorecard card = nominalCards.get(j);
      List<Stability.CapabilityLevels> capabilities = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        capabilities.add(
            capabilityLevels(card.capabilities().get(c), total.levels[j * width + c], total.met));
      }
      List<Stability.ScoreRange> ranges = new ArrayList<>(aggregates);
      for (int a = 0; a < aggregates; a++) {
        AggregateScore nominalScore = a < aggregates - 1 ? card.domains().get(a) : card.overall();
        int cell = j * aggregates + a;
        ranges.add(
            scoreRange(
                nominalScore,
                new TreeMap<>(total.scores.get(cell)),
                draws - total.unknown[cell],
                card.scale()));
      }
      entries.add(
          Stability.JurisdictionLevels.of(
              card.jurisdiction().id(), card.jurisdiction().name(), capabilities, ranges));
    }
    return Stability.of(
        model.nominal().id(),
        draws,
        seed,
        stableAt,
        model.parameters(),
        levels,
        entries,
        cohort.syntheticCount(),
        cohort.invalidResponses(),
        cohort.instrumentCounts());
  }

  /** Scores every assessment with draw {@code d}'s variant of the model. */
  private void count(
      int d,
      Framework framework,
      CompiledModel nominal,
      List<Assessment> assessments,
      Counts counts) {
    CompiledModel variant = nominal;
    if (!model.parameters().isEmpty()) {
      ParameterValues values = model.valuesAt(quantiles(d));
      try {
        variant = model.variant(values).compile(framework);
      } catch (MnrException e) {
        throw new MnrException(
            "model '"
                + model.nominal().id()
                + "' with "
                + values
                + " (draw "
                + d
                + "): "
                + e.getMessage());
      }
    }
    int width = framework.capabilities().size();
    int aggregates = framework.domains().size() + 1;
    for (int j = 0; j < assessments.size(); j++) {
      Scorecard card = variant.score(assessments.get(j));
      for (int c = 0; c < width; c++) {
        counts.level(j * width + c, card.capabilities().get(c).level());
      }
      for (int a = 0; a < aggregates - 1; a++) {
        counts.score(j * aggregates + a, card.domains().get(a).value(), card.scale());
      }
      counts.score(j * aggregates + aggregates - 1, card.overall().value(), card.scale());
    }
  }

  /** Draw {@code d}'s quantiles, one per parameter, from a generator of the seed and d alone. */
  private double[] quantiles(int d) {
    // Seeds one apart start streams that never meet: SplittableRandom mixes its state, which
    // advances by an odd constant, and two streams meet only after 2^64 / that many steps.
    SplittableRandom random = new SplittableRandom(seed * 0x5851F42D4C957F2DL + d);
    double[] quantiles = new double[model.parameters().size()];
    for (int p = 0; p < quantiles.length; p++) {
      quantiles[p] = random.nextDouble();
    }
    return quantiles;
  }

  private Stability.CapabilityLevels capabilityLevels(
      CapabilityScore nominal, int[] slots, Map<Integer, Level> levels) {
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (int slot = 1; slot < slots.length; slot++) {
      if (slots[slot] > 0) {
        // Every slot counted was met as a level of that ordinal.
        String id = Objects.requireNonNull(levels.get(slot - 1)).id();
        probabilities.put(id, (double) slots[slot] / draws);
      }
    }
    Stability.CapabilityLevels drawn =
        Stability.CapabilityLevels.of(
            nominal.capabilityId(), probabilities, (double) slots[0] / draws, stableAt);
    return nominal.level().isPresent() ? drawn.withNominalLevel(nominal.level().get().id()) : drawn;
  }

  private Stability.ScoreRange scoreRange(
      AggregateScore nominal, SortedMap<Integer, Integer> steps, int known, double scale) {
    Stability.ScoreRange range =
        known == 0
            ? Stability.ScoreRange.unknown(nominal.id())
            : Stability.ScoreRange.of(
                nominal.id(),
                percentile(steps, known, 0.50) * scale / RESOLUTION,
                percentile(steps, known, 0.05) * scale / RESOLUTION,
                percentile(steps, known, 0.95) * scale / RESOLUTION,
                (double) known / draws);
    return nominal.value().isPresent() ? range.withNominal(nominal.value().getAsDouble()) : range;
  }

  /** The nearest-rank percentile of counted steps. */
  private static int percentile(SortedMap<Integer, Integer> steps, int known, double p) {
    long rank = Math.max(1, (long) Math.ceil(p * known));
    long seen = 0;
    for (Map.Entry<Integer, Integer> step : steps.entrySet()) {
      seen += step.getValue();
      if (seen >= rank) {
        return step.getKey();
      }
    }
    return steps.lastKey();
  }

  @Override
  public String toString() {
    return "LevelStability["
        + model.nominal().id()
        + ", "
        + draws
        + " draws, seed "
        + seed
        + ", stable at "
        + stableAt
        + "]";
  }
}
