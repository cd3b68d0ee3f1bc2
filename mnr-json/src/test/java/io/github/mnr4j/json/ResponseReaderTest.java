package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.testing.ResponseGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Responses read one at a time from cohort documents and JSON Lines, good and bad. */
class ResponseReaderTest {
  private static final MnrJson JSON = MnrJson.strict();
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();

  private static Response response(String id, String q7) {
    return Response.builder()
        .instrumentReference(SURVEY.reference())
        .jurisdiction(Jurisdiction.of(id, "Country " + id))
        .status(ResponseStatus.COMPLETED)
        .putAnswer("q7", Answer.ofChoice(q7))
        .putAnswer("q8", Answer.ofText("A committee"))
        .build();
  }

  private static final List<Response> THREE =
      List.of(response("C01", "yes"), response("C02", "no"), response("C03", "yes"));

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String lines(List<Response> responses) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    responses.forEach(r -> JSON.writeLine(r, Document.RESPONSE, out));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String cohort(List<Response> responses) {
    return JSON.write(
        Cohort.builder().name("Three").description("Made up").addAllResponses(responses).build(),
        Document.COHORT);
  }

  /** Reads everything, recording each response and each error, as a batch job would. */
  private static List<Object> readAll(ResponseReader reader) {
    List<Object> read = new ArrayList<>();
    while (reader.hasNext()) {
      try {
        read.add(reader.next());
      } catch (ResponseReadException e) {
        read.add(e);
      }
    }
    return read;
  }

  @Test
  void readsACohortDocumentOneResponseAtATime() {
    try (ResponseReader reader = JSON.cohortReader(bytes(cohort(THREE)))) {
      assertThat(readAll(reader)).isEqualTo(new ArrayList<Object>(THREE));
      assertThat(reader.responseCount()).isEqualTo(3);
      assertThat(reader.cohortName()).contains("Three");
      assertThat(reader.cohortDescription()).contains("Made up");
    }
  }

  @Test
  void theCohortsFieldsMayComeInAnyOrder() {
    String text =
        "{\"responses\": ["
            + JSON.write(THREE.get(0), Document.RESPONSE)
            + "], \"name\": \"Late\", \"version\": 1, \"format\": \"mnr4j.cohort\"}";
    try (ResponseReader reader = JSON.cohortReader(bytes(text))) {
      assertThat(reader.cohortName()).isEmpty();
      assertThat(readAll(reader)).containsExactly(THREE.get(0));
      assertThat(reader.cohortName()).contains("Late");
    }
    assertThat(JSON.read(text, Document.COHORT).name()).isEqualTo("Late");
  }

