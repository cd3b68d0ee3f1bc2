package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Documents crafted to crash, exhaust, mislead or leak: each is refused with a location. */
class HostileInputTest {
  private static final MnrJson JSON = MnrJson.strict();

  /**
   * Characters a terminal acts on (a bidirectional override, a C1 control, a line separator, DEL)
   * are written escaped in every JSON, documents, lines and tables, and read back the same.
   */
  @Test
  void controlCharactersAreWrittenEscapedAndReadBackTheSame() {
    String name = "Country \u202e01\u009b[31m\u2028\u007f\u0007 end";
    Response response =
        Response.builder()
            .instrumentReference(Instruments.mnrSurvey2021().reference())
            .jurisdiction(Jurisdiction.of("C01", name))
            .status(ResponseStatus.IN_PROGRESS)
            .putAnswer("q8", Answer.ofText(name))
            .build();
    String document = JSON.write(response, Document.RESPONSE);
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    JSON.writeLine(response, Document.RESPONSE, line);
    String table =
        Tables.toJsonLines(io.github.mnr4j.TextTable.of(List.of("name"), List.of(List.of(name))));
    for (String json : List.of(document, line.toString(StandardCharsets.UTF_8), table)) {
      assertThat(json)
          .contains("Country \\u202E01\\u009B[31m\\u2028\\u007F\\u0007 end")
          .doesNotContain("\u202e")
          .doesNotContain("\u009b")
          .doesNotContain("\u2028")
          .doesNotContain("\u007f");
    }
    assertThat(JSON.read(document, Document.RESPONSE).jurisdiction().name()).isEqualTo(name);
    assertThat(JSON.read(document, Document.RESPONSE)).isEqualTo(response);
  }

  private static final String HEAD =
      "{\"format\": \"mnr4j.response\", \"version\": 1,"
          + " \"instrument\": \"wpga-mnr-survey@2021\", \"jurisdiction\": {\"id\": \"C01\","
          + " \"name\": \"Country 01\"}, \"status\": \"completed\", ";

  private static String response(String rest) {
    return HEAD + rest + "}";
  }

  private static MnrJsonException refused(String json, Document<?> document) {
    return catchThrowableOfType(() -> JSON.read(json, document), MnrJsonException.class);
  }

  @Test
  void aDocumentThatIsJustNullIsRefusedForEveryKind() {
    for (Document<?> document :
        List.of(
            Document.FRAMEWORK,
            Document.INSTRUMENT,
            Document.RESPONSE,
            Document.VALIDATION,
            Document.MODEL,
            Document.SCORECARD,
            Document.COHORT)) {
      assertThat(refused("null", document))
          .as(document.id())
          .hasMessage(
              "expected an "
                  + document.id()
                  + " document (an object) but found null"
                  + " at the document root (line 1, column 1)");
    }
  }

  /**
   * Four million choices in 16 MB: refused at the 501st, in a moment and without holding them,
   * where a tree of the document once took seconds and gigabytes.
   */
  @Test
  void anAnswerWithMillionsOfChoicesIsRefusedAtTheLimitAtOnce() {
    StringBuilder choices = new StringBuilder("\"a\"");
    for (int i = 1; i < 4_000_000; i++) {
      choices.append(",\"a\"");
    }
    String json = response("\"answers\": {\"q6\": {\"choices\": [" + choices + "]}}");
    long start = System.nanoTime();
    MnrJsonException e = refused(json, Document.RESPONSE);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(e.getMessage())
        .startsWith(
            "the answer lists more than 500 choices, the most an"
                + " answer may (ReadLimits.choices) at /answers/q6/choices/500 (line 1, column ");
  }

