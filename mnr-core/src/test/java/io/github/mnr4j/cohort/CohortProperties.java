package io.github.mnr4j.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.testing.ResponseGenerators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Invariants of tallies over generated cohorts. */
class CohortProperties {
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();

  private static Cohort cohort(List<Response> responses) {
    Map<String, Response> unique = new LinkedHashMap<>();
    responses.forEach(r -> unique.putIfAbsent(r.jurisdiction().id(), r));
    return Cohort.builder().name("Generated").addAllResponses(unique.values()).build();
  }

  @Test
  void everyJurisdictionIsCountedOnceInEveryRowAndBreakdownsAddUp() {
    qt().withExamples(50)
        .forAll(
            lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(1, 12),
            integers().between(1, 4))
        .checkAssert(
            (responses, minimum) -> {
              CohortAnalysis analysis = CohortAnalysis.assess(cohort(responses), SURVEY);
              int size = analysis.assessments().size();
              Tally tally = analysis.tally(TallyView.figure1());
              for (TallyRow row : tally.rows()) {
                assertThat(row.yes() + row.no() + row.unanswered()).isEqualTo(size);
              }
              Breakdown breakdown = analysis.breakdown(TallyView.figure1(), "incomeGroup", 1);
              assertThat(breakdown.groups().stream().mapToInt(Breakdown.Group::size).sum())
                  .isEqualTo(size);
              for (int r = 0; r < tally.rows().size(); r++) {
                int row = r;
                assertThat(
                        breakdown.groups().stream()
                            .mapToInt(g -> g.tally().orElseThrow().rows().get(row).yes())
                            .sum())
                    .isEqualTo(tally.rows().get(r).yes());
              }
              Breakdown suppressed = analysis.breakdown(TallyView.figure1(), "region", minimum);
              assertThat(suppressed.groups())
                  .allSatisfy(
                      g -> assertThat(g.tally().isPresent()).isEqualTo(g.size() >= minimum));
            });
  }

  @Test
  void tallyingDoesNotDependOnTheOrderOfJurisdictions() {
    qt().withExamples(30)
        .forAll(lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(1, 10))
        .checkAssert(
            responses -> {
              Cohort cohort = cohort(responses);
              List<Response> reversed = new ArrayList<>(cohort.responses());
              java.util.Collections.reverse(reversed);
              Cohort other = Cohort.builder().name("Generated").addAllResponses(reversed).build();
              assertThat(CohortAnalysis.assess(other, SURVEY).tally(TallyView.figure1()))
                  .isEqualTo(CohortAnalysis.assess(cohort, SURVEY).tally(TallyView.figure1()));
            });
  }

