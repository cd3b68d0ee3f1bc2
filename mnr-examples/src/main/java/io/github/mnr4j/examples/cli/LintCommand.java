package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.Report;
import io.github.mnr4j.crosswalk.CrosswalkEnd;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.InstrumentCheckReport;
import io.github.mnr4j.survey.InstrumentChecks;
import io.github.mnr4j.translation.SourceTexts;
import io.github.mnr4j.translation.Translation;
import io.github.mnr4j.translation.TranslationCheckReport;
import io.github.mnr4j.translation.TranslationSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr lint}: the instrument checks, and those of crosswalks and translations. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description =
        "Check an instrument (an mnr4j.instrument document) for backward or self"
            + " skips, enablement cycles, unreachable questions, options that disable their own"
            + " question, conditions that do not fit their question and uninformed capabilities;"
            + " or a crosswalk (an mnr4j.crosswalk document) as mnr crosswalk check does; or a"
            + " translation (an mnr4j.translation document) against the current texts of the"
            + " framework or instrument it names: invalid language tag, unknown keys, blank texts,"
            + " placeholders or square brackets not kept, stale and missing entries, and a"
            + " completeness figure."
            + " Exit status: 0 clean, 1 errors found, 2 unreadable input (including references"
            + " that do not resolve, reported with their JSON Pointer).")
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "INSTRUMENT.json",
      description = "The instrument to check, or a crosswalk, or a translation.")
  Path file;

  @Mixin CrosswalkEnds ends = new CrosswalkEnds();

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description =
          "text: a line per finding, then a summary (default); json: the"
              + " mnr4j.instrument-checks document (mnr4j.crosswalk-checks,"
              + " mnr4j.translation-checks).")
  OutputFormat format;

  @Override
  public Integer call() {
    if (Inputs.format(file).filter("mnr4j.crosswalk"::equals).isPresent()) {
      return CrosswalkCommand.Check.check(file, ends, format, spec.commandLine().getOut());
    }
    if (Inputs.format(file).filter("mnr4j.translation"::equals).isPresent()) {
      return translation();
    }
    Instrument instrument = Inputs.read(file, Document.INSTRUMENT);
    InstrumentCheckReport report = InstrumentChecks.check(instrument);
    return print(
        report,
        file + ": " + instrument.reference(),
        format,
        () -> MnrJson.strict().write(report, Output.INSTRUMENT_CHECKS),
        spec.commandLine().getOut());
  }

  /**
   * Prints a check report: its JSON document, or a line per finding and then the subject with the
   * counts of errors and warnings.
   *
   * @return the exit status: 1 if the report has errors, else 0
   */
  static int print(
      Report<?> report,
      String subject,
      OutputFormat format,
      Supplier<String> json,
      PrintWriter out) {
    if (format == OutputFormat.json) {
      out.println(json.get());
    } else {
      report.findings().forEach(finding -> out.println(Messages.printable(finding.toString())));
      out.println(
          Messages.printable(subject)
              + ": "
              + plural(report.errors().size(), "error")
              + ", "
              + plural(report.warnings().size(), "warning"));
    }
    out.flush();
    return report.hasErrors() ? 1 : 0;
  }

  /** Checks a translation against the current texts of the source it names. */
  private int translation() {
    Translation translation = Inputs.read(file, Document.TRANSLATION);
    TranslationSource source = translation.source();
    SourceTexts texts;
    try {
      texts =
          switch (source.kind()) {
            case FRAMEWORK ->
                SourceTexts.of(
                    ends.framework(CrosswalkEnd.of(CrosswalkEnd.Kind.FRAMEWORK, source.id())));
            case INSTRUMENT ->
                SourceTexts.of(
                    ends.instrument(
                        source.version().isPresent()
                            ? CrosswalkEnd.of(
                                CrosswalkEnd.Kind.INSTRUMENT, source.id(), source.version().get())
                            : CrosswalkEnd.of(CrosswalkEnd.Kind.INSTRUMENT, source.id())));
            case MESSAGES ->
                throw new MnrException("mnr4j has no message bundle to check it against yet");
          };
    } catch (MnrException e) {
      throw new MnrException(
          file
              + ": a translation of "
              + Messages.printable(source.toString())
              + (e.getMessage().contains("not built in")
                  ? ", which is not built in: give its document with --end FILE"
                  : ": " + e.getMessage()));
    }
    TranslationCheckReport report = translation.check(texts);
    return print(
        report,
        file + ": " + report.summary(),
        format,
        () -> MnrJson.strict().write(report, Output.TRANSLATION_CHECKS),
        spec.commandLine().getOut());
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
