package io.github.mnr4j.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.MnrException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Composing crosswalks: the table of relationships, merges and splits, and the gaps. */
class CompositionTest {
  private static CrosswalkEnd end(String edition) {
    return CrosswalkEnd.of(CrosswalkEnd.Kind.INSTRUMENT, "s", edition);
  }

  private static Crosswalk crosswalk(String from, String to, CrosswalkEntry... entries) {
    return Crosswalk.builder()
        .id("s-" + from + "-" + to)
        .title("s " + from + " to " + to)
        .source(end(from))
        .target(end(to))
        .provenance(TwoEditions.PROVENANCE)
        .addAllEntries(List.of(entries))
        .build();
  }

  @Test
  void relationshipsComposeWhereTheyDetermineOne() {
    Relationship eq = Relationship.EQUIVALENT;
    Relationship narrower = Relationship.SOURCE_NARROWER;
    Relationship broader = Relationship.SOURCE_BROADER;
    Relationship overlapping = Relationship.OVERLAPPING;
    assertThat(Composition.then(eq, narrower)).contains(narrower);
    assertThat(Composition.then(broader, eq)).contains(broader);
    assertThat(Composition.then(narrower, narrower)).contains(narrower);
    assertThat(Composition.then(broader, broader)).contains(broader);
    assertThat(Composition.then(broader, narrower)).contains(overlapping);
    assertThat(Composition.then(broader, overlapping)).contains(overlapping);
    assertThat(Composition.then(overlapping, narrower)).contains(overlapping);
    assertThat(Composition.then(narrower, broader)).isEmpty();
    assertThat(Composition.then(narrower, overlapping)).isEmpty();
    assertThat(Composition.then(overlapping, broader)).isEmpty();
    assertThat(Composition.then(overlapping, overlapping)).isEmpty();
  }

  @Test
  void aMergeThenASplitIsOneEquivalence() {
    Crosswalk first =
        crosswalk(
            "1",
            "2",
            CrosswalkEntry.of(List.of("q3", "q4"), List.of("q34"), Relationship.EQUIVALENT)
                .withRationale("merged"));
    Crosswalk second =
        crosswalk(
            "2",
            "3",
            CrosswalkEntry.of(List.of("q34"), List.of("q3b", "q4b"), Relationship.EQUIVALENT)
                .withRationale("split"));
    CrosswalkComposition composed = first.compose(second, TwoEditions.PROVENANCE);
    assertThat(composed.isComplete()).isTrue();
    assertThat(composed.crosswalk().entries())
        .containsExactly(
            CrosswalkEntry.of(List.of("q3", "q4"), List.of("q3b", "q4b"), Relationship.EQUIVALENT)
                .withRationale("merged; then split"));
    assertThat(composed.crosswalk().source()).isEqualTo(end("1"));
    assertThat(composed.crosswalk().target()).isEqualTo(end("3"));
  }

  @Test
  void narrowerThenBroaderIsAGap() {
    Crosswalk first =
        crosswalk(
            "1",
            "2",
            CrosswalkEntry.of("q1", "q1", Relationship.SOURCE_NARROWER).withRationale("widened"),
            CrosswalkEntry.removed("q2").withRationale("gone"));
    Crosswalk second =
        crosswalk(
            "2",
            "3",
            CrosswalkEntry.of("q1", "q1", Relationship.SOURCE_BROADER).withRationale("narrowed"));
    CrosswalkComposition composed = first.compose(second, TwoEditions.PROVENANCE);
    assertThat(composed.gaps())
        .containsExactly(
            "q1 source-narrower q1, then q1 source-broader q1: the two relationships determine"
                + " none");
    assertThat(composed.crosswalk().entries())
        .containsExactly(CrosswalkEntry.removed("q2").withRationale("gone"));
  }

  @Test
  void aMiddleElementTheSecondDoesNotMapIsAGap() {
    Crosswalk first = crosswalk("1", "2", CrosswalkEntry.of("q1", "q1", Relationship.EQUIVALENT));
    Crosswalk second = crosswalk("2", "3", CrosswalkEntry.removed("q9").withRationale("gone"));
    assertThat(first.compose(second, TwoEditions.PROVENANCE).gaps())
        .containsExactly("q1 equivalent q1: q1 has no entry in 's-2-3'");
  }

  @Test
  void composesOnlyWhereTheFirstEnds() {
    Crosswalk first = crosswalk("1", "2");
    assertThatThrownBy(() -> first.compose(crosswalk("3", "4"), TwoEditions.PROVENANCE))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "crosswalk 's-3-4' starts at instrument s@3, not where 's-1-2' ends (instrument s@2)");
  }
}
