package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.examples.ReviewSurveys;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The instruments a command reads responses to: the one whose questions it counts, and the others
 * whose responses come through a crosswalk to it. The built-in Alliance survey comes with the
 * review's other survey, the UNICEF one, as the example cohort does; an instrument of one's own
 * comes alone.
 */
final class InstrumentSet {
  private final Instrument instrument;

  /** The other instruments whose responses are read. */
  private final List<Instrument> sources;

  /**
   * The migrations from the others, made when first asked for: the built-in crosswalk is read from
   * the jar only by the commands that count options or migrate, not by every command.
   */
  private final Supplier<List<Migration>> migrations;

  private @Nullable List<Migration> others;
  private final Map<String, Assessor> assessors = new LinkedHashMap<>();
  private final Map<String, Validator> validators = new LinkedHashMap<>();

  private InstrumentSet(
      Instrument instrument, List<Instrument> sources, Supplier<List<Migration>> migrations) {
    this.instrument = instrument;
    this.sources = List.copyOf(sources);
    this.migrations = migrations;
    assessors.put(instrument.reference(), Assessor.of(instrument));
    for (Instrument source : sources) {
      assessors.put(source.reference(), Assessor.of(source));
    }
    assessors.forEach(
        (reference, assessor) -> validators.put(reference, Validator.of(assessor.instrument())));
  }

  /** The instrument with the others the tool knows a crosswalk from. */
  static InstrumentSet of(Instrument instrument) {
    if (instrument.equals(Instruments.mnrSurvey2021())) {
      return new InstrumentSet(
          instrument,
          List.of(Instruments.unicefSurvey2021()),
          () -> List.of(ReviewSurveys.unicefToAlliance()));
    }
    return new InstrumentSet(instrument, List.of(), List::of);
  }

  /**
   * The instrument with the others whose crosswalks to it are given; the built-in survey keeps the
   * UNICEF one unless a crosswalk from it is given.
   */
  static InstrumentSet of(Instrument instrument, List<Migration> given) {
    List<Migration> others = new ArrayList<>(given);
    InstrumentSet builtIn = of(instrument);
    for (Instrument source : builtIn.sources) {
      boolean replaced =
          given.stream().anyMatch(m -> m.from().reference().equals(source.reference()));
      if (!replaced) {
        others.addAll(
            builtIn.others().stream()
                .filter(m -> m.from().reference().equals(source.reference()))
                .toList());
      }
    }
    Migration.requireInto(instrument, others);
    return new InstrumentSet(
        instrument, others.stream().map(Migration::from).toList(), () -> others);
  }

  /** The instrument whose questions are counted. */
  Instrument instrument() {
    return instrument;
  }

  /** The migrations from the others to it. */
  List<Migration> others() {
    if (others == null) {
      others = List.copyOf(migrations.get());
    }
    return others;
  }

  /**
   * The set that counts a question: this one if its instrument asks it; otherwise the set led by
   * the other instrument that does, the first read through the crosswalk backwards.
   */
  InstrumentSet counting(String questionId) {
    if (instrument.findQuestion(questionId).isPresent()
        || sources.size() != 1
        || sources.get(0).findQuestion(questionId).isEmpty()) {
      return this;
    }
    Migration other = others().get(0);
    Migration backwards = Migration.of(other.crosswalk().inverse(), instrument, other.from());
    return new InstrumentSet(other.from(), List.of(instrument), () -> List.of(backwards));
  }

  /**
   * Assesses a response against the instrument it answers.
   *
   * @throws MnrException if it answers none of the set
   */
  Assessment assess(Response response) {
    Assessor assessor = assessors.get(response.instrumentReference());
    if (assessor == null) {
      throw notOfTheSet(response);
    }
    return assessor.assess(response);
  }

  /** Validates a response against the instrument it answers, if it is one of the set. */
  Optional<ValidationReport> validate(Response response) {
    return Optional.ofNullable(validators.get(response.instrumentReference()))
        .map(validator -> validator.validate(response));
  }

  /** Whether responses to an instrument are read by the set. */
  boolean reads(String instrumentReference) {
    return assessors.containsKey(instrumentReference);
  }

  MnrException notOfTheSet(Response response) {
    return new MnrException(
        "answers '"
            + Messages.clip(response.instrumentReference())
            + "', not '"
            + String.join("' or '", assessors.keySet())
            + "' (see --instrument and --through)");
  }
}
