package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkCheckReport;
import io.github.mnr4j.crosswalk.CrosswalkEnd;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --end} option of the crosswalk commands: the frameworks and instruments a crosswalk
 * may name, besides the built-in MNR and the review's two surveys.
 */
final class CrosswalkEnds {
  @Option(
      names = "--end",
      paramLabel = "FILE",
      description =
          "A framework or instrument the crosswalk names (an mnr4j.framework or"
              + " mnr4j.instrument document); repeat for both ends. The built-in wpga-mnr,"
              + " wpga-mnr-survey@2021 and end-violence-unicef-survey@2021 need none.")
  List<Path> files = new ArrayList<>();

  private final List<Framework> frameworks = new ArrayList<>();
  private final List<Instrument> instruments = new ArrayList<>();
  private boolean loaded;

  /** Reads the files once; the ones given come before the built-ins, so that they win. */
  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    frameworks.add(Frameworks.mnr());
    instruments.add(Instruments.mnrSurvey2021());
    instruments.add(Instruments.unicefSurvey2021());
    for (Path file : files) {
      String format = format(file);
      if (format.equals("mnr4j.framework")) {
        frameworks.add(0, Inputs.read(file, Document.FRAMEWORK));
      } else if (format.equals("mnr4j.instrument")) {
        instruments.add(0, Inputs.read(file, Document.INSTRUMENT));
      } else {
        throw new MnrException(
            file
                + ": an "
                + Messages.printable(format)
                + " document; --end takes an mnr4j.framework or mnr4j.instrument document");
      }
    }
  }

  private static String format(Path file) {
    if (!Files.isReadable(file)) {
      throw new MnrException(file + ": " + (Files.exists(file) ? "cannot read" : "no such file"));
    }
    return Inputs.format(file)
        .orElseThrow(() -> new MnrException(file + ": not an mnr4j document (no \"format\")"));
  }

  /** The framework an end names; given with --end or built in. */
  Framework framework(CrosswalkEnd end) {
    load();
    return frameworks.stream()
        .filter(f -> f.id().equals(end.id()))
        .findFirst()
        .orElseThrow(() -> missing(end));
  }

  /** The instrument an end names; given with --end or built in. */
  Instrument instrument(CrosswalkEnd end) {
    load();
    return instruments.stream()
        .filter(i -> i.reference().equals(end.reference()))
        .findFirst()
        .orElseThrow(() -> missing(end));
  }

  /** The instrument, given with --end or built in, whose framework has an id. */
  Instrument instrumentOn(String frameworkId) {
    load();
    return instruments.stream()
        .filter(i -> i.framework().id().equals(frameworkId))
        .findFirst()
        .orElseThrow(
            () ->
                new MnrException(
                    "no instrument on framework "
                        + Messages.quote(frameworkId)
                        + " is built in or given: give the later round's instrument with --end"
                        + " FILE"));
  }

  private static MnrException missing(CrosswalkEnd end) {
    return new MnrException(
        "the crosswalk names "
            + Messages.printable(end.toString())
            + ", which is not built in: give its document with --end FILE");
  }

  /** Checks a crosswalk against the ends it names. */
  CrosswalkCheckReport check(Crosswalk crosswalk) {
    boolean fromInstrument = crosswalk.source().kind() == CrosswalkEnd.Kind.INSTRUMENT;
    boolean toInstrument = crosswalk.target().kind() == CrosswalkEnd.Kind.INSTRUMENT;
    if (fromInstrument && toInstrument) {
      return crosswalk.check(instrument(crosswalk.source()), instrument(crosswalk.target()));
    }
    if (fromInstrument) {
      return crosswalk.check(instrument(crosswalk.source()), framework(crosswalk.target()));
    }
    if (toInstrument) {
      throw new MnrException(
          "crosswalk "
              + Messages.quote(crosswalk.id())
              + " maps a framework to an instrument; mnr4j checks the other way round (read it"
              + " backwards: its inverse maps the instrument's questions to the framework)");
    }
    return crosswalk.check(framework(crosswalk.source()), framework(crosswalk.target()));
  }

  /** The framework a variant was tailored from: given with --end or built in. */
  Framework base(Framework variant) {
    load();
    String baseId =
        variant
            .basedOn()
            .orElseThrow(
                () ->
                    new MnrException(
                        "framework "
                            + Messages.quote(variant.id())
                            + " records no base: only a tailored framework (with \"basedOn\" and its changes)"
                            + " has a crosswalk to derive"));
    Optional<Framework> base = frameworks.stream().filter(f -> f.id().equals(baseId)).findFirst();
    return base.orElseThrow(
        () ->
            new MnrException(
                "framework "
                    + Messages.quote(variant.id())
                    + " is based on "
                    + Messages.quote(baseId)
                    + ", which is not built in: give its document with --end FILE"));
  }
}
