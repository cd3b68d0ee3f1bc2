package io.github.mnr4j.examples.bench;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.scoring.LevelStability;
import io.github.mnr4j.scoring.Stability;
import io.github.mnr4j.scoring.UncertainModel;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Level stability (issue 29's goal: 42 jurisdictions by 21 capabilities, 10,000 draws, under 2 s on
 * 2 cores): the example cohort (all 42 on the Alliance's survey) under the example four-phase model
 * and its four uncertain parameters, the draws split over the common pool (two threads on two
 * cores); {@code certain} draws the model as written every time, to show what scoring alone costs.
 * Run it from the repository's root with {@code java -cp mnr-examples/target/mnr.jar
 * org.openjdk.jmh.Main StabilityBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class StabilityBenchmarks {
  /** Where the example model is, from the repository's root. */
  private static final Path MODEL = Path.of("mnr-examples", "models", "four-phase.json");

  /** How many draws. */
  @Param({"10000"})
  public int draws;

  private List<Assessment> assessments;
  private Instrument survey;
  private UncertainModel model;

  /** Creates the benchmark; JMH sets it up. */
  public StabilityBenchmarks() {}

  /** Assesses the example cohort and reads the model. */
  @Setup
  public void setUp() {
    survey = Instruments.mnrSurvey2021();
    assessments = CohortAnalysis.of(SyntheticCohort.onTheAllianceSurvey(), survey).assessments();
    try {
      model = MnrJson.strict().read(Files.readString(MODEL), Document.uncertainModel(survey));
    } catch (IOException e) {
      throw new UncheckedIOException("run from the repository's root: " + MODEL, e);
    }
  }

  /**
   * The four uncertain parameters drawn.
   *
   * @return the stability
   */
  @Benchmark
  public Stability uncertain() {
    return run(model);
  }

  /**
   * The model as written, every draw.
   *
   * @return the stability
   */
  @Benchmark
  public Stability certain() {
    return run(UncertainModel.certain(model.nominal()));
  }

  private Stability run(UncertainModel drawn) {
    LevelStability analysis = LevelStability.of(drawn).withDraws(draws).withSeed(2022);
    // The common pool's worker and this thread: two threads on two cores.
    return IntStream.range(0, draws)
        .boxed()
        .parallel()
        .collect(Accumulator.collector(() -> analysis.drawsOver(survey.framework(), assessments)));
  }
}
