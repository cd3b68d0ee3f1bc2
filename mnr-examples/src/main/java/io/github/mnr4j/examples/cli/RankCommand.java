package io.github.mnr4j.examples.cli;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.cohort.Ranking;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.cohort.Ranker;
import io.github.mnr4j.scoring.IndexModel;
import io.github.mnr4j.scoring.ScoringModel;
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
@Command(name = "rank", mixinStandardHelpOptions = true,
    description = "Rank a cohort's jurisdictions (cohort documents, response documents, JSON"
        + " Lines or directories of them, or 'example') by a"
        + " composite index of a model's capability values, with the weights drawn at random"
        + " (seeded) to show how certain each rank is: median rank, 5-95%% rank interval, most"
        + " likely band. Exit status: 0, or 2 for unreadable input.")
final class RankCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "A cohort, responses, JSON Lines or a directory of them; or 'example'.")
  List<String> inputs;

  @Option(names = "--model", defaultValue = "index",
      paramLabel = "index|presence|staged|MODEL.json",
      description = "The index to rank by (default: index, mnr4j's equal-weight index of the"
          + " staged values); presence or staged, or a model file that is not an index, is"
          + " ranked by an equal-weight index of its values.")
  String model;

  @Option(names = "--draws", defaultValue = "1000", paramLabel = "N",
      description = "How many weight draws (default 1000).")
  int draws;

  @Option(names = "--seed", defaultValue = "2022", paramLabel = "S",
      description = "The random seed (default 2022): the same seed gives the same ranking.")
  long seed;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (default) or json (an mnr4j.ranking document).")
  OutputFormat format;

  @Mixin
  InstrumentOption instrumentOption = new InstrumentOption();

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    CohortAnalysis analysis = Responses.analyse(inputs, instrumentOption.instrument(),
        threads.count(), spec.commandLine().getErr());
    ScoringModel scoring = InstrumentOption.model(model, analysis.instrument());
    IndexModel index = scoring instanceof IndexModel ? (IndexModel) scoring
        : IndexModel.builder().id(scoring.id() + "-index")
            .title("Equal-weight index of " + scoring.title())
            .description("The values of " + scoring.id() + ", combined with equal weights.")
            .base(scoring).build();
    Ranking ranking = Ranker.of(index).withDraws(draws).withSeed(seed).rank(analysis);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(MnrJson.strict().write(ranking, Output.RANKING));
    } else {
      out.println("Ranking of " + TextTable.printable(analysis.cohort().name()) + " by index '"
          + ranking.model() + "'; " + draws + " weight draws, seed " + seed);
      out.print(ranking.table().text());
      if (!ranking.unranked().isEmpty()) {
        out.println("not ranked (no known value): " + String.join(", ", ranking.unranked()));
      }
    }
    out.flush();
    return 0;
  }
}
