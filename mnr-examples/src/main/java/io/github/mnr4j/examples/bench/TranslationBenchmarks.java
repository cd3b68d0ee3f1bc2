package io.github.mnr4j.examples.bench;

import io.github.mnr4j.examples.ExampleTranslations;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.translation.SourceTexts;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * What {@code --lang fr} adds to a command's start (issue 27's budget: 50 ms): in a fresh JVM that
 * already holds the framework and the survey, read the French translations of both from the jar,
 * check each entry against its source text and copy both into French. Each fork measures one first
 * call, cold, as a command pays it: {@code catalog} before any JSON was read (as {@code mnr
 * catalog} and {@code mnr survey}, which read none otherwise), {@code afterReadingJson} after
 * reading the example cohort (as the commands that read responses). Run it with {@code java -cp
 * mnr-examples/target/mnr.jar org.openjdk.jmh.Main TranslationBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(20)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class TranslationBenchmarks {
  private Framework framework;
  private Instrument survey;

  /** What a command that reads responses has done before it turns to a language. */
  @State(Scope.Benchmark)
  public static class AfterReadingJson {
    /** Creates the state; JMH sets it up. */
    public AfterReadingJson() {}

    /** Reads the example cohort, as a command reads its input. */
    @Setup
    public void setUp() {
      SyntheticCohort.load();
    }
  }

  /** Creates the benchmark; JMH sets it up. */
  public TranslationBenchmarks() {}

  /** Loads what a command has loaded before it turns to a language. */
  @Setup
  public void setUp() {
    framework = Frameworks.mnr();
    survey = Instruments.mnrSurvey2021();
  }

  /**
   * The framework and the survey in French, before any JSON was read.
   *
   * @return both, in French
   */
  @Benchmark
  public List<Object> catalog() {
    return french();
  }

  /**
   * The framework and the survey in French, after reading a cohort.
   *
   * @param read the cohort read before
   * @return both, in French
   */
  @Benchmark
  public List<Object> afterReadingJson(AfterReadingJson read) {
    return french();
  }

  private List<Object> french() {
    return List.of(
        ExampleTranslations.localizer("fr", SourceTexts.of(framework)).localize(framework),
        ExampleTranslations.localizer("fr", SourceTexts.of(survey)).localize(survey));
  }
}
