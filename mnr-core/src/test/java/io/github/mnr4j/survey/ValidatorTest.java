package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.Severity;
import io.github.mnr4j.survey.ValidationFinding.Code;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private final Instrument survey = Instruments.mnrSurvey2021();
  private final Validator validator = Validator.of(survey);

  /**
   * A completed response that answers every required question, saying no to every gate, with some
   * answers replaced or added: pairs of question id and answer.
   */
  private Spec complete(Object... replacements) {
    Map<String, Answer> answers = new java.util.LinkedHashMap<>();
    for (Question question : survey.questions()) {
      if (!question.isRequired() || question.asksForPersonalData()) {
        continue;
      }
      switch (question.kind()) {
        case YES_NO:
          answers.put(question.id(), Answer.ofChoice("no"));
          break;
        case MULTI_CHOICE:
          answers.put(question.id(), Answer.ofChoices("good-practice-reference"));
          break;
        default:
          answers.put(question.id(), Answer.ofText("Answer to " + question.id()));
      }
    }
    for (int i = 0; i < replacements.length; i += 2) {
      answers.put((String) replacements[i], (Answer) replacements[i + 1]);
    }
    return new Spec(answers);
  }

  /** A response in the making, whose parts a test may change before building it. */
  private static final class Spec {
    private String instrument = "wpga-mnr-survey@2021";
    private ResponseStatus status = ResponseStatus.COMPLETED;
    private Optional<Respondent> respondent =
        Optional.of(new Respondent.Person("A. Person", "Officer", "a.person@example.org"));
    private Map<String, Answer> answers;

    Spec(Map<String, Answer> answers) {
      this.answers = answers;
    }

    Spec instrument(String instrument) {
      this.instrument = instrument;
      return this;
    }

    Spec status(ResponseStatus status) {
      this.status = status;
      return this;
    }

    Spec withoutRespondent() {
      this.respondent = Optional.empty();
      return this;
    }

    Spec answers(Map<String, Answer> answers) {
      this.answers = answers;
      return this;
    }

    Response build() {
      Response.Builder builder =
          Response.builder()
              .instrumentReference(instrument)
              .jurisdiction(Jurisdiction.of("C07", "Country 07"))
              .status(status)
              .putAllAnswers(answers);
      respondent.ifPresent(builder::respondent);
      return builder.build();
    }
  }

  private ValidationReport validate(Spec spec) {
    return validator.validate(spec.build());
  }

  private static String summary(ValidationFinding f) {
    return f.severity().id()
        + " "
        + f.code().id()
        + " "
        + f.questionId().orElse("-")
        + " "
        + f.pointer();
  }

  @Test
  void aCompleteResponseIsValid() {
    ValidationReport report = validate(complete());
    assertThat(report.findings()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report)
        .hasToString(
            "ValidationReport[C07, wpga-mnr-survey@2021: valid, 0 errors," + " 0 warnings]");
  }

  @Test
  void requiredQuestionsMustBeAnsweredOnlyWhenEnabled() {
    ValidationReport report = validate(complete("q7", Answer.ofChoice("yes")));
    assertThat(report.findings()).isEmpty();
    Spec missing = complete().answers(Map.of());
    ValidationReport empty = validate(missing);
    assertThat(empty.findingsFor("q1"))
        .extracting(ValidatorTest::summary)
        .containsExactly("error required-unanswered q1 /answers/q1");
    // q7 unanswered: no rule fires, so q10 (required) is enabled and required.
    assertThat(empty.findingsFor("q10")).hasSize(1);
  }

  /** Choices of no option are no answer: a required question answered so is unanswered. */
  @Test
  void emptyChoicesAreNoAnswer() {
    assertThat(Answer.ofChoices().isBlank()).isTrue();
    assertThat(Answer.ofChoices("not-used").isBlank()).isFalse();
    ValidationReport report = validate(complete("q6", Answer.ofChoices()));
    assertThat(report.findings())
        .extracting(ValidatorTest::summary)
        .containsExactly("error required-unanswered q6 /answers/q6/choices");
    assertThat(report.findings().get(0).message())
        .isEqualTo("q6 is required but chooses no option, which is no answer");
    assertThat(
            validate(complete("q6", Answer.ofChoices()).status(ResponseStatus.IN_PROGRESS))
                .findings())
        .extracting(ValidatorTest::summary)
        .containsExactly("warning required-unanswered q6 /answers/q6/choices");
    assertThat(
            validate(complete("q16", Answer.ofChoice("yes"), "q17", Answer.ofChoices())).findings())
        .as("an optional question may be left without an option")
        .isEmpty();
  }

  @Test
  void aDraftDowngradesMissingAnswersToWarnings() {
    ValidationReport report =
        validate(
            complete()
                .status(ResponseStatus.IN_PROGRESS)
                .answers(Map.of("q7", Answer.ofChoice("yes"))));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).extracting(f -> f.code()).containsOnly(Code.REQUIRED_UNANSWERED);
    assertThat(report.warnings().get(0).message())
        .isEqualTo("q1 is required but unanswered (a draft may leave it for later)");
  }

  @Test
  void answersToDisabledQuestionsNameTheRule() {
    Response response = complete("q8", Answer.ofText("A committee")).build();
    ValidationReport report = validator.validate(response);
    Enablement enablement = validator.enablement(response);
    assertThat(report.findings())
        .extracting(ValidatorTest::summary)
        .containsExactly("error answer-to-disabled-question q8 /answers/q8");
    assertThat(report.findings().get(0).message())
        .isEqualTo("q8 is answered, but it is disabled: if q7 = no, skip to q9");
    assertThat(enablement.explain("q8")).isEqualTo("q8 is disabled: if q7 = no, skip" + " to q9");
    assertThat(enablement.explain("q9")).isEqualTo("q9 is enabled");
    assertThat(enablement.disabledQuestionIds()).contains("q8", "q11", "q34", "q56", "q76");
  }

  @Test
  void answersMustFitTheQuestionsKind() {
    ValidationReport report =
        validate(
            complete(
                "q7", Answer.ofText("yes"),
                "q1", Answer.ofChoice("yes"),
                "q6", Answer.ofChoice("other")));
    assertThat(report.findings())
        .extracting(ValidatorTest::summary)
        .containsExactly(
            "error wrong-answer-kind q1 /answers/q1",
            "error wrong-answer-kind q6 /answers/q6",
            "error wrong-answer-kind q7 /answers/q7");
    assertThat(report.findings().get(2).message())
        .isEqualTo(
            "q7 is a yes-no question and takes"
                + " a choice ({\"choice\": ...}), not a text ({\"text\": ...})");
  }

  @Test
  void yesNoTakesYesOrNoAndChoicesTakeKnownOptionsOnce() {
    ValidationReport report =
        validate(
            complete(
                "q7", Answer.ofChoice("maybe"),
                "q6", Answer.ofChoices("policy-basis", "policy-basis", "manual")));
    assertThat(report.findings())
        .extracting(ValidatorTest::summary)
        .containsExactly(
            "error repeated-option q6 /answers/q6/choices/1",
            "error unknown-option q6 /answers/q6/choices/2",
            "error not-yes-or-no q7 /answers/q7/choice");
    assertThat(report.findings().get(2).message())
        .isEqualTo("q7 is a yes-no question, answered 'maybe'; the choice is yes or no");
  }

  @Test
  void exclusiveOptionsStandAlone() {
    ValidationReport report =
        validate(complete("q6", Answer.ofChoices("policy-basis", "not-used")));
    assertThat(report.findings())
        .extracting(ValidatorTest::summary)
        .containsExactly("error exclusive-option-combined q6 /answers/q6/choices/1");
    assertThat(validate(complete("q6", Answer.ofChoices("not-used"))).findings()).isEmpty();
  }

  @Test
  void otherTextGoesWithAnOptionThatCarriesText() {
    assertThat(
            validate(complete("q6", Answer.ofChoices("other").withOtherText("Training model")))
                .findings())
        .isEmpty();
    assertThat(validate(complete("q6", Answer.ofChoices("policy-basis", "other"))).findings())
        .extracting(ValidatorTest::summary)
        .containsExactly("error option-without-text q6 /answers/q6/choices/1");
    assertThat(
            validate(
                    complete(
                        "q6", Answer.ofChoices("policy-basis").withOtherText("Training model")))
                .findings())
        .extracting(ValidatorTest::summary)
        .containsExactly("error other-text-without-option q6 /answers/q6/otherText");
    assertThat(validate(complete("q7", Answer.ofChoice("no").withOtherText("Why not"))).findings())
        .extracting(ValidatorTest::summary)
        .containsExactly("error other-text-without-option q7 /answers/q7/otherText");
  }

  @Test
  void codesOnlyWhereTheQuestionTakesThem() {
    assertThat(validate(complete("q78", Answer.ofText("Adopted").withCode("yes"))).findings())
        .isEmpty();
    ValidationReport report =
        validate(
            complete(
                "q78", Answer.ofText("Adopted").withCode("partly"),
                "q7", Answer.ofChoice("no").withCode("yes"),
                "q6", Answer.ofChoices("good-practice-reference").withCode("no")));
    // One of each kind of answer: a choice, a list of choices and a text.
    assertThat(report.findings())
        .extracting(ValidatorTest::summary)
        .containsExactly(
            "error code-not-taken q6 /answers/q6/code",
            "error code-not-taken q7 /answers/q7/code",
            "error unknown-code q78 /answers/q78/code");
    assertThat(report.findings().get(2).message())
        .isEqualTo("q78 takes the codes [yes, no], not 'partly'");
  }

  @Test
  void blankTextsAreNotAnswers() {
    assertThat(validate(complete("q3", Answer.ofText("  "))).findings())
        .extracting(ValidatorTest::summary)
        .containsExactly("error blank-text q3 /answers/q3/text");
  }

  @Test
  void personalDataBelongsInTheRespondentBlock() {
    ValidationReport report =
        validate(complete("q2", Answer.ofText("A. Person, Officer")).withoutRespondent());
    assertThat(report.findings())
        .extracting(ValidatorTest::summary)
        .containsExactly(
            "error personal-data-in-answers q2 /answers/q2",
            "error required-unanswered q2 /respondent");
    Response withheld = complete().build().withoutPersonalData();
    assertThat(withheld.respondent()).contains(new Respondent.Withheld());
    assertThat(validator.validate(withheld).findings()).isEmpty();
  }

  /**
   * What an answer to a question that asks for personal data holds is never quoted, however wrong
   * the answer; the answer is dropped with the respondent's details, and is never evidence.
   */
  @Test
  void noFindingQuotesAnAnswerThatHoldsPersonalData() {
    Response leaky =
        complete("q2", Answer.ofText("Jane Roe").withCode("jane.roe@example.org")).build();
    ValidationReport report = validator.validate(leaky);
    assertThat(report.findings())
        .extracting(ValidatorTest::summary)
        .contains("error code-not-taken q2 /answers/q2/code");
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.message()).doesNotContainIgnoringCase("jane"));
    Response choosing = complete("q2", Answer.ofChoice("Jane Roe")).build();
    assertThat(validator.validate(choosing).findings())
        .allSatisfy(f -> assertThat(f.message()).doesNotContainIgnoringCase("jane"));
    assertThat(leaky.withoutPersonalData().answers()).doesNotContainKey("q2");
    assertThat(leaky.withoutPersonalData(survey).answers())
        .doesNotContainKey("q2")
        .containsKey("q7");
    assertThat(io.github.mnr4j.assessment.Assessor.of(survey).assess(leaky).answers())
        .doesNotContainKey("q2")
        .containsKey("q7");
    Response clean = complete().build().withoutPersonalData();
    assertThat(clean.withoutPersonalData()).isSameAs(clean);
  }

  @Test
  void unknownQuestionsAndAnotherInstrumentAreErrors() {
    ValidationReport report =
        validate(complete("q82", Answer.ofText("?")).instrument("wpga-mnr-survey@2022"));
    assertThat(report.findings())
        .extracting(ValidatorTest::summary)
        .containsExactly(
            "error instrument-mismatch - /instrument", "error unknown-question q82 /answers/q82");
  }

  @Test
  void findingsComeInTheInstrumentsOrderWhateverTheAnswersOrder() {
    Response a =
        complete("q8", Answer.ofText("x"), "q99", Answer.ofText("?"), "q7", Answer.ofChoice("n"))
            .build();
    List<String> summaries =
        validator.validate(a).findings().stream()
            .map(ValidatorTest::summary)
            .collect(java.util.stream.Collectors.toList());
    assertThat(summaries)
        .containsExactly(
            "error not-yes-or-no q7 /answers/q7/choice", "error unknown-question q99 /answers/q99");
  }

  @Test
  void theEnablementOfAForwardRuleNeedsItsQuestionEnabled() {
    // q10 is disabled? No: q7's rule covers q8 only. Build a chain on a small instrument.
    Instrument chain =
        Instrument.builder()
            .id("chain")
            .edition("1")
            .title("Chain")
            .source("Us")
            .framework(survey.framework())
            .addAllSections(List.of(Section.builder().id("s").number(1).title("S").build()))
            .addAllQuestions(
                List.of(
                    Question.builder()
                        .id("a")
                        .number(1)
                        .sectionId("s")
                        .text("A?")
                        .kind(QuestionKind.YES_NO)
                        .role(QuestionRole.GATE)
                        .build(),
                    Question.builder()
                        .id("b")
                        .number(2)
                        .sectionId("s")
                        .text("B?")
                        .kind(QuestionKind.YES_NO)
                        .role(QuestionRole.GATE)
                        .build(),
                    Question.builder()
                        .id("c")
                        .number(3)
                        .sectionId("s")
                        .text("C?")
                        .kind(QuestionKind.TEXT)
                        .role(QuestionRole.DETAIL)
                        .build(),
                    Question.builder()
                        .id("d")
                        .number(4)
                        .sectionId("s")
                        .text("D?")
                        .kind(QuestionKind.TEXT)
                        .role(QuestionRole.DETAIL)
                        .build()))
            .addAllSkipRules(List.of(SkipRule.ifNo("a", "c"), SkipRule.ifNo("b", "d")))
            .build();
    Response response =
        Response.builder()
            .instrumentReference("chain@1")
            .jurisdiction(Jurisdiction.of("C01", "Country 01"))
            .status(ResponseStatus.COMPLETED)
            .putAnswer("a", Answer.ofChoice("no"))
            .putAnswer("b", Answer.ofChoice("no"))
            .build();
    Enablement enablement = Validator.of(chain).enablement(response);
    // b is disabled by a's rule, so b's own rule does not fire and c stays enabled.
    assertThat(enablement.disabledQuestionIds()).containsExactly("b");
    assertThat(enablement.isEnabled("b")).isFalse();
    assertThat(enablement.isEnabled("c")).isTrue();
    assertThat(enablement.enabledAnswers())
        .as("b answered, but disabled; c enabled, but unanswered")
        .containsExactly(Map.entry("a", Answer.ofChoice("no")));
    assertThat(enablement.enabledAnswers().get("b")).isNull();
    assertThat(enablement.enabledAnswers().get("nothere")).isNull();
    assertThat(List.of("a", "b", "c", "d"))
        .map(Validator.of(chain)::canDisable)
        .containsExactly(false, true, true, false);
    assertThat(Validator.of(chain).validate(response).findings())
        .extracting(summaryOf())
        .containsExactly("error answer-to-disabled-question b /answers/b");
  }

  private static java.util.function.Function<ValidationFinding, String> summaryOf() {
    return ValidatorTest::summary;
  }

  @Test
  void toStringsRevealNoTextsAndNoPersonalData() {
    Response response = complete("q78", Answer.ofText("Secret words").withCode("yes")).build();
    assertThat(response.toString())
        .isEqualTo(
            "Response[C07 Country 07, wpga-mnr-survey@2021,"
                + " completed, 38 answers, respondent withheld from output]");
    assertThat(response.toString()).doesNotContain("a.person").doesNotContain("Secret");
    assertThat(response.respondent().orElseThrow().toString())
        .isEqualTo("Respondent[personal data withheld]");
    assertThat(response.findAnswer("q78").orElseThrow().toString())
        .isEqualTo("Answer[text (12 characters); code yes]");
  }

  /** Warnings leave a response valid; one error does not, wherever it stands. */
  @Test
  void validityIsTheAbsenceOfErrors() {
    ValidationFinding warning =
        ValidationFinding.of(
            Code.REQUIRED_UNANSWERED, Severity.WARNING, "q7", "/answers/q7", "q7 is unanswered");
    ValidationFinding error =
        ValidationFinding.of(
            Code.UNKNOWN_QUESTION, Severity.ERROR, "q99", "/answers/q99", "no such question");
    ValidationReport warned = ValidationReport.of("i@1", "C01", List.of(warning, warning));
    assertThat(warned.hasErrors()).isFalse();
    assertThat(warned.errors()).isEmpty();
    assertThat(warned.warnings()).hasSize(2);
    ValidationReport failed = ValidationReport.of("i@1", "C01", List.of(warning, error, warning));
    assertThat(failed.hasErrors()).isTrue();
    assertThat(failed.errors()).containsExactly(error);
    assertThat(failed.warnings()).containsExactly(warning, warning);
  }
}
