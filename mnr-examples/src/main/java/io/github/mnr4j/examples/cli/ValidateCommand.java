package io.github.mnr4j.examples.cli;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr validate}: validation findings for responses. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate responses (mnr4j.response documents) against the instrument they"
        + " name: the built-in wpga-mnr-survey@2021, or the one given with --instrument. Prints"
        + " each finding with its question id and JSON Pointer. Exit status: 0 all valid, 1"
        + " findings of severity error, 2 unreadable input.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RESPONSE.json", description = "Responses.")
  List<Path> files;

  @Mixin
  InstrumentOption instrumentOption = new InstrumentOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instrument instrument = instrumentOption.instrument();
    Validator validator = Validator.of(instrument);
    int status = 0;
    for (Path file : files) {
      Response response;
      try {
        response = Inputs.read(file, Document.RESPONSE);
      } catch (MnrException e) {
        err.println("mnr: " + e.getMessage());
        status = Mnr.USAGE_OR_INPUT;
        continue;
      }
      ValidationReport report = validator.validate(response);
      out.println(TextTable.printable(file + ": " + response.jurisdiction() + ", "
          + response.instrument()) + ", "
          + response.status().id() + ": " + (report.isValid() ? "valid" : "invalid") + " ("
          + LintCommand.plural(report.errors().size(), "error") + ", "
          + LintCommand.plural(report.warnings().size(), "warning") + ")");
      report.findings().forEach(finding ->
          out.println("  " + TextTable.printable(finding.toString())));
      if (!report.isValid() && status == 0) {
        status = 1;
      }
    }
    out.flush();
    err.flush();
    return status;
  }
}
