package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import org.junit.jupiter.api.Test;

class MnrTest extends CliTest {

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
        .startsWith(Frameworks.mnr().outline())
        .contains(
            "\nFigure 1, as mnr4j counts it\n  - Access to image database: Framing the"
                + " future reports this row as connection to Interpol's ICSE database (\"29 of"
                + " 42\"), but the 2021 survey asks about ICSE only in q31's free text; mnr4j counts"
                + " the capability's gate, q30")
        .endsWith("Errata of the report and of the printed survey: mnr catalog --errata\n");
  }

  /** The report's two text-versus-figure disagreements and the survey's errata, as data. */
  @Test
  void catalogPrintsTheErrata() {
    assertThat(run("catalog", "--errata")).isZero();
    assertThat(out.toString())
        .startsWith(
            "Errata of the report (Model National Response's"
                + " source)\n  R1 (Framing the future (2022), Key findings, Ethical and informed media"
                + " reporting; Figure 1): The text says")
        .contains("\"54 per cent, 23 of 42\"")
        .contains("7 of 41 is 17 per cent")
        .contains("\nErrata of the survey as printed (wpga-mnr-survey@2021)\n  E1: q33 prints")
        .contains(
            "\n  E5: Section 6 prints the hotline capability as \"Mechanism for"
                + " supporting online CSEA content\"");
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

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("catalog").contains("demo");
  }
}
