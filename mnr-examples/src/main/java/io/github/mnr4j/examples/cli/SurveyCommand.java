package io.github.mnr4j.examples.cli;

import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mnr survey}: the built-in 2021 survey instrument. */
@Command(
    name = "survey",
    mixinStandardHelpOptions = true,
    description =
        "Print the 2021 survey of governments (wpga-mnr-survey@2021): sections,"
            + " questions q1-q81, options, skip rules and links to capabilities.")
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

  @Override
  public Integer call() {
    Instrument survey =
        asPrinted ? Instruments.mnrSurvey2021AsPrinted() : Instruments.mnrSurvey2021();
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(MnrJson.strict().write(survey, Document.INSTRUMENT));
    } else {
      out.print(survey.toOutline());
    }
    out.flush();
    return 0;
  }
}
