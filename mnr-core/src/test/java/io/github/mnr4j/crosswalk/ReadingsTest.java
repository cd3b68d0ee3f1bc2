package io.github.mnr4j.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.crosswalk.MigrationNote.Outcome;
import io.github.mnr4j.framework.Frameworks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What crosswalk values say about themselves, and the order question ids are listed in. */
class ReadingsTest {

  @Test
  void questionIdsSortAsPeopleNumberThem() {
    assertThat(MigrationSummary.compareIds(List.of("q2"), List.of("q10"))).isNegative();
    assertThat(MigrationSummary.compareIds(List.of("q10"), List.of("q9"))).isPositive();
    assertThat(MigrationSummary.compareIds(List.of("q10"), List.of("q10"))).isZero();
    assertThat(MigrationSummary.compareIds(List.of("q02"), List.of("q2"))).isZero();
    assertThat(MigrationSummary.compareIds(List.of(), List.of("q1"))).isNegative();
    assertThat(MigrationSummary.compareIds(List.of("q1"), List.of("q1", "q2"))).isNegative();
    assertThat(MigrationSummary.compareIds(List.of("q3", "q4"), List.of("q3", "q10"))).isNegative();
    assertThat(MigrationSummary.compareIds(List.of("q1"), List.of("q1a"))).isNegative();
    assertThat(MigrationSummary.compareIds(List.of("q1b"), List.of("q1a"))).isPositive();
    assertThat(MigrationSummary.compareIds(List.of("q12x3"), List.of("q12x20"))).isNegative();
    assertThat(MigrationSummary.compareIds(List.of("a"), List.of("q"))).isNegative();
    assertThat(MigrationSummary.compareIds(List.of("q100"), List.of("q99"))).isPositive();
    assertThat(MigrationSummary.compareIds(List.of("q0"), List.of("q00"))).isZero();
  }

  @Test
  void valuesSayWhatTheyAre() {
    assertThat(TwoEditions.PROVENANCE)
        .hasToString("mnr4j tests, 2026-12-06: written for the tests");
    assertThat(TwoEditions.crosswalk())
        .hasToString(
            "Crosswalk[test-1-to-2: instrument test-survey@1 -> instrument test-survey@2, 12"
                + " entries]");
    assertThat(MigrationNote.of(Outcome.CARRIED, List.of("q1"), List.of("q1"), ""))
        .hasToString("carried q1 -> q1");
    assertThat(MigrationNote.of(Outcome.DROPPED, List.of("q5"), List.of(), "gone"))
        .hasToString("dropped q5 -> : gone");
    assertThat(TwoEditions.crosswalk().check(TwoEditions.first(), TwoEditions.second()))
        .hasToString("CrosswalkCheckReport[test-1-to-2: 0 errors, 0 warnings]");
    var summary = MigrationSummary.accumulator(TwoEditions.crosswalk());
    assertThat(summary.result())
        .hasToString("MigrationSummary[test-1-to-2: 0 responses, 0 needing review]");
    assertThat(CrosswalkEnd.of(Frameworks.mnr())).hasToString("framework wpga-mnr");
  }

  @Test
  void everyPartOfADefinitionIsChecked() {
    assertThatThrownBy(() -> CrosswalkEntry.of("q1", "q2/", Relationship.EQUIVALENT))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("'q2/' is not an element");
    assertThatThrownBy(() -> CrosswalkEntry.removed("q1").withRationale(" "))
        .hasMessageContaining("rationale must not be blank");
    assertThatThrownBy(
            () ->
                Crosswalk.builder()
                    .id("x")
                    .title(" ")
                    .source(CrosswalkEnd.of(Frameworks.mnr()))
                    .target(CrosswalkEnd.of(Frameworks.mnr()))
                    .provenance(TwoEditions.PROVENANCE)
                    .addNote("")
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("title must not be blank")
        .hasMessageContaining("a note must not be blank");
    assertThatThrownBy(() -> Provenance.of(" ", java.time.LocalDate.of(2026, 1, 1), "x"))
        .hasMessageContaining("author must not be blank");
  }

  @Test
  void endsOfTwoKindsAreNotOfOneLineageByDefault() {
    Crosswalk evidence = Crosswalk.evidence(TwoEditions.first(), TwoEditions.PROVENANCE);
    assertThat(evidence.isSameLineage()).isFalse();
    assertThat(TwoEditions.crosswalk().isSameLineage()).isTrue();
    assertThat(evidence.inverse().id()).isEqualTo(evidence.id() + "-inverse");
    assertThat(evidence.inverse().inverse().id()).isEqualTo(evidence.id());
  }

  @Test
  void aWrongSourceEndIsFoundToo() {
    CrosswalkCheckReport report =
        TwoEditions.crosswalk().check(TwoEditions.second(), TwoEditions.second());
    assertThat(report.findings().get(0).code()).isEqualTo(CrosswalkFinding.Code.END_MISMATCH);
    assertThat(report.findings().get(0).pointer()).isEqualTo("/source");
  }
}
