package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Condition;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.Section;
import io.github.mnr4j.survey.SkipRule;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import io.github.mnr4j.survey.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mnr4j.instrument, mnr4j.response and mnr4j.validation documents. */
class SurveyJsonTest {
  private static final MnrJson JSON = MnrJson.strict();
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final Validator VALIDATOR = Validator.of(SURVEY);

  private static String golden(String name) {
    return GoldenFiles.read(name);
  }

  @Test
  void theBuiltInInstrumentIsTheGoldenFile() {
    String golden = golden("mnr4j.instrument-wpga-mnr-survey-2021.json");
    GoldenFiles.assertMatches(
        "mnr4j.instrument-wpga-mnr-survey-2021.json",
        JSON.write(SURVEY, Document.INSTRUMENT) + "\n");
    assertThat(JSON.read(golden, Document.INSTRUMENT)).isEqualTo(SURVEY);
    assertThat(SchemaCheck.errors("mnr4j.instrument", golden)).isEmpty();
    Instrument printed = Instruments.mnrSurvey2021AsPrinted();
    assertThat(JSON.read(JSON.write(printed, Document.INSTRUMENT), Document.INSTRUMENT))
        .isEqualTo(printed);
  }

  @Test
  void instrumentsOfTheirOwnFrameworkAndEveryConditionRoundTrip() {
    var framework = Frameworks.mnr().tailor("mine").build();
    Instrument instrument =
        Instrument.builder()
            .id("mine")
            .edition("1")
            .title("Mine")
            .source("Tests")
            .framework(framework)
            .addAllSections(List.of(Section.builder().id("s").number(1).title("S").build()))
            .addAllQuestions(
                List.of(
                    Question.builder()
                        .id("a")
                        .number(1)
                        .sectionId("s")
                        .text("Law?")
                        .kind(QuestionKind.SINGLE_CHOICE)
                        .role(QuestionRole.GATE)
                        .required(true)
                        .addAllInforms(List.of("legislation"))
                        .addAllOptions(
                            List.of(
                                Option.builder()
                                    .id("full")
                                    .text("Comprehensive")
                                    .verdict(Verdict.AFFIRMS)
                                    .build(),
                                Option.of("part", "Partial"),
                                Option.builder()
                                    .id("none")
                                    .text("None")
                                    .verdict(Verdict.DENIES)
                                    .build()))
                        .build(),
                    Question.builder()
                        .id("b")
                        .number(2)
                        .sectionId("s")
                        .text("Which?")
                        .kind(QuestionKind.MULTI_CHOICE)
                        .role(QuestionRole.CHECKLIST)
                        .addAllOptions(
                            List.of(
                                Option.of("x", "X"),
                                Option.builder()
                                    .id("other")
                                    .text("Other")
                                    .carriesText(true)
                                    .addAlsoInform("csea-reporting")
                                    .build()))
                        .build(),
                    Question.builder()
                        .id("c")
                        .number(3)
                        .sectionId("s")
                        .text("Terms?")
                        .kind(QuestionKind.TEXT)
                        .role(QuestionRole.GATE)
                        .addAllCodes(List.of("yes", "no"))
                        .build(),
                    Question.builder()
                        .id("d")
                        .number(4)
                        .sectionId("s")
                        .text("End")
                        .kind(QuestionKind.TEXT)
                        .role(QuestionRole.COMMENTS)
                        .build()))
            .addAllSkipRules(
                List.of(
                    SkipRule.of(
                        "a",
                        Condition.any(
                            Condition.is("a", "none"), Condition.not(Condition.answered("a"))),
                        "c"),
                    SkipRule.of(
                        "b",
                        Condition.all(
                            Condition.includes("b", "x"), Condition.chosenAtLeast("b", 2)),
                        "d"),
                    SkipRule.of("c", Condition.codeIs("c", "no"), "d")))
            .build();
    String json = JSON.write(instrument, Document.INSTRUMENT);
    assertThat(json)
        .contains("\"format\": \"mnr4j.framework\"")
        .contains("\"verdict\": \"denies\"");
    assertThat(JSON.read(json, Document.INSTRUMENT)).isEqualTo(instrument);
    assertThat(SchemaCheck.errors("mnr4j.instrument", json)).isEmpty();
  }

