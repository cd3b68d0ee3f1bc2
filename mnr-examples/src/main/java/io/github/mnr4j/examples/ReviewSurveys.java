package io.github.mnr4j.examples;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instruments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The 2022 review's two surveys together: the Alliance's survey of governments ({@link
 * Instruments#mnrSurvey2021()}, 17 countries) and the End Violence/UNICEF survey of UNICEF country
 * offices ({@link Instruments#unicefSurvey2021()}, 25 countries, reconstructed), joined by the
 * crosswalk from the UNICEF survey's questions to the Alliance's. The crosswalk is a data file,
 * {@value #CROSSWALK_RESOURCE} in this jar (and under {@code
 * mnr-examples/src/main/resources/io/github/mnr4j/examples/}), checked like any other: as
 * reconstructed as the survey it starts from.
 *
 * <pre>{@code
 * CohortAnalysis both = ReviewSurveys.analysis(SyntheticCohort.load());
 * // Figure 1, across both surveys
 * both.tally(TallyView.figure1()).row("Leadership");  // Leadership: 32 of 42 (76%)
 * // q10, and u5 through the crosswalk
 * both.options("q10").count("yes");  // 27
 * }</pre>
 */
public final class ReviewSurveys {
  /** The resource that holds the crosswalk in the jar. */
  public static final String CROSSWALK_RESOURCE = "review-surveys-crosswalk.json";

  private ReviewSurveys() {}

  /** Read from the jar when first asked for, not when the class is first used. */
  private static final class Loaded {
    static final Crosswalk CROSSWALK = read();
    static final Migration TO_ALLIANCE =
        Migration.of(CROSSWALK, Instruments.unicefSurvey2021(), Instruments.mnrSurvey2021());
  }

  /**
   * Returns the crosswalk from the UNICEF survey (reconstructed) to the Alliance's.
   *
   * @return the crosswalk, read once from the jar
   */
  public static Crosswalk crosswalk() {
    return Loaded.CROSSWALK;
  }

  /**
   * Returns the migration of UNICEF survey responses to the Alliance's survey through {@link
   * #crosswalk()}: what option tallies of a cohort of both count the UNICEF answers through.
   *
   * @return the migration
   */
  public static Migration unicefToAlliance() {
    return Loaded.TO_ALLIANCE;
  }

  /**
   * Assesses a cohort whose responses answer either survey: capabilities through each survey's
   * evidence, options on the Alliance survey's questions and the UNICEF answers through the
   * crosswalk.
   *
   * @param cohort the cohort
   * @return the analysis
   */
  public static CohortAnalysis analysis(Cohort cohort) {
    return CohortAnalysis.of(cohort, Instruments.mnrSurvey2021(), List.of(Loaded.TO_ALLIANCE));
  }

  private static Crosswalk read() {
    try (InputStream in = ReviewSurveys.class.getResourceAsStream(CROSSWALK_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the review surveys' crosswalk is missing from the jar");
      }
      return MnrJson.strict().read(in, Document.CROSSWALK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
