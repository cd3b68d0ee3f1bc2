package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool given what an attacker, a careless script or a full disk would give it. */
class HardeningTest extends CliTest {
  private static final String NAME = "Jane Q. Planted";
  private static final String EMAIL = "jane.planted@ministry.example";
  private static final String PHONE = "+44 7700 900999";

  @TempDir Path temp;

  private String file(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }

  private int runClean(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return run(args);
  }

  /**
   * Lines appended to a {@code .jsonl.gz}, or a second member with a damaged header, are not
   * dropped unread: the input is refused, and nothing is tallied.
   */
  @Test
  void dataAfterACompressedMemberIsNotDroppedInSilence() throws IOException {
    List<Response> responses = SyntheticCohort.load().responses();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    for (int i = 0; i < 20; i++) {
      MnrJson.strict().writeLine(responses.get(i), Document.RESPONSE, i < 10 ? first : second);
    }
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(compressed)) {
      gzip.write(first.toByteArray());
    }
    Path appended = temp.resolve("appended.jsonl.gz");
    Files.write(appended, compressed.toByteArray());
    Files.write(appended, second.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
    assertThat(runClean("tally", appended.toString(), "--min-group-size", "1")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains(appended + ": cannot read: bytes after the end of the compressed data, at byte ")
        .contains("so nothing is reported");
  }

  /**
   * One jurisdiction under ids that differ only in case or a trailing dot is refused as the same id
   * twice, not counted as three; an id too long to be one is quoted clipped, its controls escaped.
   */
  @Test
  void idsThatDifferOnlyInCaseOrATrailingDotAreOneJurisdiction() throws IOException {
    Response response = SyntheticCohort.load().responses().get(6);
    List<String> files = new java.util.ArrayList<>();
    for (String id : List.of("C07", "c07", "C07.")) {
      Jurisdiction j = response.jurisdiction();
      Jurisdiction.Builder copy = Jurisdiction.builder().id(id).name(j.name());
      j.incomeGroup().ifPresent(copy::incomeGroup);
      files.add(
          file(
              "r-" + id + ".json",
              MnrJson.strict().write(response.withJurisdiction(copy.build()), Document.RESPONSE)));
    }
    List<String> command = new java.util.ArrayList<>(List.of("tally", "--min-group-size", "1"));
    command.addAll(files);
    assertThat(runClean(command.toArray(new String[0]))).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains(
            "a cohort holds one response per jurisdiction; 'c07' differs only in case or a"
                + " trailing '.', '-' or '_' from 'C07', which came before")
        .contains("'C07.' differs only in case");
    String longId = "\u001b]0;owned\u0007" + "x".repeat(1_000_000);
    String bad =
        file(
            "long-id.json",
            MnrJson.strict()
                .write(response, Document.RESPONSE)
                .replace(
                    "\"C07\"",
                    "\""
                        + longId.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")
                        + "\""));
    assertThat(runClean("validate", bad)).isEqualTo(2);
    assertThat(err.toString())
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .contains("(1000010 characters)");
    assertThat(err.toString().length()).isLessThan(5_000);
  }

  /** A document that is just {@code null} is unreadable input to every command. */
  @Test
  void aNullDocumentIsUnreadableInputEverywhere() throws IOException {
    String empty = file("null.json", "null");
    String good =
        file(
            "good.json",
            MnrJson.strict().write(SyntheticCohort.load().responses().get(0), Document.RESPONSE));
    for (String[] command :
        List.of(
            new String[] {"validate", empty},
            new String[] {"score", empty},
            new String[] {"lint", empty},
            new String[] {"tally", empty},
            new String[] {"rank", empty, "--min-group-size", "1"},
            new String[] {"compare", empty, "example"},
            new String[] {"score", good, "--model", empty},
            new String[] {"validate", good, "--instrument", empty})) {
      assertThat(runClean(command)).as(String.join(" ", command)).isEqualTo(2);
      assertThat(err.toString())
          .as(String.join(" ", command))
          .contains(empty + ": ")
          .contains("but found null")
          .doesNotContain("internal error")
          .doesNotContain("Exception");
    }
  }

  @Test
  void resourcesACallerControlsHaveLimits() throws IOException {
    assertThat(runClean("rank", "example", "--min-group-size", "1", "--draws", "2147483647"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("(Ranker.MAX_DRAWS)");
    Path zeros = temp.resolve("spaces.json");
    byte[] spaces = new byte[17 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    Files.write(zeros, spaces);
    String good =
        file(
            "good.json",
            MnrJson.strict().write(SyntheticCohort.load().responses().get(0), Document.RESPONSE));
    long start = System.nanoTime();
    assertThat(runClean("score", good, "--model", zeros.toString())).isEqualTo(2);
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
    assertThat(err.toString())
        .startsWith("mnr: " + zeros + ": malformed JSON: Document length")
        .contains("exceeds the maximum allowed");
    assertThat(runClean("score", good, "--model", "/dev/zero")).isEqualTo(2);
    assertThat(err.toString()).contains("not in UTF-8");
  }

  @Test
  void aResponseToAnotherInstrumentIsNotScoredAgainstThisOne() throws IOException {
    Response seventh = SyntheticCohort.load().responses().get(6);
    String other =
        file(
            "other.json",
            MnrJson.strict()
                .write(
                    Response.builder()
                        .instrumentReference("someone-elses@1")
                        .jurisdiction(seventh.jurisdiction())
                        .status(seventh.status())
                        .putAllAnswers(seventh.answers())
                        .build(),
                    Document.RESPONSE));
    assertThat(runClean("score", other)).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "mnr: "
                + other
                + ": response 0 (C07): answers"
                + " 'someone-elses@1', not 'wpga-mnr-survey@2021' or 'end-violence-unicef-survey@2021'"
                + " (see --instrument and --through)\n"
                + "mnr: 1 problem (above); nothing was scored\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anAttributeNoJurisdictionHasIsAnError() {
    assertThat(runClean("tally", "example", "--by", "regoin")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "mnr: no jurisdiction has the attribute 'regoin';"
                + " known: incomeGroup, region, instrument, status, received, data, safeOnline, survey\n");
  }

  /**
   * A crafted name, answer key or choice cannot print a line of its own: a forged verdict, an
   * escape sequence that clears the real one.
   */
  @Test
  void craftedTextCannotForgeOrHideALine() throws IOException {
    Response first = SyntheticCohort.load().responses().get(0);
    String forged =
        "Country\nmnr-examples/x.json: C99 Ok, wpga-mnr-survey@2021, completed:"
            + " valid (0 errors, 0 warnings)\u001b[1A\u001b[2K";
    String crafted =
        file(
            "crafted.json",
            MnrJson.strict()
                .write(
                    first.withJurisdiction(
                        Jurisdiction.builder()
                            .id("C01")
                            .name(forged)
                            .putAttribute("group", "a\nb\u001b[31m")
                            .build()),
                    Document.RESPONSE)
                .replace("\"q7\"", "\"q7\\nvalid\""));
    runClean("validate", crafted);
    assertThat(out.toString().lines())
        .allSatisfy(
            line ->
                assertThat(line).doesNotStartWith("mnr-examples/x.json").doesNotContain("\u001b"));
    assertThat(out.toString()).contains("C01 Country\\u000amnr-examples");
    runClean("tally", crafted, "--by", "group", "--format", "tsv");
    assertThat(out.toString()).contains("a\\nb\\u001b[31m").doesNotContain("\u001b");
    runClean("tally", crafted, "--by", "group");
    assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("a\nb");
    runClean("tally", crafted, "--by", "group", "--format", "csv", "--min-group-size", "1");
    assertThat(out.toString()).contains("a\nb\\u001b[31m").doesNotContain("\u001b");
  }

  /**
   * Nothing that an input controls reaches stderr raw: an instrument reference, an unknown field's
   * name in a JSON Pointer, a file name found in a directory, each with escapes and line breaks.
   */
  @Test
  void noInputPutsControlCharactersOnStderr() throws IOException {
    Response first = SyntheticCohort.load().responses().get(0);
    String json = MnrJson.strict().write(first, Document.RESPONSE);
    Path directory = Files.createDirectories(temp.resolve("dir"));
    Files.writeString(
        directory.resolve("other.json"),
        json.replace("\"wpga-mnr-survey@2021\"", "\"x\\u001b]0;t\\u0007\\nmnr: all valid\""));
    Files.writeString(
        directory.resolve("unknown.json"),
        json.replace("\"q7\"", "\"q7\\u001b[2J\\u009b\\u202e\""));
    Files.writeString(directory.resolve("name\u001b[2J\u0007.json"), "{");
    for (String[] command :
        List.of(
            new String[] {"validate", directory.toString()},
            new String[] {"tally", directory.toString(), "--min-group-size", "1"},
            new String[] {"score", directory.toString(), "--min-group-size", "1"})) {
      runClean(command);
      assertThat(err.toString())
          .as(String.join(" ", command))
          .isNotEmpty()
          .doesNotContain("\u001b")
          .doesNotContain("\u0007")
          .doesNotContain("\u009b")
          .doesNotContain("\u202e")
          .doesNotContain("\nmnr: all valid");
      assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("\u0007");
    }
  }

  /**
   * A respondent's name, e-mail and phone number, planted in the respondent block and in q2, appear
   * nowhere: in no command's output or message, in any format.
   */
  @Test
  void personalDataAppearInNoOutputOfAnyCommand() throws IOException {
    Response planted =
        Response.builder()
            .instrumentReference("wpga-mnr-survey@2021")
            .jurisdiction(Jurisdiction.of("C90", "Country 90"))
            .status(io.github.mnr4j.survey.ResponseStatus.COMPLETED)
            .putAllAnswers(SyntheticCohort.load().responses().get(3).answers())
            .putAnswer("q2", Answer.ofText(NAME + ", " + EMAIL + ", " + PHONE).withCode(EMAIL))
            .respondent(new Respondent.Person(NAME, "Director of " + NAME, EMAIL + " " + PHONE))
            .build();
    String response =
        file(
            "planted.json",
            MnrJson.strict().withPersonalData(true).write(planted, Document.RESPONSE));
    assertThat(Files.readString(Path.of(response))).contains(NAME);
    List<Response> responses = new ArrayList<>(SyntheticCohort.load().responses());
    responses.add(planted);
    String cohort =
        file(
            "cohort.json",
            MnrJson.strict()
                .withPersonalData(true)
                .write(
                    Cohort.builder().name("Planted").addAllResponses(responses).build(),
                    Document.COHORT));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    responses.forEach(
        r -> MnrJson.strict().withPersonalData(true).writeLine(r, Document.RESPONSE, lines));
    String jsonl = file("cohort.jsonl", lines.toString(StandardCharsets.UTF_8));
    String broken =
        file("broken.json", Files.readString(Path.of(response)).replace("\"" + NAME + "\"", NAME));
    List<String[]> commands = new ArrayList<>();
    for (String format : List.of("text", "json")) {
      commands.add(new String[] {"score", response, "--format", format});
      commands.add(new String[] {"score", response, "--model", "presence", "--format", format});
      commands.add(new String[] {"score", response, "--model", "index", "--format", format});
      commands.add(
          new String[] {
            "rank", cohort, "--min-group-size", "1", "--draws", "20", "--format", format
          });
      commands.add(
          new String[] {"compare", cohort, jsonl, "--format", format, "--min-group-size", "1"});
    }
    for (String format : List.of("text", "tsv", "json")) {
      for (String input : List.of(cohort, jsonl, response)) {
        commands.add(new String[] {"tally", input, "--format", format});
        commands.add(new String[] {"tally", input, "--by", "status", "--format", format});
        commands.add(new String[] {"tally", input, "--question", "q6", "--format", format});
        commands.add(new String[] {"tally", input, "--view", "capabilities", "--format", format});
      }
    }
    commands.add(new String[] {"validate", response});
    commands.add(new String[] {"validate", broken});
    commands.add(new String[] {"score", broken});
    commands.add(new String[] {"tally", broken});
    for (String[] command : commands) {
      runClean(command);
      String printed = out + "\n" + err;
      assertThat(printed)
          .as(String.join(" ", command))
          .doesNotContain(NAME)
          .doesNotContain(EMAIL)
          .doesNotContain(PHONE)
          .doesNotContain("Planted,")
          .doesNotContainIgnoringCase("jane");
    }
  }

  /** A full disk or a closed pipe ends the tool with status 3 and one line on stderr. */
  @Test
  void aFailedWriteIsAFailure() throws IOException, InterruptedException {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "needs /dev/full");
    Process process = tool("survey", "--format", "json").redirectOutput(full).start();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isEqualTo(3);
    assertThat(stderr).isEqualTo("mnr: cannot write the output: No space left on device\n");
    Process closed = tool("survey", "--format", "json").start();
    closed.getInputStream().close();
    String closedErr = new String(closed.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(closed.waitFor()).isEqualTo(3);
    assertThat(closedErr).startsWith("mnr: cannot write the output:");
  }

  private static ProcessBuilder tool(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Mnr.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
