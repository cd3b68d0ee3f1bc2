package io.github.mnr4j.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.Severity;
import io.github.mnr4j.crosswalk.CrosswalkFinding.Code;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding of the crosswalk checks, each on the smallest crosswalk that has it. */
class CrosswalkChecksTest {

  private static CrosswalkCheckReport check(List<CrosswalkEntry> entries) {
    return TwoEditions.crosswalk(entries).check(TwoEditions.first(), TwoEditions.second());
  }

  private static List<CrosswalkEntry> without(int index) {
    List<CrosswalkEntry> entries = new ArrayList<>(TwoEditions.entries());
    entries.remove(index);
    return entries;
  }

  private static List<CrosswalkEntry> with(CrosswalkEntry... more) {
    List<CrosswalkEntry> entries = new ArrayList<>(TwoEditions.entries());
    entries.addAll(List.of(more));
    return entries;
  }

  @Test
  void theWorkedCrosswalkIsClean() {
    assertThat(check(TwoEditions.entries()).findings()).isEmpty();
  }

  @Test
  void aMissingSourceElementIsFound() {
    CrosswalkCheckReport report = check(without(6)); // q5 removed
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.SOURCE_UNMAPPED);
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.pointer()).isEqualTo("/entries");
              assertThat(f.elements()).containsExactly("q5");
              assertThat(f.message())
                  .isEqualTo(
                      "question 'q5' of test-survey@1 has no entry: map it or declare it removed");
            });
  }

  @Test
  void aMissingTargetElementIsFound() {
    assertThat(check(without(10)).findings()) // q8 added
        .extracting(CrosswalkFinding::code, CrosswalkFinding::elements)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.TARGET_UNREACHED, List.of("q8")));
  }

  @Test
  void anOptionWithoutCounterpartNeedsAnEntry() {
    assertThat(check(without(3)).findings()) // q2/c removed
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.SOURCE_UNMAPPED);
              assertThat(f.elements()).containsExactly("q2/c");
              assertThat(f.message())
                  .contains("(its question maps to 'q2', without an option 'c')");
            });
  }

  /** q6 maps to q8, and the second edition's q6 is a question of its own: the id is reused. */
  private static List<CrosswalkEntry> reusingQ6() {
    List<CrosswalkEntry> entries = new ArrayList<>(TwoEditions.entries());
    entries.set(7, CrosswalkEntry.of("q6", "q8", Relationship.EQUIVALENT).withRationale("moved"));
    entries.set(10, CrosswalkEntry.added("q6").withRationale("a new question under an old id"));
    return entries;
  }

  @Test
  void anIdReusedForAnotherElementIsFound() {
    CrosswalkCheckReport report = check(reusingQ6());
    assertThat(report.findings())
        .extracting(CrosswalkFinding::code)
        .containsExactly(Code.ID_REUSED);
    assertThat(report.findings().get(0).pointer()).isEqualTo("/entries/7");
    assertThat(report.findings().get(0).elements()).containsExactly("q6");
    assertThat(report.findings().get(0).message()).contains("an id kept across versions");
  }

  @Test
  void twoDifferentSurveysMayShareIds() {
    Crosswalk crosswalk =
        Crosswalk.builder()
            .id("two-surveys")
            .title("Two surveys")
            .source(CrosswalkEnd.of(TwoEditions.first()))
            .target(CrosswalkEnd.of(TwoEditions.second()))
            .sameLineage(false)
            .provenance(TwoEditions.PROVENANCE)
            .addAllEntries(reusingQ6())
            .build();
    assertThat(crosswalk.check(TwoEditions.first(), TwoEditions.second()).findings()).isEmpty();
  }

  @Test
  void aMergeWhosePartsDoNotCoverTheWholeIsFound() {
    List<CrosswalkEntry> entries = without(5);
    entries.add(CrosswalkEntry.of("q3", "q34", Relationship.SOURCE_NARROWER).withRationale("part"));
    entries.add(CrosswalkEntry.removed("q4").withRationale("gone"));
    CrosswalkCheckReport report = check(entries);
    assertThat(report.findings())
        .extracting(CrosswalkFinding::code, CrosswalkFinding::elements)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.MERGE_INCOMPLETE, List.of("q34")));
    assertThat(report.findings().get(0).message()).contains("(source-narrower)");
  }

  @Test
  void unknownElementsAreLocated() {
    CrosswalkCheckReport report =
        check(
            with(CrosswalkEntry.of("q9", "q1/maybe", Relationship.OVERLAPPING).withRationale("?")));
    assertThat(report.findings())
        .filteredOn(f -> f.code() == Code.UNKNOWN_ELEMENT)
        .extracting(CrosswalkFinding::pointer, CrosswalkFinding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/entries/12/sources/0",
                "'q9' is not a question or option of instrument test-survey@1"),
            org.assertj.core.groups.Tuple.tuple(
                "/entries/12/targets/0",
                "'q1/maybe' is not a question or option of instrument test-survey@2"));
    assertThat(report.findings()).extracting(CrosswalkFinding::code).contains(Code.MIXED_LEVELS);
  }

  @Test
  void contradictionsAndRepeatsAreFound() {
    CrosswalkCheckReport report =
        check(
            with(
                CrosswalkEntry.of("q5", "q8", Relationship.EQUIVALENT)
                    .withRationale("kept after all"),
                CrosswalkEntry.of("q1", "q1", Relationship.EQUIVALENT)));
    assertThat(report.findings())
        .extracting(CrosswalkFinding::code, CrosswalkFinding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.DUPLICATE_ENTRY, "/entries/13"),
            org.assertj.core.groups.Tuple.tuple(Code.CONTRADICTION, "/entries/6"),
            org.assertj.core.groups.Tuple.tuple(Code.CONTRADICTION, "/entries/10"));
    assertThat(
            TwoEditions.crosswalk(with(CrosswalkEntry.of("q1", "q1", Relationship.EQUIVALENT)))
                .check()
                .findings())
        .extracting(CrosswalkFinding::code)
        .containsExactly(Code.DUPLICATE_ENTRY);
  }

  @Test
  void anEntryThatChangesSomethingWithoutARationaleIsWarnedOf() {
    List<CrosswalkEntry> entries = without(6);
    entries.add(CrosswalkEntry.removed("q5"));
    CrosswalkCheckReport report = check(entries);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.NO_RATIONALE);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void theWrongEndIsFound() {
    CrosswalkCheckReport report =
        TwoEditions.crosswalk().check(TwoEditions.first(), TwoEditions.first());
    assertThat(report.findings().get(0).code()).isEqualTo(Code.END_MISMATCH);
    assertThat(report.findings().get(0).pointer()).isEqualTo("/target");
    assertThat(report.findings().get(0).message())
        .isEqualTo(
            "the crosswalk names instrument test-survey@2 but is checked against instrument"
                + " test-survey@1");
  }

  @Test
  void entriesRefuseShapesTheirRelationshipCannotHave() {
    assertThatThrownBy(() -> CrosswalkEntry.of(List.of("q1"), List.of("q2"), Relationship.REMOVED))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("a removed entry has no targets");
    assertThatThrownBy(() -> CrosswalkEntry.of(List.of(), List.of("q2"), Relationship.EQUIVALENT))
        .hasMessageContaining("equivalent needs at least one source");
    assertThatThrownBy(
            () -> CrosswalkEntry.of(List.of("q1", "q1"), List.of("q2"), Relationship.EQUIVALENT))
        .hasMessageContaining("'q1' is listed twice");
    assertThatThrownBy(() -> CrosswalkEntry.of("q1/a/b", "q2", Relationship.EQUIVALENT))
        .hasMessageContaining("'q1/a/b' is not an element");
    assertThatThrownBy(() -> CrosswalkEnd.of(CrosswalkEnd.Kind.INSTRUMENT, "s"))
        .hasMessageContaining("an instrument end needs a version");
  }

  /** A capability split in two: covered when the parts are one equivalent entry, not otherwise. */
  @Test
  void aSplitMustCoverTheWhole() {
    Framework mnr = Frameworks.mnr();
    Framework split =
        mnr.tailor("wpga-mnr-split")
            .removeCapability("offender-support-systems")
            .addCapability(
                Capability.of(
                    "adult-offender-support", 22, "Adult Offender Support", "Adults", "societal"))
            .addCapability(
                Capability.of(
                    "hsb-support", 23, "Support for Young People with HSB", "Children", "societal"))
            .build();
    Crosswalk derived = Crosswalk.derive(mnr, split, TwoEditions.PROVENANCE);
    assertThat(derived.check(mnr, split).findings()).isEmpty();

    List<CrosswalkEntry> entries = new ArrayList<>();
    for (CrosswalkEntry entry : derived.entries()) {
      if (entry.relationship().maps()) {
        entries.add(entry);
      }
    }
    entries.add(
        CrosswalkEntry.of(
                "offender-support-systems", "adult-offender-support", Relationship.SOURCE_BROADER)
            .withRationale("the adults' part"));
    entries.add(
        CrosswalkEntry.of("offender-support-systems", "hsb-support", Relationship.SOURCE_BROADER)
            .withRationale("the children's part"));
    Crosswalk parts = derived.withEntries(entries);
    assertThat(parts.check(mnr, split).findings())
        .extracting(CrosswalkFinding::code, CrosswalkFinding::elements)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Code.SPLIT_INCOMPLETE, List.of("offender-support-systems")));

    entries.remove(entries.size() - 1);
    entries.remove(entries.size() - 1);
    entries.add(
        CrosswalkEntry.of(
                List.of("offender-support-systems"),
                List.of("adult-offender-support", "hsb-support"),
                Relationship.EQUIVALENT)
            .withRationale("split in two"));
    assertThat(derived.withEntries(entries).check(mnr, split).findings()).isEmpty();
  }

  @Test
  void derivingNeedsTheBase() {
    Framework variant =
        Frameworks.mnr().tailor("wpga-mnr-x").removeCapability("csea-hotline").build();
    Framework other =
        Frameworks.mnr().tailor("wpga-mnr-y").removeCapability("csea-hotline").build();
    assertThatThrownBy(() -> Crosswalk.derive(other, variant, TwoEditions.PROVENANCE))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "framework 'wpga-mnr-x' was not tailored from 'wpga-mnr-y' but from 'wpga-mnr': a"
                + " crosswalk is derived from the base a variant records");
  }

  /** Which questions give evidence for which capability: derived from the links, then broken. */
  @Test
  void anEvidenceCrosswalkAccountsForEveryQuestionAndCapability() {
    Instrument survey = Instruments.mnrSurvey2021();
    Crosswalk evidence = Crosswalk.evidence(survey, TwoEditions.PROVENANCE);
    assertThat(evidence.check(survey, Frameworks.mnr()).findings()).isEmpty();
    assertThat(evidence.entries())
        .filteredOn(e -> e.sources().equals(List.of("q16")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.targets()).containsExactly("legislation");
              assertThat(e.relationship()).isEqualTo(Relationship.SOURCE_NARROWER);
            });
    List<CrosswalkEntry> entries = new ArrayList<>();
    for (CrosswalkEntry entry : evidence.entries()) {
      if (!entry.sources().equals(List.of("q2")) && !entry.targets().contains("child-helpline")) {
        entries.add(entry);
      }
    }
    assertThat(evidence.withEntries(entries).check(survey, Frameworks.mnr()).findings())
        .extracting(CrosswalkFinding::code, CrosswalkFinding::elements)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.SOURCE_UNMAPPED, List.of("q2")),
            org.assertj.core.groups.Tuple.tuple(Code.SOURCE_UNMAPPED, List.of("q46")),
            org.assertj.core.groups.Tuple.tuple(Code.SOURCE_UNMAPPED, List.of("q47")),
            org.assertj.core.groups.Tuple.tuple(Code.SOURCE_UNMAPPED, List.of("q48")),
            org.assertj.core.groups.Tuple.tuple(Code.TARGET_UNREACHED, List.of("child-helpline")));
  }
}
