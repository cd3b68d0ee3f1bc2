package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.scoring.UncertainModel;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --instrument} option that commands reading responses share, and the reading of models,
 * which fit an instrument.
 */
final class InstrumentOption {
  @Option(
      names = "--instrument",
      paramLabel = "INSTRUMENT.json",
      description =
          "An instrument of one's own (an mnr4j.instrument document); by default the"
              + " built-in wpga-mnr-survey@2021, with the review's other survey,"
              + " end-violence-unicef-survey@2021 (reconstructed), through their crosswalk.")
  Optional<Path> file = Optional.empty();

  @Option(
      names = "--through",
      paramLabel = "CROSSWALK.json",
      description =
          "A crosswalk (mnr4j.crosswalk) from another instrument to the one counted: responses to"
              + " its source are read too, their capabilities through their own instrument's links"
              + " to the shared framework, their answers to option tallies through the crosswalk."
              + " Repeatable. Its source is a built-in survey or given with --other-instrument.")
  List<Path> through = new ArrayList<>();

  @Option(
      names = "--other-instrument",
      paramLabel = "INSTRUMENT.json",
      description = "The source instrument of a --through crosswalk, if not built in. Repeatable.")
  List<Path> otherInstruments = new ArrayList<>();

  /** Returns the instrument given, or the built-in survey. */
  Instrument instrument() {
    return file.map(f -> Inputs.read(f, Document.INSTRUMENT)).orElse(Instruments.mnrSurvey2021());
  }

  /**
   * Returns the instrument given, alone; or the built-in survey with the review's other survey, the
   * UNICEF one, whose responses come through their crosswalk.
   */
  InstrumentSet instruments() {
    Instrument counted = instrument();
    if (through.isEmpty()) {
      if (!otherInstruments.isEmpty()) {
        throw new MnrException(
            "--other-instrument names the source of a --through crosswalk; give the crosswalk");
      }
      return InstrumentSet.of(counted);
    }
    List<Instrument> sources = new ArrayList<>();
    otherInstruments.forEach(f -> sources.add(Inputs.read(f, Document.INSTRUMENT)));
    sources.add(Instruments.mnrSurvey2021());
    sources.add(Instruments.unicefSurvey2021());
    List<Migration> migrations = new ArrayList<>();
    for (Path file : through) {
      Crosswalk crosswalk = Inputs.read(file, Document.CROSSWALK);
      if (!crosswalk.target().reference().equals(counted.reference())) {
        throw new MnrException(
            file
                + ": crosswalk "
                + Messages.quote(crosswalk.id())
                + " leads to "
                + Messages.printable(crosswalk.target().reference())
                + ", not to "
                + counted.reference()
                + ", the instrument counted (see --instrument)");
      }
      Instrument source =
          sources.stream()
              .filter(i -> i.reference().equals(crosswalk.source().reference()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new MnrException(
                          file
                              + ": crosswalk "
                              + Messages.quote(crosswalk.id())
                              + " starts at "
                              + Messages.printable(crosswalk.source().reference())
                              + ", which is not built in: give it with --other-instrument"));
      try {
        migrations.add(Migration.of(crosswalk, source, counted));
      } catch (MnrException e) {
        throw new MnrException(file + ": " + e.getMessage());
      }
    }
    return InstrumentSet.of(counted, migrations);
  }

  /**
   * Returns a built-in model by name, with nothing uncertain, or reads a model file with the
   * parameters it declares uncertain, checked against the instrument.
   */
  static UncertainModel uncertainModel(String model, Instrument instrument) {
    Optional<ScoringModel> builtIn = ScoringModels.findBuiltIn(model);
    if (builtIn.isPresent()) {
      return UncertainModel.certain(builtIn.get());
    }
    return Inputs.read(modelFile(model), Document.uncertainModel(instrument));
  }

  private static Path modelFile(String model) {
    Path file = Path.of(model);
    if (!Files.exists(file)) {
      throw new MnrException(
          model + ": no such file, and not a built-in model (presence," + " staged, index)");
    }
    return file;
  }

  /**
   * Returns a built-in model by name, or reads a model file and checks it against the instrument.
   */
  static ScoringModel model(String model, Instrument instrument) {
    Optional<ScoringModel> builtIn = ScoringModels.findBuiltIn(model);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    // Read as a stream, so that the document limit holds however large the file.
    return Inputs.read(modelFile(model), Document.model(instrument));
  }
}
