package io.github.mnr4j.examples.cli;

import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.InstrumentCheckReport;
import io.github.mnr4j.survey.InstrumentChecks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr lint}: the instrument checks. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description =
        "Check an instrument (an mnr4j.instrument document) for backward or self"
            + " skips, enablement cycles, unreachable questions, options that disable their own"
            + " question, conditions that do not fit their question and uninformed capabilities;"
            + " or a crosswalk (an mnr4j.crosswalk document) as mnr crosswalk check does."
            + " Exit status: 0 clean, 1 errors found, 2 unreadable input (including references"
            + " that do not resolve, reported with their JSON Pointer).")
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "INSTRUMENT.json",
      description = "The instrument to check, or a crosswalk.")
  Path file;

  @Mixin CrosswalkEnds ends = new CrosswalkEnds();

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description =
          "text: a line per finding, then a summary (default); json: the"
              + " mnr4j.instrument-checks document.")
  OutputFormat format;

  @Override
  public Integer call() {
    if (Inputs.format(file).filter("mnr4j.crosswalk"::equals).isPresent()) {
      return CrosswalkCommand.Check.check(file, ends, format, spec.commandLine().getOut());
    }
    Instrument instrument = Inputs.read(file, Document.INSTRUMENT);
    InstrumentCheckReport report = InstrumentChecks.check(instrument);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(MnrJson.strict().write(report, Output.INSTRUMENT_CHECKS));
    } else {
      report.findings().forEach(finding -> out.println(Messages.printable(finding.toString())));
      out.println(
          Messages.printable(file + ": " + instrument.reference())
              + ": "
              + plural(report.errors().size(), "error")
              + ", "
              + plural(report.warnings().size(), "warning"));
    }
    out.flush();
    return report.hasErrors() ? 1 : 0;
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
