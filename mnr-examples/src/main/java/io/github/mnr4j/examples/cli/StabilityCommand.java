package io.github.mnr4j.examples.cli;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.scoring.LevelStability;
import io.github.mnr4j.scoring.Stability;
import io.github.mnr4j.scoring.UncertainModel;
import io.github.mnr4j.survey.Instrument;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr stability}: how sure each level is under a model's uncertain parameters. */
@Command(
    name = "stability",
    mixinStandardHelpOptions = true,
    description =
        "How much a cohort's levels depend on the choices a model's designer was unsure of: the"
            + " parameters the model document declares in 'uncertain' are drawn at random"
            + " (seeded), and each jurisdiction gets the probability of each level of each"
            + " capability, 'stable' when one level reaches --stable-at, otherwise 'between X and"
            + " Y'; --scores gives the median and 5-95%% interval of each domain and overall"
            + " score instead. It shows jurisdictions one by one, so it needs --min-group-size 1,"
            + " the opt-in of the disclosure policy, and says so. Exit status: 0, or 2 for a"
            + " usage error (such as no opt-in) or unreadable input.")
final class StabilityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "MODEL",
      description =
          "A model file (mnr4j.model, with its uncertain parameters), or presence, staged or"
              + " index (nothing uncertain: every level is stable).")
  String model;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "INPUT",
      description = "A cohort, responses, JSON Lines or a directory of them; or 'example'.")
  List<String> inputs;

  @Mixin StabilityOptions drawing = new StabilityOptions();

  @Option(
      names = "--scores",
      description =
          "Show each domain's and the overall score (nominal, median, 5-95%% interval) instead"
              + " of the capabilities' levels.")
  boolean scores;

  @Mixin TableOptions output = new TableOptions();

  @Mixin ValidityOption validity = new ValidityOption();

  @Mixin InstrumentOption instrumentOption = new InstrumentOption();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Mixin DisclosureOption disclosure = new DisclosureOption();

  @Override
  public Integer call() {
    output.check();
    validity.check();
    disclosure.requirePerJurisdiction("level stability");
    InstrumentSet instruments = instrumentOption.instruments();
    Instrument instrument = instruments.instrument();
    UncertainModel uncertain = InstrumentOption.uncertainModel(model, instrument);
    LevelStability analysis = drawing.of(uncertain);
    List<Assessment> cohort =
        Responses.admitted(
            inputs, instruments, threads.count(), validity, spec.commandLine().getErr());
    Stability stability = draw(analysis, instrument.framework(), cohort, threads.count());
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == TableFormat.text) {
      out.println(
          "Level stability of "
              + Messages.printable(Responses.cohortName(inputs))
              + " under model '"
              + stability.modelId()
              + "'; "
              + uncertain.parameters().size()
              + " uncertain parameters, "
              + analysis.drawCount()
              + " draws, seed "
              + drawing.seed);
    }
    TextTable table = scores ? stability.toScoreTable() : stability.toTable();
    output.print(
        out,
        spec.commandLine().getErr(),
        table,
        () -> MnrJson.strict().write(stability, Output.STABILITY),
        validity,
        disclosure);
    out.flush();
    return 0;
  }

  /** Makes every draw, split over threads: the result is the same for any number of them. */
  static Stability draw(
      LevelStability analysis, Framework framework, List<Assessment> cohort, int threads) {
    return Folds.overIndices(
        analysis.drawCount(), () -> analysis.drawsOver(framework, cohort), threads);
  }
}
