package io.github.mnr4j.examples.bench;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.cohort.Round;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.ResponseReader;
import io.github.mnr4j.scoring.Ranker;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the side-by-side benchmarks in one JMH run and prints each mnr4j path's time next to its
 * baseline's, with the ratio and the target; then measures how much heap a cohort held in memory
 * retains per response, against the size of its JSON, and what a comparison's round and a ranking
 * keep per jurisdiction. Each time is the median of 15 one-second iterations in 3 forks: on a
 * shared machine a neighbour's burst moves a mean by a tenth or more, and a median of several forks
 * much less.
 *
 * <pre>
 * java -cp mnr-examples/target/mnr.jar io.github.mnr4j.examples.bench.SideBySide
 * </pre>
 */
@SuppressWarnings("exports") // JMH's RunnerException, which only a command line sees
public final class SideBySide {
  private SideBySide() {}

  /** A comparison: an mnr4j benchmark, its baseline, and the most the ratio may be. */
  private static final class Pair {
    final String what;
    final String mnr;
    final String baseline;
    final double target;

    Pair(String what, String mnr, String baseline, double target) {
      this.what = what;
      this.mnr = mnr;
      this.baseline = baseline;
      this.target = target;
    }
  }

  private static final List<Pair> PAIRS =
      List.of(
          new Pair(
              "read a cohort document",
              "ReadingBenchmarks.mnrCohort",
              "ReadingBenchmarks.jacksonMap",
              1.25),
          new Pair(
              "read it one response at a time",
              "ReadingBenchmarks.mnrStream",
              "ReadingBenchmarks.jacksonMap",
              1.25),
          new Pair(
              "read it, against a bare token pass",
              "ReadingBenchmarks.mnrCohort",
              "ReadingBenchmarks.tokenPass",
              Double.NaN),
          new Pair(
              "validate + assess + score (presence)",
              "PipelineBenchmarks.mnr",
              "PipelineBenchmarks.handLoop",
              2.0),
          new Pair(
              "Figure 1 over an assessed cohort",
              "Figure1Benchmarks.mnr",
              "Figure1Benchmarks.handLoop",
              1.5));

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args none
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include("ReadingBenchmarks\\.(mnrCohort|mnrStream|jacksonMap|tokenPass)$")
            .include("PipelineBenchmarks\\.(mnr|handLoop)$")
            .include("Figure1Benchmarks\\.(mnr|handLoop)$")
            .forks(3)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      scores.put(
          label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1),
          result.getPrimaryResult().getStatistics().getPercentile(50));
    }
    System.out.println();
    System.out.println("Median times of 15 one-second iterations in 3 forks, one thread:");
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-38s %10s %10s %7s %7s  %s",
            "path",
            "mnr4j ms",
            "base ms",
            "ratio",
            "target",
            "baseline"));
    for (Pair pair : PAIRS) {
      double mnr = scores.getOrDefault(pair.mnr, Double.NaN);
      double base = scores.getOrDefault(pair.baseline, Double.NaN);
      double ratio = mnr / base;
      String target =
          Double.isNaN(pair.target)
              ? "-"
              : String.format(
                  Locale.ROOT, "%.2f%s", pair.target, ratio <= pair.target ? " ok" : " MISS");
      System.out.println(
          String.format(
              Locale.ROOT,
              "%-38s %10.2f %10.2f %7.2f %7s  %s",
              pair.what,
              mnr,
              base,
              ratio,
              target,
              pair.baseline));
    }
    retained(20_000);
  }

  /**
   * Measures the heap a cohort read from JSON Lines retains, per response, against the length of a
   * response's compact JSON (its line) and of its share of the pretty-printed cohort document.
   */
  static void retained(int size) {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    List<Response> generated = GenerateCohort.responses(size);
    generated.forEach(r -> MnrJson.strict().writeLine(r, Document.RESPONSE, lines));
    long document =
        MnrJson.strict()
            .write(
                Cohort.builder().name("Retained").addAllResponses(generated).build(),
                Document.COHORT)
            .length();
    byte[] bytes = lines.toByteArray();
    generated = null;
    long before = usedAfterGc();
    List<Response> read = new ArrayList<>(size);
    try (ResponseReader reader = MnrJson.strict().linesReader(new ByteArrayInputStream(bytes))) {
      reader.forEachRemaining(read::add);
    }
    Cohort cohort = Cohort.builder().name("Retained").addAllResponses(read).build();
    read = null;
    long held = usedAfterGc() - before;
    System.out.println(
        String.format(
            Locale.ROOT,
            "%nA cohort of %,d responses read from JSON"
                + " Lines holds %,d bytes a response; its JSON Lines have %,d bytes a response, its"
                + " cohort document %,d (target: held <= JSON) %s",
            cohort.responses().size(),
            held / size,
            bytes.length / size,
            document / size,
            held <= bytes.length ? "ok" : "MISS"));
    cohort = null;
    retainedPerJurisdiction(bytes, size);
  }

  /**
   * Measures the heap that {@code mnr compare} and {@code mnr rank} keep per jurisdiction of a
   * cohort read as a stream: a round of a comparison (the id and a byte a capability) and a
   * ranking's accumulator (the id, the name and eight bytes a capability), each filled from the
   * same JSON Lines, with the room they have grown to.
   */
  static void retainedPerJurisdiction(byte[] lines, int size) {
    Instrument survey = Instruments.mnrSurvey2021();
    Assessor assessor = Assessor.of(survey);
    long before = usedAfterGc();
    Accumulator<Assessment, Round> round = Round.accumulator("Retained", survey.framework());
    readInto(lines, assessor, round::add);
    long heldByRound = usedAfterGc() - before;
    before = usedAfterGc();
    Accumulator<Assessment, Ranking> ranking =
        Ranker.of(ScoringModels.index()).accumulator(survey.framework());
    readInto(lines, assessor, ranking::add);
    long heldByRanking = usedAfterGc() - before;
    Reference.reachabilityFence(round);
    Reference.reachabilityFence(ranking);
    System.out.println(
        String.format(
            Locale.ROOT,
            "A round of a comparison of %,d jurisdictions read from JSON Lines holds %,d bytes a"
                + " jurisdiction; a ranking's accumulator %,d",
            size,
            heldByRound / size,
            heldByRanking / size));
  }

  private static void readInto(byte[] lines, Assessor assessor, Consumer<Assessment> action) {
    try (ResponseReader reader = MnrJson.strict().linesReader(new ByteArrayInputStream(lines))) {
      reader.forEachRemaining(response -> action.accept(assessor.assess(response)));
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
