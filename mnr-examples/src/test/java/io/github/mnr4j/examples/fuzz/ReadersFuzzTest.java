package io.github.mnr4j.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.JsonProblem;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.MnrJsonException;
import io.github.mnr4j.json.ResponseReadException;
import io.github.mnr4j.json.ResponseReader;
import io.github.mnr4j.survey.Instruments;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.junit.jupiter.api.condition.DisabledForJreRange;

/**
 * Every reader, given any bytes at all: it reads a value, or refuses with mnr4j's exception, each
 * problem located (line and column from 1), within ten seconds; it never crashes, hangs or throws
 * anything else. {@code mvn verify} replays the committed inputs ({@code
 * src/test/resources/.../ReadersFuzzTestInputs}); to fuzz for real, see the README's "Reliability
 * and security".
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
