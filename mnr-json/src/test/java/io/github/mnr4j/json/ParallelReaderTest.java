package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many inputs read on several threads: the same values and problems, in the same order. */
class ParallelReaderTest {
  private static final MnrJson JSON = MnrJson.strict();
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();

  /** Parts this small put a few responses in each, so that many parts are in flight. */
  private static final int SMALL_PARTS = 2048;

  @TempDir Path temp;

  private static Response response(int number) {
    String id = String.format("C%04d", number);
    return Response.builder()
        .instrumentReference(SURVEY.reference())
        .jurisdiction(Jurisdiction.of(id, "Country " + id))
        .status(ResponseStatus.COMPLETED)
        .putAnswer("q7", Answer.ofChoice(number % 3 == 0 ? "no" : "yes"))
        .putAnswer("q8", Answer.ofText("A committee, text " + number))
        .build();
  }

  private static List<Response> responses(int from, int to) {
    List<Response> responses = new ArrayList<>();
    for (int i = from; i < to; i++) {
      responses.add(response(i));
    }
    return responses;
  }

  private static String lines(List<Response> responses) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    responses.forEach(r -> JSON.writeLine(r, Document.RESPONSE, out));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ResponseInput lines(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return ResponseInput.lines(name, () -> new ByteArrayInputStream(bytes));
  }

  private static ResponseInput cohort(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return ResponseInput.cohort(name, () -> new ByteArrayInputStream(bytes));
  }

  /** What a reading gave: each value handed on and each problem, in the order they came. */
  private static List<String> read(List<ResponseInput> inputs, int threads) {
    List<String> seen = new ArrayList<>();
    long handed =
        JSON.readAll(
            inputs,
            threads,
            SMALL_PARTS,
            r -> r.jurisdiction().id() + " " + r.answers().get("q7").summary(),
            seen::add,
            problem -> seen.add("problem: " + problem.message()));
    assertThat(seen.stream().filter(s -> !s.startsWith("problem: ")).count()).isEqualTo(handed);
    return seen;
  }

  @Test
  void manyThreadsGiveWhatOneGivesInTheSameOrder() throws IOException {
    String good = lines(responses(0, 400));
    String withProblems =
        lines(responses(400, 450))
            + "{\"format\": \"mnr4j.response\"}\n"
            + lines(responses(450, 500))
            + "not json\n\n"
            + lines(responses(100, 101))
            + lines(responses(500, 520));
    Path compressed = temp.resolve("more.jsonl.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(compressed))) {
      out.write(lines(responses(520, 700)).getBytes(StandardCharsets.UTF_8));
    }
    Path document = temp.resolve("cohort.json");
    Files.writeString(
        document,
        JSON.write(
            Cohort.builder().name("Rest").addAllResponses(responses(700, 1000)).build(),
            Document.COHORT));
    List<ResponseInput> inputs =
        List.of(
            lines("first.jsonl", good),
            lines("second.jsonl", withProblems),
            ResponseInput.of(compressed),
            ResponseInput.of(document));
    List<String> one = read(inputs, 1);
    assertThat(one).hasSize(1000 + 3);
    assertThat(read(inputs, 2)).isEqualTo(one);
    assertThat(read(inputs, 5)).isEqualTo(one);
    assertThat(one.get(0)).isEqualTo("C0000 no");
    assertThat(one).contains("C0999 no", "C0998 yes");
    assertThat(one)
        .filteredOn(s -> s.startsWith("problem: "))
        .containsExactly(
            "problem: second.jsonl: response 50: missing required field 'version' at the"
                + " document root (line 51, column 1)",
            "problem: second.jsonl: response 101: malformed JSON: Unrecognized token 'not': was"
                + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or"
                + " 'false') at the document root (line 102, column 1)",
            "problem: second.jsonl: response 102 (C0100): a cohort holds one response per"
                + " jurisdiction; 'C0100' came before, in response 100 of first.jsonl at"
                + " /jurisdiction/id (line 104, column 97)");
  }

