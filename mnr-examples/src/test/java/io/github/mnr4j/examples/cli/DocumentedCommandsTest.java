package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.examples.Docs;
import io.github.mnr4j.examples.ResultComments;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands of every {@code sh} block of every markdown file. Each {@code mnr} command (and
 * {@code java -jar mnr-examples/target/mnr.jar ...}) runs, in order, as a reader would from the
 * repository's root, and ends with the exit status its comment names ({@code # exit 1}), or 0;
 * files the commands make go to a temporary directory, one for each markdown file, and files of the
 * repository are read where they are. The other commands (Maven, scripts, JShell) take minutes or
 * credentials, or are this build; each is checked to name profiles, modules, tests, classes and
 * files that exist, and the README's two commands are the ones {@code .ci/run} runs.
 */
class DocumentedCommandsTest {
  private static final Path ROOT = Docs.ROOT;
  private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d)");
  private static final String JAR = "java -jar mnr-examples/target/mnr.jar";

  /** The programs other than mnr that the documentation may ask a reader to run. */
  private static final Set<String> PROGRAMS =
      Set.of("mvn", "bash", "java", "jshell", "export", "source", "python3", "cd", "gpg");

  @TempDir Path work;

  /** A command line of a sh block: where it is and its text, comment included. */
  private record Command(String origin, Path file, String line) {}

  private static List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    for (Docs.Block block : Docs.blocks()) {
      if (!block.language().equals("sh")) {
        continue;
      }
      String[] lines = block.text().split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          commands.add(new Command(block.origin(i), block.file(), line));
        }
      }
    }
    return commands;
  }

  /** The tool's command line, if the line runs the tool. */
  private static List<String> toolArgs(String line) {
    String command = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line;
    if (command.equals("mnr") || command.startsWith("mnr ")) {
      return words(command).subList(1, words(command).size());
    }
    if (command.startsWith(JAR)) {
      return words(command.substring(JAR.length()));
    }
    return List.of();
  }

  private static boolean runsTheTool(String line) {
    return line.equals("mnr") || line.startsWith("mnr ") || line.startsWith(JAR);
  }

  /** Splits a command line at spaces, keeping "quoted words" whole. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
    while (word.find()) {
      words.add(word.group(1) != null ? word.group(1) : word.group(2));
    }
    return words;
  }

  /** A file of the repository where it is; any other name in the working directory. */
  private static String path(String word, Path workDir) {
    if (word.startsWith("-") || !(word.contains("/") || word.contains("."))) {
      return word;
    }
    return Files.exists(ROOT.resolve(word))
        ? ROOT.resolve(word).toString()
        : workDir.resolve(word).toString();
  }

  @Test
  void everyToolCommandInTheDocsRunsAsDocumented() throws IOException {
    int ran = 0;
    for (Command command : commands()) {
      if (!runsTheTool(command.line())) {
        continue;
      }
      Path workDir = work.resolve(ROOT.relativize(command.file()).toString().replace('/', '_'));
      Files.createDirectories(workDir);
      Matcher exit = EXIT.matcher(command.line());
      int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
      List<String> words = toolArgs(command.line());
      Path redirect = null;
      int arrow = words.indexOf(">");
      if (arrow >= 0) {
        redirect = workDir.resolve(words.get(arrow + 1));
        words = words.subList(0, arrow);
      }
      List<String> args = new ArrayList<>();
      for (String word : words) {
        args.add(path(word, workDir));
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = Mnr.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
      assertThat(status)
          .as("%s: %s%nstderr: %s", command.origin(), command.line(), err)
          .isEqualTo(expected);
      if (redirect != null) {
        Files.writeString(redirect, out.toString());
      }
      ran++;
    }
    assertThat(ran).as("the docs show the tool's commands").isGreaterThan(20);
    Path cli = work.resolve("mnr-examples_README.md");
    assertThat(cli.resolve("figure1.svg")).exists();
    assertThat(Files.readString(cli.resolve("capabilities.csv")).lines().count())
        .as(
            "a header, a row per jurisdiction and capability, the two surveys' note and the note"
                + " of the opt-in")
        .isEqualTo(1 + 42 * 21 + 2);
  }

  /**
   * A {@code console} block shows a command ({@code $ mnr ...}) and an excerpt of what it prints:
   * each line shown is a line printed ({@code ...} stands for any text, a line of its own for lines
   * left out), in the order shown.
   */
  @Test
  void everyConsoleExcerptIsWhatTheToolPrints() {
    int excerpts = 0;
    for (Docs.Block block : Docs.blocks()) {
      if (!block.language().equals("console")) {
        continue;
      }
      String[] lines = block.text().split("\n");
      assertThat(lines[0]).as("%s: starts with the command", block.origin(0)).startsWith("$ mnr");
      List<String> args = new ArrayList<>();
      for (String word : toolArgs(lines[0].substring(2))) {
        args.add(path(word, work));
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Mnr.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
      // Paths print as the command gave them; the test gave them from mnr-examples.
      List<String> printed =
          (out.toString() + err).replace(ROOT + "/", "").lines().collect(Collectors.toList());
      int next = 0;
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].strip().equals("...")) {
          continue;
        }
        int found = next;
        while (found < printed.size()
            && !ResultComments.matches(printed.get(found), lines[i].stripTrailing())) {
          found++;
        }
        assertThat(found)
            .as(
                "%s: printed, after the lines above it: %s%nin:%n%s",
                block.origin(i), lines[i], out)
            .isLessThan(printed.size());
        next = found + 1;
      }
      excerpts++;
    }
    assertThat(excerpts).as("console excerpts in the docs").isGreaterThanOrEqualTo(3);
  }

  @Test
  void everyOtherCommandInTheDocsNamesWhatExists() throws IOException {
    String poms;
    try (Stream<Path> files = Files.walk(ROOT, 2)) {
      poms =
          files
              .filter(f -> f.getFileName().toString().equals("pom.xml"))
              .map(DocumentedCommandsTest::read)
              .collect(Collectors.joining("\n"));
    }
    for (Command command : commands()) {
      if (runsTheTool(command.line())) {
        continue;
      }
      String line = command.line().replaceAll("\\s+#.*$", "");
      for (String part : line.split("&&|\\|\\|")) {
        List<String> words = new ArrayList<>(words(part.strip()));
        while (!words.isEmpty() && words.get(0).matches("[A-Z_]+=.*")) {
          words.remove(0); // an environment variable for the command
        }
        if (words.isEmpty()) {
          continue;
        }
        String program = words.get(0);
        String where = command.origin() + ": " + command.line();
        if (program.contains("/")) {
          assertThat(ROOT.resolve(program)).as(where).isExecutable();
          continue;
        }
        assertThat(PROGRAMS).as(where).contains(program);
        for (int i = 1; i < words.size(); i++) {
          String word = words.get(i);
          String next = i + 1 < words.size() ? words.get(i + 1) : "";
          if (program.equals("mvn") && word.equals("-P")) {
            assertThat(poms).as(where).contains("<id>" + next + "</id>");
          } else if (program.equals("mvn") && word.equals("-pl")) {
            for (String module : next.split(",")) {
              assertThat(ROOT.resolve(module).resolve("pom.xml")).as(where).exists();
            }
          } else if (word.startsWith("-Dtest=")) {
            String test = word.substring("-Dtest=".length()).replace("'", "").split("#")[0];
            assertThat(testSource(test)).as(where).isNotEmpty();
          } else if (word.matches("io\\.github\\.mnr4j\\.[\\w.]+")) {
            assertThat(
                    ROOT.resolve("mnr-examples/src/main/java/" + word.replace('.', '/') + ".java"))
                .as(where)
                .exists();
          } else if (word.matches("(\\.ci|\\.github|mnr-[a-z]+)/[\\w./-]+")
              && !word.contains("target/")) {
            assertThat(ROOT.resolve(word)).as(where).exists();
          }
        }
      }
    }
  }

  @Test
  void ciRunsTheReadmesTwoCommands() throws IOException {
    Docs.Block two =
        Docs.blocks(ROOT.resolve("README.md")).stream()
            .filter(b -> b.language().equals("sh"))
            .findFirst()
            .orElseThrow();
    List<String> lines =
        two.text().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertThat(lines).as("the README's first sh block: the main job and every test").hasSize(2);
    String ci = Files.readString(ROOT.resolve(".ci/run"));
    assertThat(ci).as("the test command").contains(lines.get(1));
    assertThat(ci).as("the demo").contains(lines.get(0).substring(lines.get(0).indexOf(JAR)));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The test class's source, wherever it is in the modules' tests. */
  private static List<Path> testSource(String simpleName) throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(f -> f.toString().contains("/src/test/java/"))
          .filter(f -> f.getFileName().toString().equals(simpleName + ".java"))
          .toList();
    }
  }
}
