package io.github.mnr4j.examples.cli;

import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mnr survey}: the built-in survey instruments. */
@Command(
    name = "survey",
    mixinStandardHelpOptions = true,
    description =
        "Print the 2021 survey of governments (wpga-mnr-survey@2021): sections,"
            + " questions q1-q81, options, skip rules and links to capabilities; with --unicef,"
            + " the review's other survey, the End Violence/UNICEF survey"
            + " (end-violence-unicef-survey@2021), which the report does not print: mnr4j's"
            + " reconstruction, every text in square brackets.")
final class SurveyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "text: a readable outline (default); json: the mnr4j.instrument document.")
  OutputFormat format;

  @Option(
      names = "--as-printed",
      description =
          "The survey as printed, with q33 skipping back to q32 (erratum E1), for"
              + " trying mnr lint.")
  boolean asPrinted;

  @Option(
      names = "--unicef",
      description =
          "The End Violence/UNICEF survey of UNICEF country offices, reconstructed (its errata U1"
              + " to U5 say from what).")
  boolean unicef;

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() {
    if (unicef && asPrinted) {
      throw new ParameterException(
          spec.commandLine(),
          "--as-printed is the Alliance survey's printed form; not with --unicef");
    }
    Instrument survey =
        unicef
            ? Instruments.unicefSurvey2021()
            : asPrinted ? Instruments.mnrSurvey2021AsPrinted() : Instruments.mnrSurvey2021();
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      language.noteJsonKeepsSourceTexts();
      out.println(MnrJson.strict().write(survey, Document.INSTRUMENT));
    } else {
      out.print(language.instrument(survey).toOutline());
      language.printNotes(out);
    }
    out.flush();
    return 0;
  }
}
