package io.github.mnr4j.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.examples.serve.ResponseStore.Submission;
import io.github.mnr4j.examples.serve.SelfAssessment.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The analyst's aggregates count submissions in steps of the minimum group size, so that no two
 * views of the page differ by fewer jurisdictions than that.
 */
class AggregateStepsTest {
  private static final int SIZE = 5;

  /** A history of submissions: each a jurisdiction of twelve submitting its response again. */
  private static List<Submission> history(List<Integer> jurisdictions) {
    Map<Integer, Integer> versions = new HashMap<>();
    List<Submission> submissions = new ArrayList<>();
    Instant at = Instant.parse("2026-12-06T10:00:00Z");
    for (int j : jurisdictions) {
      int version = versions.merge(j, 1, Integer::sum);
      submissions.add(
          new Submission("r" + j, "C" + j, version, at.plusSeconds(submissions.size())));
    }
    return submissions;
  }

  private static Set<String> jurisdictions(Step step) {
    Set<String> ids = new HashSet<>();
    step.counted().forEach(s -> ids.add(s.jurisdictionId()));
    return ids;
  }

  /**
   * After each new submission, the aggregates count what they counted before, or that and at least
   * five jurisdictions more; never one jurisdiction's change alone.
   */
  @Test
  void consecutiveViewsDifferByAWholeStepOrNotAtAll() {
    qt().forAll(lists().of(integers().between(1, 12)).ofSizeBetween(0, 60))
        .checkAssert(
            order -> {
              List<Submission> all = history(order);
              Step before = SelfAssessment.step(List.of(), SIZE);
              assertThat(before.counted()).isEmpty();
              for (int n = 1; n <= all.size(); n++) {
                Step after = SelfAssessment.step(all.subList(0, n), SIZE);
                Set<String> submitted = new HashSet<>();
                all.subList(0, n).forEach(s -> submitted.add(s.jurisdictionId()));
                assertThat(after.counted().size() % SIZE).isZero();
                assertThat(after.counted().size() + after.waiting()).isEqualTo(submitted.size());
                if (!after.counted().equals(before.counted())) {
                  assertThat(jurisdictions(after)).containsAll(jurisdictions(before));
                  assertThat(jurisdictions(after).size() - jurisdictions(before).size())
                      .isGreaterThanOrEqualTo(SIZE);
                }
                assertThat(SelfAssessment.step(all.subList(0, n), SIZE)).isEqualTo(after);
                before = after;
              }
            });
  }

  /** A revision after a step waits for the next step, and is then counted instead of the first. */
  @Test
  void aRevisionIsCountedAtTheNextStep() {
    // C1..C5 submit; C1 revises; C6..C9 submit: the step still counts C1's first version.
    List<Submission> all = history(List.of(1, 2, 3, 4, 5, 1, 6, 7, 8, 9));
    Step step = SelfAssessment.step(all, SIZE);
    assertThat(step.counted())
        .extracting(Submission::jurisdictionId, Submission::number)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C1", 1),
            org.assertj.core.groups.Tuple.tuple("C2", 1),
            org.assertj.core.groups.Tuple.tuple("C3", 1),
            org.assertj.core.groups.Tuple.tuple("C4", 1),
            org.assertj.core.groups.Tuple.tuple("C5", 1));
    assertThat(step.waiting()).isEqualTo(4);
    all = history(List.of(1, 2, 3, 4, 5, 1, 6, 7, 8, 9, 10));
    step = SelfAssessment.step(all, SIZE);
    assertThat(step.counted()).hasSize(10);
    assertThat(step.counted())
        .filteredOn(s -> s.jurisdictionId().equals("C1"))
        .extracting(Submission::number)
        .containsExactly(2);
    assertThat(step.waiting()).isZero();
  }

  /** Jurisdiction Cn's groups: its region (n mod 3) and its income group (n mod 2). */
  private static List<String> groupsOf(String jurisdictionId) {
    int n = Integer.parseInt(jurisdictionId.substring(1));
    return List.of("region " + n % 3, "income " + n % 2);
  }

  /**
   * How many of each group's jurisdictions are counted anew, or by another version, from a to b.
   */
  private static Map<String, Integer> changes(Step a, Step b) {
    Set<Submission> before = new HashSet<>(a.counted());
    Map<String, Integer> changes = new HashMap<>();
    for (Submission submission : b.counted()) {
      if (!before.contains(submission)) {
        groupsOf(submission.jurisdictionId()).forEach(g -> changes.merge(g, 1, Integer::sum));
      }
    }
    return changes;
  }

  /**
   * Any two breakdowns the page shows over a history, however far apart, differ in each group by no
   * jurisdiction or by at least five: a jurisdiction's answers, or its revision of them, never show
   * as the difference of two views. And they follow Figure 1's steps: each is one of them.
   */
  @Test
  void anyTwoBreakdownsShownDifferInEachGroupByNoneOrAWholeStep() {
    qt().forAll(lists().of(integers().between(1, 30)).ofSizeBetween(0, 80))
        .checkAssert(
            order -> {
              List<Submission> all = history(order);
              List<Step> shown = new ArrayList<>();
              for (int n = 0; n <= all.size(); n++) {
                List<Submission> prefix = all.subList(0, n);
                Step breakdowns =
                    SelfAssessment.breakdownStep(prefix, AggregateStepsTest::groupsOf, SIZE);
                Set<String> submitted = new HashSet<>();
                prefix.forEach(s -> submitted.add(s.jurisdictionId()));
                assertThat(breakdowns.counted().size() + breakdowns.waiting())
                    .isEqualTo(submitted.size());
                if (!breakdowns.counted().isEmpty()) {
                  // One of Figure 1's steps: what step() counted at some earlier moment.
                  boolean isAStep = false;
                  for (int m = 0; m <= n && !isAStep; m++) {
                    isAStep =
                        SelfAssessment.step(all.subList(0, m), SIZE)
                            .counted()
                            .equals(breakdowns.counted());
                  }
                  assertThat(isAStep).isTrue();
                }
                if (shown.isEmpty()
                    || !shown.get(shown.size() - 1).counted().equals(breakdowns.counted())) {
                  shown.add(breakdowns);
                }
              }
              for (int i = 0; i < shown.size(); i++) {
                for (int j = i + 1; j < shown.size(); j++) {
                  if (shown.get(i).counted().isEmpty()) {
                    continue;
                  }
                  assertThat(changes(shown.get(i), shown.get(j)).values())
                      .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(SIZE));
                }
              }
            });
  }

  /** A group that gains fewer than five holds the breakdowns back, and Figure 1 moves on. */
  @Test
  void aGroupThatGainsTooFewHoldsTheBreakdownsBack() {
    // C3, C6, C9, C12, C15 are region 0; the others region 1 or 2.
    List<Submission> first = history(List.of(3, 6, 9, 12, 15));
    Step one = SelfAssessment.breakdownStep(first, AggregateStepsTest::groupsOf, SIZE);
    assertThat(one.counted()).hasSize(5);
    // Five more, one of them of region 1 (C1) and four of region 2 (C2, C5, C8, C11).
    List<Submission> ten = history(List.of(3, 6, 9, 12, 15, 1, 2, 5, 8, 11));
    assertThat(SelfAssessment.step(ten, SIZE).counted()).hasSize(10);
    Step held = SelfAssessment.breakdownStep(ten, AggregateStepsTest::groupsOf, SIZE);
    assertThat(held.counted()).isEqualTo(one.counted());
    assertThat(held.waiting()).isEqualTo(5);
  }
}
