package io.github.mnr4j.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.crosswalk.MigrationNote.Outcome;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Migrating responses between the two editions: every outcome, and what is never done. */
class MigrationTest {
  private static final Migration MIGRATION =
      Migration.of(TwoEditions.crosswalk(), TwoEditions.first(), TwoEditions.second());

  private static Response.Builder response() {
    return Response.builder()
        .instrumentReference("test-survey@1")
        .jurisdiction(Jurisdiction.of("C01", "Country 01"))
        .status(ResponseStatus.COMPLETED);
  }

  @Test
  void everyAnswerGetsANoteAndNothingIsInvented() {
    Response response =
        response()
            .putAnswer("q1", Answer.ofChoice("yes"))
            .putAnswer("q2", Answer.ofChoices("a", "b", "c"))
            .putAnswer("q3", Answer.ofChoice("yes"))
            .putAnswer("q4", Answer.ofChoice("no"))
            .putAnswer("q5", Answer.ofText("Some detail"))
            .putAnswer("q6", Answer.ofText("A. Person, a.person@example.org"))
            .putAnswer("q7", Answer.ofChoice("y"))
            .respondent(new Respondent.Person("A. Person", "Officer", "a.person@example.org"))
            .build();
    MigrationResult result = MIGRATION.migrate(response);

    assertThat(result.notes())
        .extracting(MigrationNote::outcome, MigrationNote::sources, MigrationNote::targets)
        .containsExactly(
            tuple(Outcome.CARRIED, List.of("q1"), List.of("q1")),
            tuple(Outcome.NEEDS_REVIEW, List.of("q2"), List.of("q2")),
            tuple(Outcome.MERGE_CONFLICT, List.of("q3", "q4"), List.of("q34")),
            tuple(Outcome.DROPPED, List.of("q5"), List.of()),
            tuple(Outcome.WITHHELD, List.of("q6"), List.of("q6")),
            tuple(Outcome.NEEDS_REVIEW, List.of("q7"), List.of("q7")),
            tuple(Outcome.NEEDS_REVIEW, List.of(), List.of("q8")),
            tuple(Outcome.WITHHELD, List.of(), List.of()));
    assertThat(result.notes().get(1).message())
        .isEqualTo(
            "option 'c' has no counterpart and was left out; carried, but q2 offers a new option,"
                + " d, that was not asked: check it");
    assertThat(result.notes().get(5).message())
        .isEqualTo("q7 takes one choice, and the options chosen do not give exactly one");

    Response migrated = result.response();
    assertThat(migrated.instrumentReference()).isEqualTo("test-survey@2");
    assertThat(migrated.status()).isEqualTo(ResponseStatus.IN_PROGRESS);
    assertThat(migrated.answers())
        .containsOnlyKeys("q1", "q2")
        .containsEntry("q1", Answer.ofChoice("yes"))
        .containsEntry("q2", Answer.ofChoices("a", "bb"));
    assertThat(migrated.respondent()).contains(new Respondent.Withheld());
    assertThat(result.needsReview()).isTrue();
    // what is carried is valid against the new edition, short of the questions left for review
    assertThat(Validator.of(TwoEditions.second()).validate(migrated).errors()).isEmpty();
    // no message repeats an answer's text
    assertThat(result.notes()).noneMatch(n -> n.message().contains("Some detail"));
  }

  @Test
  void agreeingAnswersMergeAndAResponseWithNothingToReviewStaysComplete() {
    List<CrosswalkEntry> entries = new ArrayList<>(TwoEditions.entries());
    entries.remove(10); // q8 added: declare it as coming from q5 instead
    entries.set(6, CrosswalkEntry.of("q5", "q8", Relationship.EQUIVALENT).withRationale("moved"));
    entries.remove(4); // q2/d added
    entries.add(
        CrosswalkEntry.of("q2/c", "q2/d", Relationship.EQUIVALENT).withRationale("renamed"));
    entries.remove(3); // q2/c removed
    Migration migration =
        Migration.of(TwoEditions.crosswalk(entries), TwoEditions.first(), TwoEditions.second());
    Response response =
        response()
            .putAnswer("q2", Answer.ofChoices("b", "c", "other").withOtherText("Something else"))
            .putAnswer("q3", Answer.ofChoice("yes"))
            .putAnswer("q4", Answer.ofChoice("yes"))
            .putAnswer("q5", Answer.ofText("Some detail"))
            .putAnswer("q7", Answer.ofChoice("x"))
            .build();
    MigrationResult result = migration.migrate(response);
    assertThat(result.notes())
        .extracting(MigrationNote::outcome)
        .containsExactly(Outcome.CARRIED, Outcome.MERGED, Outcome.CARRIED, Outcome.CARRIED);
    assertThat(result.response().status()).isEqualTo(ResponseStatus.COMPLETED);
    assertThat(result.response().answers())
        .containsEntry("q2", Answer.ofChoices("bb", "d", "other").withOtherText("Something else"))
        .containsEntry("q34", Answer.ofChoice("yes"))
        .containsEntry("q8", Answer.ofText("Some detail"))
        .containsEntry("q7", Answer.ofChoice("x"));
  }

