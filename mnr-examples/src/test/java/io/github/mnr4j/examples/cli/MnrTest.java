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
    assertThat(out.toString()).isEqualTo(Frameworks.mnr().outline());
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
    assertThat(err.toString()).contains("mnr: Unmatched argument at index 0: 'bogus'")
        .contains("Usage: mnr");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void badOptionsPrintUsageAndExit2() {
    assertThat(run("catalog", "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("expected one of [text, json]")
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
