/**
 * Cohort analytics: many jurisdictions' responses aggregated the way the 2022 report aggregates its
 * 42 countries, and further.
 *
 * <pre>{@code
 * CohortAnalysis analysis = CohortAnalysis.of(cohort, Instruments.mnrSurvey2021());
 * // the report's Figure 1
 * Tally figure1 = analysis.tally(TallyView.figure1());
 * System.out.print(figure1.toFigure().toText());
 * // by income, groups of 5+
 * analysis.breakdown(TallyView.figure1(), "incomeGroup", DisclosurePolicy.standard());
 * // the report's Figure 2
 * analysis.options("q6");
 * // progress between rounds
 * RoundComparison.compare(round2021, round2024);
 * }</pre>
 *
 * <p>A {@link CohortAnalysis} holds a cohort in memory: it assesses every response once, and its
 * tallies, breakdowns and option counts are single passes over the assessments.
 *
 * <p>A cohort of any size is counted as it is read, one assessment at a time, by an {@link
 * io.github.mnr4j.Accumulator}: {@link Tally#accumulator}, {@link Breakdown#accumulator}, {@link
 * OptionTally#accumulator}, {@link OptionBreakdown#accumulator} and {@link
 * ScoreSummary#accumulator} hold counts for their rows and groups only, never the jurisdictions;
 * accumulators of parts of a cohort combine into the accumulator of the whole, so that the same
 * code runs on one thread, on a parallel stream ({@link io.github.mnr4j.Accumulator#collector}) or
 * in a distributed engine's aggregate. Counts are exact whatever the order.
 *
 * <pre>{@code
 * Accumulator<Assessment, Tally> figure1 = Tally.accumulator(TallyView.figure1(), mnr);
 * Accumulator<Assessment, OptionTally> uses = OptionTally.accumulator(survey, "q6");
 * for (Response response : responses) {
 *   Assessment each = assessor.assess(response);
 *   figure1.add(each);
 *   uses.add(each);
 * }
 * figure1.result().toFigure().toText();
 * }</pre>
 *
 * <p>Comparisons need every jurisdiction, but only a few bytes of each: a {@link Round} keeps a
 * jurisdiction's id and a byte a capability, filled as a cohort is read.
 */
@NullMarked
@MnrStyle
package io.github.mnr4j.cohort;

import io.github.mnr4j.internal.MnrStyle;
import org.jspecify.annotations.NullMarked;