  @Test
  void theFullResponseIsValidAndWritesBackByteForByte() {
    String golden = golden("mnr4j.response-full.json");
    Response response = JSON.read(golden, Document.RESPONSE);
    assertThat(VALIDATOR.validate(response).findings()).isEmpty();
    GoldenFiles.assertMatches(
        "mnr4j.response-full.json",
        JSON.withPersonalData(true).write(response, Document.RESPONSE) + "\n");
    assertThat(SchemaCheck.errors("mnr4j.response", golden)).isEmpty();
  }

  @Test
  void theRespondentIsWithheldUnlessAskedFor() {
    Response response = JSON.read(golden("mnr4j.response-full.json"), Document.RESPONSE);
    String shared = JSON.write(response, Document.RESPONSE);
    assertThat(shared)
        .contains("\"respondent\": \"withheld\"")
        .doesNotContain("Alex Example")
        .doesNotContain("alex@example.org");
    Response back = JSON.read(shared, Document.RESPONSE);
    assertThat(back.respondent()).contains(new Respondent.Withheld());
    assertThat(back).isEqualTo(response.withoutPersonalData());
    assertThat(VALIDATOR.validate(back).findings()).isEmpty();
    assertThat(SchemaCheck.errors("mnr4j.response", shared)).isEmpty();
  }

