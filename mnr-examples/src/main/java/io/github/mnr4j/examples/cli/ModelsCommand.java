package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.scoring.ModelComparison;
import io.github.mnr4j.survey.Instrument;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr models}: candidate models side by side. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "Candidate maturity models side by side on a cohort: mnr models compare.",
    subcommands = {ModelsCommand.Compare.class})
final class ModelsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "mnr models needs a command: compare");
  }

  /** {@code mnr models compare}. */
  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description =
          "Compare two staged models (presence, staged or model files) on one cohort: for each"
              + " capability, how far they agree (weighted agreement and Cohen's weighted kappa,"
              + " each level placed at its position in its model) and the criterion that most"
              + " often makes the difference, the least agreement first; --table crosstab gives"
              + " how many jurisdictions each pair of levels holds. Aggregates only, of a cohort"
              + " of at least the minimum group size. Exit status: 0, or 2 for a usage error"
              + " (such as too small a cohort, or a model without levels) or unreadable input.")
  static final class Compare implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL1", description = "The first model.")
    String first;

    @Parameters(index = "1", paramLabel = "MODEL2", description = "The second model.")
    String second;

    @Parameters(
        index = "2..*",
        arity = "1..*",
        paramLabel = "INPUT",
        description = "A cohort, responses, JSON Lines or a directory of them; or 'example'.")
    List<String> inputs;

    /** The tables. */
    enum Table {
      agreement,
      crosstab
    }

    @Option(
        names = "--table",
        defaultValue = "agreement",
        paramLabel = "agreement|crosstab",
        description =
            "agreement: a row per capability (default); crosstab: a row per capability and pair"
                + " of levels.")
    Table table;

    @Mixin TableOptions output = new TableOptions();

    @Mixin ValidityOption validity = new ValidityOption();

    @Mixin InstrumentOption instrumentOption = new InstrumentOption();

    @Mixin ThreadsOption threads = new ThreadsOption();

    @Mixin DisclosureOption disclosure = new DisclosureOption();

    @Override
    public Integer call() {
      output.check();
      validity.check();
      InstrumentSet instruments = instrumentOption.instruments();
      Instrument instrument = instruments.instrument();
      Accumulator<Assessment, ModelComparison> comparison =
          ModelComparison.accumulator(
              InstrumentOption.model(first, instrument),
              InstrumentOption.model(second, instrument),
              instrument.framework());
      Responses.admitEach(
          inputs,
          instruments,
          threads.count(),
          validity,
          comparison::add,
          spec.commandLine().getErr());
      ModelComparison result = comparison.result();
      disclosure.requireCohortOf(result.jurisdictionCount(), "a comparison");
      PrintWriter out = spec.commandLine().getOut();
      if (output.format == TableFormat.text) {
        out.println(
            "Models '"
                + result.firstModelId()
                + "' and '"
                + result.secondModelId()
                + "' on "
                + Messages.printable(Responses.cohortName(inputs)));
      }
      TextTable shown = table == Table.crosstab ? result.toCrossTable() : result.toTable();
      output.print(
          out,
          spec.commandLine().getErr(),
          shown,
          () -> MnrJson.strict().write(result, Output.MODEL_COMPARISON),
          validity,
          disclosure);
      out.flush();
      return 0;
    }
  }
}
