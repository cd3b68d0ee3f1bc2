package io.github.mnr4j.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.JsonProblem;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.MnrJsonException;
import io.github.mnr4j.json.ResponseInput;
import io.github.mnr4j.json.ResponseReadException;
import io.github.mnr4j.json.ResponseReader;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.translation.SourceTexts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.condition.DisabledForJreRange;

/**
 * Every reader, given any bytes at all: it reads a value, or refuses with mnr4j's exception, each
 * problem located (line and column from 1), within ten seconds; it never crashes, hangs or throws
 * anything else. {@code mvn verify} replays the committed inputs ({@code
 * src/test/resources/.../ReadersFuzzTestInputs}); to fuzz for real, see CONTRIBUTING's "Fuzzing and
 * mutation testing".
 */
@DisabledForJreRange(minVersion = 25, disabledReason = FuzzReplays.UNINSTRUMENTED)
class ReadersFuzzTest {
  private static final MnrJson JSON = MnrJson.strict();

  @FuzzTest(maxDuration = "10m")
  void framework(byte[] input) {
    readOrRefuse(input, bytes -> JSON.read(new ByteArrayInputStream(bytes), Document.FRAMEWORK));
  }

  @FuzzTest(maxDuration = "10m")
  void instrument(byte[] input) {
    readOrRefuse(input, bytes -> JSON.read(new ByteArrayInputStream(bytes), Document.INSTRUMENT));
  }

  @FuzzTest(maxDuration = "10m")
  void response(byte[] input) {
    readOrRefuse(input, bytes -> JSON.read(new ByteArrayInputStream(bytes), Document.RESPONSE));
  }

  @FuzzTest(maxDuration = "10m")
  void model(byte[] input) {
    readOrRefuse(
        input,
        bytes ->
            JSON.read(
                new ByteArrayInputStream(bytes), Document.model(Instruments.mnrSurvey2021())));
  }

  @FuzzTest(maxDuration = "10m")
  void cohort(byte[] input) {
    readOrRefuse(input, bytes -> JSON.read(new ByteArrayInputStream(bytes), Document.COHORT));
  }

  /** A crosswalk read, then checked alone and read backwards: read or refused, never a crash. */
  @FuzzTest(maxDuration = "10m")
  void crosswalk(byte[] input) {
    readOrRefuse(
        input,
        bytes -> {
          Crosswalk crosswalk = JSON.read(new ByteArrayInputStream(bytes), Document.CROSSWALK);
          crosswalk.check();
          return crosswalk
              .inverse()
              .check(Instruments.mnrSurvey2021(), Instruments.mnrSurvey2021());
        });
  }

  /** A translation read, then checked against the framework: read or refused, never a crash. */
  @FuzzTest(maxDuration = "10m")
  void translation(byte[] input) {
    readOrRefuse(
        input,
        bytes ->
            JSON.read(new ByteArrayInputStream(bytes), Document.TRANSLATION)
                .check(SourceTexts.of(Frameworks.mnr())));
  }

  /** A cohort or JSON Lines read one response at a time: each one read or located. */
  @FuzzTest(maxDuration = "10m")
  void streams(byte[] input) {
    long start = System.nanoTime();
    for (boolean lines : new boolean[] {true, false}) {
      ResponseReader reader;
      try {
        reader =
            lines
                ? JSON.linesReader(new ByteArrayInputStream(input))
                : JSON.cohortReader(new ByteArrayInputStream(input));
      } catch (MnrJsonException e) {
        assertLocated(e); // bytes that are not UTF-8 are refused at once
        continue;
      }
      try (reader) {
        int read = 0;
        while (hasNext(reader)) {
          try {
            assertThat(reader.next()).isNotNull();
          } catch (ResponseReadException e) {
            assertLocated(e);
            assertThat(e.index()).hasValue(read);
          }
          read++;
          assertThat(read).as("no more responses than bytes").isLessThanOrEqualTo(input.length + 1);
        }
      }
    }
    assertQuick(start);
  }

