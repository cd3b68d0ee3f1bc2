package io.github.mnr4j.examples.bench;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.scoring.Sensitivity;
import io.github.mnr4j.scoring.SensitivityAnalysis;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sobol indices (issue 29's goal: 4,096 base samples and 10 parameters in under 10 s on 2 cores):
 * the example cohort (all 42 on the Alliance's survey) under the example four-phase model with six
 * more parameters, each choosing between two wordings of a criterion's description (no effect on
 * any level, the same cost to read and score), so 49,152 evaluations of the model over the cohort;
 * the samples split over the common pool (two threads on two cores). Run it from the repository's
 * root with {@code java -cp mnr-examples/target/mnr.jar org.openjdk.jmh.Main
 * SensitivityBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SensitivityBenchmarks {
  private static final Path MODEL = Path.of("mnr-examples", "models", "four-phase.json");
  private static final int SAMPLES = 4096;

  private List<Assessment> assessments;
  private Instrument survey;
  private UncertainModel model;

  /** Creates the benchmark; JMH sets it up. */
  public SensitivityBenchmarks() {}

  /** Assesses the example cohort and reads the model with ten parameters. */
  @Setup
  public void setUp() {
    survey = Instruments.mnrSurvey2021();
    assessments = CohortAnalysis.of(SyntheticCohort.onTheAllianceSurvey(), survey).assessments();
    String document;
    try {
      document = Files.readString(MODEL);
    } catch (IOException e) {
      throw new UncheckedIOException("run from the repository's root: " + MODEL, e);
    }
    StringBuilder more = new StringBuilder();
    List<String> criteria =
        List.of(
            "0/criteria/0",
            "1/criteria/0",
            "2/criteria/0",
            "2/criteria/1",
            "3/criteria/0",
            "3/criteria/1");
    for (int p = 0; p < criteria.size(); p++) {
      more.append(",\n    {\"id\": \"wording-")
          .append(p)
          .append("\", \"description\": \"a wording\", \"at\": [\"/levels/")
          .append(criteria.get(p))
          .append("/description\"], \"values\": [\"First wording\", \"Second wording\"]}");
    }
    int end = document.lastIndexOf(']');
    model =
        MnrJson.strict()
            .read(
                document.substring(0, end).stripTrailing() + more + "\n  ]\n}\n",
                Document.uncertainModel(survey));
    if (model.parameters().size() != 10) {
      throw new IllegalStateException("expected 10 parameters, not " + model.parameters().size());
    }
  }

  /**
   * Ten parameters, 4,096 base samples, 500 bootstrap resamples.
   *
   * @return the sensitivity
   */
  @Benchmark
  public Sensitivity tenParameters() {
    SensitivityAnalysis analysis =
        SensitivityAnalysis.of(model).withBaseSamples(SAMPLES).withSeed(2022);
    // The common pool's worker and this thread: two threads on two cores.
    return IntStream.range(0, SAMPLES)
        .boxed()
        .parallel()
        .collect(
            Accumulator.collector(() -> analysis.samplesOver(survey.framework(), assessments)));
  }
}
