package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.cohort.Breakdown;
import io.github.mnr4j.cohort.DisclosurePolicy;
import io.github.mnr4j.cohort.OptionBreakdown;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.cohort.Where;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr tally}: capability tallies of a cohort. */
@Command(
    name = "tally",
    mixinStandardHelpOptions = true,
    description =
        "Tally responses as they are read, in memory that does not grow with them:"
            + " per row, the jurisdictions with the capabilities in place (yes), not in place (no)"
            + " and unanswered, the denominator and the percentage of yes. The inputs are cohort"
            + " documents, response documents, JSON Lines (.jsonl, one response a line),"
            + " gzip-compressed or not, directories of such files, or 'example' for the embedded"
            + " synthetic cohort; together they are one cohort, a jurisdiction at most once."
            + " --where counts part of them (Figure 4 counts q17 where incomeGroup=high)."
            + " Under the disclosure policy, counts of fewer than "
            + DisclosurePolicy.SAFE_MIN_GROUP_SIZE
            + " jurisdictions (with --question: answers) are not shown: --by suppresses such"
            + " groups and those that would give them away, and a cohort or --where part that"
            + " keeps or leaves out fewer is refused, unless --min-group-size says otherwise."
            + " Every format says when the data are synthetic, which part of the cohort was"
            + " counted, which rows the report did not publish, and which responses with"
            + " validation errors were counted (--valid-only leaves them out, --strict refuses"
            + " them). Exit status: 0; 1 when --strict refuses; 2 for a usage error, an unknown"
            + " attribute or unreadable input (every problem is listed on stderr, and nothing is"
            + " tallied).")
final class TallyCommand implements Callable<Integer> {
  /** The views. */
  enum View {
    figure1,
    capabilities,
    figure3,
    figure5,
    figure7,
    figure8,
    figure11,
    figure12
  }

