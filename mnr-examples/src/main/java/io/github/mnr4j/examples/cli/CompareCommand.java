package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.cohort.RoundComparison;
import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkEnd;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.survey.Instrument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr compare}: changes between two rounds. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Compare two rounds of the same jurisdictions (each a cohort document, JSON"
            + " Lines, a directory of response files, or 'example'): the"
            + " change in each Figure 1 row's counts, and each jurisdiction's capabilities gained,"
            + " lost, newly answered or no longer answered, with their levels under the staged"
            + " model. The changes show jurisdictions one by one: text prints them, and csv --table"
            + " changes and json write them, only with --min-group-size 1, the disclosure policy's"
            + " opt-in; a round of fewer jurisdictions than the minimum group size is refused."
            + " With --crosswalk, the later round answers another instrument, on another"
            + " framework: capabilities are compared where the crosswalk between the frameworks"
            + " maps them one to one, and the others are listed, never counted as changes."
            + " Exit status: 0, or 2 for a usage error (such as no opt-in), a refusal or"
            + " unreadable input.")
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROUND1", description = "The earlier round.")
  String before;

  @Parameters(index = "1", paramLabel = "ROUND2", description = "The later round.")
  String after;

  /** The comparison's tables. */
  enum Table {
    rows,
    changes
  }

  @Mixin TableOptions output = new TableOptions();

  @Option(
      names = "--table",
      paramLabel = "rows|changes",
      description =
          "With csv or tsv, which table: rows (the Figure 1 rows' counts before and"
              + " after; the default) or changes (a row per jurisdiction and capability that"
              + " changed; needs --min-group-size 1). Text prints both (the changes with"
              + " --min-group-size 1); json (an mnr4j.comparison document, which needs"
              + " --min-group-size 1) holds both.")
  Optional<Table> table;

  @Mixin ValidityOption validity = new ValidityOption();

  @Mixin InstrumentOption instrumentOption = new InstrumentOption();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Mixin DisclosureOption disclosure = new DisclosureOption();

  @Option(
      names = "--crosswalk",
      paramLabel = "CROSSWALK.json",
      description =
          "A crosswalk from the earlier round's framework to the later round's (an"
              + " mnr4j.crosswalk between two frameworks); the later round's instrument is the one"
              + " given with --end whose framework the crosswalk reaches.")
  Optional<Path> crosswalkFile;

  @Mixin CrosswalkEnds ends = new CrosswalkEnds();

  @Override
  public Integer call() {
    output.check();
    validity.check();
    if (table.isPresent() && output.format != TableFormat.csv && output.format != TableFormat.tsv) {
      throw new ParameterException(
          spec.commandLine(),
          "--table is for --format csv or tsv:" + " text prints both tables, and json holds both");
    }
    InstrumentSet instruments = instrumentOption.instruments();
    Instrument instrument = instruments.instrument();
    PrintWriter err = spec.commandLine().getErr();
    RoundComparison comparison;
    if (crosswalkFile.isPresent()) {
      Crosswalk crosswalk = Inputs.read(crosswalkFile.get(), Document.CROSSWALK);
      if (crosswalk.source().kind() != CrosswalkEnd.Kind.FRAMEWORK
          || crosswalk.target().kind() != CrosswalkEnd.Kind.FRAMEWORK) {
        throw new MnrException(
            crosswalkFile.get()
                + ": compare needs a crosswalk between two frameworks (capability level), not "
                + Messages.printable(crosswalk.source() + " -> " + crosswalk.target()));
      }
      Instrument later = ends.instrumentOn(crosswalk.target().id());
      comparison =
          RoundComparison.compare(
              Responses.round(before, instruments, threads.count(), validity, err),
              Responses.round(after, InstrumentSet.of(later), threads.count(), validity, err),
              crosswalk);
    } else {
      comparison =
          RoundComparison.compare(
              Responses.round(before, instruments, threads.count(), validity, err),
              Responses.round(after, instruments, threads.count(), validity, err));
    }
    validity.refuseIfStrict();
    disclosure.policy().check(comparison);
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == TableFormat.csv || output.format == TableFormat.tsv) {
      TextTable chosen;
      if (table.orElse(Table.rows) == Table.rows) {
        chosen = comparison.toRowTable();
      } else {
        disclosure.requirePerJurisdiction("--table changes");
        chosen = comparison.toChangeTable();
      }
      output.print(out, disclosure.noted(validity.noted(chosen)), () -> "");
    } else if (output.format == TableFormat.json) {
      disclosure.requirePerJurisdiction(
          "the comparison document, with its changes per jurisdiction,");
      output.print(
          out,
          err,
          comparison.toRowTable(),
          () -> MnrJson.strict().write(comparison, Output.COMPARISON),
          validity,
          disclosure);
    } else {
      out.println(
          Messages.printable(comparison.before() + " -> " + comparison.after())
              + ": "
              + comparison.count(RoundComparison.Change.GAINED)
              + " capabilities gained, "
              + comparison.count(RoundComparison.Change.LOST)
              + " lost, "
              + comparison.count(RoundComparison.Change.NEWLY_ANSWERED)
              + " newly answered, "
              + comparison.count(RoundComparison.Change.NO_LONGER_ANSWERED)
              + " no longer answered");
      if (!comparison.notComparable().isEmpty()) {
        out.println(
            Messages.printable(
                "not compared, counted in no change: "
                    + String.join("; ", comparison.notComparable())));
      }
      if (!comparison.onlyBefore().isEmpty() || !comparison.onlyAfter().isEmpty()) {
        out.println(
            Messages.printable(
                "only in "
                    + comparison.before()
                    + ": "
                    + listed(comparison.onlyBefore())
                    + "; only in "
                    + comparison.after()
                    + ": "
                    + listed(comparison.onlyAfter())));
      }
      out.println();
      if (disclosure.policy().allowsPerJurisdiction()) {
        out.print(output.text(comparison.toRowTable()));
        out.println();
        out.print(output.text(disclosure.noted(validity.noted(comparison.toChangeTable()))));
      } else {
        out.print(output.text(validity.noted(comparison.toRowTable())));
        out.println();
        out.println(
            "The changes per jurisdiction are not shown: they show jurisdictions one by one"
                + " (--min-group-size 1 shows them by request).");
      }
    }
    out.flush();
    return 0;
  }

  /** How many jurisdictions only one round has are named in text; json names them all. */
  private static final int LISTED = 20;

  /** Some jurisdictions, all of them up to {@link #LISTED}, and how many more there are. */
  private static String listed(List<String> ids) {
    if (ids.size() <= LISTED) {
      return ids.toString();
    }
    return "["
        + String.join(", ", ids.subList(0, LISTED))
        + ", ... and "
        + (ids.size() - LISTED)
        + " more (--format json lists them all)]";
  }
}
