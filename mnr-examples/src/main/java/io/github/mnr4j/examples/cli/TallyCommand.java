package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.cohort.Breakdown;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.survey.Instrument;
import java.io.PrintWriter;
import java.util.List;
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
    description = "Tally responses as they are read, in memory that does not grow with them:"
        + " per row, the jurisdictions with the capabilities in place (yes), not in place (no)"
        + " and unanswered, the denominator and the percentage of yes. The inputs are cohort"
        + " documents, response documents, JSON Lines (.jsonl, one response a line),"
        + " gzip-compressed or not, directories of such files, or 'example' for the embedded"
        + " synthetic cohort; together they are one cohort, a jurisdiction at most once."
        + " Exit status: 0, or 2 for unreadable input (every problem is listed on stderr, and"
        + " nothing is tallied).")
final class TallyCommand implements Callable<Integer> {
  /** The views. */
  enum View {
    figure1,
    capabilities
  }

  /** The attributes every jurisdiction has, or may have, beside its own. */
  private static final List<String> BUILT_IN_ATTRIBUTES =
      List.of("incomeGroup", "region", "instrument", "status");

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "A cohort, responses, JSON Lines or a directory of them; or 'example'.")
  List<String> inputs;

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

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    Instrument instrument = instrumentOption.instrument();
    Framework framework = instrument.framework();
    TallyView rows = view == View.figure1 ? TallyView.figure1()
        : TallyView.capabilities(framework);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (question.isPresent()) {
      OptionTally.Accumulator options = OptionTally.accumulator(instrument, question.get());
      Responses.assess(inputs, instrument, threads.count(), options::add, err);
      OptionTally result = options.result();
      print(out, result.table(), () -> MnrJson.strict().write(result, Output.OPTIONS));
    } else if (by.isPresent()) {
      Breakdown.Accumulator breakdown = Breakdown.accumulator(rows, framework, by.get(),
          minGroupSize);
      Responses.assess(inputs, instrument, threads.count(), breakdown::add, err);
      Breakdown result = breakdown.result();
      if (!BUILT_IN_ATTRIBUTES.contains(by.get()) && result.groups().stream()
          .allMatch(g -> g.value().equals("(none)"))) {
        throw new MnrException("no jurisdiction has the attribute '"
            + TextTable.printable(by.get()) + "' (besides their own attributes, every"
            + " jurisdiction has " + String.join(", ", BUILT_IN_ATTRIBUTES) + ")");
      }
      print(out, result.table(), () -> MnrJson.strict().write(result, Output.BREAKDOWN));
    } else {
      Tally.Accumulator tally = Tally.accumulator(rows, framework);
      Responses.assess(inputs, instrument, threads.count(), tally::add, err);
      Tally result = tally.result();
      print(out, result.table(), () -> MnrJson.strict().write(result, Output.TALLY));
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
