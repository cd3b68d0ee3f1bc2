package io.github.mnr4j.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.testing.ResponseGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The disclosure policy's promise, tested as an attacker would try to break it: whatever the cohort
 * and its groups, no suppressed group's counts follow from the numbers published beside it, and no
 * filter shows, directly or by subtraction from the whole cohort, fewer jurisdictions than the
 * minimum.
 */
class DisclosureProperties {
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();

  /** Values of the attribute {@code group}, skewed so that small groups are common. */
  private static final List<String> GROUPS = List.of("a", "a", "a", "b", "b", "c", "d", "e");

  /**
   * Cohorts of 2 to 30 jurisdictions with distinct ids, each in a group, some without one, and in
   * one half or the other by its position.
   */
  private static Gen<List<Response>> cohorts() {
    Gen<Response> responses = ResponseGenerators.validResponses(SURVEY);
    return lists()
        .of(responses.zip(integers().between(0, GROUPS.size()), Member::new))
        .ofSizeBetween(2, 30)
        .map(
            members -> {
              List<Response> cohort = new ArrayList<>();
              for (int i = 0; i < members.size(); i++) {
                Member member = members.get(i);
                Jurisdiction.Builder jurisdiction =
                    Jurisdiction.builder()
                        .id(String.format("J%02d", i))
                        .name(String.format("Country %02d", i))
                        .putAttribute("half", i % 2 == 0 ? "even" : "odd");
                if (member.group < GROUPS.size()) {
                  jurisdiction.putAttribute("group", GROUPS.get(member.group));
                }
                cohort.add(member.response.withJurisdiction(jurisdiction.build()));
              }
              return cohort;
            });
  }

  private record Member(Response response, int group) {}

  private static CohortAnalysis analysis(List<Response> responses) {
    return CohortAnalysis.of(
        Cohort.builder().name("Generated").addAllResponses(responses).build(), SURVEY);
  }

  /** What a breakdown publishes: its groups, and for each shown group its size and counts. */
  private static Map<String, Optional<Object>> published(Breakdown breakdown) {
    return breakdown.groups().stream()
        .collect(
            Collectors.toMap(
                Breakdown.Group::value,
                g -> g.tally().map(t -> (Object) List.of(g.size(), t.rows()))));
  }

  @Test
  void subtractingTheShownGroupsFromTheTotalNeverGivesOneSuppressedGroup() {
    qt().withExamples(60)
        .forAll(cohorts(), integers().between(2, 6))
        .checkAssert(
            (responses, minimum) -> {
              DisclosurePolicy policy = DisclosurePolicy.withMinGroupSize(minimum);
              CohortAnalysis analysis = analysis(responses);
              Breakdown breakdown = analysis.breakdown(TallyView.figure1(), "group", policy);
              List<Breakdown.Group> suppressed =
                  breakdown.groups().stream().filter(g -> g.tally().isEmpty()).toList();
              int shownSize =
                  breakdown.groups().stream()
                      .filter(g -> g.tally().isPresent())
                      .mapToInt(Breakdown.Group::size)
                      .sum();
              Tally total = analysis.tally(TallyView.figure1());
              if (responses.size() < minimum) {
                // No total to subtract from: the policy refuses the whole cohort's counts.
                assertThatThrownBy(() -> policy.check(total))
                    .isInstanceOf(DisclosureException.class);
                return;
              }
              policy.check(total);
              // What the attacker derives: the whole cohort's count minus the shown groups'.
              int derived = responses.size() - shownSize;
              if (!suppressed.isEmpty()) {
                assertThat(suppressed).hasSizeGreaterThanOrEqualTo(2);
                assertThat(derived).isGreaterThanOrEqualTo(minimum);
              }
              assertThat(breakdown.groups())
                  .filteredOn(g -> g.tally().isPresent())
                  .allSatisfy(g -> assertThat(g.size()).isGreaterThanOrEqualTo(minimum));
            });
  }