  @Test
  void missingFilesAndBrokenCohortsAreProblemsOfTheirInput() throws IOException {
    String document =
        JSON.write(
            Cohort.builder().name("Three").addAllResponses(responses(0, 3)).build(),
            Document.COHORT);
    String broken = document.substring(0, document.indexOf("\"C0002\""));
    Path response = temp.resolve("one.json");
    Files.writeString(response, JSON.write(response(7), Document.RESPONSE));
    List<String> seen =
        read(
            List.of(
                ResponseInput.of(temp.resolve("missing.json")),
                cohort("broken.json", broken),
                ResponseInput.of(response),
                ResponseInput.of(response)),
            2);
    assertThat(seen.get(0))
        .isEqualTo("problem: " + temp.resolve("missing.json") + ": no such file");
    assertThat(seen.subList(1, 3)).containsExactly("C0000 no", "C0001 yes");
    assertThat(seen.get(3))
        .startsWith(
            "problem: broken.json: response 2: malformed JSON:" + " Unexpected end-of-input");
    assertThat(seen.get(4)).isEqualTo("C0007 yes");
    assertThat(seen.get(5))
        .isEqualTo(
            "problem: "
                + response
                + ": response 0 (C0007): a cohort"
                + " holds one response per jurisdiction; 'C0007' came before, in response 0 of "
                + response);
    assertThat(seen).hasSize(6);
  }

