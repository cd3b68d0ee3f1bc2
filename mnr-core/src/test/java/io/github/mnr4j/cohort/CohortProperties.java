package io.github.mnr4j.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.scoring.CompiledModel;
import io.github.mnr4j.scoring.IndexModel;
import io.github.mnr4j.scoring.Level;
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

  /**
   * A comparison of two rounds read in parts, one assessment at a time, holds for each jurisdiction
   * in both rounds (in the later round's order) and each capability the statuses of the two
   * analyses and the staged levels of their scorecards, worked out here from each assessment; the
   * jurisdictions in one round alone; and each round's tally.
   */
  @Test
  void comparisonsJoinTheRoundsByJurisdictionHoweverTheyAreRead() {
    qt().withExamples(50)
        .forAll(
            lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 14),
            lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 14),
            integers().between(1, 4),
            integers().between(0, 1000))
        .checkAssert(
            (first, second, parts, seed) -> {
              CohortAnalysis earlier = CohortAnalysis.assess(cohort(first), SURVEY);
              CohortAnalysis later = CohortAnalysis.assess(cohort(second), SURVEY);
              RoundComparison.Round before = inParts(earlier, parts, new Random(seed));
              RoundComparison.Round after = inParts(later, parts, new Random(seed + 1));
              RoundComparison comparison = RoundComparison.compare(before, after);

              CompiledModel staged = ScoringModels.staged().compile(SURVEY.framework());
              Map<String, Assessment> byId = new LinkedHashMap<>();
              earlier.assessments().forEach(a -> byId.put(a.jurisdiction().id(), a));
              List<String> expected = new ArrayList<>();
              List<String> onlyAfter = new ArrayList<>();
              for (Assessment now : later.assessments()) {
                Assessment then = byId.remove(now.jurisdiction().id());
                if (then == null) {
                  onlyAfter.add(now.jurisdiction().id());
                  continue;
                }
                Scorecard cardThen = staged.score(then);
                Scorecard cardNow = staged.score(now);
                for (int c = 0; c < SURVEY.framework().capabilities().size(); c++) {
                  expected.add(
                      now.jurisdiction().id()
                          + " "
                          + SURVEY.framework().capabilities().get(c).id()
                          + " "
                          + then.statuses().get(c)
                          + ">"
                          + now.statuses().get(c)
                          + " "
                          + cardThen.capabilities().get(c).level().map(Level::id)
                          + ">"
                          + cardNow.capabilities().get(c).level().map(Level::id));
                }
              }
              assertThat(comparison.changes())
                  .extracting(
                      change ->
                          change.jurisdictionId()
                              + " "
                              + change.capabilityId()
                              + " "
                              + change.statusBefore()
                              + ">"
                              + change.statusAfter()
                              + " "
                              + change.levelBefore().map(Level::id)
                              + ">"
                              + change.levelAfter().map(Level::id))
                  .containsExactlyElementsOf(expected);
              assertThat(comparison.onlyAfter()).containsExactlyElementsOf(onlyAfter);
              assertThat(comparison.onlyBefore()).containsExactlyElementsOf(byId.keySet());
              for (int r = 0; r < comparison.rows().size(); r++) {
                assertThat(comparison.rows().get(r).before())
                    .isEqualTo(earlier.tally(TallyView.figure1()).rows().get(r));
                assertThat(comparison.rows().get(r).after())
                    .isEqualTo(later.tally(TallyView.figure1()).rows().get(r));
              }
              int counted = 0;
              for (RoundComparison.Change kind : RoundComparison.Change.values()) {
                int count = comparison.count(kind);
                assertThat(count)
                    .isEqualTo(
                        comparison.changes().stream().filter(c -> c.change() == kind).count());
                counted += count;
              }
              assertThat(counted).isEqualTo(expected.size());
              assertThat(comparison).isEqualTo(RoundComparison.compare(earlier, later));
            });
  }

  /** A round read in contiguous parts, each filled on its own and combined in order. */
  private static RoundComparison.Round inParts(CohortAnalysis analysis, int parts, Random random) {
    String name = analysis.cohort().name();
    List<RoundComparison.Round> split = new ArrayList<>();
    RoundComparison.Round part = RoundComparison.round(name, SURVEY.framework());
    split.add(part);
    for (Assessment assessment : analysis.assessments()) {
      if (split.size() < parts && random.nextBoolean()) {
        part = RoundComparison.round(name, SURVEY.framework());
        split.add(part);
      }
      part.add(assessment);
    }
    split.subList(1, split.size()).forEach(split.get(0)::combine);
    return split.get(0);
  }

  /**
   * A ranking depends on the jurisdictions ranked, not on their order nor on how they were split
   * between accumulators (the unranked apart, which keep the order they came in).
   */
  @Test
  void rankingsDoNotDependOnTheOrderOrTheSplitOfTheJurisdictions() {
    IndexModel lenient =
        IndexModel.builder()
            .id("lenient-index")
            .title("Index of whatever is known")
            .description("Ranks on any capability with a value")
            .base(ScoringModels.staged())
            .minimumCoverage(0.2)
            .build();
    qt().withExamples(40)
        .forAll(
            lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 14),
            integers().between(1, 4),
            integers().between(0, 1000))
        .checkAssert(
            (responses, parts, seed) -> {
              Ranker ranker = Ranker.of(lenient).withDraws(30).withSeed(seed);
              CohortAnalysis analysis = CohortAnalysis.assess(cohort(responses), SURVEY);
              Ranking whole = ranker.rank(analysis);
              assertThat(whole.entries().size() + whole.unranked().size())
                  .isEqualTo(analysis.assessments().size());

              List<Assessment> shuffled = new ArrayList<>(analysis.assessments());
              Random random = new Random(seed);
              Collections.shuffle(shuffled, random);
              List<Ranker.Accumulator> split = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                split.add(ranker.accumulator(SURVEY.framework()));
              }
              shuffled.forEach(a -> split.get(random.nextInt(parts)).add(a));
              split.subList(1, parts).forEach(split.get(0)::combine);
              Ranking reordered = split.get(0).result();
              assertThat(split.get(0).jurisdictions()).isEqualTo(analysis.assessments().size());
              assertThat(reordered.entries()).isEqualTo(whole.entries());
              assertThat(reordered.unranked())
                  .containsExactlyInAnyOrderElementsOf(whole.unranked());
              assertThat(reordered.synthetic()).isEqualTo(whole.synthetic());
            });
  }
}