  @Test
  void theDraftHasWarningsOnly() {
    String golden = golden("mnr4j.response-draft.json");
    Response draft = JSON.read(golden, Document.RESPONSE);
    ValidationReport report = VALIDATOR.validate(draft);
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.warnings()).isNotEmpty();
    GoldenFiles.assertMatches(
        "mnr4j.response-draft.json", JSON.write(draft, Document.RESPONSE) + "\n");
    assertThat(SchemaCheck.errors("mnr4j.response", golden)).isEmpty();
  }

  @Test
  void answersToTheSurveyAreKeyedByItsOwnStrings() {
    // One copy of each option id, however many responses choose it.
    Response response = JSON.read(golden("mnr4j.response-full.json"), Document.RESPONSE);
    assertThat(response.answers()).hasSizeGreaterThan(40);
    response
        .answers()
        .forEach(
            (id, answer) -> {
              Question question = SURVEY.question(id);
              assertThat(id).isSameAs(question.id());
              for (String chosen : answer.chosen()) {
                assertThat(chosen).as(id).isSameAs(question.option(chosen).id());
              }
            });
  }

  @Test
  void aDefectiveResponseIsReadWhole() {
    Response defects = JSON.read(golden("mnr4j.response-defects.json"), Document.RESPONSE);
    assertThat(defects.answers()).hasSize(15);
    assertThat(defects.findAnswer("q17").orElseThrow().chosen())
        .containsExactly("csam-possession", "cyber-laws", "csam-possession");
    assertThat(defects.findAnswer("q90")).isPresent();
    assertThat(defects.findAnswer("q78").orElseThrow().code()).contains("partly");
  }

  @Test
  void theValidationReportIsTheGoldenFile() {
    Response defects = JSON.read(golden("mnr4j.response-defects.json"), Document.RESPONSE);
    ValidationReport report = VALIDATOR.validate(defects);
    String golden = golden("mnr4j.validation-defects.json");
    GoldenFiles.assertMatches(
        "mnr4j.validation-defects.json", JSON.write(report, Document.VALIDATION) + "\n");
    assertThat(JSON.read(golden, Document.VALIDATION)).isEqualTo(report);
    assertThat(SchemaCheck.errors("mnr4j.validation", golden)).isEmpty();
    assertThat(golden).contains("\"pointer\": \"/answers/q17/choices/1\"");
    // The defects' jurisdiction is synthetic, and its report says so; a real one's says not.
    assertThat(report.isSynthetic()).isTrue();
    ValidationReport real = report.withSynthetic(false);
    assertThat(JSON.write(real, Document.VALIDATION)).contains("\"synthetic\": false");
    assertThat(JSON.read(JSON.write(real, Document.VALIDATION), Document.VALIDATION))
        .isEqualTo(real)
        .isNotEqualTo(report);
  }

  private static MnrJsonException error(String json, Document<?> document) {
    return catchThrowableOfType(MnrJsonException.class, () -> JSON.read(json, document));
  }

  private static final String RESPONSE =
      "{\"format\": \"mnr4j.response\", \"version\": 1,"
          + " \"instrument\": \"wpga-mnr-survey@2021\","
          + " \"jurisdiction\": {\"id\": \"C01\", \"name\": \"Country 01\"},"
          + " \"status\": \"completed\", \"answers\": {ANSWERS}}";

  /**
   * A response may say when it was received: a day, read back as written, or refused where it is.
   */
  @Test
  void aResponseCarriesTheDayItWasReceived() {
    String dated =
        RESPONSE
            .replace("ANSWERS", "")
            .replace("\"answers\"", "\"receivedOn\": \"2021-05-14\", \"answers\"");
    Response response = MnrJson.strict().read(dated, Document.RESPONSE);
    assertThat(response.receivedOn()).hasValue(java.time.LocalDate.of(2021, 5, 14));
    assertThat(MnrJson.strict().write(response, Document.RESPONSE))
        .contains("\"status\": \"completed\",\n  \"receivedOn\": \"2021-05-14\",");
    assertThat(SchemaCheck.errors("mnr4j.response", dated)).isEmpty();
    assertThat(error(dated.replace("2021-05-14", "2021-02-30"), Document.RESPONSE).getMessage())
        .startsWith(
            "expected a date written YYYY-MM-DD, such as 2021-05-14, but found '2021-02-30' at"
                + " /receivedOn");
    assertThat(error(dated.replace("2021-05-14", "14 May"), Document.RESPONSE).getMessage())
        .startsWith("expected a date written YYYY-MM-DD, such as 2021-05-14, but found '14 May'");
    assertThat(SchemaCheck.errors("mnr4j.response", dated.replace("2021-05-14", "14 May")))
        .isNotEmpty();
  }

  /**
   * Messages about answers and the respondent block leave out the values they found, and, where a
   * field's name may itself be personal data (in any answer and the respondent block), its name: a
   * contact person's e-mail address written in the wrong place is still kept out of every message.
   */
  @Test
  void personalDataWrittenWronglyStaysOutOfMessages() {
    String email = "jane.doe@example.org";
    String bare = RESPONSE.replace("ANSWERS", "\"q2\": \"" + email + "\"");
    assertThat(error(bare, Document.RESPONSE).getMessage())
        .startsWith("expected an answer (an object) but found a string at /answers/q2")
        .doesNotContain(email);
    String key = RESPONSE.replace("ANSWERS", "\"q2\": {\"" + email + "\": 1}");
    assertThat(error(key, Document.RESPONSE).getMessage())
        .startsWith(
            "unknown field (its name is left out: it may be personal data); known here: choice,")
        .contains(" at /answers/q2 (line 1, column ")
        .doesNotContain(email);
    String respondent =
        RESPONSE
            .replace("ANSWERS", "")
            .replace("}}", "}, \"respondent\": {\"" + email + "\": \"x\"}}");
    assertThat(respondent).contains("\"respondent\": {");
    assertThat(error(respondent, Document.RESPONSE).getMessage())
        .startsWith("unknown field (its name is left out: it may be personal data)")
        .contains(" at /respondent (line 1, column ")
        .doesNotContain(email);
    // Any question of a custom instrument may ask for personal data, which the reader cannot
    // know: no unknown name inside an answer is quoted, only the names it may have.
    assertThat(
            error(
                    RESPONSE.replace("ANSWERS", "\"q7\": {\"" + email + "\": \"yes\"}"),
                    Document.RESPONSE)
                .getMessage())
        .startsWith(
            "unknown field (its name is left out: it may be personal data); known here: choice,"
                + " choices, text, otherText, code at /answers/q7 (line 1, column ")
        .doesNotContain(email);
    // Elsewhere an unknown field is named, which finds typos.
    assertThat(
            error(
                    RESPONSE.replace("ANSWERS", "").replace("}}", "}, \"statsu\": \"x\"}"),
                    Document.RESPONSE)
                .getMessage())
        .startsWith("unknown field 'statsu'; known here: ");
  }

  /** An attribute holding the value that means "no value" is refused where it is. */
  @Test
  void anAttributeValueThatMeansNoValueIsLocated() {
    String bad =
        RESPONSE
            .replace("ANSWERS", "")
            .replace(
                "\"name\": \"Country 01\"}",
                "\"name\": \"Country 01\", \"attributes\": {\"tier\": \"(none)\"}}");
    assertThat(bad).contains("\"tier\": \"(none)\"");
    assertThat(error(bad, Document.RESPONSE).getMessage())
        .contains("the value '(none)' stands for no value in breakdowns; give another")
        .contains("at /jurisdiction/attributes (line 1, column ");
  }

  /**
   * A message names the kind of value it found where a string belongs; inside an answer, which may
   * hold personal data, never the value itself.
   */
  @Test
  void aValueOfTheWrongKindIsNamedInTheMessage() {
    String[][] found = {
      {"{}", "an object"},
      {"[\"yes\"]", "an array"},
      {"false", "false"},
      {"null", "null"},
      {"12", "a number"},
      {"1.5e3", "a number"},
    };
    for (String[] value : found) {
      String json = RESPONSE.replace("ANSWERS", "\"q7\": {\"choice\": " + value[0] + "}");
      assertThat(error(json, Document.RESPONSE).getMessage())
          .as(value[0])
          .startsWith("expected a string but found " + value[1] + " at /answers/q7/choice");
    }
    assertThat(error("{\"format\": ", Document.RESPONSE).getMessage())
        .startsWith("malformed JSON: Unexpected end-of-input");
  }

  @Test
  void badResponsesAreLocated() {
    assertThat(
            error(
                    RESPONSE.replace("ANSWERS", "\"q7\": {\"choice\": \"yes\", \"text\": \"x\"}"),
                    Document.RESPONSE)
                .getMessage())
        .isEqualTo(
            "an answer holds exactly one of \"choice\","
                + " \"choices\" or \"text\"; this one holds 2 at /answers/q7/text (line 1, column 202)");
    String empty = RESPONSE.replace("ANSWERS", "\"q7\": {\"otherText\": \"x\"}");
    JsonProblem holdsNone = error(empty, Document.RESPONSE).problems().get(0);
    assertThat(holdsNone.pointer()).isEqualTo("/answers/q7");
    assertThat(holdsNone.line()).isEqualTo(1);
    assertThat(empty.substring(holdsNone.column() - 1))
        .as("an answer's problem as a whole is located at the answer's end")
        .startsWith("}}");
    String blankCode =
        RESPONSE.replace("ANSWERS", "\"q7\": {\"choice\": \"yes\", \"code\": \" \"}");
    JsonProblem blank = error(blankCode, Document.RESPONSE).problems().get(0);
    assertThat(blank.pointer()).isEqualTo("/answers/q7/code");
    assertThat(blankCode.substring(blank.column() - 1)).startsWith("\" \"}");
    assertThat(
            error(RESPONSE.replace("ANSWERS", "\"q7\": {\"choice\": true}"), Document.RESPONSE)
                .getMessage())
        .startsWith("expected a string but found true at /answers/q7/choice");
    assertThat(
            error(
                    RESPONSE.replace("ANSWERS", "").replace("\"completed\"", "\"done\""),
                    Document.RESPONSE)
                .getMessage())
        .startsWith("unknown status 'done'; known: completed, in-progress at" + " /status");
    assertThat(
            error(
                    RESPONSE
                        .replace("ANSWERS", "")
                        .replace(
                            "\"Country 01\"}", "\"Country 01\", \"incomeGroup\":" + " \"middle\"}"),
                    Document.RESPONSE)
                .getMessage())
        .startsWith(
            "unknown incomeGroup"
                + " 'middle'; known: high, upper-middle, lower-middle, low at /jurisdiction/incomeGroup");
    assertThat(
            error(
                    RESPONSE
                        .replace("ANSWERS", "")
                        .replace("{}}", "{}, \"respondent\":" + " \"secret\"}"),
                    Document.RESPONSE)
                .getMessage())
        .isEqualTo(
            "expected \"withheld\" or an"
                + " object with name, role and contact, but found another string at /respondent (line 1,"
                + " column 187)");
    assertThat(
            error(
                    RESPONSE.replace("ANSWERS", "\"q7\": {\"choice\": \"yes\", \"code\": \" \"}"),
                    Document.RESPONSE)
                .getMessage())
        .startsWith("code must not be blank at /answers/q7/code");
  }

  @Test
  void badInstrumentsAreLocated() {
    String golden = golden("mnr4j.instrument-wpga-mnr-survey-2021.json");
    assertThat(
            error(
                    golden.replace("\"framework\": \"wpga-mnr\"", "\"framework\": \"mnr\""),
                    Document.INSTRUMENT)
                .getMessage())
        .startsWith("unknown framework 'mnr'; known: wpga-mnr");
    assertThat(
            error(
                    golden.replace("\"kind\": \"yes-no\"", "\"kind\": \"boolean\""),
                    Document.INSTRUMENT)
                .getMessage())
        .startsWith(
            "unknown kind 'boolean'; known: text,"
                + " yes-no, single-choice, multi-choice at /questions/6/kind");
    assertThat(
            error(
                    golden.replace("\"is\": \"no\"", "\"is\": \"no\", \"includes\": \"no\""),
                    Document.INSTRUMENT)
                .getMessage())
        .startsWith(
            "a condition needs exactly one of answered,"
                + " is, includes, chosenAtLeast, code, all, any, not")
        .contains("; found [is, includes]" + " at /skipRules/0/when");
    MnrJsonException e =
        error(golden.replace("\"target\": \"q35\"", "\"target\": \"q350\""), Document.INSTRUMENT);
    assertThat(e.getMessage())
        .startsWith(
            "unknown skip target 'q350': no such question in the"
                + " instrument at /skipRules/8/target");
    e =
        error(
            golden.replace(
                "\"informs\": [\n        \"leadership\"\n      ]",
                "\"informs\": [\n        \"leader\"\n      ]"),
            Document.INSTRUMENT);
    assertThat(e.problems()).hasSizeGreaterThan(1);
    assertThat(e.problems().get(0).message())
        .isEqualTo("'leader' is neither a capability nor a" + " domain of framework 'wpga-mnr'");
    assertThat(e.problems().get(0).pointer()).isEqualTo("/questions/2/informs/0");
    // blurbs are keyed by the capabilities they are about
    assertThat(
            error(
                    golden.replace("\"leadership\": \"Leadership", "\"leader\": \"Leadership"),
                    Document.INSTRUMENT)
                .getMessage())
        .startsWith(
            "unknown capability 'leader' in framework 'wpga-mnr' at"
                + " /sections/2/capabilityBlurbs/leader (line ");
    assertThat(
            error(
                    golden.replaceFirst("\"leadership\": \"[^\"]*\"", "\"leadership\": 7"),
                    Document.INSTRUMENT)
                .getMessage())
        .startsWith(
            "expected a string but found 7 at /sections/2/capabilityBlurbs/leadership (line 265");
    assertThat(
            error(
                    golden.replaceFirst("\"capabilityBlurbs\": \\{}", "\"capabilityBlurbs\": []"),
                    Document.INSTRUMENT)
                .getMessage())
        .isEqualTo(
            "expected the capability blurbs (an object) but found an array at"
                + " /sections/0/capabilityBlurbs (line 246, column 27)");
    // notes carry ids, so that a translation can name them
    assertThat(
            error(
                    golden.replaceFirst(
                        "\\{\\s*\"id\": \"N1\",\\s*\"text\": (\"[^\"]*\")\\s*}", "$1"),
                    Document.INSTRUMENT)
                .getMessage())
        .startsWith("expected a note (an object) but found the string \"Question")
        .endsWith("at /notes/0 (line 10, column 5)");
    assertThat(
            error(golden.replace("\"id\": \"N2\"", "\"id\": \"N1\""), Document.INSTRUMENT)
                .getMessage())
        .isEqualTo("duplicate note id 'N1' (also notes[0]) at /notes/1/id (line 15, column 13)");
    assertThat(error(golden.replace("\"id\": \"N2\",\n", ""), Document.INSTRUMENT).getMessage())
        .isEqualTo("missing required field 'id' at /notes/1 (line 14, column 5)");
  }

  @Test
  void aValidationSummaryMustAgreeWithItsFindings() {
    String golden = golden("mnr4j.validation-defects.json");
    assertThat(
            error(golden.replace("\"valid\": false", "\"valid\": true"), Document.VALIDATION)
                .getMessage())
        .startsWith("'valid' says true, but the findings" + " say false at /valid");
  }

  @Test
  void choicesAreReadAsGivenAndWrittenInTheSurveysOrder() {
    Response response =
        JSON.read(
            RESPONSE.replace(
                "ANSWERS",
                "\"q7\": {\"choice\": \"yes\"},"
                    + " \"q17\": {\"choices\": [\"b\", \"csam-possession\", \"b\","
                    + " \"penetrative-offences\"]}, \"q1\": {\"text\": \"Country 01\"}"),
            Document.RESPONSE);
    assertThat(response.findAnswer("q17"))
        .contains(Answer.ofChoices("b", "csam-possession", "b", "penetrative-offences"));
    assertThat(response.answers().keySet()).containsExactly("q7", "q17", "q1");
    Response back = JSON.read(JSON.write(response, Document.RESPONSE), Document.RESPONSE);
    assertThat(back.answers().keySet()).containsExactly("q1", "q7", "q17");
    assertThat(back.findAnswer("q17"))
        .contains(Answer.ofChoices("penetrative-offences", "csam-possession", "b", "b"));
    assertThat(VALIDATOR.validate(back).findingsFor("q17"))
        .extracting(f -> f.code().id())
        .containsExactly("unknown-option", "repeated-option");
  }
}