  /**
   * The folds give the same result however the assessments are split between accumulators and in
   * whatever order the parts are combined, as a parallel stream or a distributed engine would split
   * them; and the same as the cohort analysis.
   */
  @Test
  void accumulatorsCombineToTheWholeHoweverTheCohortIsSplit() {
    qt().withExamples(60)
        .forAll(
            lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 14),
            integers().between(1, 5),
            integers().between(0, 1000))
        .checkAssert(
            (responses, parts, seed) -> {
              Cohort cohort = cohort(responses);
              CohortAnalysis analysis = CohortAnalysis.assess(cohort, SURVEY);
              List<Assessment> assessments = analysis.assessments();
              Random random = new Random(seed);
              List<Tally.Accumulator> tallies = new ArrayList<>();
              List<Breakdown.Accumulator> breakdowns = new ArrayList<>();
              List<OptionTally.Accumulator> options = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                tallies.add(Tally.accumulator(TallyView.figure1(), SURVEY.framework()));
                breakdowns.add(
                    Breakdown.accumulator(TallyView.figure1(), SURVEY.framework(), "region", 2));
                options.add(OptionTally.accumulator(SURVEY, "q17"));
              }
              for (Assessment assessment : assessments) {
                int part = random.nextInt(parts);
                tallies.get(part).add(assessment);
                breakdowns.get(part).add(assessment);
                options.get(part).add(assessment);
              }
              Collections.shuffle(tallies, random);
              Collections.shuffle(breakdowns, random);
              Collections.shuffle(options, random);
              Tally.Accumulator tally = tallies.get(0);
              Breakdown.Accumulator breakdown = breakdowns.get(0);
              OptionTally.Accumulator option = options.get(0);
              for (int p = 1; p < parts; p++) {
                tally.combine(tallies.get(p));
                breakdown.combine(breakdowns.get(p));
                option.combine(options.get(p));
              }
              assertThat(tally.jurisdictions()).isEqualTo(assessments.size());
              assertThat(tally.result()).isEqualTo(analysis.tally(TallyView.figure1()));
              assertThat(breakdown.result())
                  .isEqualTo(analysis.breakdown(TallyView.figure1(), "region", 2));
              assertThat(option.result()).isEqualTo(analysis.options("q17"));
              assertThat(
                      assessments.parallelStream()
                          .collect(
                              Tally.collector(
                                  TallyView.capabilities(SURVEY.framework()), SURVEY.framework())))
                  .isEqualTo(analysis.tally(TallyView.capabilities(SURVEY.framework())));
              assertThat(
                      assessments.parallelStream()
                          .collect(
                              Breakdown.collector(
                                  TallyView.figure1(), SURVEY.framework(), "incomeGroup", 1)))
                  .isEqualTo(analysis.breakdown(TallyView.figure1(), "incomeGroup", 1));
              assertThat(assessments.parallelStream().collect(OptionTally.collector(SURVEY, "q6")))
                  .isEqualTo(analysis.options("q6"));
            });
  }

  /** A score summary is the same however the cards are split, and its means are the means. */
  @Test
  void scoreSummariesCombineExactlyAndAverageTheValues() {
    qt().withExamples(40)
        .forAll(
            lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 12),
            integers().between(1, 4),
            integers().between(0, 1000))
        .checkAssert(
            (responses, parts, seed) -> {
              List<Scorecard> cards =
                  CohortAnalysis.assess(cohort(responses), SURVEY).assessments().stream()
                      .map(ScoringModels.index()::score)
                      .collect(Collectors.toList());
              ScoreSummary whole =
                  cards.stream().collect(ScoreSummary.collector("index", SURVEY.framework()));
              Random random = new Random(seed);
              List<ScoreSummary.Accumulator> split = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                split.add(ScoreSummary.accumulator("index", SURVEY.framework()));
              }
              cards.forEach(card -> split.get(random.nextInt(parts)).add(card));
              Collections.shuffle(split, random);
              split.subList(1, parts).forEach(split.get(0)::combine);
              assertThat(split.get(0).result()).isEqualTo(whole);
              assertThat(whole.jurisdictions()).isEqualTo(cards.size());
              double[] overall =
                  cards.stream()
                      .map(c -> c.overall().value())
                      .filter(OptionalDouble::isPresent)
                      .mapToDouble(OptionalDouble::getAsDouble)
                      .toArray();
              assertThat(whole.overall().known()).isEqualTo(overall.length);
              if (overall.length > 0) {
                assertThat(whole.overall().mean().getAsDouble())
                    .isCloseTo(Arrays.stream(overall).average().getAsDouble(), within(1e-6));
                assertThat(whole.overall().min())
                    .hasValue(Arrays.stream(overall).min().getAsDouble());
              } else {
                assertThat(whole.overall().mean()).isEmpty();
              }
              for (int c = 0; c < SURVEY.framework().capabilities().size(); c++) {
                int capability = c;
                ScoreSummary.Values values = whole.capabilities().get(c);
                assertThat(values.levels().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(
                        cards.stream()
                            .filter(card -> card.capabilities().get(capability).level().isPresent())
                            .count());
              }
            });
  }
}
