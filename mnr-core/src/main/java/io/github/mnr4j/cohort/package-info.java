/**
 * Cohort analytics: many jurisdictions' responses aggregated the way the 2022 report aggregates its
 * 42 countries, and further.
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
 * <p>A {@link CohortAnalysis} holds a cohort in memory: it assesses every response once and keeps
 * each jurisdiction's statuses in a compact array; tallies, breakdowns and option counts are single
 * passes over them, and rankings and comparisons need every jurisdiction at once.
 *
 * <p>A cohort of any size is tallied as it is read, one assessment at a time, by the accumulators
 * {@link Tally.Accumulator}, {@link Breakdown.Accumulator}, {@link OptionTally.Accumulator} and
 * {@link ScoreSummary.Accumulator}: each holds counts for its rows and groups only, never the
 * jurisdictions, and accumulators of parts of a cohort {@code combine} into the accumulator of the
 * whole, so that the same code runs on one thread, on a parallel stream (through their {@code
 * collector}s) or in a distributed engine's aggregate. Counts are exact whatever the order.
 *
 * <pre>{@code
 * Tally.Accumulator figure1 = Tally.accumulator(TallyView.figure1(), mnr);
 * OptionTally.Accumulator uses = OptionTally.accumulator(survey, "q6");
 * for (Response response : responses) {
 *   Assessment each = assessor.assess(response);
 *   figure1.add(each);
 *   uses.add(each);
 * }
 * figure1.result().figure().text();
 * }</pre>
 *
 * <p>Comparisons and rankings need every jurisdiction, but only a few bytes of each: a {@link
 * RoundComparison.Round} keeps a jurisdiction's id and a byte a capability, and a {@link
 * Ranker.Accumulator} its id, name and capability values; both are filled as a cohort is read, and
 * parts combine in order.
 */
@NullMarked
@MnrStyle
package io.github.mnr4j.cohort;

import io.github.mnr4j.internal.MnrStyle;
import org.jspecify.annotations.NullMarked;