  @Test
  void exchangingJurisdictionsBetweenSuppressedGroupsChangesNothingPublished() {
    qt().withExamples(60)
        .forAll(cohorts(), integers().between(2, 6))
        .checkAssert(
            (responses, minimum) -> {
              DisclosurePolicy policy = DisclosurePolicy.withMinGroupSize(minimum);
              CohortAnalysis analysis = analysis(responses);
              Breakdown before = analysis.breakdown(TallyView.figure1(), "group", policy);
              List<String> suppressed =
                  before.groups().stream()
                      .filter(g -> g.tally().isEmpty())
                      .map(Breakdown.Group::value)
                      .toList();
              if (suppressed.size() < 2) {
                return;
              }
              // Move one jurisdiction of the first suppressed group into the second and one back:
              // the groups' true counts change whenever the two answered differently.
              Response from = member(responses, suppressed.get(0));
              Response to = member(responses, suppressed.get(1));
              List<Response> exchanged = new ArrayList<>();
              for (Response response : responses) {
                exchanged.add(
                    response == from
                        ? regroup(response, suppressed.get(1))
                        : response == to ? regroup(response, suppressed.get(0)) : response);
              }
              CohortAnalysis other = analysis(exchanged);
              Breakdown after = other.breakdown(TallyView.figure1(), "group", policy);
              assertThat(published(after)).isEqualTo(published(before));
              assertThat(other.tally(TallyView.figure1()).rows())
                  .isEqualTo(analysis.tally(TallyView.figure1()).rows());
            });
  }

  private static Response member(List<Response> responses, String group) {
    return responses.stream().filter(r -> group.equals(value(r))).findFirst().orElseThrow();
  }

  private static String value(Response response) {
    return response.jurisdiction().attributes().getOrDefault("group", Breakdown.NONE);
  }

  private static Response regroup(Response response, String group) {
    Jurisdiction.Builder jurisdiction =
        Jurisdiction.builder()
            .id(response.jurisdiction().id())
            .name(response.jurisdiction().name())
            .putAttribute("half", response.jurisdiction().attributes().get("half"));
    if (!group.equals(Breakdown.NONE)) {
      jurisdiction.putAttribute("group", group);
    }
    return response.withJurisdiction(jurisdiction.build());
  }

  @Test
  void aFilteredTallyIsShownOnlyIfWhatItKeepsAndWhatItLeavesOutAreBothLargeEnough() {
    qt().withExamples(60)
        .forAll(cohorts(), integers().between(0, GROUPS.size() - 1), integers().between(1, 6))
        .checkAssert(
            (responses, group, minimum) -> {
              DisclosurePolicy policy = DisclosurePolicy.withMinGroupSize(minimum);
              Where filter = new Where("group", GROUPS.get(group));
              Tally tally = analysis(responses).where(filter).tally(TallyView.figure1());
              long kept = responses.stream().filter(r -> filter.value().equals(value(r))).count();
              long leftOut = responses.size() - kept;
              assertThat(tally.jurisdictionCount()).isEqualTo(kept);
              assertThat(tally.leftOutCount()).isEqualTo(leftOut);
              boolean safe = (kept == 0 || kept >= minimum) && (leftOut == 0 || leftOut >= minimum);
              if (safe) {
                policy.check(tally);
              } else {
                assertThatThrownBy(() -> policy.check(tally))
                    .isInstanceOf(DisclosureException.class);
              }
            });
  }

  @Test
  void aFilteredBreakdownShowsNoGroupThatTheUnfilteredOneWouldGiveAwayBySubtraction() {
    qt().withExamples(60)
        .forAll(cohorts(), integers().between(1, 5))
        .checkAssert(
            (responses, minimum) -> {
              DisclosurePolicy policy = DisclosurePolicy.withMinGroupSize(minimum);
              CohortAnalysis whole = analysis(responses);
              Breakdown unfiltered = whole.breakdown(TallyView.figure1(), "group", policy);
              // Filter on another attribute than the one grouped by.
              Breakdown filtered;
              try {
                filtered =
                    whole
                        .where(new Where("half", "even"))
                        .breakdown(TallyView.figure1(), "group", policy);
              } catch (DisclosureException refused) {
                return; // the filter itself keeps or leaves out too few
              }
              for (Breakdown.Group group : filtered.groups()) {
                Optional<Breakdown.Group> all =
                    unfiltered.groups().stream()
                        .filter(g -> g.value().equals(group.value()))
                        .findFirst();
                if (group.tally().isPresent() && all.orElseThrow().tally().isPresent()) {
                  int difference = all.get().size() - group.size();
                  assertThat(difference == 0 || difference >= minimum)
                      .as("group %s: %s minus %s", group.value(), all.get().size(), group.size())
                      .isTrue();
                }
              }
            });
  }
}
