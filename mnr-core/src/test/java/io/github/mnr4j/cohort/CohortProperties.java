package io.github.mnr4j.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.testing.ResponseGenerators;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        .forAll(lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(1, 12),
            integers().between(1, 4))
        .checkAssert((responses, minimum) -> {
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
            assertThat(breakdown.groups().stream()
                .mapToInt(g -> g.tally().orElseThrow().rows().get(row).yes()).sum())
                .isEqualTo(tally.rows().get(r).yes());
          }
          Breakdown suppressed = analysis.breakdown(TallyView.figure1(), "region", minimum);
          assertThat(suppressed.groups()).allSatisfy(g ->
              assertThat(g.tally().isPresent()).isEqualTo(g.size() >= minimum));
        });
  }

  @Test
  void tallyingDoesNotDependOnTheOrderOfJurisdictions() {
    qt().withExamples(30)
        .forAll(lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(1, 10))
        .checkAssert(responses -> {
          Cohort cohort = cohort(responses);
          List<Response> reversed = new ArrayList<>(cohort.responses());
          java.util.Collections.reverse(reversed);
          Cohort other = Cohort.builder().name("Generated").addAllResponses(reversed).build();
          assertThat(CohortAnalysis.assess(other, SURVEY).tally(TallyView.figure1()))
              .isEqualTo(CohortAnalysis.assess(cohort, SURVEY).tally(TallyView.figure1()));
        });
  }
}
