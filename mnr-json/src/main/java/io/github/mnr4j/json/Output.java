package io.github.mnr4j.json;

import io.github.mnr4j.cohort.Breakdown;
import io.github.mnr4j.cohort.OptionBreakdown;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.RoundComparison;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.crosswalk.CrosswalkCheckReport;
import io.github.mnr4j.crosswalk.MigrationSummary;
import io.github.mnr4j.scoring.ModelComparison;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.Sensitivity;
import io.github.mnr4j.scoring.Stability;
import io.github.mnr4j.survey.InstrumentCheckReport;
import io.github.mnr4j.translation.TranslationCheckReport;
import java.util.List;

/**
 * A kind of document that mnr4j writes for other tools and does not read back: the results of
 * cohort analyses and of instrument checks. Keep the cohort or instrument they come from; its
 * results can always be made again.
 *
 * <pre>{@code
 * String json = MnrJson.strict().write(analysis.tally(TallyView.figure1()), Output.TALLY);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of value the document holds
 */
public final class Output<T> implements Format<T> {
  /** {@code mnr4j.tally}: a {@link Tally}. */
  public static final Output<Tally> TALLY = new Output<>("mnr4j.tally", Tally.class);

  /** {@code mnr4j.breakdown}: a {@link Breakdown}. */
  public static final Output<Breakdown> BREAKDOWN =
      new Output<>("mnr4j.breakdown", Breakdown.class);

  /** {@code mnr4j.options}: an {@link OptionTally}. */
  public static final Output<OptionTally> OPTIONS =
      new Output<>("mnr4j.options", OptionTally.class);

  /** {@code mnr4j.options-breakdown}: an {@link OptionBreakdown}. */
  public static final Output<OptionBreakdown> OPTIONS_BREAKDOWN =
      new Output<>("mnr4j.options-breakdown", OptionBreakdown.class);

  /** {@code mnr4j.comparison}: a {@link RoundComparison}. */
  public static final Output<RoundComparison> COMPARISON =
      new Output<>("mnr4j.comparison", RoundComparison.class);

  /** {@code mnr4j.ranking}: a {@link Ranking}. */
  public static final Output<Ranking> RANKING = new Output<>("mnr4j.ranking", Ranking.class);

  /** {@code mnr4j.stability}: a {@link Stability}, how sure each level is. */
  public static final Output<Stability> STABILITY =
      new Output<>("mnr4j.stability", Stability.class);

  /** {@code mnr4j.sensitivity}: a {@link Sensitivity}, which parameter matters most. */
  public static final Output<Sensitivity> SENSITIVITY =
      new Output<>("mnr4j.sensitivity", Sensitivity.class);

  /** {@code mnr4j.model-comparison}: a {@link ModelComparison} of two candidate models. */
  public static final Output<ModelComparison> MODEL_COMPARISON =
      new Output<>("mnr4j.model-comparison", ModelComparison.class);

  /** {@code mnr4j.instrument-checks}: an {@link InstrumentCheckReport}. */
  public static final Output<InstrumentCheckReport> INSTRUMENT_CHECKS =
      new Output<>("mnr4j.instrument-checks", InstrumentCheckReport.class);

  /** {@code mnr4j.crosswalk-checks}: a {@link CrosswalkCheckReport}. */
  public static final Output<CrosswalkCheckReport> CROSSWALK_CHECKS =
      new Output<>("mnr4j.crosswalk-checks", CrosswalkCheckReport.class);

  /** {@code mnr4j.migration}: a {@link MigrationSummary}, counts of what migration did. */
  public static final Output<MigrationSummary> MIGRATION =
      new Output<>("mnr4j.migration", MigrationSummary.class);

  /** {@code mnr4j.translation-checks}: a {@link TranslationCheckReport}. */
  public static final Output<TranslationCheckReport> TRANSLATION_CHECKS =
      new Output<>("mnr4j.translation-checks", TranslationCheckReport.class);

  private final String id;
  private final Class<T> type;

  private Output(String id, Class<T> type) {
    this.id = id;
    this.type = type;
  }

  /**
   * Returns the kinds of output document.
   *
   * @return the outputs, an immutable list
   */
  static List<Output<?>> all() {
    return List.of(
        TALLY,
        BREAKDOWN,
        OPTIONS,
        OPTIONS_BREAKDOWN,
        COMPARISON,
        RANKING,
        STABILITY,
        SENSITIVITY,
        MODEL_COMPARISON,
        INSTRUMENT_CHECKS,
        CROSSWALK_CHECKS,
        MIGRATION,
        TRANSLATION_CHECKS);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return id;
  }
}