  /**
   * Files as the tool reads them, in the shapes the second hostile review found weak: JSON Lines
   * with a line longer than a read part, gzip members with other bytes after them, a response whose
   * {@code format} comes after 64 KiB, and control characters in the values a message may quote.
   * Every response is read or reported as a problem whose message holds no control character, and
   * no bytes are dropped without a problem.
   */
  @FuzzTest(maxDuration = "10m")
  void files(byte[] input) throws IOException {
    long start = System.nanoTime();
    // The first byte chooses the shape, the next (up to 40) the value quoted, the rest fills it.
    int shape = input.length == 0 ? 0 : input[0] & 3;
    int valueEnd = Math.min(input.length, 41);
    String value =
        input.length < 2 ? "" : new String(input, 1, valueEnd - 1, StandardCharsets.UTF_8);
    byte[] rest = java.util.Arrays.copyOfRange(input, valueEnd, input.length);
    String response = response(value, shape == 0 ? 1_500_000 : 10);
    Path file;
    switch (shape) {
      case 0 -> {
        // A line longer than a read part (1 MiB), between fuzzed ones.
        file = Files.createTempFile("mnr-fuzz", ".jsonl");
        Files.write(file, concat(rest, response.getBytes(StandardCharsets.UTF_8), rest));
      }
      case 1 -> {
        // A gzip member, then the fuzzed bytes: another member, or data that must not vanish.
        file = Files.createTempFile("mnr-fuzz", ".jsonl.gz");
        Files.write(file, concat(gzip(response.getBytes(StandardCharsets.UTF_8)), rest));
      }
      case 2 -> {
        // The answers first, padded past 64 KiB, then the format, and the fuzzed bytes inside.
        file = Files.createTempFile("mnr-fuzz", ".json");
        String late =
            "{\"answers\": {"
                + " ".repeat(70_000)
                + "\"q8\": {\"text\": "
                + quoted(new String(rest, StandardCharsets.UTF_8))
                + "}}, "
                + fields(value)
                + "}\n";
        Files.writeString(file, late);
      }
      default -> {
        file = Files.createTempFile("mnr-fuzz", ".json");
        Files.write(file, concat(response.getBytes(StandardCharsets.UTF_8), rest));
      }
    }
    try {
      List<String> messages = new ArrayList<>();
      long[] read = new long[1];
      JSON.readAll(
          List.of(ResponseInput.of(file)),
          2,
          r -> r,
          r -> read[0]++,
          problem -> messages.add(problem.message()));
      assertThat(read[0] + messages.size())
          .as("every input gives a response or a problem")
          .isPositive();
      for (String message : messages) {
        assertThat(message.chars().noneMatch(c -> Messages.isControl((char) c)))
            .as("a message with a control character: %s", message)
            .isTrue();
      }
      if (shape == 1 && rest.length > 0) {
        // Bytes after the member: another member read, or a problem; never dropped in silence.
        assertThat(read[0] > 1 || !messages.isEmpty())
            .as("bytes after a gzip member dropped without a word")
            .isTrue();
      }
    } finally {
      Files.delete(file);
    }
    assertQuick(start);
  }

  /** A response to the 2021 survey whose jurisdiction's name and attribute hold the value. */
  private static String response(String value, int padding) {
    return "{"
        + fields(value)
        + ", \"answers\": {\"q8\": {\"text\": "
        + quoted("x".repeat(padding))
        + "}}}\n";
  }

  /** A response's fields but its answers. */
  private static String fields(String value) {
    return "\"format\": \"mnr4j.response\", \"version\": 1, \"instrument\":"
        + " \"wpga-mnr-survey@2021\", \"jurisdiction\": {\"id\": \"C01\", \"name\": "
        + quoted(value)
        + ", \"attributes\": {\"group\": "
        + quoted(value)
        + "}}, \"status\": \"in-progress\"";
  }

  /** A JSON string of any text: control characters escaped, as JSON requires. */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static boolean hasNext(ResponseReader reader) {
    try {
      return reader.hasNext();
    } catch (MnrJsonException e) {
      assertLocated(e);
      return false;
    }
  }

  static void readOrRefuse(byte[] input, Function<byte[], Object> read) {
    long start = System.nanoTime();
    try {
      assertThat(read.apply(input)).isNotNull();
    } catch (MnrJsonException e) {
      assertLocated(e);
    } catch (UncheckedIOException e) {
      throw new AssertionError("no I/O happens when reading bytes", e);
    }
    assertQuick(start);
  }

  static void assertLocated(MnrJsonException e) {
    assertThat(e.problems()).isNotEmpty();
    for (JsonProblem problem : e.problems()) {
      assertThat(problem.line()).isPositive();
      assertThat(problem.column()).isPositive();
      assertThat(problem.message()).isNotBlank();
    }
  }

  /**
   * Fails an input that took more than ten seconds: generous for a cold, instrumented JVM on a busy
   * machine, and still a hang's or a quadratic path's end.
   */
  static void assertQuick(long start) {
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("milliseconds for one input")
        .isLessThan(10_000);
  }
}