  @Test
  void readsJsonLinesPlainOrCompressedWithABomAndBlankLines() throws IOException {
    String text = "\uFEFF" + lines(THREE.subList(0, 2)) + "\n  \r\n" + lines(THREE.subList(2, 3));
    try (ResponseReader reader = JSON.linesReader(bytes(text))) {
      assertThat(readAll(reader)).isEqualTo(new ArrayList<Object>(THREE));
    }
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(lines(THREE).getBytes(StandardCharsets.UTF_8));
    }
    try (ResponseReader reader =
        JSON.linesReader(new GZIPInputStream(new ByteArrayInputStream(zipped.toByteArray())))) {
      assertThat(readAll(reader)).isEqualTo(new ArrayList<Object>(THREE));
    }
  }

  private static String text(Response response, String questionId) {
    return ((Answer.Text) response.findAnswer(questionId).orElseThrow()).text();
  }

  @Test
  void shortValuesThatRecurAreOneInstanceAndLongerOnesAreNot() {
    String shortText = "x".repeat(40);
    String longText = "y".repeat(41);
    List<Response> two = new ArrayList<>();
    for (String id : List.of("C01", "C02")) {
      two.add(
          Response.builder()
              .instrumentReference(SURVEY.reference())
              .jurisdiction(
                  Jurisdiction.builder()
                      .id(id)
                      .name("Country " + id)
                      .putAttribute("survey", "made-up")
                      .build())
              .status(ResponseStatus.IN_PROGRESS)
              .putAnswer("q8", Answer.ofText(shortText))
              .putAnswer("q12", Answer.ofText(longText))
              .putAnswer("q78", Answer.ofText("Partly, in guidance").withCode("partly"))
              .build());
    }
    List<Object> read;
    try (ResponseReader reader = JSON.linesReader(bytes(lines(two)))) {
      read = readAll(reader);
    }
    Response first = (Response) read.get(0);
    Response second = (Response) read.get(1);
    assertThat(second).isEqualTo(two.get(1));
    assertThat(second.findAnswer("q8").orElseThrow())
        .isSameAs(first.findAnswer("q8").orElseThrow());
    assertThat(text(second, "q12")).isEqualTo(text(first, "q12")).isNotSameAs(text(first, "q12"));
    assertThat(second.findAnswer("q78").orElseThrow().code().orElseThrow())
        .isSameAs(first.findAnswer("q78").orElseThrow().code().orElseThrow());
    assertThat(second.jurisdiction().attributes().get("survey"))
        .isSameAs(first.jurisdiction().attributes().get("survey"));
  }

  @Test
  void aBadResponseInACohortIsLocatedAndTheOthersAreRead() {
    String text = cohort(THREE).replaceFirst("\"choice\": \"no\"", "\"choise\": \"no\"");
    List<Object> read;
    try (ResponseReader reader = JSON.cohortReader(bytes(text))) {
      read = readAll(reader);
    }
    assertThat(read).hasSize(3);
    assertThat(read.get(0)).isEqualTo(THREE.get(0));
    assertThat(read.get(2)).isEqualTo(THREE.get(2));
    ResponseReadException e = (ResponseReadException) read.get(1);
    assertThat(e.index()).hasValue(1);
    assertThat(e.jurisdictionId()).contains("C02");
    // The answer is located, not the field: a name in an answer may be personal data.
    assertThat(e.pointer()).isEqualTo("/responses/1/answers/q7");
    assertThat(e.line())
        .isEqualTo(text.substring(0, text.indexOf("\"choise\"")).split("\n").length);
    assertThat(e.getMessage())
        .startsWith(
            "response 1 (C02): unknown field (its name is left out: it may be personal data);"
                + " known here: choice, choices, text, otherText, code at /responses/1/answers/q7"
                + " (line ")
        .doesNotContain("choise");
  }

  @Test
  void aBadLineIsLocatedAndTheOtherLinesAreRead() {
    String text =
        lines(THREE.subList(0, 1))
            + "{\"format\": \"mnr4j.response\", oops\n"
            + "[1, 2]\n"
            + "{\"format\": \"mnr4j.response\", \"answers\": {]\n"
            + lines(THREE.subList(1, 3));
    List<Object> read;
    try (ResponseReader reader = JSON.linesReader(bytes(text))) {
      read = readAll(reader);
    }
    assertThat(read).hasSize(6);
    assertThat(read.get(0)).isEqualTo(THREE.get(0));
    ResponseReadException broken = (ResponseReadException) read.get(1);
    assertThat(broken.index()).hasValue(1);
    assertThat(broken.jurisdictionId()).isEmpty();
    assertThat(broken.line()).isEqualTo(2);
    assertThat(broken.column()).isEqualTo(30);
    assertThat(broken.getMessage())
        .startsWith("response 1: malformed JSON: Unexpected" + " character ('o'");
    ResponseReadException array = (ResponseReadException) read.get(2);
    assertThat(array.getMessage())
        .isEqualTo(
            "response 2: expected an mnr4j.response document"
                + " (an object) but found an array at the document root (line 3, column 1)");
    assertThat(((ResponseReadException) read.get(3)).getMessage())
        .as("without the parser's note of where the object started")
        .isEqualTo(
            "response 3: malformed JSON: Unexpected close marker ']': expected '}'"
                + " at /answers (line 4, column 42)");
    assertThat(read.subList(4, 6)).containsExactly(THREE.get(1), THREE.get(2));
  }

  @Test
  void aJurisdictionThatComesAgainIsAnError() {
    List<Response> twice = List.of(THREE.get(0), THREE.get(1), response("C01", "no"));
    for (boolean asLines : new boolean[] {true, false}) {
      List<Object> read;
      try (ResponseReader reader =
          asLines
              ? JSON.linesReader(bytes(lines(twice)))
              : JSON.cohortReader(bytes(cohort(THREE).replace("C03", "C01")))) {
        read = readAll(reader);
      }
      ResponseReadException e = (ResponseReadException) read.get(2);
      assertThat(e.getMessage())
          .startsWith(
              "response 2 (C01): a cohort holds one response per"
                  + " jurisdiction; 'C01' came before, in response 0 at "
                  + (asLines
                      ? "/jurisdiction/id (line 3, column"
                      : "/responses/2/jurisdiction/id"));
    }
  }

  @Test
  void brokenSyntaxInACohortEndsTheReading() {
    String text = cohort(THREE).replaceFirst("\"choice\": \"no\"", "\"choice\": no");
    try (ResponseReader reader = JSON.cohortReader(bytes(text))) {
      assertThat(reader.next()).isEqualTo(THREE.get(0));
      ResponseReadException e = catchThrowableOfType(ResponseReadException.class, reader::next);
      assertThat(e.getMessage())
          .startsWith("response 1 (C02): malformed JSON: Unrecognized" + " token 'no'");
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void problemsOfTheCohortOutsideItsResponsesAreReported() {
    String unnamed = cohort(THREE).replace("\"name\": \"Three\",", "");
    try (ResponseReader reader = JSON.cohortReader(bytes(unnamed))) {
      assertThatThrownBy(() -> readAll(reader))
          .isInstanceOf(MnrJsonException.class)
          .isNotInstanceOf(ResponseReadException.class)
          .hasMessageStartingWith("missing required field 'name'");
    }
    assertThatThrownBy(() -> readAll(JSON.cohortReader(bytes("[]"))))
        .hasMessage(
            "expected an mnr4j.cohort document (an object) but found an array at the"
                + " document root (line 1, column 1)");
    assertThatThrownBy(() -> readAll(JSON.cohortReader(bytes(cohort(THREE) + " {}"))))
        .hasMessageStartingWith("malformed JSON: trailing content after the document");
    assertThatThrownBy(() -> readAll(JSON.cohortReader(bytes(""))))
        .hasMessageStartingWith("the document is empty");
  }

  @Test
  void aLineLongerThanADocumentMayBeIsPassedOverWithoutBeingHeld() {
    String huge =
        "{\"text\": \"" + "x".repeat((int) ReadLimits.defaults().maxDocumentBytes() + 10) + "\"}";
    String text = lines(THREE.subList(0, 1)) + huge + "\n" + lines(THREE.subList(1, 2));
    List<Object> read;
    try (ResponseReader reader = JSON.linesReader(bytes(text))) {
      read = readAll(reader);
    }
    assertThat(read).hasSize(3);
    assertThat(((ResponseReadException) read.get(1)).getMessage())
        .isEqualTo(
            "response 1: the"
                + " line is longer than "
                + ReadLimits.defaults().maxDocumentBytes()
                + " bytes, the most a"
                + " response may have (ReadLimits.documentBytes) at the document root (line 2, column 1)");
    assertThat(read.get(2)).isEqualTo(THREE.get(1));
  }

  @Test
  void generatedResponsesSurviveJsonLinesAndCohortStreams() {
    qt().withExamples(40)
        .forAll(lists().of(ResponseGenerators.anyResponses(SURVEY)).ofSizeBetween(0, 8))
        .checkAssert(
            generated -> {
              Map<String, Response> unique = new LinkedHashMap<>();
              generated.forEach(
                  r ->
                      unique.putIfAbsent(
                          r.jurisdiction().id(), r.withoutPersonalData().inOrderOf(SURVEY)));
              List<Object> expected = new ArrayList<>(unique.values());
              List<Response> responses = List.copyOf(unique.values());
              try (ResponseReader reader = JSON.linesReader(bytes(lines(responses)))) {
                assertThat(readAll(reader)).isEqualTo(expected);
              }
              try (ResponseReader reader = JSON.cohortReader(bytes(cohort(responses)))) {
                assertThat(readAll(reader)).isEqualTo(expected);
              }
              assertThat(streamed(responses)).isEqualTo(cohort(responses));
            });
  }

  /** The cohort document written one response at a time. */
  private static String streamed(List<Response> responses) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CohortWriter writer = JSON.cohortWriter(out, "Three", "Made up")) {
      responses.forEach(writer::write);
      assertThat(writer.responseCount()).isEqualTo(responses.size());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aCohortWriterWritesWhatACohortWritesAndRefusesAJurisdictionTwice() {
    assertThat(streamed(THREE)).isEqualTo(cohort(THREE));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CohortWriter writer = JSON.cohortWriter(out, "Twice", "")) {
      writer.write(THREE.get(0));
      assertThatThrownBy(() -> writer.write(THREE.get(0)))
          .hasMessage(
              "a cohort holds one"
                  + " response per jurisdiction; 'C01' came before, in response 0");
      assertThat(writer.responseCount()).isEqualTo(1);
    }
    assertThat(readAll(JSON.cohortReader(bytes(out.toString(StandardCharsets.UTF_8)))))
        .containsExactly(THREE.get(0));
    assertThatThrownBy(() -> JSON.cohortWriter(out, " ", ""))
        .hasMessage("a cohort needs a name" + " that is not blank");
  }
}
