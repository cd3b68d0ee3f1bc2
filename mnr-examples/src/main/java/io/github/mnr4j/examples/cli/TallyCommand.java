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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
        + " With --by, groups of fewer than " + Breakdown.SAFE_MIN_GROUP_SIZE + " jurisdictions"
        + " are suppressed unless --min-group-size says otherwise."
        + " Exit status: 0, or 2 for a usage error, an unknown attribute or unreadable input"
        + " (every problem is listed on stderr, and nothing is tallied).")
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

  @Option(names = "--view", paramLabel = "figure1|capabilities",
      description = "figure1: the report's 18 rows (default); capabilities: one row per"
          + " capability.")
  Optional<View> view;

  @Option(names = "--by", paramLabel = "ATTRIBUTE",
      description = "Break down by incomeGroup, region, instrument, status or any jurisdiction"
          + " attribute.")
  Optional<String> by;

  @Option(names = "--question", paramLabel = "QUESTION",
      description = "Count the options of a multi-choice question instead, among those who"
          + " answered it (the report's Figures 2, 4, 6, 9 and 10 count q6, q17, q28, q55 and"
          + " q62).")
  Optional<String> question;

  @Option(names = "--min-group-size", paramLabel = "N",
      description = "With --by: suppress the counts of groups smaller than N (default "
          + Breakdown.SAFE_MIN_GROUP_SIZE + ", so that no jurisdiction's answers can be read"
          + " off its group's). A smaller N exposes smaller groups, and 1 prints single"
          + " jurisdictions' answers: only for data you may show that way.")
  Optional<Integer> minGroupSize;

  @Mixin
  TableOptions output = new TableOptions();

  @Mixin
  InstrumentOption instrumentOption = new InstrumentOption();

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    refuseUselessOptions();
    output.check();
    Instrument instrument = instrumentOption.instrument();
    Framework framework = instrument.framework();
    TallyView rows = view.orElse(View.figure1) == View.figure1 ? TallyView.figure1()
        : TallyView.capabilities(framework);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (question.isPresent()) {
      OptionTally.Accumulator options = OptionTally.accumulator(instrument, question.get());
      Responses.assess(inputs, instrument, threads.count(), options::add, err);
      OptionTally result = options.result();
      output.print(out, result.table(), () -> MnrJson.strict().write(result, Output.OPTIONS));
    } else if (by.isPresent()) {
      Breakdown.Accumulator breakdown = Breakdown.accumulator(rows, framework, by.get(),
          minGroupSize.orElse(Breakdown.SAFE_MIN_GROUP_SIZE));
      Set<String> attributes = new TreeSet<>();
      Responses.assess(inputs, instrument, threads.count(), assessment -> {
        attributes.addAll(assessment.jurisdiction().attributes().keySet());
        breakdown.add(assessment);
      }, err);
      requireKnownAttribute(by.get(), attributes);
      Breakdown result = breakdown.result();
      output.print(out, result.table(), () -> MnrJson.strict().write(result, Output.BREAKDOWN));
    } else {
      Tally.Accumulator tally = Tally.accumulator(rows, framework);
      Responses.assess(inputs, instrument, threads.count(), tally::add, err);
      Tally result = tally.result();
      output.print(out, result.table(), () -> MnrJson.strict().write(result, Output.TALLY));
    }
    out.flush();
    return 0;
  }

  /**
   * Refuses to group by an attribute that no jurisdiction has, which would make one group of
   * everyone: a typo, most likely. The message lists the attributes there are.
   */
  static void requireKnownAttribute(String attribute, Set<String> attributes) {
    if (!BUILT_IN_ATTRIBUTES.contains(attribute) && !attributes.contains(attribute)) {
      List<String> known = new ArrayList<>(BUILT_IN_ATTRIBUTES);
      known.addAll(attributes);
      throw new MnrException("no jurisdiction has the attribute '"
          + TextTable.printable(attribute) + "'; known: " + String.join(", ", known));
    }
  }

  /** Options that would do nothing together are a usage error, not silently ignored. */
  private void refuseUselessOptions() {
    if (minGroupSize.isPresent() && by.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--min-group-size is for --by only");
    }
    if (question.isPresent() && by.isPresent()) {
      throw new ParameterException(spec.commandLine(), "--question counts options in the"
          + " whole cohort; it cannot be combined with --by");
    }
    if (question.isPresent() && view.isPresent()) {
      throw new ParameterException(spec.commandLine(), "--view chooses tally rows; --question"
          + " counts options instead: give one of them");
    }
  }
}
