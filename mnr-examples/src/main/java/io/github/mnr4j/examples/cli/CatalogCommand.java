package io.github.mnr4j.examples.cli;

import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.framework.Passage;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Erratum;
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

/** {@code mnr catalog}: the Model National Response framework. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description =
        "Print the Model National Response framework: domains, numbered capabilities,"
            + " enablers and outcomes, with notes on the sources and on how the report's Figure 1 is"
            + " counted. --errata prints where the report and the printed survey disagree with"
            + " themselves, and what mnr4j does about it.")
final class CatalogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description =
          "text: a readable outline (default); json: the mnr4j.framework document,"
              + " with the report's aims, call to action, Box 1 and errata as passages.")
  OutputFormat format;

  @Option(
      names = "--errata",
      description =
          "Print the errata: of the report (its text against its figures), of the"
              + " 2021 survey as printed, and of the UNICEF survey as mnr4j reconstructs it.")
  boolean errata;

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (errata) {
      if (format == OutputFormat.json) {
        throw new ParameterException(
            spec.commandLine(),
            "--errata prints text; in JSON the"
                + " errata are in the framework document (mnr catalog --format json) and the"
                + " instrument document (mnr survey --format json)");
      }
      out.print(
          errata(
              language.framework(Frameworks.mnr()),
              language.instrument(Instruments.mnrSurvey2021())));
      out.print(
          instrumentErrata(
              "Errata of the UNICEF survey, reconstructed",
              language.instrument(Instruments.unicefSurvey2021())));
      language.printNotes(out);
      return 0;
    }
    if (format == OutputFormat.json) {
      language.noteJsonKeepsSourceTexts();
      out.println(MnrJson.strict().write(Frameworks.mnr(), Document.FRAMEWORK));
    } else {
      out.print(language.framework(Frameworks.mnr()).toOutline());
      out.println();
      out.println("Figure 1, as mnr4j counts it");
      for (TallyView.Row row : TallyView.figure1().rows()) {
        row.assumption()
            .ifPresent(assumption -> out.println("  - " + row.label() + ": " + assumption + "."));
      }
      out.println(
          "  - Legislation has no row: the report could not count it for all 42"
              + " (mnr tally --view capabilities marks its row as not published).");
      out.println();
      out.println("Errata of the report and of the printed survey: mnr catalog --errata");
      language.printNotes(out);
    }
    out.flush();
    return 0;
  }

  /** The errata of the report, then those of the survey, each with where it stands. */
  static String errata(Framework framework, Instrument survey) {
    StringBuilder out =
        new StringBuilder("Errata of the report (" + framework.title() + "'s source)\n");
    for (Passage erratum : framework.errata()) {
      out.append("  ")
          .append(erratum.id())
          .append(" (")
          .append(erratum.place())
          .append("): ")
          .append(erratum.text())
          .append('\n');
    }
    out.append(instrumentErrata("Errata of the survey as printed", survey));
    return out.toString();
  }

  /** An instrument's errata under a heading that names it. */
  static String instrumentErrata(String heading, Instrument instrument) {
    StringBuilder out =
        new StringBuilder("\n").append(heading).append(" (").append(instrument.reference());
    out.append(")\n");
    for (Erratum erratum : instrument.errata()) {
      out.append("  ").append(erratum.id()).append(": ").append(erratum.description()).append('\n');
    }
    return out.toString();
  }
}
