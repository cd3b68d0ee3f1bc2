package io.github.mnr4j.examples.cli;

import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkCheckReport;
import io.github.mnr4j.crosswalk.CrosswalkEntry;
import io.github.mnr4j.crosswalk.Provenance;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.survey.Instrument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr crosswalk show|check|derive}. */
@Command(
    name = "crosswalk",
    mixinStandardHelpOptions = true,
    description =
        "Crosswalks between versions of a framework or an instrument (mnr4j.crosswalk documents):"
            + " show one, check one against the two ends it names, or derive one from a tailored"
            + " framework's record of changes.",
    subcommands = {
      CrosswalkCommand.Show.class,
      CrosswalkCommand.Check.class,
      CrosswalkCommand.Derive.class
    })
final class CrosswalkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** {@code mnr crosswalk show}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Print a crosswalk: its ends, provenance, notes and entries.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CROSSWALK.json", description = "The crosswalk.")
    Path file;

    @Option(
        names = "--format",
        defaultValue = "text",
        paramLabel = "text|json",
        description =
            "text: readable (default); json: the mnr4j.crosswalk document as mnr4j writes it.")
    OutputFormat format;

    @Override
    public Integer call() {
      Crosswalk crosswalk = Inputs.read(file, Document.CROSSWALK);
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.json) {
        out.println(MnrJson.strict().write(crosswalk, Document.CROSSWALK));
      } else {
        describe(crosswalk).lines().forEach(line -> out.println(Messages.printable(line)));
      }
      out.flush();
      return 0;
    }

    static String describe(Crosswalk crosswalk) {
      StringBuilder text = new StringBuilder();
      text.append(crosswalk.title()).append(" (").append(crosswalk.id()).append(")\n");
      text.append("  from ").append(crosswalk.source()).append('\n');
      text.append("  to   ").append(crosswalk.target()).append('\n');
      text.append(
          crosswalk.isSameLineage()
              ? "  one lineage: an id at both ends names the same element\n"
              : "  two lineages: the same id may name different elements\n");
      text.append("  made by ").append(crosswalk.provenance()).append('\n');
      crosswalk.notes().forEach(note -> text.append("  note: ").append(note).append('\n'));
      text.append('\n');
      for (CrosswalkEntry entry : crosswalk.entries()) {
        text.append("  ").append(entry);
        entry.rationale().ifPresent(r -> text.append("\n      ").append(r));
        entry.provenance().ifPresent(p -> text.append("\n      made by ").append(p));
        text.append('\n');
      }
      int count = crosswalk.entries().size();
      text.append(count).append(count == 1 ? " entry\n" : " entries\n");
      return text.toString();
    }
  }

  /** {@code mnr crosswalk check}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Check a crosswalk against the frameworks or instruments it names: every source element"
              + " mapped or declared removed, every target element reached or declared added, ids"
              + " known at their end, splits and merges whose parts cover the whole, no id reused"
              + " within a lineage, no contradiction or repeat. Exit status: 0 clean, 1 errors"
              + " found, 2 unreadable input or an end that is neither built in nor given.")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CROSSWALK.json", description = "The crosswalk to check.")
    Path file;

    @Mixin CrosswalkEnds ends = new CrosswalkEnds();

    @Option(
        names = "--format",
        defaultValue = "text",
        paramLabel = "text|json",
        description =
            "text: a line per finding, then a summary (default); json: the"
                + " mnr4j.crosswalk-checks document.")
    OutputFormat format;

    @Override
    public Integer call() {
      return check(file, ends, format, spec.commandLine().getOut());
    }

    static int check(Path file, CrosswalkEnds ends, OutputFormat format, PrintWriter out) {
      Crosswalk crosswalk = Inputs.read(file, Document.CROSSWALK);
      CrosswalkCheckReport report = ends.check(crosswalk);
      return LintCommand.print(
          report,
          file + ": " + crosswalk.source() + " -> " + crosswalk.target(),
          format,
          () -> MnrJson.strict().write(report, Output.CROSSWALK_CHECKS),
          out);
    }
  }

  /** {@code mnr crosswalk derive}. */
  @Command(
      name = "derive",
      mixinStandardHelpOptions = true,
      description =
          "Derive the crosswalk from a tailored framework's base to the framework, from its record"
              + " of changes, and print it as an mnr4j.crosswalk document: removed and added"
              + " elements declared so, every kept id mapped to itself with its changes as the"
              + " rationale. Edit the entries a change of scope needs (a split, a narrowing). Given"
              + " an instrument, derive the crosswalk from its questions to the capabilities they"
              + " give evidence for, from the questions' links.")
  static final class Derive implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "TAILORED.json",
        description =
            "A tailored framework (an mnr4j.framework document with basedOn and changes), or an"
                + " instrument (an mnr4j.instrument document).")
    Path file;

    @Mixin CrosswalkEnds ends = new CrosswalkEnds();

    @Option(
        names = "--author",
        paramLabel = "WHO",
        description = "Who derives it, for the provenance (default: mnr crosswalk derive).")
    Optional<String> author;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "When, for the provenance (default: today).")
    Optional<LocalDate> date;

    @Override
    public Integer call() {
      Crosswalk crosswalk;
      if (Inputs.format(file).filter("mnr4j.instrument"::equals).isPresent()) {
        Instrument instrument = Inputs.read(file, Document.INSTRUMENT);
        crosswalk =
            Crosswalk.evidence(
                instrument,
                provenance("Derived from the links of the questions of " + instrument.reference()));
      } else {
        Framework variant = Inputs.read(file, Document.FRAMEWORK);
        Framework base = ends.base(variant);
        crosswalk =
            Crosswalk.derive(
                base,
                variant,
                provenance(
                    "Derived from the record of changes of framework '"
                        + variant.id()
                        + "' from '"
                        + base.id()
                        + "'"));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(MnrJson.strict().write(crosswalk, Document.CROSSWALK));
      out.flush();
      return 0;
    }

    private Provenance provenance(String authority) {
      return Provenance.of(
          author.orElse("mnr crosswalk derive"), date.orElse(LocalDate.now()), authority);
    }
  }
}
