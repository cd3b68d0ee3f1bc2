package io.github.mnr4j.examples.cli;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.scoring.Sensitivity;
import io.github.mnr4j.scoring.SensitivityAnalysis;
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

/** {@code mnr sensitivity}: which of a model's uncertain parameters matters most. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description =
        "Which of the choices a model's designer was unsure of matters most to a cohort's"
            + " results: Sobol's first- and total-order indices of each cohort measure (the mean"
            + " overall and domain scores, how many capabilities reach each level) with respect to"
            + " each parameter the model document declares in 'uncertain', with 95%% bootstrap"
            + " intervals, the largest total effect first. The measures are of the whole cohort,"
            + " which must hold at least the disclosure policy's minimum group size. Exit status:"
            + " 0, or 2 for a usage error (such as too small a cohort) or unreadable input.")
final class SensitivityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "MODEL",
      description = "A model file (mnr4j.model, with its uncertain parameters).")
  String model;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "INPUT",
      description = "A cohort, responses, JSON Lines or a directory of them; or 'example'.")
  List<String> inputs;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description =
          "Base samples of the Sobol sequence (default 1024); the model is evaluated N times the"
              + " parameters plus two.")
  int samples = 1024;

  @Option(
      names = "--bootstrap",
      paramLabel = "R",
      description = "Bootstrap resamples for the intervals (default 500).")
  int bootstrap = 500;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "The bootstrap's seed (default "
              + RankCommand.SEED
              + "): the same seed gives the same result on any number of threads.")
  long seed = RankCommand.SEED;

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
    UncertainModel uncertain = InstrumentOption.uncertainModel(model, instrument);
    SensitivityAnalysis analysis =
        SensitivityAnalysis.of(uncertain)
            .withBaseSamples(samples)
            .withBootstrap(bootstrap)
            .withSeed(seed);
    List<Assessment> cohort =
        Responses.admitted(
            inputs, instruments, threads.count(), validity, spec.commandLine().getErr());
    disclosure.requireCohortOf(cohort.size(), "the measures");
    Sensitivity sensitivity =
        Folds.overIndices(
            analysis.sampleCount(),
            () -> analysis.samplesOver(instrument.framework(), cohort),
            threads.count());
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == TableFormat.text) {
      out.println(
          "Sensitivity of "
              + Messages.printable(Responses.cohortName(inputs))
              + " to the "
              + uncertain.parameters().size()
              + " uncertain parameters of model '"
              + sensitivity.modelId()
              + "'");
    }
    output.print(
        out,
        spec.commandLine().getErr(),
        sensitivity.toTable(),
        () -> MnrJson.strict().write(sensitivity, Output.SENSITIVITY),
        validity,
        disclosure);
    out.flush();
    return 0;
  }
}
