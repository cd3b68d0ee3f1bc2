package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr score}: a response's scorecard. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score a response (an mnr4j.response document): each capability's status,"
        + " level, value and the reason, then the domains and overall. Exit status: 0, or 2 for"
        + " unreadable input (including a model that does not fit the instrument).")
final class ScoreCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "RESPONSE.json", description = "The response.")
  Path file;

  @Option(names = "--model", defaultValue = "staged", paramLabel = "presence|staged|index|MODEL.json",
      description = "A built-in model (default: staged, mnr4j's illustrative model) or an"
          + " mnr4j.model document.")
  String model;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text: a table with each capability's level and reason (default); json: the"
          + " mnr4j.scorecard document.")
  OutputFormat format;

  @Mixin
  InstrumentOption instrumentOption = new InstrumentOption();

  @Override
  public Integer call() {
    Instrument instrument = instrumentOption.instrument();
    ScoringModel scoring = InstrumentOption.model(model, instrument);
    Response response = Inputs.read(file, Document.RESPONSE);
    if (!response.instrument().equals(instrument.reference())) {
      throw new MnrException(file + ": the response answers '"
          + TextTable.printable(response.instrument()) + "', not '" + instrument.reference()
          + "' (give its instrument with --instrument)");
    }
    ValidationReport report = Validator.of(instrument).validate(response);
    Scorecard card = scoring.score(Assessor.of(instrument).assess(response));
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(MnrJson.strict().write(card, Document.SCORECARD));
    } else {
      out.print(card.table().text());
    }
    if (!report.isValid()) {
      spec.commandLine().getErr().println("mnr: note: " + file + " has "
          + LintCommand.plural(report.errors().size(), "validation error")
          + "; answers to disabled questions were not scored (see mnr validate)");
    }
    out.flush();
    spec.commandLine().getErr().flush();
    return 0;
  }
}
