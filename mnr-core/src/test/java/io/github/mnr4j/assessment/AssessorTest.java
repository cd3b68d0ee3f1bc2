package io.github.mnr4j.assessment;

import static io.github.mnr4j.testing.Surveys.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.Section;
import io.github.mnr4j.survey.SkipRule;
import io.github.mnr4j.survey.Verdict;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AssessorTest {
  private final Assessor assessor = Assessor.of(Instruments.mnrSurvey2021());

  @Test
  void statusFollowsThePrimaryGateAndUnknownIsNotNo() {
    Assessment assessment =
        assessor.assess(
            draft(
                "q7", Answer.ofChoice("yes"),
                "q13", Answer.ofChoice("no"),
                "q21", Answer.ofChoice("maybe")));
    assertThat(assessment.evidence("leadership").status()).isEqualTo(CapabilityStatus.IN_PLACE);
    assertThat(assessment.evidence("research-analysis-monitoring").status())
        .isEqualTo(CapabilityStatus.NOT_IN_PLACE);
    assertThat(assessment.evidence("dedicated-law-enforcement").status())
        .as("neither yes nor no")
        .isEqualTo(CapabilityStatus.UNKNOWN);
    assertThat(assessment.evidence("legislation").status()).isEqualTo(CapabilityStatus.UNKNOWN);
    assertThat(assessment.capabilityIds(CapabilityStatus.UNKNOWN).size()).isEqualTo(19);
    assertThat(assessment.capabilities()).hasSize(21);
    assertThat(assessment.statuses())
        .containsExactlyElementsOf(
            assessment.capabilities().stream()
                .map(CapabilityEvidence::status)
                .collect(Collectors.toList()));
  }

  /** Where a skip rule can disable a primary gate, a disabled gate's answer is no evidence. */
  @Test
  void aGateASkipRuleDisablesGivesNoStatus() {
    Instrument nested =
        Instrument.builder()
            .id("nested")
            .edition("1")
            .title("Nested")
            .source("An example")
            .framework(Frameworks.mnr())
            .addAllSections(List.of(Section.builder().id("s").number(1).title("S").build()))
            .addAllQuestions(
                List.of(
                    Question.builder()
                        .id("any")
                        .number(1)
                        .sectionId("s")
                        .text("Any policy?")
                        .kind(QuestionKind.YES_NO)
                        .role(QuestionRole.GATE)
                        .addAllInforms(List.of("leadership"))
                        .build(),
                    Question.builder()
                        .id("laws")
                        .number(2)
                        .sectionId("s")
                        .text("Laws?")
                        .kind(QuestionKind.YES_NO)
                        .role(QuestionRole.GATE)
                        .addAllInforms(List.of("legislation"))
                        .build(),
                    Question.builder()
                        .id("end")
                        .number(3)
                        .sectionId("s")
                        .text("Anything else?")
                        .kind(QuestionKind.TEXT)
                        .role(QuestionRole.DETAIL)
                        .build()))
            .addAllSkipRules(List.of(SkipRule.ifNo("any", "end")))
            .build();
    Function<String, Assessment> assess =
        policy ->
            Assessor.of(nested)
                .assess(
                    Response.builder()
                        .instrumentReference("nested@1")
                        .jurisdiction(Jurisdiction.of("C01", "Country 01"))
                        .status(ResponseStatus.COMPLETED)
                        .putAnswer("any", Answer.ofChoice(policy))
                        .putAnswer("laws", Answer.ofChoice("yes"))
                        .build());
    assertThat(assess.apply("yes").evidence("legislation").status())
        .isEqualTo(CapabilityStatus.IN_PLACE);
    Assessment skipped = assess.apply("no");
    assertThat(skipped.evidence("legislation").status())
        .as("laws is skipped")
        .isEqualTo(CapabilityStatus.UNKNOWN);
    assertThat(skipped.evidence("leadership").status()).isEqualTo(CapabilityStatus.NOT_IN_PLACE);
    assertThat(skipped.answers()).containsOnlyKeys("any");
    assertThat(skipped.evidence("legislation").readings()).containsExactly("laws disabled");
  }

  @Test
  void equalAssessmentsAreEqualHoweverMade() {
    Response response = draft("q7", Answer.ofChoice("yes"), "q8", Answer.ofText("A committee"));
    Assessment first = assessor.assess(response);
    Assessment second = Assessor.of(Instruments.mnrSurvey2021()).assess(response);
    second.capabilities();
    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first.evidence("leadership"))
        .isEqualTo(second.evidence("leadership"))
        .hasSameHashCodeAs(second.evidence("leadership"));
    assertThat(first).isNotEqualTo(assessor.assess(draft("q7", Answer.ofChoice("no"))));
    assertThat(first.evidence("leadership")).isNotEqualTo(first.evidence("legislation"));
  }

  @Test
  void aGateCountsForEveryCapabilityItInforms() {
    Assessment assessment =
        assessor.assess(draft("q66", Answer.ofChoice("yes"), "q70", Answer.ofChoice("no")));
    assertThat(assessment.capabilityIds(CapabilityStatus.IN_PLACE))
        .containsExactly("takedown-procedures", "csea-reporting");
    assertThat(assessment.capabilityIds(CapabilityStatus.NOT_IN_PLACE))
        .containsExactly("innovative-solutions", "corporate-social-responsibility");
  }

  @Test
  void terminologyIsReadFromTheAnalystsCode() {
    assertThat(
            assessor
                .assess(draft("q78", Answer.ofText("Adopted in 2020").withCode("yes")))
                .evidence("universal-terminology")
                .status())
        .isEqualTo(CapabilityStatus.IN_PLACE);
    assertThat(
            assessor
                .assess(draft("q78", Answer.ofText("Not discussed").withCode("no")))
                .evidence("universal-terminology")
                .status())
        .isEqualTo(CapabilityStatus.NOT_IN_PLACE);
    CapabilityEvidence uncoded =
        assessor.assess(draft("q78", Answer.ofText("Some text"))).evidence("universal-terminology");
    assertThat(uncoded.status()).isEqualTo(CapabilityStatus.UNKNOWN);
    assertThat(uncoded.readings()).containsExactly("code(q78) not coded");
  }

  @Test
  void checklistCoverageLeavesOutOtherAndExclusiveOptions() {
    CapabilityEvidence legislation =
        assessor
            .assess(
                draft(
                    "q16",
                    Answer.ofChoice("yes"),
                    "q17",
                    Answer.ofChoices(
                        "penetrative-offences",
                        "csam-possession",
                        "technology-facilitated-abuse",
                        "csam-possession")))
            .evidence("legislation");
    assertThat(legislation.checklistOfferedCount()).isEqualTo(11);
    assertThat(legislation.checklistChosenCount()).isEqualTo(3);
    assertThat(legislation.readings())
        .containsExactly("q16 = yes", "q17: 3 of 11 options", "q18 unanswered");
    CapabilityEvidence education =
        assessor
            .assess(
                draft(
                    "q54",
                    Answer.ofChoice("yes"),
                    "q55",
                    Answer.ofChoices("children", "other").withOtherText("Faith leaders")))
            .evidence("education-programme");
    assertThat(education.checklistOfferedCount()).as("other is not counted").isEqualTo(4);
    assertThat(education.checklistChosenCount()).isEqualTo(1);
  }

  @Test
  void secondaryGatesDetailsAndPlans() {
    CapabilityEvidence leadership =
        assessor
            .assess(
                draft(
                    "q7",
                    Answer.ofChoice("yes"),
                    "q8",
                    Answer.ofText("A committee"),
                    "q9",
                    Answer.ofText("  "),
                    "q10",
                    Answer.ofChoice("yes"),
                    "q12",
                    Answer.ofText("A strategy is drafted")))
            .evidence("leadership");
    assertThat(leadership.primaryGateId()).contains("q7");
    assertThat(leadership.secondaryGateIds()).containsExactly("q10");
    assertThat(leadership.hasAllSecondaryGatesYes()).isTrue();
    assertThat(leadership.secondaryGateIdsAnsweredYes()).containsExactly("q10");
    assertThat(leadership.detailQuestionIds()).containsExactly("q8", "q11");
    assertThat(leadership.answeredDetailIds()).containsExactly("q8");
    assertThat(leadership.answeredChallengeIds())
        .as("a blank q9 is no plan")
        .containsExactly("q12");
    assertThat(leadership.hasPlansDescribed()).isTrue();
  }

  @Test
  void answersToDisabledQuestionsAreNotEvidence() {
    Assessment assessment =
        assessor.assess(
            draft("q7", Answer.ofChoice("no"), "q8", Answer.ofText("A committee after all")));
    assertThat(assessment.evidence("leadership").answeredDetailIds()).isEmpty();
    assertThat(assessment.answers()).containsOnlyKeys("q7");
    assertThat(assessment.evidence("leadership").readings())
        .contains("q8 disabled")
        .doesNotContain("q8 answered", "q8 unanswered");
  }

  @Test
  void unknownCapabilitiesAreErrors() {
    assertThatThrownBy(() -> assessor.assess(draft()).evidence("helpline"))
        .hasMessageStartingWith(
            "unknown capability 'helpline' in framework 'wpga-mnr'; known:"
                + " leadership, research-analysis-monitoring, legislation,");
    assertThat(assessor.assess(draft()).findEvidence("helpline")).isEmpty();
    assertThat(assessor.assess(draft()).findEvidence("child-helpline")).isPresent();
  }

  /** An instrument of one's own maps onto the framework through its own links and options. */
  @Test
  void aSingleChoiceGateSaysWhichOptionsAffirm() {
    Instrument laws =
        Instrument.builder()
            .id("laws")
            .edition("1")
            .title("Laws")
            .source("An example")
            .framework(Frameworks.mnr())
            .addAllSections(List.of(Section.builder().id("s").number(1).title("S").build()))
            .addAllQuestions(
                List.of(
                    Question.builder()
                        .id("l1")
                        .number(1)
                        .sectionId("s")
                        .text("Are the laws comprehensive, partial or absent?")
                        .kind(QuestionKind.SINGLE_CHOICE)
                        .role(QuestionRole.GATE)
                        .addAllInforms(List.of("legislation"))
                        .addAllOptions(
                            List.of(
                                Option.builder()
                                    .id("comprehensive")
                                    .text("Comprehensive")
                                    .verdict(Verdict.AFFIRMS)
                                    .build(),
                                Option.builder()
                                    .id("partial")
                                    .text("Partial")
                                    .verdict(Verdict.AFFIRMS)
                                    .build(),
                                Option.builder()
                                    .id("none")
                                    .text("None")
                                    .verdict(Verdict.DENIES)
                                    .build(),
                                Option.of("unsure", "Do not know")))
                        .build()))
            .build();
    Assessor own = Assessor.of(laws);
    Function<String, CapabilityStatus> status =
        choice ->
            own.assess(
                    Response.builder()
                        .instrumentReference("laws@1")
                        .jurisdiction(Jurisdiction.of("C01", "Country 01"))
                        .status(ResponseStatus.COMPLETED)
                        .putAnswer("l1", Answer.ofChoice(choice))
                        .build())
                .evidence("legislation")
                .status();
    assertThat(status.apply("partial")).isEqualTo(CapabilityStatus.IN_PLACE);
    assertThat(status.apply("none")).isEqualTo(CapabilityStatus.NOT_IN_PLACE);
    assertThat(status.apply("unsure")).isEqualTo(CapabilityStatus.UNKNOWN);
  }
}