  @Test
  void everyCountHasALimitThatCanBeRaised() {
    StringBuilder answers = new StringBuilder();
    for (int i = 1; i <= 2_001; i++) {
      answers.append(i == 1 ? "" : ", ").append("\"x").append(i).append("\": {\"text\": \"t\"}");
    }
    String many = response("\"answers\": {" + answers + "}");
    assertThat(refused(many, Document.RESPONSE).getMessage())
        .startsWith(
            "the response gives"
                + " more than 2000 answers, the most a response may (ReadLimits.answers) at"
                + " /answers/x2001 ");
    assertThat(
            JSON.withLimits(ReadLimits.defaults().withMaxAnswers(3_000))
                .read(many, Document.RESPONSE)
                .answers())
        .hasSize(2_001);
    MnrJson small =
        JSON.withLimits(
            ReadLimits.defaults()
                .withMaxResponses(2)
                .withMaxValues(50)
                .withMaxDocumentBytes(100_000));
    String cohort =
        "{\"format\": \"mnr4j.cohort\", \"version\": 1, \"name\": \"Three\","
            + " \"responses\": ["
            + String.join(
                ", ",
                response("\"answers\": {}"),
                response("\"answers\": {}").replace("C01", "C02"),
                response("\"answers\": {}").replace("C01", "C03"))
            + "]}";
    assertThat(
            catchThrowableOfType(() -> small.read(cohort, Document.COHORT), MnrJsonException.class)
                .getMessage())
        .startsWith(
            "the cohort holds more than 2"
                + " responses, the most a cohort read whole may (ReadLimits.responses; read it one"
                + " response at a time to hold any number) at /responses/2 ");
    try (ResponseReader reader =
        small.cohortReader(new ByteArrayInputStream(cohort.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader).toIterable().hasSize(3);
    }
    assertThat(
            catchThrowableOfType(
                    () ->
                        small.read(
                            JSON.write(Frameworks.mnr(), Document.FRAMEWORK), Document.FRAMEWORK),
                    MnrJsonException.class)
                .getMessage())
        .contains(
            "the document holds more than 50 values, the most it may" + " (ReadLimits.values)");
    assertThat(
            catchThrowableOfType(
                    () ->
                        small.read(
                            JSON.write(Instruments.mnrSurvey2021(), Document.INSTRUMENT),
                            Document.INSTRUMENT),
                    MnrJsonException.class)
                .getMessage())
        .contains("(ReadLimits.values)");
    String big = response("\"answers\": {\"q8\": {\"text\": \"" + "x".repeat(200_000) + "\"}}");
    assertThat(refused(big, Document.RESPONSE)).isNull();
    assertThat(
            catchThrowableOfType(() -> small.read(big, Document.RESPONSE), MnrJsonException.class)
                .getMessage())
        .contains("maximum")
        .contains("/answers/q8/text");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxAnswers(0))
        .hasMessage("the limit answers is 1 or more, not 0");
  }

  @Test
  void aLimitIsReportedWhereItIsCrossed() {
    String json =
        "{\"format\": \"" + "x".repeat(ReadLimits.defaults().maxStringLength() + 1) + "\"}";
    MnrJsonException e = refused(json, Document.RESPONSE);
    assertThat(e.pointer()).isEqualTo("/format");
    assertThat(e.column()).isGreaterThan(1);
    assertThat(e.getMessage()).contains("exceeds the maximum allowed");
  }

  /** A respondent block holds personal data: no message quotes it, however malformed. */
  @Test
  void noMessageQuotesTheRespondentsDetailsOrAPersonalAnswer() {
    String name = "Jane Roe";
    for (String respondent :
        List.of(
            "\"respondent\": {\"name\": jane roe}",
            "\"respondent\": {\"name\": \""
                + name
                + "\", \"role\": \"x\", \"contact\": 447700900123}",
            "\"respondent\": \"" + name + ", jane.roe@ministry.example\"",
            "\"respondent\": {\"name\": \""
                + name
                + "\", \"email\": \"jane.roe@ministry.example\"}")) {
      MnrJsonException e = refused(response("\"answers\": {}, " + respondent), Document.RESPONSE);
      assertThat(e.getMessage())
          .as(respondent)
          .doesNotContainIgnoringCase("jane")
          .doesNotContain("447700900123")
          .contains("/respondent");
    }
    MnrJsonException q2 =
        refused(response("\"answers\": {\"q2\": {\"text\": jane}}"), Document.RESPONSE);
    assertThat(q2.getMessage()).doesNotContainIgnoringCase("jane").contains("/answers/q2");
  }

