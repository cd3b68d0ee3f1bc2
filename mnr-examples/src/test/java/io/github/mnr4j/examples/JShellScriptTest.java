package io.github.mnr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The JShell script, run as a researcher would from the repository's root: it loads, every example
 * its banner prints runs as printed, and so does every {@code jshell>} line of the {@code jshell}
 * blocks of the markdown files, printing the lines shown under it ({@code ...} stands for lines
 * left out). Results written in comments are checked, as in Java examples ({@link ResultComments}).
 */
class JShellScriptTest {
  private static final Path SCRIPT = Path.of("jshell/mnr.jsh");

  /** Evaluates source snippet by snippet; fails on the first that is rejected or throws. */
  private static List<SnippetEvent> run(JShell shell, String source) {
    List<SnippetEvent> all = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      for (SnippetEvent event : shell.eval(info.source())) {
        assertThat(event.status())
            .as(
                "%s%n%s",
                info.source(),
                shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList())
            .isNotEqualTo(Snippet.Status.REJECTED);
        assertThat(event.exception()).as(info.source()).isNull();
        all.add(event);
      }
      rest = info.remaining();
    }
    return all;
  }

  /** Evaluates one line, capturing what it prints; returns what it printed and its value. */
  private static String[] evaluate(JShell shell, String code) {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    List<SnippetEvent> events;
    try {
      events = run(shell, code);
    } finally {
      System.setOut(original);
    }
    String value = events.isEmpty() ? "" : events.get(events.size() - 1).value();
    return new String[] {printed.toString(StandardCharsets.UTF_8), value == null ? "" : value};
  }

  /** Checks a line's result against its comment, if it has one. */
  private static void checkResult(String origin, String line, String printed, String value) {
    int comment = ResultComments.commentStart(line);
    if (comment < 0) {
      return;
    }
    String expected = line.substring(comment + 2).strip();
    String code = line.substring(0, comment).strip();
    Object actual =
        code.startsWith("System.out.print")
            ? printed.stripTrailing()
            : value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? unquote(value)
                : (Object) new StringBuilder(value); // not a string: compared as it prints
    assertThat(ResultComments.matches(actual, expected))
        .as("%s: the comment says %s, but the result is %s", origin, expected, actual)
        .isTrue();
  }

  private static JShell shell() {
    JShell shell = JShell.builder().executionEngine("local").build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    return shell;
  }

  @Test
  void theDocsJShellLinesRunAsShown() throws IOException {
    String root = Path.of("..").toAbsolutePath().normalize().toString();
    int lines = 0;
    try (JShell shell = shell()) {
      run(shell, DEFAULT_IMPORTS);
      run(shell, Files.readString(SCRIPT));
      for (Docs.Block block : Docs.blocks()) {
        if (!block.language().equals("jshell")) {
          continue;
        }
        String[] text = block.text().split("\n");
        for (int i = 0; i < text.length; i++) {
          if (!text[i].startsWith(PROMPT)) {
            continue;
          }
          String line = text[i].substring(PROMPT.length());
          String code =
              ResultComments.commentStart(line) < 0
                  ? line
                  : line.substring(0, ResultComments.commentStart(line));
          String[] result =
              evaluate(
                  shell,
                  code.replace("Path.of(\"mnr-examples/", "Path.of(\"" + root + "/mnr-examples/")
                      + ";");
          checkResult(block.origin(i), line, result[0], result[1]);
          List<String> shown = (result[0] + result[1]).lines().toList();
          for (int j = i + 1; j < text.length && !text[j].startsWith(PROMPT); j++) {
            String expected = text[j].stripTrailing();
            if (!expected.isBlank() && !expected.strip().equals("...")) {
              assertThat(shown)
                  .as("%s: printed", block.origin(j))
                  .anyMatch(printed -> ResultComments.matches(printed, expected));
            }
          }
          lines++;
        }
      }
    }
    assertThat(lines).as("jshell lines in the docs").isGreaterThanOrEqualTo(3);
  }

  private static final String PROMPT = "jshell> ";

  /** What the jshell tool imports before any script (its DEFAULT start-up). */
  private static final String DEFAULT_IMPORTS =
      "import java.io.*; import java.math.*; import java.net.*;"
          + " import java.nio.file.*; import java.util.*; import java.util.concurrent.*;"
          + " import java.util.function.*; import java.util.regex.*; import java.util.stream.*;";

  @Test
  void theScriptLoadsAndItsExamplesRun() throws IOException {
    // In process ("local"), so on the test's class path; the examples name files from the
    // repository's root, where the banner says to start, and this test runs in mnr-examples.
    String root = Path.of("..").toAbsolutePath().normalize().toString();
    try (JShell shell = shell()) {
      run(shell, DEFAULT_IMPORTS);
      run(shell, Files.readString(SCRIPT));
      run(shell, "var examplesText = String.join(\"\\n\", examples);");
      List<SnippetEvent> joined = run(shell, "examplesText");
      String text = joined.get(joined.size() - 1).value();
      List<String> examples = List.of(unquote(text).split("\n"));
      assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
      for (String example : examples) {
        int comment = ResultComments.commentStart(example);
        String code = comment < 0 ? example : example.substring(0, comment);
        String[] result =
            evaluate(
                shell,
                code.replace("Path.of(\"mnr-examples/", "Path.of(\"" + root + "/mnr-examples/")
                    + ";");
        checkResult("the banner of " + SCRIPT, example, result[0], result[1]);
      }
    }
  }

  /** Turns JShell's rendering of a string back into the string. */
  private static String unquote(String literal) {
    String body = literal.substring(1, literal.length() - 1);
    return body.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
  }
}
