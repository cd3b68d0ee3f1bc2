package io.github.mnr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
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
 * The JShell script, run as a researcher would from the repository's root: it loads, and every
 * example its banner prints runs as printed.
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

  @Test
  void theScriptLoadsAndItsExamplesRun() throws IOException {
    // In process ("local"), so on the test's class path; the examples name files from the
    // repository's root, where the banner says to start, and this test runs in mnr-examples.
    String root = Path.of("..").toAbsolutePath().normalize().toString();
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      // What the jshell tool imports before any script (its DEFAULT start-up).
      run(
          shell,
          "import java.io.*; import java.math.*; import java.net.*;"
              + " import java.nio.file.*; import java.util.*; import java.util.concurrent.*;"
              + " import java.util.function.*; import java.util.regex.*; import java.util.stream.*;");
      run(shell, Files.readString(SCRIPT));
      run(shell, "var examplesText = String.join(\"\\n\", examples);");
      List<SnippetEvent> joined = run(shell, "examplesText");
      String text = joined.get(joined.size() - 1).value();
      List<String> examples = List.of(unquote(text).split("\n"));
      assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
      for (String example : examples) {
        String code =
            example.contains("//") ? example.substring(0, example.indexOf("//")) : example;
        run(
            shell,
            code.replace("Path.of(\"mnr-examples/", "Path.of(\"" + root + "/mnr-examples/") + ";");
      }
    }
  }

  /** Turns JShell's rendering of a string back into the string. */
  private static String unquote(String literal) {
    String body = literal.substring(1, literal.length() - 1);
    return body.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
  }
}
