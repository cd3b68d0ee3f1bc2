package io.github.mnr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.FrameworkChange.Kind;
import io.github.mnr4j.framework.Frameworks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void theHsbVariantSeparatesTheCapabilityAndRecordsEveryChange() {
    Framework variant = TailoringExample.separateHarmfulSexualBehaviourSupport();
    Framework mnr = Frameworks.mnr();
    assertThat(variant.capabilities()).hasSize(22);
    assertThat(variant.capability(16).id()).isEqualTo(TailoringExample.HSB_SUPPORT);
    assertThat(variant.capability(15).id()).isEqualTo("offender-support-systems");
    assertThat(variant.capability("universal-terminology").number()).isEqualTo(22);
    assertThat(variant.capabilitiesOf("societal"))
        .extracting(Capability::number)
        .containsExactly(12, 13, 14, 15, 16);
    // Numbers still run 1..22 without a gap, in the framework's order.
    assertThat(variant.capabilities())
        .extracting(Capability::number)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, 22)
                .boxed()
                .collect(java.util.stream.Collectors.toList()));
    assertThat(variant.changes())
        .extracting(c -> c.kind())
        .containsExactly(
            Kind.CAPABILITY_REDESCRIBED,
            Kind.CAPABILITY_ADDED,
            Kind.CAPABILITY_RENUMBERED,
            Kind.CAPABILITY_RENUMBERED,
            Kind.CAPABILITY_RENUMBERED,
            Kind.CAPABILITY_RENUMBERED,
            Kind.CAPABILITY_RENUMBERED,
            Kind.CAPABILITY_RENUMBERED);
    assertThat(mnr.diff(variant)).isEqualTo(variant.changes());
  }

  @Test
  void theExamplesRun() {
    assertThat(capture(() -> FrameworkTour.main(new String[0])))
        .contains("11 Child Helpline is in the Victim domain")
        .contains("JSON round trip equal: true");
    assertThat(capture(() -> TailoringExample.main(new String[0])))
        .contains("16 Support for Young People Displaying Harmful Sexual Behaviour")
        .contains("capability-added harmful-sexual-behaviour-support");
  }

  @Test
  void theResponseExampleFindsBothDefectsAndExplainsQ8() {
    assertThat(capture(() -> ResponseExample.main(new String[0])))
        .contains("invalid, 2 errors")
        .contains("error exclusive-option-combined q6 /answers/q6/choices/0")
        .contains("error answer-to-disabled-question q8 /answers/q8")
        .contains("q8 is disabled: if q7 = no, skip to q9");
  }

  /** The JShell script of the README, run by the JDK's jshell on the test class path. */
  @Test
  void theJshellScriptLoads() throws IOException, InterruptedException {
    Path script = Paths.get("jshell", "mnr.jsh");
    assertThat(script).exists();
    Path input = Files.createTempFile("mnr-jshell", ".jsh");
    Files.writeString(
        input,
        Files.readString(script)
            + "\nSystem.out.println(\"capabilities=\" + mnr.capabilities().size());"
            + "\nSystem.out.println(\"questions=\" + survey.questions().size());"
            + "\nSystem.out.print(analysis.tally(TallyView.figure1()).toFigure().toText());\n/exit\n");
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "jshell").toString());
    command.add("--class-path");
    command.add(System.getProperty("java.class.path"));
    command.add(input.toString());
    // Output goes to a file, so that waiting for the process is what the timeout bounds.
    Path log = Files.createTempFile("mnr-jshell", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(input);
    Files.delete(log);
    assertThat(finished).as("jshell finished within 60 s; it printed:\n%s", output).isTrue();
    assertThat(output)
        .contains("mnr4j is loaded")
        .contains("capabilities=21")
        .contains("questions=81")
        .containsPattern("Leadership +32 +42 +76")
        .doesNotContain("Error:");
  }

  private static String capture(Runnable program) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
