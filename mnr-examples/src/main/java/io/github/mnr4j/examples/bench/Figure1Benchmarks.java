package io.github.mnr4j.examples.bench;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.survey.Instruments;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Figure 1 over a cohort of {@link #size} responses assessed once in the setup, side by side with a
 * hand-written loop over an array of the same statuses, one byte each (the target: mnr4j costs at
 * most 1.5 times as much). Also q6's option counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Figure1Benchmarks {
  /** How many jurisdictions the cohort has. */
  @Param({"100000"})
  public int size;

  private CohortAnalysis analysis;
  private byte[] statuses;
  private int capabilities;
  private int[][] rows;

  /** Creates the benchmark; JMH sets it up. */
  public Figure1Benchmarks() {}

  /** Builds and assesses the cohort, and copies its statuses into an array. */
  @Setup
  public void setUp() {
    analysis =
        CohortAnalysis.of(
            Cohort.builder()
                .name("Synthetic")
                .addAllResponses(GenerateCohort.responses(size))
                .build(),
            Instruments.mnrSurvey2021());
    Framework framework = analysis.instrument().framework();
    capabilities = framework.capabilities().size();
    List<Assessment> assessments = analysis.assessments();
    statuses = new byte[assessments.size() * capabilities];
    for (int j = 0; j < assessments.size(); j++) {
      for (int c = 0; c < capabilities; c++) {
        statuses[j * capabilities + c] = (byte) assessments.get(j).statuses().get(c).ordinal();
      }
    }
    rows =
        TallyView.figure1().rows().stream()
            .map(
                row ->
                    row.capabilityIds().stream()
                        .mapToInt(id -> framework.capabilities().indexOf(framework.capability(id)))
                        .toArray())
            .toArray(int[][]::new);
  }

  /**
   * The baseline: yes, no and unanswered per row, counted over the array.
   *
   * @return the counts
   */
  @Benchmark
  public int[] handLoop() {
    int inPlace = CapabilityStatus.IN_PLACE.ordinal();
    int notInPlace = CapabilityStatus.NOT_IN_PLACE.ordinal();
    int[] counts = new int[rows.length * 3];
    for (int offset = 0; offset < statuses.length; offset += capabilities) {
      for (int r = 0; r < rows.length; r++) {
        boolean allIn = true;
        boolean anyOut = false;
        for (int c : rows[r]) {
          int status = statuses[offset + c];
          allIn &= status == inPlace;
          anyOut |= status == notInPlace;
        }
        counts[r * 3 + (anyOut ? 1 : allIn ? 0 : 2)]++;
      }
    }
    return counts;
  }

  /**
   * mnr4j: the tally.
   *
   * @return the tally
   */
  @Benchmark
  public Tally mnr() {
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
