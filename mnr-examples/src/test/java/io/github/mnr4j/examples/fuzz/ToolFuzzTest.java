package io.github.mnr4j.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mnr4j.examples.cli.MnrRunner;
import io.github.mnr4j.internal.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.condition.DisabledForJreRange;

/**
 * The {@code mnr} tool, run in process on a file of any bytes: every command that reads such a file
 * ends with its documented status (0, 1 for findings, 2 for unreadable input) and never with 3 (an
 * internal failure), never prints a stack trace, and is done within ten seconds.
 */
@DisabledForJreRange(minVersion = 25, disabledReason = FuzzReplays.UNINSTRUMENTED)
class ToolFuzzTest {
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("validate"),
          List.of("lint"),
          List.of("score"),
          List.of("tally", "--min-group-size", "1"),
          List.of("tally", "--min-group-size", "1", "--by", "region"),
          List.of("rank", "--min-group-size", "1", "--draws", "10"));

  @FuzzTest(maxDuration = "10m")
  void commands(byte[] input) throws IOException {
    long start = System.nanoTime();
    Path file = Files.createTempFile("mnr-fuzz", ".json");
    try {
      Files.write(file, input);
      for (List<String> command : COMMANDS) {
        String[] args = new String[command.size() + 1];
        command.toArray(args);
        args[command.size()] = file.toString();
        MnrRunner.Result result = MnrRunner.run(args);
        assertThat(result.status())
            .as(String.join(" ", command) + ": " + result.err())
            .isBetween(0, 2);
        assertThat(result.err())
            .doesNotContain("internal error")
            .doesNotContain("\tat ")
            .doesNotContain("Exception");
        // Nothing an input holds reaches a terminal raw: stderr's lines and stdout's text.
        assertThat(result.err().chars().filter(c -> c != '\n' && Messages.isControl((char) c)))
            .as("a control character on stderr")
            .isEmpty();
        assertThat(
                result
                    .out()
                    .chars()
                    .filter(c -> c != '\n' && c != '\r' && Messages.isControl((char) c)))
            .as("a control character on stdout")
            .isEmpty();
      }
    } finally {
      Files.delete(file);
    }
    ReadersFuzzTest.assertQuick(start);
  }
}