  /** The attributes every jurisdiction has, or may have, beside its own. */
  private static final List<String> BUILT_IN_ATTRIBUTES =
      List.of("incomeGroup", "region", "instrument", "status", "received");

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "A cohort, responses, JSON Lines or a directory of them; or 'example'.")
  List<String> inputs;

  @Option(
      names = "--view",
      paramLabel = "VIEW",
      description =
          "figure1: the report's 18 rows (default); capabilities: one row per capability;"
              + " figure3, figure5, figure7, figure8, figure11, figure12: the report's overview"
              + " of domain 1 to 6, Figure 1's rows of that domain.")
  Optional<View> view;

  @Option(
      names = "--by",
      paramLabel = "ATTRIBUTE",
      description =
          "Break down by incomeGroup, region, instrument, status, received (the month a"
              + " response was received) or any jurisdiction"
              + " attribute; with --question, count the options per group.")
  Optional<String> by;

  @Option(
      names = "--question",
      paramLabel = "QUESTION",
      description =
          "Count the options of a question instead, among those who answered it: a"
              + " multi-choice question (the report's Figures 2, 4, 6, 9 and 10 count q6, q17, q28,"
              + " q55 and q62), a yes/no one (q10, q33) or a coded text one (q52, q78).")
  Optional<String> question;

  @Option(
      names = "--where",
      paramLabel = "ATTRIBUTE=VALUE",
      description =
          "Count only the jurisdictions whose attribute has the value, such as"
              + " incomeGroup=high; repeat to require several.")
  List<String> where = new ArrayList<>();

  @Mixin DisclosureOption disclosure = new DisclosureOption();

  @Mixin TableOptions output = new TableOptions();

  @Mixin ValidityOption validity = new ValidityOption();

  @Mixin InstrumentOption instrumentOption = new InstrumentOption();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    refuseUselessOptions();
    output.check();
    validity.check();
    InstrumentSet instruments = instrumentOption.instruments();
    Framework framework = instruments.instrument().framework();
    View chosen = view.orElse(View.figure1);
    TallyView rows =
        chosen == View.capabilities
            ? TallyView.capabilities(framework)
            : TallyView.findReportView(chosen.name()).orElseThrow();
    PrintWriter out = spec.commandLine().getOut();
    List<Where> filters = filters(spec, where);
    DisclosurePolicy policy = disclosure.policy();
    Set<String> attributes = new TreeSet<>();
    if (question.isPresent() && by.isPresent()) {
      InstrumentSet counting = instruments.counting(question.get());
      Accumulator<Assessment, OptionBreakdown> breakdown =
          OptionBreakdown.accumulator(
              counting.instrument(),
              question.get(),
              counting.others(),
              by.get(),
              policy,
              filters.toArray(new Where[0]));
      assess(counting, attributes, breakdown::add);
      OptionBreakdown result = breakdown.result();
      print(out, result.toTable(), () -> MnrJson.strict().write(result, Output.OPTIONS_BREAKDOWN));
    } else if (question.isPresent()) {
      InstrumentSet counting = instruments.counting(question.get());
      Accumulator<Assessment, OptionTally> options =
          OptionTally.accumulator(
              counting.instrument(),
              question.get(),
              counting.others(),
              filters.toArray(new Where[0]));
      assess(counting, attributes, options::add);
      OptionTally result = options.result();
      policy.check(result);
      print(
          out,
          disclosure.noted(result.toTable()),
          () -> MnrJson.strict().write(result, Output.OPTIONS));
    } else if (by.isPresent()) {
      Accumulator<Assessment, Breakdown> breakdown =
          Breakdown.accumulator(rows, framework, by.get(), policy, filters.toArray(new Where[0]));
      assess(instruments, attributes, breakdown::add);
      Breakdown result = breakdown.result();
      print(out, result.toTable(), () -> MnrJson.strict().write(result, Output.BREAKDOWN));
    } else {
      Accumulator<Assessment, Tally> tally =
          Tally.accumulator(rows, framework, filters.toArray(new Where[0]));
      assess(instruments, attributes, tally::add);
      Tally result = tally.result();
      policy.check(result);
      print(
          out,
          disclosure.noted(result.toTable()),
          () -> MnrJson.strict().write(result, Output.TALLY));
    }
    out.flush();
    return 0;
  }

  /** Prints a result with what --valid-only left out: in the table's notes, or on stderr. */
  private void print(PrintWriter out, TextTable table, Supplier<String> json) {
    output.print(out, validity.noted(table), json);
    if (output.format == TableFormat.json) {
      validity.tell(spec.commandLine().getErr());
      disclosure.tell(spec.commandLine().getErr());
    }
  }

  /**
   * Assesses the inputs into a counter, then refuses attributes that no jurisdiction has (in --by
   * and --where), before anything is printed; with --strict, refuses responses with validation
   * errors.
   */
  private void assess(
      InstrumentSet instruments, Set<String> attributes, Consumer<Assessment> counter) {
    Responses.assess(
        inputs,
        instruments,
        threads.count(),
        assessment -> {
          attributes.addAll(assessment.jurisdiction().attributes().keySet());
          if (validity.admits(assessment)) {
            counter.accept(assessment);
          }
        },
        spec.commandLine().getErr());
    validity.refuseIfStrict();
    by.ifPresent(attribute -> requireKnownAttribute(attribute, attributes));
    for (String filter : where) {
      requireKnownAttribute(Where.parse(filter).attribute(), attributes);
    }
  }

  /** Reads --where options; a malformed one is a usage error. */
  static List<Where> filters(CommandSpec spec, List<String> where) {
    List<Where> filters = new ArrayList<>();
    for (String text : where) {
      try {
        filters.add(Where.parse(text));
      } catch (MnrException e) {
        throw new ParameterException(spec.commandLine(), "--where: " + e.getMessage());
      }
    }
    return filters;
  }

  /**
   * Refuses to group by an attribute that no jurisdiction has, which would make one group of
   * everyone: a typo, most likely. The message lists the attributes there are.
   */
  static void requireKnownAttribute(String attribute, Set<String> attributes) {
    if (!BUILT_IN_ATTRIBUTES.contains(attribute) && !attributes.contains(attribute)) {
      List<String> known = new ArrayList<>(BUILT_IN_ATTRIBUTES);
      known.addAll(attributes);
      throw new MnrException(
          "no jurisdiction has the attribute '"
              + Messages.printable(attribute)
              + "'; known: "
              + String.join(", ", known));
    }
  }

  /** Options that would do nothing together are a usage error, not silently ignored. */
  private void refuseUselessOptions() {
    disclosure.policy(); // a minimum below 1 is a usage error before anything is read
    if (question.isPresent() && view.isPresent()) {
      throw new ParameterException(
          spec.commandLine(),
          "--view chooses tally rows; --question" + " counts options instead: give one of them");
    }
  }
}
