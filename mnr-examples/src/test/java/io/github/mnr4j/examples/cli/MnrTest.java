package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.Format;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MnrTest extends CliTest {

  /** The version comes from the build: the one the parent POM declares, not a copy in the code. */
  @Test
  void versionIsTheBuildsVersion() throws IOException {
    Matcher declared =
        Pattern.compile("<artifactId>mnr4j-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("../pom.xml")));
    assertThat(declared.find()).isTrue();
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).isEqualTo("mnr4j " + declared.group(1) + "\n");
  }

  /** Every document's schema, by its full name or its short one, and the list of their ids. */
  @Test
  void schemaPrintsADocumentsSchemaAndListsTheirIds() {
    assertThat(run("schema", "mnr4j.response")).isZero();
    assertThat(out.toString()).isEqualTo(Document.RESPONSE.schema());
    clear();
    assertThat(run("schema", "instrument-checks")).isZero();
    assertThat(out.toString()).isEqualTo(Output.INSTRUMENT_CHECKS.schema());
    clear();
    assertThat(run("schema")).isZero();
    assertThat(out.toString().lines())
        .hasSize(Format.all().size())
        .contains("mnr4j.response             urn:io.github.mnr4j:schema:mnr4j.response:1")
        .contains("mnr4j.crosswalk            urn:io.github.mnr4j:schema:mnr4j.crosswalk:1")
        .contains("mnr4j.ranking              urn:io.github.mnr4j:schema:mnr4j.ranking:1");
    clear();
    assertThat(run("schema", "mnr4j.respons\u001b[2J")).isEqualTo(2);
    assertThat(err.toString())
        .contains("unknown document format 'mnr4j.respons\\u001b[2J'; known: mnr4j.framework,");
  }

  @Test
  void catalogJsonIsTheFrameworkDocument() {
    assertThat(run("catalog", "--format", "json")).isZero();
    Framework printed = MnrJson.strict().read(out.toString(), Document.FRAMEWORK);
    assertThat(printed).isEqualTo(Frameworks.mnr());
    assertThat(printed.capabilities()).hasSize(21);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void catalogTextIsTheOutline() {
    assertThat(run("catalog")).isZero();
    assertThat(out.toString())
        .startsWith(Frameworks.mnr().toOutline())
        .contains(
            "\nFigure 1, as mnr4j counts it\n  - Access to image database: Framing the"
                + " future reports this row as connection to Interpol's ICSE database (\"29 of"
                + " 42\"), but the 2021 survey asks about ICSE only in q31's free text; mnr4j counts"
                + " the capability's gate, q30")
        .endsWith("Errata of the report and of the printed survey: mnr catalog --errata\n");
  }

  /**
   * The report's errata (two text-versus-figure disagreements, two restorations) and the survey's.
   */
  @Test
  void catalogPrintsTheErrata() {
    assertThat(run("catalog", "--errata")).isZero();
    assertThat(out.toString())
        .startsWith(
            "Errata of the report (Model National Response's"
                + " source)\n  R1 (Framing the future (2022), Key findings, Ethical and informed media"
                + " reporting; Domain 6, Ethical and informed media reporting; Figure 1): The text"
                + " says")
        .contains("\"54 per cent, 23 of 42\"")
        .contains("7 of 41 is 17 per cent")
        .contains("\n  R3 (Framing the future (2022), Appendix 1, capability 7;")
        .contains("\n  R4 (Framing the future (2022), Box 1): ")
        .contains("\nErrata of the survey as printed (wpga-mnr-survey@2021)\n  E1: q33 prints")
        .contains(
            "\n  E5: Section 6 prints the hotline capability as \"Mechanism for"
                + " supporting online CSEA content\"")
        .contains(
            "\nErrata of the UNICEF survey, reconstructed (end-violence-unicef-survey@2021)\n  U1:"
                + " The instrument is not printed in Framing the future (2022)");
    clear();
    assertThat(run("catalog", "--errata", "--format", "json")).isEqualTo(2);
    assertThat(err.toString()).contains("--errata prints text");
    clear();
    assertThat(run("catalog", "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"id\": \"aim-4\"").contains("\"id\": \"R2\"");
  }

  @Test
  void noCommandRunsTheDemo() {
    assertThat(run()).isZero();
    String withoutCommand = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("demo")).isZero();
    assertThat(out.toString()).isEqualTo(withoutCommand).contains("Model National Response");
  }

  @Test
  void unknownCommandsPrintUsageAndExit2() {
    assertThat(run("bogus")).isEqualTo(2);
    assertThat(err.toString())
        .contains("mnr: Unmatched argument at index 0: 'bogus'")
        .contains("Usage: mnr");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void badOptionsPrintUsageAndExit2() {
    assertThat(run("catalog", "--format", "xml")).isEqualTo(2);
    assertThat(err.toString())
        .contains("expected one of [text, json]")
        .contains("Usage: mnr catalog");
    assertThat(run("catalog", "--colour")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--colour'");
  }

  /** A mistyped option gets the options it was probably meant to be, transpositions too. */
  @Test
  void mistypedOptionsGetSuggestions() {
    assertThat(run("tally", "example", "--fromat", "json")).isEqualTo(2);
    assertThat(err.toString())
        .contains("mnr: Unknown option: '--fromat'\nPossible solutions: --format\n");
    clear();
    assertThat(run("tally", "example", "--wher=region=x")).isEqualTo(2);
    assertThat(err.toString()).contains("Possible solutions: --where\n");
    clear();
    assertThat(run("score", "example", "--vaild-only")).isEqualTo(2);
    assertThat(err.toString()).contains("Possible solutions: --valid-only\n");
    clear();
    assertThat(run("tally", "example", "--colour")).isEqualTo(2);
    assertThat(err.toString()).doesNotContain("Possible solutions").contains("Usage: mnr tally");
    assertThat(out.toString()).isEmpty();
  }

  /** Numbers out of range are usage errors, told with the usage, as other bad options are. */
  @Test
  void outOfRangeNumbersAreUsageErrors() {
    for (String[] bad :
        new String[][] {
          {"tally", "example", "--threads", "0"},
          {"tally", "example", "--threads", "400"},
          {"tally", "example", "--by", "region", "--min-group-size", "0"},
          {
            "chart",
            "breakdown",
            "example",
            "--by",
            "region",
            "--min-group-size",
            "0",
            "-o",
            "x.svg"
          }
        }) {
      clear();
      assertThat(run(bad)).as(String.join(" ", bad)).isEqualTo(2);
      assertThat(err.toString())
          .as(String.join(" ", bad))
          .startsWith("mnr: ")
          .containsPattern("--(threads takes 1 to 32|min-group-size takes 1 or more), not ")
          .contains("Usage: mnr ");
      assertThat(out.toString()).isEmpty();
    }
  }

  /**
   * A file name this system cannot use is a problem of the input, told in one line with exit status
   * 2, not an internal error. (A NUL is refused on every system, as bytes that are not text in the
   * locale are under LANG=C.)
   */
  @Test
  void aFileNameTheSystemCannotUseIsAnInputProblem() {
    assertThat(run("tally", "bad\u0000name.jsonl")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "mnr: bad\\u0000name.jsonl: not a file name this system can use (Nul character not allowed)\n");
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("catalog").contains("demo");
  }
}
