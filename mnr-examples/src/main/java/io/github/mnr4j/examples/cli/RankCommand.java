package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.scoring.IndexModel;
import io.github.mnr4j.scoring.Ranker;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.ScoringModel;
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

/** {@code mnr rank}: a composite-index ranking with Monte Carlo rank intervals. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description =
        "Rank a cohort's jurisdictions (cohort documents, response documents, JSON"
            + " Lines or directories of them, or 'example') by a"
            + " composite index of a model's capability values, with the weights drawn at random"
            + " (seeded) to show how certain each rank is: median rank, 5-95%% rank interval, most"
            + " likely band. A ranking shows jurisdictions one by one, so it needs"
            + " --min-group-size 1, the opt-in of the disclosure policy, and says so."
            + " Exit status: 0, or 2 for a usage error (such as no opt-in) or unreadable input.")
final class RankCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "A cohort, responses, JSON Lines or a directory of them; or 'example'.")
  List<String> inputs;

  @Option(
      names = "--model",
      defaultValue = "index",
      paramLabel = "index|presence|staged|MODEL.json",
      description =
          "The index to rank by (default: index, mnr4j's equal-weight index of the"
              + " staged values); presence or staged, or a model file that is not an index, is"
              + " ranked by an equal-weight index of its values.")
  String model;

  /** The weight draws unless --draws says otherwise; mnr chart ranking draws as many. */
  static final int DRAWS = 1000;

  /** The seed unless --seed says otherwise; mnr chart ranking uses it too. */
  static final long SEED = 2022;

  @Option(
      names = "--draws",
      paramLabel = "N",
      description = "How many weight draws (default " + DRAWS + ").")
  int draws = DRAWS;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "The random seed (default " + SEED + "): the same seed gives the same" + " ranking.")
  long seed = SEED;

  @Mixin TableOptions output = new TableOptions();

  @Mixin ValidityOption validity = new ValidityOption();

  @Mixin InstrumentOption instrumentOption = new InstrumentOption();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Mixin DisclosureOption disclosure = new DisclosureOption();

  /** The model as an index: itself, or an equal-weight index of its values. */
  static IndexModel index(ScoringModel scoring) {
    return scoring instanceof IndexModel
        ? (IndexModel) scoring
        : IndexModel.builder()
            .id(scoring.id() + "-index")
            .title("Equal-weight index of " + scoring.title())
            .description("The values of " + scoring.id() + ", combined with equal weights.")
            .base(scoring)
            .build();
  }

  @Override
  public Integer call() {
    output.check();
    validity.check();
    disclosure.requirePerJurisdiction("a ranking");
    InstrumentSet instruments = instrumentOption.instruments();
    Instrument instrument = instruments.instrument();
    IndexModel index = index(InstrumentOption.model(model, instrument));
    Accumulator<Assessment, Ranking> ranked =
        Ranker.of(index).withDraws(draws).withSeed(seed).accumulator(instrument.framework());
    Responses.admitEach(
        inputs, instruments, threads.count(), validity, ranked::add, spec.commandLine().getErr());
    Ranking ranking = ranked.result();
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == TableFormat.text) {
      out.println(
          "Ranking of "
              + Messages.printable(Responses.cohortName(inputs))
              + " by index '"
              + ranking.modelId()
              + "'; "
              + draws
              + " weight draws, seed "
              + seed);
    }
    output.print(
        out,
        spec.commandLine().getErr(),
        ranking.toTable(),
        () -> MnrJson.strict().write(ranking, Output.RANKING),
        validity,
        disclosure);
    if (output.format == TableFormat.text && !ranking.unranked().isEmpty()) {
      out.println(
          Messages.printable(
              "not ranked (too little known for an index value): "
                  + String.join(", ", ranking.unranked())));
    }
    out.flush();
    return 0;
  }
}
