package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mnr4j.DefinitionProblem;
import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.framework.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building one's own instrument: the UNICEF-style legislation question, and every refusal. */
class InstrumentBuilderTest {

  private static Question.Builder question(String id, int number) {
    return question(id, number, QuestionKind.TEXT, "laws");
  }

  private static Question.Builder question(String id, int number, QuestionKind kind) {
    return question(id, number, kind, "laws");
  }

  private static Question.Builder question(
      String id, int number, QuestionKind kind, String sectionId) {
    return Question.builder()
        .id(id)
        .number(number)
        .sectionId(sectionId)
        .text("Text of " + id)
        .kind(kind)
        .role(QuestionRole.DETAIL);
  }

  /** Code groups name two codes or more of the question's, under an id no code has. */
  @Test
  void codeGroupsAreChecked() {
    List<String> mutable = new java.util.ArrayList<>(List.of("a", "b"));
    Question grouped =
        question("t1", 1).addAllCodes(List.of("a", "b", "c")).putCodeGroup("ab", mutable).build();
    mutable.add("c");
    assertThat(grouped.codeGroups()).containsExactly(java.util.Map.entry("ab", List.of("a", "b")));
    assertThat(grouped.codeGroups().get("ab")).isUnmodifiable();
    InvalidDefinitionException e =
        catchThrowableOfType(
            InvalidDefinitionException.class,
            () ->
                question("t1", 1)
                    .addAllCodes(List.of("a", "b"))
                    .putCodeGroup("a", List.of("a", "b"))
                    .putCodeGroup("one", List.of("a"))
                    .putCodeGroup("odd", List.of("a", "z"))
                    .build());
    assertThat(e.problems())
        .extracting(DefinitionProblem::message)
        .containsExactly(
            "a code group's id 'a' is also a code",
            "a code group holds two different codes or more, not [a]",
            "code group 'odd' names 'z', not a code of t1");
    assertThat(e.problems()).extracting(DefinitionProblem::pointer).contains("/codeGroups/odd");
  }

  @Test
  void buildsAnInstrumentWithASingleChoiceQuestion() {
    Instrument unicef =
        Instrument.builder()
            .id("unicef-lmic")
            .edition("2021")
            .title("Legislation")
            .source("An example, not UNICEF's wording")
            .framework(Frameworks.mnr())
            .addAllSections(
                List.of(
                    Section.builder()
                        .id("laws")
                        .number(1)
                        .title("Laws")
                        .domainId("policy-governance")
                        .build()))
            .addAllQuestions(
                List.of(
                    Question.builder()
                        .id("l1")
                        .number(1)
                        .sectionId("laws")
                        .text("Are the laws on online CSEA comprehensive, partial or absent?")
                        .kind(QuestionKind.SINGLE_CHOICE)
                        .required(true)
                        .role(QuestionRole.GATE)
                        .addAllInforms(List.of("legislation"))
                        .addAllOptions(
                            List.of(
                                Option.of("comprehensive", "Comprehensive"),
                                Option.of("partial", "Partial"),
                                Option.of("none", "None")))
                        .build(),
                    question("l2", 2).addAllInforms(List.of("legislation")).build()))
            .addAllSkipRules(List.of(SkipRule.of("l1", Condition.is("l1", "none"), "l2")))
            .build();
    assertThat(unicef.reference()).isEqualTo("unicef-lmic@2021");
    assertThat(unicef.questionsInforming("legislation")).hasSize(2);
  }

