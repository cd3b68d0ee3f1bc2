package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code mnr} command that the README shows in a {@code sh} block, in order, as a reader
 * would from the repository's root: each ends with the exit status its comment names ({@code # exit
 * 1}), or 0, and writes what it redirects to. Files the commands make go to a temporary directory;
 * files of the repository are read where they are.
 */
class ReadmeCommandsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d)");

  @TempDir Path work;

  /** The README's commands: lines of sh blocks that start with "mnr". */
  static List<String> commands() throws IOException {
    List<String> commands = new ArrayList<>();
    boolean sh = false;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      if (line.startsWith("```")) {
        sh = line.equals("```sh");
      } else if (sh && (line.equals("mnr") || line.startsWith("mnr "))) {
        commands.add(line);
      }
    }
    return commands;
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
  private String path(String word) {
    if (word.startsWith("-") || !(word.contains("/") || word.contains("."))) {
      return word;
    }
    return Files.exists(ROOT.resolve(word))
        ? ROOT.resolve(word).toString()
        : work.resolve(word).toString();
  }

  @Test
  void everyReadmeCommandRunsAsDocumented() throws IOException {
    List<String> commands = commands();
    assertThat(commands).as("the README shows commands").hasSizeGreaterThan(20);
    for (String command : commands) {
      Matcher exit = EXIT.matcher(command);
      int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
      String line = command.contains("#") ? command.substring(0, command.indexOf('#')) : command;
      List<String> words = words(line);
      Path redirect = null;
      int arrow = words.indexOf(">");
      if (arrow >= 0) {
        redirect = work.resolve(words.get(arrow + 1));
        words = words.subList(0, arrow);
      }
      List<String> args = new ArrayList<>();
      for (String word : words.subList(1, words.size())) {
        args.add(path(word));
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = Mnr.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
      assertThat(status).as("%s%nstderr: %s", command, err).isEqualTo(expected);
      if (redirect != null) {
        Files.writeString(redirect, out.toString());
      }
    }
    assertThat(work.resolve("figure1.svg")).exists();
    assertThat(Files.readString(work.resolve("capabilities.csv")).lines().count())
        .isEqualTo(1 + 42 * 21);
  }
}
