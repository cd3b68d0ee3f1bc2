package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON Lines held in memory (a part of a larger input) are read by one parser while the lines go
 * well (a run); a stream gives each line a parser of its own, however its bytes arrive. Whatever
 * the lines, every reading must give the same responses and the same problems, located alike: lines
 * of every awkward kind, in any order.
 */
class JsonLinesProperties {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final CodecOptions OPTIONS = MnrModule.strict().options();

  private static String good(int n) {
    Response response =
        Response.builder()
            .instrumentReference(Instruments.mnrSurvey2021().reference())
            .jurisdiction(Jurisdiction.of(String.format("C%04d", n), "Country " + n))
            .status(ResponseStatus.IN_PROGRESS)
            .putAnswer("q7", Answer.ofChoice(n % 2 == 0 ? "yes" : "no"))
            .putAnswer("q8", Answer.ofText("Committee " + n))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MnrJson.strict().writeLine(response, Document.RESPONSE, out);
    String line = out.toString(StandardCharsets.UTF_8);
    return line.substring(0, line.length() - 1);
  }

  /** Kinds of line, each made from a number that keeps its jurisdiction unique. */
  private static final List<IntFunction<String>> KINDS =
      List.of(
          JsonLinesProperties::good,
          n -> good(n) + " \t ",
          n -> good(n) + "\r",
          n -> good(n).replaceFirst(",\"", ",\r\""), // a lone CR between tokens
          n -> good(n) + " " + good(n + 500), // two documents on a line
          n -> good(n) + "x",
          n -> good(n).substring(0, good(n).length() - 1), // not closed on its line
          n -> good(n).replaceFirst(",\"", ",\n\""), // a response over two lines
          n -> "not json",
          n -> "",
          n -> "  \t",
          n -> " \r ",
          n -> good(n).replaceFirst("\\{", "{\"extra\": 1, "),
          n -> "[1, 2]",
          n -> "{}",
          n -> "42",
          n -> good(n).replace("Committee", "Comit\u00e9"),
          n -> good(n).replace("Committee", "Comit\u0000e"),
          n -> "\u0000" + good(n), // not UTF-8, told by a zero among the first bytes
          n -> "\uFEFF" + good(n)); // a byte-order mark, not at the input's start

  @Test
  void linesReadInARunGiveWhatLinesReadAloneGive() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(0, KINDS.size() - 1)).ofSizeBetween(1, 25),
            booleans().all(),
            booleans().all())
        .checkAssert(
            (kinds, crlf, lastEnded) -> {
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < kinds.size(); i++) {
                text.append(KINDS.get(kinds.get(i)).apply(i));
                if (i < kinds.size() - 1 || lastEnded) {
                  text.append(crlf ? "\r\n" : "\n");
                }
              }
              byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
              List<String> alone =
                  outcomes(ResponseReader.ofLines(FACTORY, trickle(bytes, 1), OPTIONS));
              assertThat(
                      outcomes(
                          ResponseReader.ofLinesPart(FACTORY, bytes, bytes.length, true, OPTIONS)))
                  .isEqualTo(alone);
              assertThat(
                      outcomes(
                          ResponseReader.ofLines(
                              FACTORY, new ByteArrayInputStream(bytes), OPTIONS)))
                  .isEqualTo(alone);
              assertThat(outcomes(ResponseReader.ofLines(FACTORY, trickle(bytes, 97), OPTIONS)))
                  .isEqualTo(alone);
            });
  }

  @Test
  void linesThatAreNotUtf8AreProblemsOfTheirOwnAndTheLinesAfterThemAreRead() {
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0};
    byte[] badByte = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    text.writeBytes((good(0) + "\n").getBytes(StandardCharsets.UTF_8));
    text.writeBytes(utf16);
    text.write('\n');
    text.writeBytes(badByte);
    text.writeBytes(("\n" + good(1) + "\n" + good(2) + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] bytes = text.toByteArray();
    List<String> inRuns =
        outcomes(ResponseReader.ofLinesPart(FACTORY, bytes, bytes.length, true, OPTIONS));
    assertThat(inRuns)
        .isEqualTo(outcomes(ResponseReader.ofLines(FACTORY, trickle(bytes, 1), OPTIONS)));
    assertThat(inRuns).hasSize(5);
    assertThat(inRuns.get(0)).startsWith("C0000").contains("line 1 ");
    assertThat(inRuns.get(1)).contains("not in UTF-8").contains("line 2 column 1");
    assertThat(inRuns.get(2)).contains("Invalid UTF-8 middle byte 0x28").contains("line 3 ");
    assertThat(inRuns.get(3)).startsWith("C0001").contains("line 4 ");
    assertThat(inRuns.get(4)).startsWith("C0002").contains("line 5 ");
  }

  @Test
  void goodLinesAreReadInRunsAndOnlyTheLinesARunCannotReadAreReadAlone() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append(i == 10 ? "not json" : i == 20 ? good(i).replaceFirst(",\"", ",\r\"") : good(i));
      text.append(i % 2 == 0 ? "\n" : "\r\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    ResponseReader inRuns = ResponseReader.ofLinesPart(FACTORY, bytes, bytes.length, true, OPTIONS);
    List<String> outcomes = outcomes(inRuns);
    assertThat(outcomes).hasSize(40);
    assertThat(outcomes.get(10)).startsWith("problem of response 10");
    assertThat(outcomes.get(21)).startsWith("C0021").contains("line 22 ");
    // The line that is not JSON, and the one after the line with a lone CR (which the run's
    // parser counts as a line end): no other.
    assertThat(inRuns.linesReadAlone()).isEqualTo(2);
    ResponseReader stream =
        ResponseReader.ofLines(FACTORY, new ByteArrayInputStream(bytes), OPTIONS);
    assertThat(outcomes(stream)).isEqualTo(outcomes);
    assertThat(stream.linesReadAlone()).isEqualTo(40);
  }

  /** A stream of the bytes that gives at most so many at a time. */
  private static InputStream trickle(byte[] bytes, int most) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] into, int offset, int length) throws IOException {
        return super.read(into, offset, Math.min(length, most));
      }
    };
  }

  /** Each response as its id, value and the place of its id; each problem in full. */
  private static List<String> outcomes(ResponseReader reader) {
    List<String> outcomes = new ArrayList<>();
    try (reader) {
      while (reader.hasNext()) {
        try {
          Response response = reader.next();
          JsonProblem id = reader.jurisdictionIdAt();
          outcomes.add(
              response.jurisdiction().id()
                  + " "
                  + response
                  + " "
                  + response.answers()
                  + " at "
                  + id.pointer()
                  + " line "
                  + id.line()
                  + " column "
                  + id.column());
        } catch (ResponseReadException e) {
          outcomes.add(
              "problem of response "
                  + e.index().getAsLong()
                  + " "
                  + e.jurisdictionId()
                  + ": "
                  + e.problems().stream()
                      .map(
                          p ->
                              p.message()
                                  + " @"
                                  + p.pointer()
                                  + " line "
                                  + p.line()
                                  + " column "
                                  + p.column())
                      .toList());
        }
      }
    }
    return outcomes;
  }
}
