package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Option(names = "--instrument", paramLabel = "INSTRUMENT.json",
      description = "An instrument of one's own (an mnr4j.instrument document).")
  Optional<Path> instrumentFile;

  @Override
  public Integer call() {
    Instrument instrument = instrumentFile.map(f -> Inputs.read(f, Instrument.class))
        .orElse(Instruments.mnrSurvey2021());
    ScoringModel scoring = model(instrument);
    Response response = Inputs.read(file, Response.class);
    ValidationReport report = Validator.of(instrument).validate(response);
    Scorecard card = scoring.score(Assessor.of(instrument).assess(response));
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(MnrJson.strict().write(card));
    } else {
      out.print(card.table());
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

  private ScoringModel model(Instrument instrument) {
    if (Set.of("presence", "staged", "index").contains(model)) {
      return ScoringModels.builtIn(model);
    }
    Path path = Path.of(model);
    try {
      return MnrJson.strict().readModel(Files.readString(path, StandardCharsets.UTF_8),
          instrument);
    } catch (NoSuchFileException e) {
      throw new MnrException(model + ": no such file, and not a built-in model (presence,"
          + " staged, index)");
    } catch (IOException e) {
      throw new MnrException(model + ": cannot read: " + e.getMessage());
    } catch (MnrException e) {
      throw new MnrException(model + ": " + e.getMessage(), e);
    }
  }
}