  @Test
  void whatTheFunctionRefusesIsAProblemOfThatResponse() {
    List<InputProblem> problems = new ArrayList<>();
    List<String> handed = new ArrayList<>();
    JSON.readAll(
        List.of(lines("in.jsonl", lines(responses(0, 6)))),
        3,
        SMALL_PARTS,
        r -> {
          if (r.jurisdiction().id().equals("C0004")) {
            throw new MnrException("not this one");
          }
          return r.jurisdiction().id();
        },
        handed::add,
        problems::add);
    assertThat(handed).containsExactly("C0000", "C0001", "C0002", "C0003", "C0005");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).isEqualTo("in.jsonl: response 4 (C0004): not this one");
              assertThat(p.index()).hasValue(4);
              assertThat(p.jurisdictionId()).contains("C0004");
              assertThat(p.problems()).isEmpty();
            });
    assertThatThrownBy(() -> JSON.readAll(List.of(), 0, r -> r, r -> {}, p -> {}))
        .hasMessage("reading needs 1 thread or more, not 0");
    assertThatThrownBy(
            () ->
                JSON.readAll(
                    List.of(lines("in.jsonl", lines(responses(0, 3)))),
                    2,
                    r -> {
                      throw new IllegalStateException("a bug");
                    },
                    r -> {},
                    p -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a bug");
  }

  /**
   * A repeat is found whichever part of the input holds the response it repeats, the very first one
   * included, and named by that response's index in the input.
   */
  @Test
  void aRepeatNamesTheResponseItRepeatsInAnyPartTheFirstIncluded() {
    String text =
        lines(responses(0, 60))
            + lines(responses(0, 1))
            + lines(responses(60, 120))
            + lines(responses(59, 60));
    List<String> oneThread = read(List.of(lines("in.jsonl", text)), 1);
    assertThat(read(List.of(lines("in.jsonl", text)), 3)).isEqualTo(oneThread);
    List<String> problems =
        oneThread.stream().filter(s -> s.startsWith("problem: ")).collect(Collectors.toList());
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0))
        .startsWith(
            "problem: in.jsonl: response 60 (C0000): a cohort holds one response per"
                + " jurisdiction; 'C0000' came before, in response 0 at /jurisdiction/id (line 61,");
    assertThat(problems.get(1))
        .startsWith(
            "problem: in.jsonl: response 121 (C0059): a cohort holds one response per"
                + " jurisdiction; 'C0059' came before, in response 59 at /jurisdiction/id (line"
                + " 122,");
    assertThat(oneThread).hasSize(122);
  }

  /** A compressed file cut short says so in words, not "null". */
  /**
   * A response written with sorted keys starts with its answers, which may hold more than the bytes
   * looked at for its format: it is still a response. So is one whose format comes late.
   */
  @Test
  void aResponseIsRecognisedWhereverItsFormatIs() throws IOException {
    tools.jackson.databind.ObjectMapper mapper = new tools.jackson.databind.ObjectMapper();
    tools.jackson.databind.JsonNode tree =
        mapper.readTree(JSON.write(response(7), Document.RESPONSE));
    java.util.TreeMap<String, tools.jackson.databind.JsonNode> fields = new java.util.TreeMap<>();
    tree.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
    // Sorted keys put the answers first; padding inside them puts the format past 64 KiB.
    String sorted =
        mapper
            .writeValueAsString(fields)
            .replaceFirst("\"answers\":\\{", "\"answers\":{" + " ".repeat(70_000));
    assertThat(sorted.indexOf("\"format\"")).isGreaterThan(1 << 16);
    Path file = temp.resolve("sorted.json");
    Files.writeString(file, sorted);
    assertThat(read(List.of(ResponseInput.of(file)), 1)).containsExactly("C0007 yes");
    // Gzip-compressed, the same.
    Path compressed = temp.resolve("sorted.json.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(compressed))) {
      out.write(sorted.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(read(List.of(ResponseInput.of(compressed)), 1)).containsExactly("C0007 yes");
  }

  @Test
  void aCompressedFileCutShortSaysSo() throws IOException {
    Path cut = temp.resolve("cut.jsonl.gz");
    Files.write(cut, new byte[] {0x1f, (byte) 0x8b});
    assertThat(read(List.of(ResponseInput.of(cut)), 1))
        .containsExactly(
            "problem: "
                + cut
                + ": cannot read: the input ends before its end (a compressed file cut short?)");
  }

  /**
   * Lines longer than a part but within a response's limit are read whole, however the parts fall:
   * a line that grew the buffer, followed by another that needs more than a part of its own.
   */
  @Test
  void linesLongerThanAPartAreReadWhole() {
    List<Response> responses = new ArrayList<>(responses(0, 2));
    // Texts of up to 900,000 characters each, under the longest string a reader takes.
    List<String> textQuestions = List.of("q8", "q9", "q11", "q12");
    for (int length : new int[] {2_600_000, 2_000_000, 300, 1_500_000}) {
      Response.Builder built =
          Response.builder()
              .instrumentReference(SURVEY.reference())
              .jurisdiction(Jurisdiction.of("L" + length, "Long " + length))
              .status(ResponseStatus.COMPLETED)
              .putAnswer("q7", Answer.ofChoice("yes"));
      for (int q = 0, left = length; left > 0; q++, left -= 900_000) {
        built.putAnswer(textQuestions.get(q), Answer.ofText("x".repeat(Math.min(left, 900_000))));
      }
      responses.add(built.build());
    }
    responses.addAll(responses(2, 4));
    String text = lines(responses);
    for (int partSize : new int[] {SMALL_PARTS, 1 << 20}) {
      List<String> seen = new ArrayList<>();
      JSON.readAll(
          List.of(lines("long.jsonl", text)),
          2,
          partSize,
          r -> r.jurisdiction().id(),
          seen::add,
          problem -> seen.add("problem: " + problem.message()));
      assertThat(seen)
          .as("parts of %d bytes", partSize)
          .containsExactly(
              "C0000", "C0001", "L2600000", "L2000000", "L300", "L1500000", "C0002", "C0003");
    }
  }

  @Test
  void aLineLongerThanAResponseMayBeIsPassedOverAndTheRestIsRead() {
    String huge =
        "{\"text\": \"" + "x".repeat((int) ReadLimits.defaults().maxDocumentBytes() + 10) + "\"}\n";
    List<String> seen =
        read(
            List.of(lines("long.jsonl", lines(responses(0, 2)) + huge + lines(responses(2, 4)))),
            2);
    assertThat(seen)
        .containsExactly(
            "C0000 no",
            "C0001 yes",
            "problem: long.jsonl: response 2: the line is longer than "
                + ReadLimits.defaults().maxDocumentBytes()
                + " bytes, the most a response may have"
                + " (ReadLimits.documentBytes) at the document root (line 3, column 1)",
            "C0002 yes",
            "C0003 no");
  }

  @Test
  void aDirectoryGivesItsResponseFilesInTheOrderOfTheirNames() throws IOException {
    Files.writeString(temp.resolve("b.jsonl"), lines(responses(1, 2)));
    Files.writeString(temp.resolve("a.json"), JSON.write(response(0), Document.RESPONSE));
    Files.writeString(temp.resolve("notes.txt"), "not read");
    Files.createDirectory(temp.resolve("c.json"));
    assertThat(ResponseInput.allIn(temp))
        .extracting(ResponseInput::name)
        .containsExactly(temp.resolve("a.json").toString(), temp.resolve("b.jsonl").toString());
    assertThat(read(ResponseInput.allIn(temp), 2)).containsExactly("C0000 no", "C0001 yes");
  }
}
