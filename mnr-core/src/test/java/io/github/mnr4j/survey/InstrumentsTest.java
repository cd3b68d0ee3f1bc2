package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Frameworks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The built-in survey against the transcription of Appendix 2. */
class InstrumentsTest {
  private final Instrument survey = Instruments.mnrSurvey2021();

  private List<String> ids(java.util.function.Predicate<Question> filter) {
    return survey.questions().stream().filter(filter).map(Question::id)
        .collect(Collectors.toList());
  }

  private static List<String> q(int... numbers) {
    return IntStream.of(numbers).mapToObj(n -> "q" + n).collect(Collectors.toList());
  }

  @Test
  void hasNineSectionsAndQuestionsQ1ToQ81InOrder() {
    assertThat(survey.reference()).isEqualTo("wpga-mnr-survey@2021");
    assertThat(survey.framework()).isSameAs(Frameworks.mnr());
    assertThat(survey.sections()).extracting(Section::id).containsExactly("scope",
        "introduction", "policy-governance", "criminal-justice", "victim", "societal",
        "industry", "media-communications", "closing");
    assertThat(survey.questions()).extracting(Question::id)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 81).mapToObj(n -> "q" + n)
            .collect(Collectors.toList()));
    assertThat(survey.questions()).extracting(Question::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 81).boxed()
            .collect(Collectors.toList()));
    Map<String, Long> perSection = survey.questions().stream()
        .collect(Collectors.groupingBy(Question::sectionId, Collectors.counting()));
    assertThat(perSection).containsExactlyInAnyOrderEntriesOf(Map.of("introduction", 6L,
        "policy-governance", 14L, "criminal-justice", 16L, "victim", 14L, "societal", 15L,
        "industry", 9L, "media-communications", 6L, "closing", 1L));
    assertThat(survey.questionsOf("scope")).isEmpty();
    assertThat(survey.section("scope").introduction().orElseThrow()).contains("Lanzarote");
  }

  @Test
  void kindsAsTranscribed() {
    assertThat(ids(x -> x.kind() == QuestionKind.YES_NO)).containsExactlyElementsOf(q(7, 10,
        13, 16, 21, 24, 27, 30, 33, 37, 40, 43, 46, 51, 54, 58, 61, 66, 70, 75));
    assertThat(ids(x -> x.kind() == QuestionKind.MULTI_CHOICE))
        .containsExactlyElementsOf(q(6, 17, 28, 44, 55, 62));
    assertThat(ids(x -> x.kind() == QuestionKind.SINGLE_CHOICE)).isEmpty();
    assertThat(survey.question("q6").optionIds()).containsExactly("capability-guide",
        "good-practice-reference", "policy-basis", "progress-framework", "not-used", "other");
    assertThat(survey.question("q17").options()).hasSize(11);
    assertThat(survey.question("q28").options()).hasSize(5);
    assertThat(survey.question("q44").options()).hasSize(5);
    assertThat(survey.question("q55").optionIds()).containsExactly("children", "young-people",
        "parents-guardians", "practitioners", "other");
    assertThat(survey.question("q62").optionIds()).containsExactly("sexual-interest",
        "convicted-offenders", "harmful-sexual-behaviour", "family-and-friends");
    assertThat(survey.question("q7").optionIds()).containsExactly("yes", "no");
  }

  @Test
  void optionsCarryTheirSpecialMeanings() {
    assertThat(survey.question("q6").option("not-used").exclusive()).isTrue();
    assertThat(survey.question("q6").option("other").carriesText()).isTrue();
    assertThat(survey.question("q55").option("other").carriesText()).isTrue();
    assertThat(survey.question("q17").option("isp-reporting-duty").alsoInforms())
        .containsExactly("csea-reporting");
    assertThat(survey.question("q6").options().stream().filter(Option::exclusive).count())
        .isEqualTo(1);
  }

  @Test
  void requiredFlagsAsTranscribed() {
    assertThat(ids(Question::required)).containsExactlyElementsOf(q(1, 2, 3, 4, 5, 6, 7, 10,
        13, 16, 19, 20, 21, 24, 27, 30, 33, 35, 36, 37, 40, 43, 46, 49, 50, 51, 54, 58, 61, 64,
        65, 66, 70, 73, 74, 75, 79, 80));
  }

  @Test
  void skipRulesAsTranscribedWithE1Corrected() {
    Map<String, String> skips = survey.skipRules().stream()
        .collect(Collectors.toMap(SkipRule::questionId, SkipRule::target));
    assertThat(skips).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("q7", "q9"), Map.entry("q10", "q12"), Map.entry("q13", "q15"),
        Map.entry("q16", "q18"), Map.entry("q21", "q23"), Map.entry("q24", "q26"),
        Map.entry("q27", "q29"), Map.entry("q30", "q32"), Map.entry("q33", "q35"),
        Map.entry("q37", "q39"), Map.entry("q40", "q42"), Map.entry("q43", "q45"),
        Map.entry("q46", "q48"), Map.entry("q51", "q53"), Map.entry("q54", "q57"),
        Map.entry("q58", "q60"), Map.entry("q61", "q63"), Map.entry("q66", "q68"),
        Map.entry("q70", "q72"), Map.entry("q75", "q77")));
    assertThat(survey.skipRules()).allSatisfy(rule ->
        assertThat(rule.when()).isEqualTo(Condition.is(rule.questionId(), "no")));
    SkipRule printed = Instruments.mnrSurvey2021AsPrinted().skipRules().stream()
        .filter(r -> r.questionId().equals("q33")).findFirst().orElseThrow();
    assertThat(printed.target()).isEqualTo("q32");
    assertThat(Instruments.mnrSurvey2021AsPrinted().questions()).isEqualTo(survey.questions());
  }

  @Test
  void rolesAndLinksAsTranscribed() {
    assertThat(ids(x -> x.role() == QuestionRole.GATE)).containsExactlyElementsOf(q(7, 13, 16,
        21, 24, 27, 30, 37, 40, 43, 46, 51, 54, 58, 61, 66, 70, 75, 78));
    assertThat(ids(x -> x.role() == QuestionRole.SECONDARY_GATE)).containsExactly("q10", "q33");
    assertThat(ids(x -> x.role() == QuestionRole.CHECKLIST))
        .containsExactlyElementsOf(q(17, 28, 44, 55, 62));
    assertThat(survey.question("q66").informs())
        .containsExactly("takedown-procedures", "csea-reporting");
    assertThat(survey.question("q70").informs())
        .containsExactly("innovative-solutions", "corporate-social-responsibility");
    assertThat(survey.question("q78").codes()).containsExactly("yes", "no");
    assertThat(survey.question("q78").informs()).containsExactly("universal-terminology");
    assertThat(survey.question("q79").informs()).containsExactly("media-communications");
    assertThat(survey.question("q2").personalData()).isTrue();
    assertThat(ids(Question::personalData)).containsExactly("q2");
    assertThat(survey.questionsInforming("legislation")).extracting(Question::id)
        .containsExactly("q16", "q17", "q18");
    assertThat(survey.questionsInforming("csea-reporting")).extracting(Question::id)
        .containsExactly("q17", "q66", "q69");
    for (var capability : survey.framework().capabilities()) {
      assertThat(survey.questionsInforming(capability.id())).as(capability.id()).isNotEmpty();
    }
  }

  @Test
  void textsAreVerbatimWithReconstructionsMarked() {
    Question q7 = survey.question("q7");
    assertThat(q7.text()).startsWith("[Is there a national] governance or oversight committee");
    assertThat(q7.hasReconstructedWords()).isTrue();
    assertThat(q7.plainText()).startsWith("Is there a national governance or oversight");
    assertThat(survey.question("q51").hasReconstructedWords()).isFalse();
    assertThat(survey.question("q79").text()).contains("under the Societal capability");
  }

  @Test
  void recordsTheErrata() {
    assertThat(survey.errata()).extracting(Erratum::id).containsExactly("E1", "E2", "E3", "E4");
    assertThat(survey.errata().get(0).description()).contains("q35");
    assertThat(Instruments.mnrSurvey2021AsPrinted().errata().get(0).description())
        .contains("printed form");
  }

  @Test
  void unknownIdsAreErrorsThatNameThem() {
    assertThatThrownBy(() -> survey.question("q82")).isInstanceOf(MnrException.class)
        .hasMessage("unknown question 'q82' in instrument 'wpga-mnr-survey@2021'; known: q1, q2,"
            + " q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16, q17, q18, q19,"
            + " q20, q21, q22, q23, q24, q25, q26, q27, q28, q29, q30, ... and 51 more");
    assertThatThrownBy(() -> survey.question("q6").option("unused"))
        .hasMessage("unknown option 'unused' in question q6; known: capability-guide,"
            + " good-practice-reference, policy-basis, progress-framework, not-used, other");
    assertThatThrownBy(() -> survey.section("victims"))
        .hasMessage("unknown section 'victims' in instrument 'wpga-mnr-survey@2021'; known:"
            + " scope, introduction, policy-governance, criminal-justice, victim, societal,"
            + " industry, media-communications, closing");
    assertThat(survey.findQuestion("q82")).isEmpty();
    assertThat(survey.findSection("victim")).isPresent();
  }

  /**
   * The outline reads as the printed survey does: sections, questions, skips, errata; 81
   * questions and 20 skip instructions, as the transcription of Appendix 2 has.
   */
  @Test
  void theOutlineListsSectionsQuestionsSkipsCodesAndErrata() {
    String outline = Instruments.mnrSurvey2021().outline();
    assertThat(outline).startsWith("Survey on National Response to Online Child Sexual Abuse"
        + " and Exploitation (wpga-mnr-survey@2021)\n")
        .contains("\nq7* [yes-no, gate of leadership]\n")
        .contains("    if q7 = no, skip to q9\n")
        .contains("    personal data: answered by the respondent block\n")
        .contains("    - not-used: Government has not used the Model National Response (only on"
            + " its own)\n")
        .contains("\nq78 [text, gate of universal-terminology]\n")
        .contains("    analyst codes: yes, no\n")
        .contains("\nSection 8: Media and Communications\n  Enablers: data-and-evidence\n")
        .contains("\nErrata\n  E1: q33 prints")
        .endsWith("Framing the future, Appendix 2\n");
    assertThat(outline.lines().filter(line -> line.matches("q[0-9]+\\*? \\[.*")))
        .hasSize(81);
    assertThat(Instruments.mnrSurvey2021().toString()).isEqualTo("Instrument"
        + " wpga-mnr-survey@2021 (Survey on National Response to Online Child Sexual Abuse and"
        + " Exploitation): 9 sections, 81 questions, 20 skip rules");
  }
}
