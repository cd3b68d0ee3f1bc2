package io.github.mnr4j.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.scoring.CompiledModel;
import io.github.mnr4j.scoring.IndexModel;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.Ranker;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.testing.ResponseGenerators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.Supplier;
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
              CohortAnalysis analysis = CohortAnalysis.of(cohort(responses), SURVEY);
              int size = analysis.assessments().size();
              Tally tally = analysis.tally(TallyView.figure1());
              for (TallyRow row : tally.rows()) {
                assertThat(row.yesCount() + row.noCount() + row.unansweredCount()).isEqualTo(size);
              }
              Breakdown breakdown =
                  analysis.breakdown(
                      TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(1));
              assertThat(breakdown.groups().stream().mapToInt(Breakdown.Group::size).sum())
                  .isEqualTo(size);
              for (int r = 0; r < tally.rows().size(); r++) {
                int row = r;
                assertThat(
                        breakdown.groups().stream()
                            .mapToInt(g -> g.tally().orElseThrow().rows().get(row).yesCount())
                            .sum())
                    .isEqualTo(tally.rows().get(r).yesCount());
              }
              Breakdown suppressed =
                  analysis.breakdown(
                      TallyView.figure1(), "region", DisclosurePolicy.withMinGroupSize(minimum));
              assertThat(suppressed.groups())
                  .allSatisfy(
                      g -> {
                        if (g.size() < minimum) {
                          assertThat(g.suppression())
                              .contains(DisclosurePolicy.Suppression.TOO_SMALL);
                        }
                        assertThat(g.tally().isPresent()).isEqualTo(g.suppression().isEmpty());
                      });
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
              assertThat(CohortAnalysis.of(other, SURVEY).tally(TallyView.figure1()))
                  .isEqualTo(CohortAnalysis.of(cohort, SURVEY).tally(TallyView.figure1()));
            });
  }

  /**
   * Every fold meets the contract of {@link Accumulator}: its items split at random into parts,
   * each part added to an accumulator of its own, the parts combined in a random order, give the
   * result of one accumulator that added them all; so does a parallel stream's collector; taking
   * the result changes nothing, and combining leaves the other accumulator as it was.
   */
  @Test
  void everyFoldGivesTheSameResultHoweverItsItemsAreSplitAndCombined() {
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
            integers().between(1, 5),
            integers().between(0, 1000))
        .checkAssert(
            (responses, parts, seed) -> {
              Framework framework = SURVEY.framework();
              List<Assessment> assessments =
                  CohortAnalysis.of(cohort(responses), SURVEY).assessments();
              List<Scorecard> cards =
                  assessments.stream()
                      .map(ScoringModels.index()::score)
                      .collect(Collectors.toList());
              Random random = new Random(seed);
              foldsAlike(
                  assessments,
                  () -> Tally.accumulator(TallyView.figure1(), framework),
                  parts,
                  random);
              foldsAlike(
                  assessments,
                  () ->
                      Tally.accumulator(
                          TallyView.capabilities(framework),
                          framework,
                          Where.parse("incomeGroup=high")),
                  parts,
                  random);
              foldsAlike(
                  assessments,
                  () ->
                      Breakdown.accumulator(
                          TallyView.figure1(),
                          framework,
                          "region",
                          DisclosurePolicy.withMinGroupSize(2)),
                  parts,
                  random);
              foldsAlike(assessments, () -> OptionTally.accumulator(SURVEY, "q17"), parts, random);
              foldsAlike(
                  assessments,
                  () ->
                      OptionBreakdown.accumulator(
                          SURVEY, "q10", "incomeGroup", DisclosurePolicy.withMinGroupSize(1)),
                  parts,
                  random);
              foldsAlike(
                  assessments,
                  () -> Ranker.of(lenient).withDraws(20).withSeed(seed).accumulator(framework),
                  parts,
                  random);
              foldsAlike(assessments, () -> Round.accumulator("Round", framework), parts, random);
              foldsAlike(cards, () -> ScoreSummary.accumulator("index", framework), parts, random);
              List<ValidationReport> reports =
                  assessments.stream().map(Assessment::validation).collect(Collectors.toList());
              foldsAlike(reports, InvalidResponses::accumulator, parts, random);
            });
  }

  /**
   * The summary of invalid responses counts every response with an error once, each kind of error
   * once per response, and names the first of them by id; summaries of parts add up to the whole's.
   */
  @Test
  void invalidResponsesAreCountedOnceEachAndPartsAddUp() {
    qt().withExamples(40)
        .forAll(
            lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 30),
            integers().between(0, 30))
        .checkAssert(
            (responses, cut) -> {
              List<ValidationReport> reports =
                  CohortAnalysis.of(cohort(responses), SURVEY).assessments().stream()
                      .map(Assessment::validation)
                      .collect(Collectors.toList());
              List<ValidationReport> invalid =
                  reports.stream().filter(ValidationReport::hasErrors).collect(Collectors.toList());
              InvalidResponses summary = InvalidResponses.of(reports);
              assertThat(summary.responseCount()).isEqualTo(invalid.size());
              assertThat(summary.isEmpty()).isEqualTo(invalid.isEmpty());
              assertThat(summary.jurisdictionIds())
                  .isEqualTo(
                      invalid.stream()
                          .map(ValidationReport::jurisdictionId)
                          .sorted()
                          .limit(InvalidResponses.LISTED)
                          .collect(Collectors.toList()));
              for (Map.Entry<String, Integer> code : summary.codeCounts().entrySet()) {
                assertThat(code.getValue())
                    .isEqualTo(
                        (int)
                            invalid.stream()
                                .filter(
                                    r ->
                                        r.errors().stream()
                                            .anyMatch(f -> f.code().id().equals(code.getKey())))
                                .count());
              }
              int at = Math.min(cut, reports.size());
              assertThat(
                      InvalidResponses.of(reports.subList(0, at))
                          .and(InvalidResponses.of(reports.subList(at, reports.size()))))
                  .isEqualTo(summary);
            });
  }

  private static <T, R> void foldsAlike(
      List<T> items, Supplier<Accumulator<T, R>> make, int parts, Random random) {
    Accumulator<T, R> whole = make.get();
    items.forEach(whole::add);
    R expected = whole.result();
    assertThat(whole.result()).isEqualTo(expected);

    List<T> shuffled = new ArrayList<>(items);
    Collections.shuffle(shuffled, random);
    List<Accumulator<T, R>> split = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      split.add(make.get());
    }
    shuffled.forEach(item -> split.get(random.nextInt(parts)).add(item));
    Collections.shuffle(split, random);
    Accumulator<T, R> first = split.get(0);
    for (Accumulator<T, R> other : split.subList(1, parts)) {
      R before = other.result();
      assertThat(first.combine(other)).isSameAs(first);
      assertThat(other.result()).isEqualTo(before);
    }
    assertThat(first.result()).isEqualTo(expected);
    assertThat(items.parallelStream().collect(Accumulator.collector(make))).isEqualTo(expected);
  }

  /** A score summary's means are the means, its minima the minima, its levels all counted. */
  @Test
  void scoreSummariesAverageTheValues() {
    qt().withExamples(40)
        .forAll(lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 12))
        .checkAssert(
            responses -> {
              List<Scorecard> cards =
                  CohortAnalysis.of(cohort(responses), SURVEY).assessments().stream()
                      .map(ScoringModels.index()::score)
                      .collect(Collectors.toList());
              ScoreSummary whole =
                  cards.stream()
                      .collect(
                          Accumulator.collector(
                              () -> ScoreSummary.accumulator("index", SURVEY.framework())));
              assertThat(whole.jurisdictionCount()).isEqualTo(cards.size());
              double[] overall =
                  cards.stream()
                      .map(c -> c.overall().value())
                      .filter(OptionalDouble::isPresent)
                      .mapToDouble(OptionalDouble::getAsDouble)
                      .toArray();
              assertThat(whole.overall().knownCount()).isEqualTo(overall.length);
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
   * A comparison of two rounds read one assessment at a time holds for each jurisdiction in both
   * rounds (in the order of their ids) and each capability the statuses of the two analyses and the
   * staged levels of their scorecards, worked out here from each assessment; the jurisdictions in
   * one round alone; and each round's tally.
   */
  @Test
  void comparisonsJoinTheRoundsByJurisdictionHoweverTheyAreRead() {
    qt().withExamples(50)
        .forAll(
            lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 14),
            lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 14))
        .checkAssert(
            (first, second) -> {
              CohortAnalysis earlier = CohortAnalysis.of(cohort(first), SURVEY);
              CohortAnalysis later = CohortAnalysis.of(cohort(second), SURVEY);
              RoundComparison comparison = RoundComparison.compare(round(earlier), round(later));

              CompiledModel staged = ScoringModels.staged().compile(SURVEY.framework());
              Map<String, Assessment> byId = new LinkedHashMap<>();
              earlier.assessments().forEach(a -> byId.put(a.jurisdiction().id(), a));
              List<String> expected = new ArrayList<>();
              List<String> onlyAfter = new ArrayList<>();
              List<Assessment> laterById = new ArrayList<>(later.assessments());
              laterById.sort(Comparator.comparing(a -> a.jurisdiction().id()));
              for (Assessment now : laterById) {
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
              assertThat(comparison.onlyBefore())
                  .containsExactlyElementsOf(new java.util.TreeSet<>(byId.keySet()));
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

  private static Round round(CohortAnalysis analysis) {
    Accumulator<Assessment, Round> round =
        Round.accumulator(analysis.cohort().name(), SURVEY.framework());
    analysis.assessments().forEach(round::add);
    return round.result();
  }

  /** A ranking ranks or leaves unranked every jurisdiction added, once. */
  @Test
  void rankingsHoldEveryJurisdictionOnce() {
    qt().withExamples(30)
        .forAll(lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 14))
        .checkAssert(
            responses -> {
              List<Assessment> assessments =
                  CohortAnalysis.of(cohort(responses), SURVEY).assessments();
              Ranking ranking =
                  assessments.stream()
                      .collect(
                          Accumulator.collector(
                              () ->
                                  Ranker.of(ScoringModels.index())
                                      .withDraws(10)
                                      .accumulator(SURVEY.framework())));
              List<String> ids = new ArrayList<>(ranking.unranked());
              ranking.entries().forEach(entry -> ids.add(entry.jurisdictionId()));
              assertThat(ids)
                  .containsExactlyInAnyOrderElementsOf(
                      assessments.stream()
                          .map(a -> a.jurisdiction().id())
                          .collect(Collectors.toList()));
            });
  }
}
