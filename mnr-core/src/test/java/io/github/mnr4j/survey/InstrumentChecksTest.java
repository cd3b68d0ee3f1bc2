package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentChecksTest {
  private static final Framework FRAMEWORK =
      Framework.builder()
          .id("f")
          .title("F")
          .source("Us")
          .addAllDomains(List.of(Domain.of("d", 1, "D", Outcome.of("H", "D"))))
          .addAllCapabilities(
              List.of(
                  Capability.of("c1", 1, "C1", "First", "d"),
                  Capability.of("c2", 2, "C2", "Second", "d")))
          .build();

  private static Question yesNo(int number, String section, boolean required) {
    return Question.builder()
        .id("q" + number)
        .number(number)
        .sectionId(section)
        .text("Q" + number + "?")
        .kind(QuestionKind.YES_NO)
        .required(required)
        .role(QuestionRole.GATE)
        .addAllInforms(List.of("c1"))
        .build();
  }

  private static Instrument.Builder instrument(SkipRule... rules) {
    return instrument(FRAMEWORK, rules);
  }

  private static Instrument.Builder instrument(Framework framework, SkipRule... rules) {
    return Instrument.builder()
        .id("i")
        .edition("1")
        .title("I")
        .source("Us")
        .framework(framework)
        .addAllSections(
            List.of(
                Section.builder().id("s1").number(1).title("S1").build(),
                Section.builder().id("s2").number(2).title("S2").build()))
        .addAllQuestions(
            List.of(
                yesNo(1, "s1", true),
                yesNo(2, "s1", false),
                yesNo(3, "s1", true),
                yesNo(4, "s2", true),
                Question.builder()
                    .id("q5")
                    .number(5)
                    .sectionId("s2")
                    .text("Which?")
                    .kind(QuestionKind.MULTI_CHOICE)
                    .role(QuestionRole.CHECKLIST)
                    .addAllInforms(List.of("c2"))
                    .addAllOptions(List.of(Option.of("a", "A"), Option.of("b", "B")))
                    .build()))
        .addAllSkipRules(List.of(rules));
  }

  private static List<String> summaries(Instrument instrument) {
    return InstrumentChecks.check(instrument).findings().stream()
        .map(f -> f.severity().id() + " " + f.code().id() + " " + f.questionIds())
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void theBuiltInSurveyIsClean() {
    assertThat(InstrumentChecks.check(Instruments.mnrSurvey2021()).findings()).isEmpty();
  }

  @Test
  void thePrintedSurveyReportsErratumE1NamingQ33() {
    List<InstrumentFinding> findings =
        InstrumentChecks.check(Instruments.mnrSurvey2021AsPrinted()).findings();
    assertThat(findings)
        .extracting(f -> f.severity().id() + " " + f.code().id() + " " + f.questionIds())
        .containsExactly(
            "error skip-backward [q33, q32]",
            "error enablement-cycle [q33]",
            "warning option-never-selectable [q33]");
    assertThat(findings.get(0).message())
        .startsWith("q33 skips back to q32 (if q33 = no, skip" + " to q32)");
    assertThat(findings.get(2).message()).startsWith("choosing 'no' on q33 disables q33 itself");
    InstrumentCheckReport report = InstrumentChecks.check(Instruments.mnrSurvey2021AsPrinted());
    assertThat(report.instrumentReference())
        .isEqualTo(Instruments.mnrSurvey2021AsPrinted().reference());
    assertThat(report.findings()).isEqualTo(findings);
    assertThat(report.errors()).containsExactly(findings.get(0), findings.get(1));
    assertThat(report.warnings()).containsExactly(findings.get(2));
    assertThat(report.hasErrors()).isTrue();
    assertThat(report)
        .hasToString(
            "InstrumentCheckReport[" + report.instrumentReference() + ": 2 errors, 1 warnings]");
    assertThat(InstrumentChecks.check(Instruments.mnrSurvey2021()).hasErrors()).isFalse();
  }

  @Test
  void aCleanSmallInstrumentIsClean() {
    assertThat(summaries(instrument(SkipRule.ifNo("q1", "q3")).build())).isEmpty();
  }

  @Test
  void findsSelfSkips() {
    assertThat(summaries(instrument(SkipRule.ifNo("q2", "q2")).build()))
        .containsExactly(
            "error skip-to-self [q2]",
            "error enablement-cycle [q2]",
            "warning option-never-selectable [q2]");
  }

  @Test
  void findsSkipsOutsideTheSection() {
    assertThat(summaries(instrument(SkipRule.ifNo("q2", "q5")).build()))
        .containsExactly("warning skip-outside-section [q2, q4]");
  }

  /**
   * A skip over 39 questions of another section, broken by one of its own, names the first 30 and
   * counts the other 9.
   */
  @Test
  void aSkipOutsideTheSectionNamesThirtyQuestionsAndCountsTheRest() {
    Instrument.Builder builder =
        Instrument.builder()
            .id("long")
            .edition("1")
            .title("Long")
            .source("Us")
            .framework(FRAMEWORK)
            .addAllSections(
                List.of(
                    Section.builder().id("s1").number(1).title("S1").build(),
                    Section.builder().id("s2").number(2).title("S2").build()));
    for (int i = 1; i <= 42; i++) {
      builder.addAllQuestions(List.of(yesNo(i, i == 1 || i == 20 || i == 42 ? "s1" : "s2", false)));
    }
    Instrument instrument = builder.addAllSkipRules(List.of(SkipRule.ifNo("q1", "q42"))).build();
    List<InstrumentFinding> findings =
        InstrumentChecks.check(instrument).findings().stream()
            .filter(f -> f.code() == InstrumentFinding.Code.SKIP_OUTSIDE_SECTION)
            .toList();
    assertThat(findings).hasSize(1);
    List<String> named = new java.util.ArrayList<>();
    for (int i = 2; named.size() < 30; i++) {
      if (i != 20) {
        named.add("q" + i);
      }
    }
    assertThat(findings.get(0).questionIds())
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(java.util.stream.Stream.of("q1"), named.stream())
                .toList());
    assertThat(findings.get(0).message())
        .isEqualTo(
            "q1 (if q1 = no, skip to q42) skips questions outside its section 's1': ["
                + String.join(", ", named)
                + ", ... and 9 more]");
  }

  @Test
  void findsQuestionsThatCanNeverBeEnabled() {
    Condition always =
        Condition.any(Condition.answered("q1"), Condition.not(Condition.answered("q1")));
    assertThat(summaries(instrument(SkipRule.of("q1", always, "q4")).build()))
        .containsExactly("warning unreachable-question [q2]", "error required-never-enabled [q3]");
  }

  @Test
  void findsConditionsThatDoNotFitTheirQuestion() {
    assertThat(
            summaries(
                instrument(
                        SkipRule.of("q4", Condition.is("q5", "a"), "q5"),
                        SkipRule.of("q1", Condition.includes("q1", "no"), "q3"),
                        SkipRule.of("q2", Condition.chosenAtLeast("q5", 3), "q4"))
                    .build()))
        .contains(
            "error condition-kind-mismatch [q4, q5]",
            "error condition-kind-mismatch [q1, q1]",
            "error condition-kind-mismatch [q2, q5]");
  }

  @Test
  void findsCapabilitiesNoQuestionInforms() {
    Framework wider =
        Framework.builder()
            .id("f")
            .title("F")
            .source("Us")
            .addAllDomains(FRAMEWORK.domains())
            .addAllCapabilities(FRAMEWORK.capabilities())
            .addCapability(Capability.of("c3", 3, "C3", "Third", "d"))
            .build();
    Instrument instrument = instrument(wider).build();
    assertThat(InstrumentChecks.check(instrument).findings())
        .extracting(InstrumentFinding::toString)
        .containsExactly(
            "warning capability-uninformed /framework/capabilities/2: no question informs capability 3 'c3'"
                + " of framework 'f'");
  }

  @Test
  void findsCyclesAcrossQuestions() {
    // q3's backward skip loops over q1 to q3 and reads q1: q1 and q3 depend on each other
    // (q2 depends on both, but nothing depends on q2). Choosing no on q1 disables q1.
    assertThat(summaries(instrument(SkipRule.of("q3", Condition.is("q1", "no"), "q1")).build()))
        .containsExactly(
            "error skip-backward [q3, q1]",
            "error enablement-cycle [q1, q3]",
            "warning option-never-selectable [q1]");
  }

  /**
   * A chain of five thousand questions, each of which skips back to the one before it: every
   * question's enablement depends on the next one's, and the checks walk that chain without
   * recursion, on a thread whose stack a recursive walk overflows.
   */
  @Test
  void aLongChainOfSkipsIsCheckedWithoutOverflowingTheStack() throws InterruptedException {
    int n = 5000;
    Instrument.Builder chain =
        Instrument.builder()
            .id("chain")
            .edition("1")
            .title("Chain")
            .source("Us")
            .framework(FRAMEWORK)
            .addAllSections(List.of(Section.builder().id("s1").number(1).title("S1").build()));
    for (int i = 1; i <= n; i++) {
      chain.addAllQuestions(List.of(yesNo(i, "s1", false)));
    }
    for (int i = 1; i < n; i++) {
      chain.addAllSkipRules(List.of(SkipRule.ifNo("q" + (i + 1), "q" + i)));
    }
    Instrument instrument = chain.build();
    List<List<InstrumentFinding>> found = new java.util.ArrayList<>();
    Thread small =
        new Thread(
            null,
            () -> found.add(InstrumentChecks.check(instrument).findings()),
            "small",
            256 * 1024);
    small.start();
    small.join();
    assertThat(found).as("the checks finished on a 256 KiB stack").hasSize(1);
    assertThat(found.get(0))
        .extracting(f -> f.code().id())
        .contains("skip-backward", "enablement-cycle");
  }
}
