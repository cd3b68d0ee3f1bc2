package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.framework.Passage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The built-in survey against the transcription of Appendix 2. */
class InstrumentsTest {
  private final Instrument survey = Instruments.mnrSurvey2021();

  private List<String> ids(java.util.function.Predicate<Question> filter) {
    return survey.questions().stream()
        .filter(filter)
        .map(Question::id)
        .collect(Collectors.toList());
  }

  private static List<String> q(int... numbers) {
    return IntStream.of(numbers).mapToObj(n -> "q" + n).collect(Collectors.toList());
  }

  @Test
  void hasNineSectionsAndQuestionsQ1ToQ81InOrder() {
    assertThat(survey.reference()).isEqualTo("wpga-mnr-survey@2021");
    assertThat(survey.framework()).isSameAs(Frameworks.mnr());
    assertThat(survey.sections())
        .extracting(Section::id)
        .containsExactly(
            "scope",
            "introduction",
            "policy-governance",
            "criminal-justice",
            "victim",
            "societal",
            "industry",
            "media-communications",
            "closing");
    assertThat(survey.questions())
        .extracting(Question::id)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 81).mapToObj(n -> "q" + n).collect(Collectors.toList()));
    assertThat(survey.questions())
        .extracting(Question::number)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 81).boxed().collect(Collectors.toList()));
    Map<String, Long> perSection =
        survey.questions().stream()
            .collect(Collectors.groupingBy(Question::sectionId, Collectors.counting()));
    assertThat(perSection)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "introduction",
                6L,
                "policy-governance",
                14L,
                "criminal-justice",
                16L,
                "victim",
                14L,
                "societal",
                15L,
                "industry",
                9L,
                "media-communications",
                6L,
                "closing",
                1L));
    assertThat(survey.questionsOf("scope")).isEmpty();
    assertThat(survey.section("scope").introduction().orElseThrow()).contains("Lanzarote");
  }

  @Test
  void kindsAsTranscribed() {
    assertThat(ids(x -> x.kind() == QuestionKind.YES_NO))
        .containsExactlyElementsOf(
            q(7, 10, 13, 16, 21, 24, 27, 30, 33, 37, 40, 43, 46, 51, 54, 58, 61, 66, 70, 75));
    assertThat(ids(x -> x.kind() == QuestionKind.MULTI_CHOICE))
        .containsExactlyElementsOf(q(6, 17, 28, 44, 55, 62));
    assertThat(ids(x -> x.kind() == QuestionKind.SINGLE_CHOICE)).isEmpty();
    assertThat(survey.question("q6").optionIds())
        .containsExactly(
            "capability-guide",
            "good-practice-reference",
            "policy-basis",
            "progress-framework",
            "not-used",
            "other");
    assertThat(survey.question("q17").options()).hasSize(11);
    assertThat(survey.question("q28").options()).hasSize(5);
    assertThat(survey.question("q44").options()).hasSize(5);
    assertThat(survey.question("q55").optionIds())
        .containsExactly("children", "young-people", "parents-guardians", "practitioners", "other");
    assertThat(survey.question("q62").optionIds())
        .containsExactly(
            "sexual-interest",
            "convicted-offenders",
            "harmful-sexual-behaviour",
            "family-and-friends");
    assertThat(survey.question("q7").optionIds()).containsExactly("yes", "no");
  }

  @Test
  void optionsCarryTheirSpecialMeanings() {
    assertThat(survey.question("q6").option("not-used").isExclusive()).isTrue();
    assertThat(survey.question("q6").option("other").carriesText()).isTrue();
    assertThat(survey.question("q55").option("other").carriesText()).isTrue();
    assertThat(survey.question("q17").option("isp-reporting-duty").alsoInforms())
        .containsExactly("csea-reporting");
    assertThat(survey.question("q6").options().stream().filter(Option::isExclusive).count())
        .isEqualTo(1);
  }

  @Test
  void requiredFlagsAsTranscribed() {
    assertThat(ids(Question::isRequired))
        .containsExactlyElementsOf(
            q(
                1, 2, 3, 4, 5, 6, 7, 10, 13, 16, 19, 20, 21, 24, 27, 30, 33, 35, 36, 37, 40, 43, 46,
                49, 50, 51, 54, 58, 61, 64, 65, 66, 70, 73, 74, 75, 79, 80));
  }

  @Test
  void skipRulesAsTranscribedWithE1Corrected() {
    Map<String, String> skips =
        survey.skipRules().stream()
            .collect(Collectors.toMap(SkipRule::questionId, SkipRule::targetId));
    assertThat(skips)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("q7", "q9"),
                Map.entry("q10", "q12"),
                Map.entry("q13", "q15"),
                Map.entry("q16", "q18"),
                Map.entry("q21", "q23"),
                Map.entry("q24", "q26"),
                Map.entry("q27", "q29"),
                Map.entry("q30", "q32"),
                Map.entry("q33", "q35"),
                Map.entry("q37", "q39"),
                Map.entry("q40", "q42"),
                Map.entry("q43", "q45"),
                Map.entry("q46", "q48"),
                Map.entry("q51", "q53"),
                Map.entry("q54", "q57"),
                Map.entry("q58", "q60"),
                Map.entry("q61", "q63"),
                Map.entry("q66", "q68"),
                Map.entry("q70", "q72"),
                Map.entry("q75", "q77")));
    assertThat(survey.skipRules())
        .allSatisfy(
            rule -> assertThat(rule.when()).isEqualTo(Condition.is(rule.questionId(), "no")));
    SkipRule printed =
        Instruments.mnrSurvey2021AsPrinted().skipRules().stream()
            .filter(r -> r.questionId().equals("q33"))
            .findFirst()
            .orElseThrow();
    assertThat(printed.targetId()).isEqualTo("q32");
    assertThat(Instruments.mnrSurvey2021AsPrinted().questions()).isEqualTo(survey.questions());
  }

  @Test
  void rolesAndLinksAsTranscribed() {
    assertThat(ids(x -> x.role() == QuestionRole.GATE))
        .containsExactlyElementsOf(
            q(7, 13, 16, 21, 24, 27, 30, 37, 40, 43, 46, 51, 54, 58, 61, 66, 70, 75, 78));
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
    assertThat(survey.question("q2").asksForPersonalData()).isTrue();
    assertThat(ids(Question::asksForPersonalData)).containsExactly("q2");
    assertThat(survey.questionsInforming("legislation"))
        .extracting(Question::id)
        .containsExactly("q16", "q17", "q18");
    assertThat(survey.questionsInforming("csea-reporting"))
        .extracting(Question::id)
        .containsExactly("q17", "q66", "q69");
    for (var capability : survey.framework().capabilities()) {
      assertThat(survey.questionsInforming(capability.id())).as(capability.id()).isNotEmpty();
    }
  }

  @Test
  void textsAreVerbatimWithReconstructionsMarked() {
    Question q7 = survey.question("q7");
    assertThat(q7.text()).startsWith("[Is there a national] governance or oversight committee");
    assertThat(q7.text()).contains("[");
    assertThat(q7.plainText()).startsWith("Is there a national governance or oversight");
    assertThat(survey.question("q51").text()).doesNotContain("[");
    assertThat(survey.question("q79").text()).contains("under the Societal capability");
  }

  /**
   * Appendix 2 as printed: the words the report's text keeps stay, what it lost is bracketed, and
   * the smallest reconstruction is preferred.
   */
  @Test
  void keepsThePrintedWords() {
    assertThat(survey.question("q72").text())
        .as("the printed 'of' stays")
        .startsWith("Please describe the challenges of [");
    assertThat(survey.question("q77").text())
        .startsWith(
            "[Please describe any challeng]es in developing, or plans underway to"
                + " develop, government [");
    assertThat(survey.question("q47").text())
        .as("'abus' is printed; 'abuse)' is the least")
        .endsWith(
            "training for helpline operators in dealing with cases of child sexual" + " abus[e)]");
    assertThat(survey.question("q62").option("sexual-interest").text())
        .startsWith("[There are support systems in ]place for people with a sexual interest");
    assertThat(survey.question("q62").option("harmful-sexual-behaviour").text())
        .startsWith("There are support systems in place for young people");
    Section scope = survey.section("scope");
    assertThat(scope.title()).isEqualTo("Terminology and scope");
    assertThat(scope.introduction())
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .startsWith(
                        "Child sexual exploitation and abuse (or 'CSEA') is a form of child sexual"
                            + " abuse that occurs when an individual or group takes advantage of an imbalance of"
                            + " power")
                    .contains(
                        "\n- Article 20: Child pornography (referred to in this survey as child sexual"
                            + " abuse material or 'CSAM')\n")
                    .endsWith("(also known as 'online grooming')."));
    assertThat(survey.section("societal").capabilityBlurbs().keySet())
        .containsExactlyElementsOf(
            survey.framework().capabilitiesOf("societal").stream().map(c -> c.id()).toList());
    assertThat(survey.section("societal").capabilityBlurbs().get("csea-hotline"))
        .isEqualTo(
            "CSEA hotline \u2013 Mechanism for supporting online CSEA content; link to law"
                + " enforcement and internet service providers.");
  }

  /** The survey's front matter and the documentation it asks for, verbatim, with ids. */
  @Test
  void carriesTheSurveysOwnPassages() {
    assertThat(survey.passage("overview").text())
        .contains("Questions marked with an * require" + " a response.");
    assertThat(survey.passage("overview").heading()).hasValue("Survey overview");
    assertThat(survey.passages())
        .filteredOn(p -> p.domainIds().contains("victim"))
        .extracting(Passage::id)
        .containsExactly(
            "documentation-victim-1",
            "documentation-victim-2",
            "documentation-victim-3",
            "documentation-victim-4");
    assertThat(survey.passage("documentation-victim-3").text())
        .isEqualTo(
            "Available data on"
                + " numbers of calls to the Child Helpline, disaggregated by subject of the call");
    assertThat(survey.passage("documentation-victim-1").heading()).hasValue("Victims");
    assertThat(survey.passages())
        .filteredOn(p -> p.id().startsWith("documentation-"))
        .hasSize(5 + 4 + 4 + 5 + 2 + 1);
    assertThat(survey.passage("documentation-media-communications-1").text())
        .startsWith("Review/ evaluations of initiatives under the Media and Communications");
    assertThatThrownBy(() -> survey.passage("preamble"))
        .hasMessageStartingWith(
            "unknown passage 'preamble' in instrument"
                + " 'wpga-mnr-survey@2021'; known: overview, documentation,");
  }

  /** The outline reads like the printed survey: overview, sections, then what it asks for. */
  @Test
  void theOutlineFollowsThePrintedOrder() {
    String outline = survey.toOutline();
    assertThat(outline)
        .startsWith(
            "Survey on National Response to Online Child Sexual Abuse and Exploitation"
                + " (wpga-mnr-survey@2021)\n\n  Each section of the survey covers an outcome")
        .contains("\n\nSection 1: Terminology and scope\n  Child sexual exploitation and abuse")
        .contains(
            "\n  Outcome: Online CSEA prevented\n  - CSEA hotline \u2013 Mechanism for supporting"
                + " online CSEA content; link to law enforcement and internet service providers.\n"
                + "  - Education programmes \u2013 ")
        .contains(
            "following six criminal offences:\n\n  - Article 18: Sexual abuse\n"
                + "  - Article 19: Child prostitution\n")
        .contains(
            "\nAdditional documentation\n  Please share any relevant supporting documentation."
                + " This can include the following:\n\nPolicy and Governance\n  - Terms of"
                + " Reference for the oversight committee")
        .contains(
            "\nMedia and Communications\n  - Review/ evaluations of initiatives under the Media"
                + " and Communications capability that may be considered good practice\n\nErrata\n");
    assertThat(outline.indexOf("Survey overview")).as("the heading is not repeated").isNegative();
    assertThat(outline.indexOf("Each section of the survey"))
        .isLessThan(outline.indexOf("Section 1:"));
    assertThat(outline.indexOf("Additional documentation"))
        .isGreaterThan(outline.indexOf("q81"))
        .isLessThan(outline.indexOf("\nErrata\n"));
  }

  /** A question of many options finds them by a hash look-up, as one of few does by scanning. */
  @Test
  void manyOptionsAreFoundAsFewAre() {
    Question.Builder many =
        Question.builder()
            .id("q1")
            .number(1)
            .sectionId("s")
            .text("Which?")
            .kind(QuestionKind.MULTI_CHOICE)
            .role(QuestionRole.CHECKLIST)
            .required(true)
            .addAllInforms(List.of("leadership"));
    for (int i = 0; i < 20; i++) {
      many.addOption(Option.of("o" + i, "Option " + i));
    }
    Question question = many.build();
    assertThat(question.findOption("o17"))
        .hasValueSatisfying(o -> assertThat(o.id()).isEqualTo("o17"));
    assertThat(question.findOption(new String("o0"))).isPresent();
    assertThat(question.findOption("o20")).isEmpty();
    assertThat(survey.question("q17").findOption("background-checks")).isPresent();
    assertThat(survey.question("q17").findOption("background")).isEmpty();
    assertThat(question)
        .hasToString("Question q1 (multi-choice, required, checklist of leadership)");
    assertThat(survey.question("q8")).hasToString("Question q8 (text, detail of leadership)");
  }

  /** Erratum E3 names every question whose text holds a reconstruction, and no other. */
  @Test
  void erratumE3ListsEveryReconstruction() {
    String e3 =
        survey.errata().stream()
            .filter(e -> e.id().equals("E3"))
            .findFirst()
            .orElseThrow()
            .description();
    List<String> reconstructed =
        survey.questions().stream()
            .filter(q -> q.text().contains("["))
            .map(Question::id)
            .collect(Collectors.toList());
    assertThat(reconstructed)
        .hasSize(31)
        .contains("q7", "q47", "q72", "q77")
        .as("q62's reconstructions are in its options")
        .doesNotContain("q62");
    String listed =
        e3.substring(
            e3.indexOf("in the texts of ") + "in the texts of ".length(),
            e3.indexOf(", and in the options"));
    assertThat(listed.replace(" and ", ", ").split(", ")).containsExactlyElementsOf(reconstructed);
    List<String> options =
        survey.questions().stream()
            .flatMap(
                q ->
                    q.options().stream()
                        .filter(o -> o.text().contains("["))
                        .map(o -> o.id() + " of " + q.id()))
            .collect(Collectors.toList());
    assertThat(options)
        .containsExactly(
            "child-friendly-justice of q17",
            "sexual-interest of q62",
            "convicted-offenders of q62");
    assertThat(e3)
        .contains("q36, q48, q49, q64, q73 and q74 are lost whole")
        .contains("q35, q36, q49, q64, q73 and q74 are required")
        .contains("its kind (yes or no), its required mark and its skip target (q12)");
    for (String id : List.of("q35", "q36", "q49", "q64", "q73", "q74")) {
      assertThat(survey.question(id).isRequired()).as(id).isTrue();
    }
    assertThat(survey.question("q10").kind()).isEqualTo(QuestionKind.YES_NO);
  }

  @Test
  void recordsTheErrata() {
    assertThat(survey.errata())
        .extracting(Erratum::id)
        .containsExactly("E1", "E2", "E3", "E4", "E5");
    assertThat(survey.errata().get(4).description())
        .contains("\"Mechanism for supporting online" + " CSEA content\"")
        .contains("The printed word is kept.");
    assertThat(survey.errata().get(0).description()).contains("q35");
    assertThat(Instruments.mnrSurvey2021AsPrinted().errata().get(0).description())
        .contains("printed form");
  }

  @Test
  void unknownIdsAreErrorsThatNameThem() {
    assertThatThrownBy(() -> survey.question("q82"))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "unknown question 'q82' in instrument 'wpga-mnr-survey@2021'; known: q1, q2,"
                + " q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16, q17, q18, q19,"
                + " q20, q21, q22, q23, q24, q25, q26, q27, q28, q29, q30, ... and 51 more");
    assertThatThrownBy(() -> survey.question("q6").option("unused"))
        .hasMessage(
            "unknown option 'unused' in question q6; known: capability-guide,"
                + " good-practice-reference, policy-basis, progress-framework, not-used, other");
    assertThatThrownBy(() -> survey.section("victims"))
        .hasMessage(
            "unknown section 'victims' in instrument 'wpga-mnr-survey@2021'; known:"
                + " scope, introduction, policy-governance, criminal-justice, victim, societal,"
                + " industry, media-communications, closing");
    assertThat(survey.findQuestion("q82")).isEmpty();
    assertThat(survey.findSection("victim")).isPresent();
  }

  /**
   * The outline reads as the printed survey does: sections, questions, skips, errata; 81 questions
   * and 20 skip instructions, as the transcription of Appendix 2 has.
   */
  @Test
  void theOutlineListsSectionsQuestionsSkipsCodesAndErrata() {
    String outline = Instruments.mnrSurvey2021().toOutline();
    assertThat(outline)
        .startsWith(
            "Survey on National Response to Online Child Sexual Abuse"
                + " and Exploitation (wpga-mnr-survey@2021)\n")
        .contains("\nq7* [yes-no, gate of leadership]\n")
        .contains("    if q7 = no, skip to q9\n")
        .contains("    personal data: answered by the respondent block\n")
        .contains(
            "    - not-used: Government has not used the Model National Response (only on"
                + " its own)\n")
        .contains("\nq78 [text, gate of universal-terminology]\n")
        .contains("    analyst codes: yes, no\n")
        .contains("\nSection 8: Media and Communications\n  Enablers: data-and-evidence\n")
        .contains("\nErrata\n  E1: q33 prints")
        .endsWith("Framing the future, Appendix 2\n");
    assertThat(outline.lines().filter(line -> line.matches("q[0-9]+\\*? \\[.*"))).hasSize(81);
    assertThat(Instruments.mnrSurvey2021().toString())
        .isEqualTo(
            "Instrument"
                + " wpga-mnr-survey@2021 (Survey on National Response to Online Child Sexual Abuse and"
                + " Exploitation): 9 sections, 81 questions, 20 skip rules");
  }

  /**
   * The UNICEF survey is reconstructed from what the report says of it, every text marked: the
   * report's "asked whether legislation was in place to address online child sexual exploitation
   * and abuse and whether it was perceived to be comprehensive or partial" as u7 and u8.
   */
  @Test
  void theUnicefSurveyIsAReconstructionMarkedAsOne() {
    Instrument unicef = Instruments.unicefSurvey2021();
    assertThat(unicef.reference()).isEqualTo("end-violence-unicef-survey@2021");
    assertThat(Instruments.unicefSurvey2021()).isSameAs(unicef);
    assertThat(InstrumentChecks.check(unicef).findings()).isEmpty();
    assertThat(unicef.framework()).isEqualTo(Frameworks.mnr());
    assertThat(unicef.title()).startsWith("[").endsWith("]");
    assertThat(unicef.sections())
        .extracting(Section::id)
        .containsExactly(
            "introduction",
            "policy-governance",
            "criminal-justice",
            "victim",
            "societal",
            "industry",
            "media-communications",
            "closing");
    assertThat(unicef.questions())
        .extracting(Question::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 27).boxed().toList());
    for (Question question : unicef.questions()) {
      assertThat(question.text()).as(question.id()).startsWith("[").endsWith("]");
      if (question.kind() != QuestionKind.YES_NO) { // a yes-no question's Yes and No are built in
        question
            .options()
            .forEach(o -> assertThat(o.text()).as(o.id()).startsWith("[").endsWith("]"));
      }
    }
    assertThat(unicef.errata())
        .extracting(Erratum::id)
        .containsExactly("U1", "U2", "U3", "U4", "U5");
    assertThat(unicef.errata().get(0).description())
        .contains("is not printed in Framing the future (2022)")
        .contains("Both survey tools were based on the MNR.");
    assertThat(unicef.errata().get(1).description())
        .contains("whether it was perceived to be comprehensive or partial")
        .contains("(88 per cent, 22 of 25), existing laws were viewed as inadequate");
    assertThat(unicef.question("u7").informs()).containsExactly("legislation");
    assertThat(unicef.question("u8").optionIds()).containsExactly("comprehensive", "partial");
    assertThat(unicef.question("u2").asksForPersonalData()).isTrue();
    // Figure 1 is counted across both surveys: each capability has one gate in each.
    for (var capability : Frameworks.mnr().capabilities()) {
      assertThat(
              unicef.questionsInforming(capability.id()).stream()
                  .filter(q -> q.role() == QuestionRole.GATE)
                  .count())
          .as(capability.id())
          .isEqualTo(1);
    }
    // Fewer open-ended questions than the Alliance's: "The Alliance survey also had more
    // open-ended questions".
    assertThat(textQuestions(unicef)).isLessThan(textQuestions(Instruments.mnrSurvey2021()));
  }

  private static long textQuestions(Instrument instrument) {
    return instrument.questions().stream()
        .filter(q -> q.kind() == QuestionKind.TEXT && q.codes().isEmpty())
        .count();
  }
}
