/**
 * Cohort analytics: many jurisdictions' responses aggregated the way the 2022 report aggregates
 * its 42 countries, and further.
 *
 * <pre>{@code
 * CohortAnalysis analysis = CohortAnalysis.assess(cohort, Instruments.mnrSurvey2021());
 * Tally figure1 = analysis.tally(TallyView.figure1());          // the report's Figure 1
 * System.out.print(figure1.figure().text());
 * analysis.breakdown(TallyView.figure1(), "incomeGroup", 5);    // by income, groups of 5+
 * analysis.options("q6");                                       // the report's Figure 2
 * RoundComparison.compare(round2021, round2024);                // progress between rounds
 * Ranker.of(ScoringModels.index()).withDraws(1000).withSeed(42)
 *     .rank(analysis);                                          // index ranks, uncertainty
 * }</pre>
 *
 * <p>A {@link CohortAnalysis} assesses every response once and keeps each jurisdiction's
 * statuses and chosen options in compact arrays; tallies, breakdowns and option counts are
 * single passes over them.
 */
@NullMarked
@MnrStyle
package io.github.mnr4j.cohort;

import io.github.mnr4j.internal.MnrStyle;
import org.jspecify.annotations.NullMarked;
