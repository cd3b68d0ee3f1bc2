package io.github.mnr4j.examples.cli;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.cohort.RoundComparison;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr compare}: changes between two rounds. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare two rounds of the same jurisdictions (each a cohort document, JSON"
        + " Lines, a directory of response files, or 'example'): the"
        + " change in each Figure 1 row's counts, and each jurisdiction's capabilities gained,"
        + " lost, newly answered or no longer answered, with their levels under the staged"
        + " model. Exit status: 0, or 2 for unreadable input.")
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROUND1", description = "The earlier round.")
  String before;

  @Parameters(index = "1", paramLabel = "ROUND2", description = "The later round.")
  String after;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (default) or json (an mnr4j.comparison document).")
  OutputFormat format;

  @Mixin
  InstrumentOption instrumentOption = new InstrumentOption();

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    CohortAnalysis earlier = Responses.analyse(List.of(before), instrumentOption.instrument(),
        threads.count(), spec.commandLine().getErr());
    CohortAnalysis later = Responses.analyse(List.of(after), instrumentOption.instrument(),
        threads.count(), spec.commandLine().getErr());
    RoundComparison comparison = RoundComparison.compare(earlier, later);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(MnrJson.strict().write(comparison, Output.COMPARISON));
    } else {
      out.println(TextTable.printable(comparison.before() + " -> " + comparison.after()) + ": "
          + comparison.count(RoundComparison.Change.GAINED) + " capabilities gained, "
          + comparison.count(RoundComparison.Change.LOST) + " lost, "
          + comparison.count(RoundComparison.Change.NEWLY_ANSWERED) + " newly answered, "
          + comparison.count(RoundComparison.Change.NO_LONGER_ANSWERED)
          + " no longer answered");
      if (!comparison.onlyBefore().isEmpty() || !comparison.onlyAfter().isEmpty()) {
        out.println(TextTable.printable("only in " + comparison.before() + ": "
            + comparison.onlyBefore() + "; only in " + comparison.after() + ": "
            + comparison.onlyAfter()));
      }
      out.println();
      out.print(comparison.rowTable().text());
      out.println();
      out.print(comparison.changeTable().text());
    }
    out.flush();
    return 0;
  }
}