  @Test
  void personalDataAreCarriedOnlyWhenAskedFor() {
    Respondent person = new Respondent.Person("A. Person", "Officer", "a.person@example.org");
    Response response =
        response().putAnswer("q6", Answer.ofText("A. Person")).respondent(person).build();
    MigrationResult withheld = MIGRATION.migrate(response);
    assertThat(withheld.response().answers()).doesNotContainKey("q6");
    assertThat(withheld.toString()).doesNotContain("Person");
    MigrationResult carried = MIGRATION.withPersonalData(true).migrate(response);
    assertThat(carried.response().answers()).containsEntry("q6", Answer.ofText("A. Person"));
    assertThat(carried.response().respondent()).contains(person);
  }

  @Test
  void anAnswerTheCrosswalkDoesNotNameIsDroppedWithANote() {
    Response response = response().putAnswer("q99", Answer.ofChoice("yes")).build();
    assertThat(MIGRATION.migrate(response).notes())
        .filteredOn(n -> n.outcome() == Outcome.DROPPED)
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.message())
                    .isEqualTo(
                        "'q99' is not a question the crosswalk maps: its answer is not carried"));
  }

  @Test
  void aQuestionNarrowerThanItsCounterpartIsLeftForReview() {
    List<CrosswalkEntry> entries = new ArrayList<>(TwoEditions.entries());
    entries.set(
        0, CrosswalkEntry.of("q1", "q1", Relationship.SOURCE_NARROWER).withRationale("wider"));
    entries.add(CrosswalkEntry.added("q1").withRationale("the wider part is new"));
    Migration migration =
        Migration.of(TwoEditions.crosswalk(entries), TwoEditions.first(), TwoEditions.second());
    MigrationResult result =
        migration.migrate(response().putAnswer("q1", Answer.ofChoice("yes")).build());
    assertThat(result.response().answers()).doesNotContainKey("q1");
    assertThat(result.notes().get(0).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(result.notes().get(0).message())
        .isEqualTo(
            "the old question is source-narrower than the new: its answer does not determine the new one");
  }

  @Test
  void refusesAResponseToAnotherInstrumentAndACrosswalkWithErrors() {
    Response other = response().instrumentReference("wpga-mnr-survey@2021").build();
    assertThatThrownBy(() -> MIGRATION.migrate(other))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "the response of 'C01' answers 'wpga-mnr-survey@2021', not test-survey@1, where"
                + " crosswalk 'test-1-to-2' starts");
    List<CrosswalkEntry> entries = new ArrayList<>(TwoEditions.entries());
    entries.remove(6);
    assertThatThrownBy(
            () ->
                Migration.of(
                    TwoEditions.crosswalk(entries), TwoEditions.first(), TwoEditions.second()))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "crosswalk 'test-1-to-2' has 1 error against test-survey@1 and test-survey@2, the"
                + " first: error source-unmapped /entries q5: question 'q5' of test-survey@1 has no"
                + " entry: map it or declare it removed");
  }

  @Test
  void theSummaryCountsOutcomesWhateverTheSplit() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      responses.add(
          response()
              .jurisdiction(Jurisdiction.of("C0" + i, "Country 0" + i))
              .putAnswer("q1", Answer.ofChoice(i % 2 == 0 ? "yes" : "no"))
              .putAnswer("q5", Answer.ofText("detail"))
              .build());
    }
    var whole = MigrationSummary.accumulator(TwoEditions.crosswalk());
    var part = MigrationSummary.accumulator(TwoEditions.crosswalk());
    var rest = MigrationSummary.accumulator(TwoEditions.crosswalk());
    for (int i = 0; i < responses.size(); i++) {
      MigrationResult result = MIGRATION.migrate(responses.get(i));
      whole.add(result);
      (i < 2 ? rest : part).add(result);
    }
    MigrationSummary summary = whole.result();
    assertThat(part.combine(rest).result()).isEqualTo(summary);
    assertThat(summary.responses()).isEqualTo(6);
    assertThat(summary.needingReview()).isEqualTo(6); // q8 is new to everyone
    assertThat(summary.rows())
        .extracting(Object::toString)
        .containsExactly("carried q1 -> q1: 6", "dropped q5 -> : 6", "needs-review  -> q8: 6");
    assertThatThrownBy(
            () -> whole.combine(MigrationSummary.accumulator(TwoEditions.crosswalk().inverse())))
        .isInstanceOf(MnrException.class);
  }

  /** An option mapped to another question's option is not chosen in this question's answer. */
  @Test
  void anOptionMovedToAnotherQuestionIsLeftOutNotMisplaced() {
    List<CrosswalkEntry> entries = new ArrayList<>(TwoEditions.entries());
    entries.set(
        3, CrosswalkEntry.of("q2/c", "q7/z", Relationship.EQUIVALENT).withRationale("asked in q7"));
    entries.remove(11); // q7/z added: now reached from q2/c
    Migration migration =
        Migration.of(TwoEditions.crosswalk(entries), TwoEditions.first(), TwoEditions.second());
    MigrationResult result =
        migration.migrate(response().putAnswer("q2", Answer.ofChoices("a", "c")).build());
    assertThat(result.response().answers()).containsEntry("q2", Answer.ofChoices("a"));
    assertThat(result.notes().get(0).message())
        .startsWith("option 'c' maps to q7/z, of another question, and was left out");
  }
}
