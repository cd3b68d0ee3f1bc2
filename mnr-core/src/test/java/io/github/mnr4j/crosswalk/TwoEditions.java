package io.github.mnr4j.crosswalk;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.Section;
import java.time.LocalDate;
import java.util.List;

/**
 * Two editions of a small instrument and the crosswalk between them, with one of each change: a
 * renamed option, a removed and an added option, two questions merged, a removed and an added
 * question, personal data.
 */
final class TwoEditions {
  private TwoEditions() {}

  static final Provenance PROVENANCE =
      Provenance.of("mnr4j tests", LocalDate.of(2026, 12, 6), "written for the tests");

  static Question.Builder question(String id, int number, QuestionKind kind) {
    return Question.builder()
        .id(id)
        .number(number)
        .sectionId("s1")
        .text("Text of " + id)
        .kind(kind)
        .role(QuestionRole.DETAIL);
  }

  static Instrument instrument(String edition, List<Question> questions) {
    return Instrument.builder()
        .id("test-survey")
        .edition(edition)
        .title("A test survey")
        .source("Written for the tests")
        .framework(Frameworks.mnr())
        .addSection(
            Section.builder().id("s1").number(1).title("One").domainId("policy-governance").build())
        .addAllQuestions(questions)
        .build();
  }

  static Instrument first() {
    return instrument(
        "1",
        List.of(
            question("q1", 1, QuestionKind.YES_NO).build(),
            question("q2", 2, QuestionKind.MULTI_CHOICE)
                .addOption(Option.of("a", "A"))
                .addOption(Option.of("b", "B"))
                .addOption(Option.of("c", "C"))
                .addOption(Option.builder().id("other").text("Other").carriesText(true).build())
                .build(),
            question("q3", 3, QuestionKind.YES_NO).build(),
            question("q4", 4, QuestionKind.YES_NO).build(),
            question("q5", 5, QuestionKind.TEXT).build(),
            question("q6", 6, QuestionKind.TEXT).asksForPersonalData(true).build(),
            question("q7", 7, QuestionKind.SINGLE_CHOICE)
                .addOption(Option.of("x", "X"))
                .addOption(Option.of("y", "Y"))
                .build()));
  }

  static Instrument second() {
    return instrument(
        "2",
        List.of(
            question("q1", 1, QuestionKind.YES_NO).build(),
            question("q2", 2, QuestionKind.MULTI_CHOICE)
                .addOption(Option.of("a", "A"))
                .addOption(Option.of("bb", "B, renamed"))
                .addOption(Option.of("d", "D"))
                .addOption(Option.builder().id("other").text("Other").carriesText(true).build())
                .build(),
            question("q34", 3, QuestionKind.YES_NO).build(),
            question("q6", 4, QuestionKind.TEXT).asksForPersonalData(true).build(),
            question("q7", 5, QuestionKind.SINGLE_CHOICE)
                .addOption(Option.of("x", "X"))
                .addOption(Option.of("z", "Z"))
                .build(),
            question("q8", 6, QuestionKind.TEXT).build()));
  }

  static List<CrosswalkEntry> entries() {
    return List.of(
        CrosswalkEntry.of("q1", "q1", Relationship.EQUIVALENT),
        CrosswalkEntry.of("q2", "q2", Relationship.EQUIVALENT),
        CrosswalkEntry.of("q2/b", "q2/bb", Relationship.EQUIVALENT).withRationale("renamed"),
        CrosswalkEntry.removed("q2/c").withRationale("no longer asked"),
        CrosswalkEntry.added("q2/d").withRationale("newly asked"),
        CrosswalkEntry.of(List.of("q3", "q4"), List.of("q34"), Relationship.EQUIVALENT)
            .withRationale("asked as one"),
        CrosswalkEntry.removed("q5").withRationale("no longer asked"),
        CrosswalkEntry.of("q6", "q6", Relationship.EQUIVALENT),
        CrosswalkEntry.of("q7", "q7", Relationship.EQUIVALENT),
        CrosswalkEntry.removed("q7/y").withRationale("no longer offered"),
        CrosswalkEntry.added("q8").withRationale("newly asked"),
        CrosswalkEntry.added("q7/z").withRationale("newly offered"));
  }

  static Crosswalk crosswalk(List<CrosswalkEntry> entries) {
    return Crosswalk.builder()
        .id("test-1-to-2")
        .title("Test survey, edition 1 to 2")
        .source(CrosswalkEnd.of(first()))
        .target(CrosswalkEnd.of(second()))
        .provenance(PROVENANCE)
        .addAllEntries(entries)
        .build();
  }

  static Crosswalk crosswalk() {
    return crosswalk(entries());
  }
}