  @Test
  void theDefaultDocumentsCarryNoPersonalData() {
    Response response =
        Response.builder()
            .instrumentReference("wpga-mnr-survey@2021")
            .jurisdiction(Jurisdiction.of("C01", "Country 01"))
            .status(ResponseStatus.COMPLETED)
            .putAnswer("q2", Answer.ofText("Jane Roe, jane.roe@ministry.example"))
            .putAnswer("q7", Answer.ofChoice("yes"))
            .respondent(new Respondent.Person("Jane Roe", "Director", "+44 7700 900123"))
            .build();
    String shared = JSON.write(response, Document.RESPONSE);
    assertThat(shared)
        .doesNotContain("Jane")
        .doesNotContain("jane")
        .doesNotContain("7700")
        .contains("\"respondent\": \"withheld\"")
        .contains("\"q7\"")
        .doesNotContain("\"q2\"");
    assertThat(JSON.withPersonalData(true).write(response, Document.RESPONSE))
        .contains("Jane Roe")
        .contains("\"q2\"");
  }

  @Test
  void aByteOrderMarkIsAcceptedEverywhere() {
    String json = "\uFEFF" + JSON.write(Frameworks.mnr(), Document.FRAMEWORK);
    Framework expected = Frameworks.mnr();
    assertThat(JSON.read(json, Document.FRAMEWORK)).isEqualTo(expected);
    assertThat(JSON.read(new StringReader(json), Document.FRAMEWORK)).isEqualTo(expected);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(new ByteArrayInputStream(bytes), Document.FRAMEWORK)).isEqualTo(expected);
  }

  @Test
  void invalidUtf8IsLocated() {
    byte[] bad =
        response("\"answers\": {\"q8\": {\"text\": \"x\u00e9\"}}")
            .getBytes(StandardCharsets.ISO_8859_1);
    MnrJsonException e =
        catchThrowableOfType(
            () -> JSON.read(new ByteArrayInputStream(bad), Document.RESPONSE),
            MnrJsonException.class);
    assertThat(e.getMessage()).startsWith("malformed JSON: Invalid UTF-8");
    assertThat(e.column()).isGreaterThan(100);
  }

  /**
   * Read through a plain mapper of one's own, which does not detect duplicate keys, the module
   * still refuses them and still applies its limits.
   */
  @Test
  void theModuleHoldsInAMapperOfOnesOwn() {
    JsonMapper mapper = JsonMapper.builder().addModule(MnrModule.strict()).build();
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    response(
                        "\"answers\": {\"q7\": {\"choice\":"
                            + " \"yes\"}, \"q7\": {\"choice\": \"no\"}}"),
                    Response.class))
        .hasMessageContaining("duplicate field 'q7'");
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    HEAD.replace("\"status\"", "\"status\":" + " \"in-progress\", \"status\"")
                        + "\"answers\": {}}",
                    Response.class))
        .hasMessageContaining("duplicate field 'status'");
    String framework =
        JSON.write(Frameworks.mnr(), Document.FRAMEWORK)
            .replaceFirst("\"title\"", "\"title\": \"Other\", \"title\"");
    assertThatThrownBy(() -> mapper.readValue(framework, Framework.class))
        .hasMessageContaining("duplicate field 'title'");
    StringBuilder choices = new StringBuilder("\"a\"");
    for (int i = 1; i < 600; i++) {
      choices.append(",\"a\"");
    }
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    response("\"answers\": {\"q6\": {\"choices\": [" + choices + "]}}"),
                    Response.class))
        .hasMessageContaining("(ReadLimits.choices)");
    Instrument survey =
        mapper.readValue(
            JSON.write(Instruments.mnrSurvey2021(), Document.INSTRUMENT), Instrument.class);
    assertThat(survey).isEqualTo(Instruments.mnrSurvey2021());
  }
}
