package io.github.mnr4j.examples.cli;

import io.github.mnr4j.cohort.Breakdown;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr tally}: capability tallies of a cohort. */
@Command(name = "tally", mixinStandardHelpOptions = true,
    description = "Tally a cohort (an mnr4j.cohort document, or 'example' for the embedded"
        + " synthetic cohort): per row, the jurisdictions with the capabilities in place (yes),"
        + " not in place (no) and unanswered, the denominator and the percentage of yes."
        + " Exit status: 0, or 2 for unreadable input.")
final class TallyCommand implements Callable<Integer> {
  /** The views. */
  enum View {
    figure1,
    capabilities
  }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "COHORT.json", description = "The cohort, or 'example'.")
  String cohort;

  @Option(names = "--view", defaultValue = "figure1", paramLabel = "figure1|capabilities",
      description = "figure1: the report's 18 rows (default); capabilities: one row per"
          + " capability.")
  View view;

  @Option(names = "--by", paramLabel = "ATTRIBUTE",
      description = "Break down by incomeGroup, region, instrument, status or any jurisdiction"
          + " attribute.")
  Optional<String> by;

  @Option(names = "--question", paramLabel = "QUESTION",
      description = "Count the options of a multi-choice question instead, among those who"
          + " answered it (the report's Figures 2, 4, 6, 9 and 10 count q6, q17, q28, q55 and"
          + " q62).")
  Optional<String> question;

  @Option(names = "--min-group-size", defaultValue = "1", paramLabel = "N",
      description = "With --by: suppress the counts of groups smaller than N (default 1).")
  int minGroupSize;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|tsv|json",
      description = "text (default), tsv, or json (an mnr4j.tally, mnr4j.breakdown or"
          + " mnr4j.options document).")
  TableFormat format;

  @Mixin
  InstrumentOption instrumentOption = new InstrumentOption();

  @Override
  public Integer call() {
    CohortAnalysis analysis = Cohorts.analyse(cohort, instrumentOption.instrument());
    TallyView rows = view == View.figure1 ? TallyView.figure1()
        : TallyView.capabilities(analysis.instrument().framework());
    PrintWriter out = spec.commandLine().getOut();
    if (question.isPresent()) {
      OptionTally options = analysis.options(question.get());
      print(out, options.table(), () -> MnrJson.strict().write(options, Output.OPTIONS));
    } else if (by.isPresent()) {
      Breakdown breakdown = analysis.breakdown(rows, by.get(), minGroupSize);
      print(out, breakdown.table(), () -> MnrJson.strict().write(breakdown, Output.BREAKDOWN));
    } else {
      Tally tally = analysis.tally(rows);
      print(out, tally.table(), () -> MnrJson.strict().write(tally, Output.TALLY));
    }
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, TextTable table, Supplier<String> json) {
    switch (format) {
      case json:
        out.println(json.get());
        break;
      case tsv:
        out.print(table.tsv());
        break;
      default:
        out.print(table.text());
    }
  }
}