  @Test
  void reportsEveryBrokenReferenceAtOnce() {
    InvalidDefinitionException e =
        catchThrowableOfType(
            InvalidDefinitionException.class,
            () ->
                Instrument.builder()
                    .id("i")
                    .edition("1")
                    .title("I")
                    .source("Us")
                    .framework(Frameworks.mnr())
                    .addAllSections(
                        List.of(
                            Section.builder()
                                .id("laws")
                                .number(1)
                                .title("Laws")
                                .domainId("justice")
                                .addAllEnablerIds(List.of("money"))
                                .putCapabilityBlurb("leader", "Leader \u2013 Someone in charge.")
                                .build()))
                    .addAllQuestions(
                        List.of(
                            question("a", 1).addAllInforms(List.of("legislaton")).build(),
                            question("a", 2, QuestionKind.TEXT, "other").build(),
                            Question.builder()
                                .id("c")
                                .number(2)
                                .sectionId("laws")
                                .text("C?")
                                .kind(QuestionKind.YES_NO)
                                .role(QuestionRole.GATE)
                                .asksForPersonalData(true)
                                .addAllOptions(
                                    List.of(Option.of("yes", "Yes"), Option.of("no", "No")))
                                .build(),
                            question("d", 4).asksForPersonalData(true).build()))
                    .addAllSkipRules(
                        List.of(
                            SkipRule.ifNo("c", "z"),
                            SkipRule.of("c", Condition.is("c", "maybe"), "d"),
                            SkipRule.of("y", Condition.codeIs("a", "yes"), "d")))
                    .addAllNotes(List.of(Note.of("N1", "One note."), Note.of("N1", "Another.")))
                    .build());
    assertThat(e.problems())
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "/sections/0/domainId: unknown domain 'justice' in framework 'wpga-mnr'",
            "/sections/0/enablerIds/0: unknown enabler 'money' in framework 'wpga-mnr'",
            "/sections/0/capabilityBlurbs/leader: unknown capability 'leader' in framework"
                + " 'wpga-mnr'",
            "/questions/0/informs/0: 'legislaton' is neither a capability nor a domain of"
                + " framework 'wpga-mnr'",
            "/questions/1/id: duplicate question id 'a'",
            "/questions/1/sectionId: unknown section 'other'",
            "/questions/2/number: duplicate question number 2 (also a)",
            "/questions: at most one question can be personal data (answered by the respondent"
                + " block), not [c, d]",
            "/skipRules/0/target: unknown skip target 'z': no such question in the instrument",
            "/skipRules/1/when: condition c = maybe names option 'maybe', which c does not have;"
                + " its options: [yes, no]",
            "/skipRules/2/questionId: unknown question 'y'",
            "/skipRules/2/when: condition code(a) = yes names code 'yes', which a does not take;"
                + " its codes: []",
            "/notes/1/id: duplicate note id 'N1' (also notes[0])");
  }

  @Test
  void questionsCheckTheirOwnShape() {
    assertThatThrownBy(() -> question("t", 1).addAllOptions(List.of(Option.of("x", "X"))).build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("options: a text question has no options");
    assertThatThrownBy(() -> question("m", 1, QuestionKind.MULTI_CHOICE).build())
        .hasMessageContaining("options: a multi-choice question needs options");
    assertThatThrownBy(
            () ->
                question("s", 1, QuestionKind.SINGLE_CHOICE)
                    .addAllOptions(List.of(Option.of("x", "X")))
                    .build())
        .hasMessageContaining("a single-choice question needs two options or more");
    assertThatThrownBy(
            () ->
                question("y", 1, QuestionKind.YES_NO)
                    .addAllOptions(List.of(Option.of("si", "Sí"), Option.of("no", "No")))
                    .build())
        .hasMessageContaining("a yes-no question has the options yes and no, not [si, no]");
    assertThatThrownBy(
            () ->
                question("m", 1, QuestionKind.MULTI_CHOICE)
                    .addAllOptions(List.of(Option.of("x", "X"), Option.of("x", "Y")))
                    .build())
        .hasMessageContaining("/options/1/id: duplicate option id 'x'");
    assertThatThrownBy(() -> question("c", 1).addAllCodes(List.of("yes", "yes")).build())
        .hasMessageContaining("/codes/1: codes must be unique and not blank, not 'yes'");
  }

  @Test
  void aSectionChecksItsBlurbs() {
    assertThatThrownBy(
            () ->
                Section.builder()
                    .id("laws")
                    .number(1)
                    .title("Laws")
                    .putCapabilityBlurb("legislation", " ")
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("/capabilityBlurbs/legislation: a blurb must not be blank");
  }
}
