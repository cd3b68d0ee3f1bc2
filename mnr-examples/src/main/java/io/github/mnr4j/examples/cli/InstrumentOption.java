package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Returns the instrument given, or the built-in survey. */
  Instrument instrument() {
    return file.map(f -> Inputs.read(f, Document.INSTRUMENT)).orElse(Instruments.mnrSurvey2021());
  }

  /**
   * Returns the instrument given, alone; or the built-in survey with the review's other survey, the
   * UNICEF one, whose responses come through their crosswalk.
   */
  InstrumentSet instruments() {
    return InstrumentSet.of(instrument());
  }

  /**
   * Returns a built-in model by name, or reads a model file and checks it against the instrument.
   */
  static ScoringModel model(String model, Instrument instrument) {
    Optional<ScoringModel> builtIn = ScoringModels.findBuiltIn(model);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    Path file = Path.of(model);
    if (!Files.exists(file)) {
      throw new MnrException(
          model + ": no such file, and not a built-in model (presence," + " staged, index)");
    }
    // Read as a stream, so that the document limit holds however large the file.
    return Inputs.read(file, Document.model(instrument));
  }
}
