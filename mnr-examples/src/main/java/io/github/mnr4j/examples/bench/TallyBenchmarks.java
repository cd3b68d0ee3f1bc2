package io.github.mnr4j.examples.bench;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tallies of a large cohort: the embedded cohort's 42 responses repeated under new ids up to
 * {@link #size} jurisdictions, assessed once in the setup; each tally is one pass over the
 * compact statuses. The target: 100,000 responses tally in well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TallyBenchmarks {
  /** How many jurisdictions the cohort has. */
  @Param({"100000"})
  public int size;

  private CohortAnalysis analysis;

  /** Creates the benchmark; JMH sets it up. */
  public TallyBenchmarks() {}

  /** Builds and assesses the large cohort. */
  @Setup
  public void setUp() {
    List<Response> base = SyntheticCohort.load().responses();
    List<Response> responses = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Response response = base.get(i % base.size());
      responses.add(response.withJurisdiction(Jurisdiction.of("J" + i,
          response.jurisdiction().name())));
    }
    analysis = CohortAnalysis.assess(Cohort.builder().name("Large").addAllResponses(responses)
        .build(), Instruments.mnrSurvey2021());
  }

  /**
   * Tallies Figure 1.
   *
   * @return the tally
   */
  @Benchmark
  public Tally figure1() {
    return analysis.tally(TallyView.figure1());
  }

  /**
   * Counts q6's options.
   *
   * @return the counts
   */
  @Benchmark
  public OptionTally q6() {
    return analysis.options("q6");
  }
}
