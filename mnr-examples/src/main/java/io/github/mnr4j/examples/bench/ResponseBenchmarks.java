package io.github.mnr4j.examples.bench;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One response of the embedded cohort: validate it, assess it, score it under the staged model.
 * Validation is one pass over the questions with each skip rule evaluated once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ResponseBenchmarks {
  private Validator validator;
  private Assessor assessor;
  private Response response;
  private Assessment assessment;

  /** Creates the benchmark; JMH sets it up. */
  public ResponseBenchmarks() {}

  /** Loads the cohort and compiles the validator, assessor and model once. */
  @Setup
  public void setUp() {
    validator = Validator.of(Instruments.mnrSurvey2021());
    assessor = Assessor.of(Instruments.mnrSurvey2021());
    response = SyntheticCohort.onTheAllianceSurvey().responses().get(21);
    assessment = assessor.assess(response);
  }

  /**
   * Validates one response.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(response);
  }

  /**
   * Assesses one response.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment assess() {
    return assessor.assess(response);
  }

  /**
   * Scores one assessment under the staged model.
   *
   * @return the scorecard
   */
  @Benchmark
  public Scorecard scoreStaged() {
    return ScoringModels.staged().score(assessment);
  }
}
