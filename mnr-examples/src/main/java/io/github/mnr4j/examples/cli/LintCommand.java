package io.github.mnr4j.examples.cli;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.InstrumentChecks;
import io.github.mnr4j.survey.InstrumentFinding;
import io.github.mnr4j.survey.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr lint}: the instrument checks. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Check an instrument (an mnr4j.instrument document) for backward or self"
        + " skips, enablement cycles, unreachable questions, options that disable their own"
        + " question, conditions that do not fit their question and uninformed capabilities."
        + " Exit status: 0 clean, 1 errors found, 2 unreadable input (including references"
        + " that do not resolve, reported with their JSON Pointer).")
final class LintCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "INSTRUMENT.json", description = "The instrument to check.")
  Path file;

  @Override
  public Integer call() {
    Instrument instrument = Inputs.read(file, Document.INSTRUMENT);
    List<InstrumentFinding> findings = InstrumentChecks.run(instrument);
    PrintWriter out = spec.commandLine().getOut();
    findings.forEach(finding -> out.println(TextTable.printable(finding.toString())));
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    out.println(TextTable.printable(file + ": " + instrument.reference()) + ": " + plural(errors, "error") + ", "
        + plural(findings.size() - errors, "warning"));
    out.flush();
    return errors > 0 ? 1 : 0;
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
