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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instruments a command reads responses to: the one whose questions it counts, and the others
 * whose responses come through a crosswalk to it. The built-in Alliance survey comes with the
 * review's other survey, the UNICEF one, as the example cohort does; an instrument of one's own
 * comes alone.
 */
final class InstrumentSet {
  private final Instrument instrument;
  private final List<Migration> others;
  private final Map<String, Assessor> assessors = new LinkedHashMap<>();
  private final Map<String, Validator> validators = new LinkedHashMap<>();

  private InstrumentSet(Instrument instrument, List<Migration> others) {
    this.instrument = instrument;
    this.others = List.copyOf(others);
    assessors.put(instrument.reference(), Assessor.of(instrument));
    for (Migration migration : others) {
      assessors.put(migration.from().reference(), Assessor.of(migration.from()));
    }
    assessors.forEach(
        (reference, assessor) -> validators.put(reference, Validator.of(assessor.instrument())));
  }

  /** The instrument with the others the tool knows a crosswalk from. */
  static InstrumentSet of(Instrument instrument) {
    Instrument alliance = Instruments.mnrSurvey2021();
    if (instrument.equals(alliance)) {
      return new InstrumentSet(instrument, List.of(ReviewSurveys.unicefToAlliance()));
    }
    return new InstrumentSet(instrument, List.of());
  }

  /**
   * The instrument with the others whose crosswalks to it are given; the built-in survey keeps the
   * UNICEF one unless a crosswalk from it is given.
   */
  static InstrumentSet of(Instrument instrument, List<Migration> given) {
    List<Migration> others = new ArrayList<>(given);
    for (Migration builtIn : of(instrument).others) {
      boolean replaced =
          given.stream().anyMatch(m -> m.from().reference().equals(builtIn.from().reference()));
      if (!replaced) {
        others.add(builtIn);
      }
    }
    Map<String, String> seen = new HashMap<>();
    for (Migration migration : others) {
      String before = seen.put(migration.from().reference(), migration.crosswalk().id());
      if (before != null) {
        throw new MnrException(
            "two crosswalks lead from "
                + migration.from().reference()
                + ": "
                + Messages.quote(before)
                + " and "
                + Messages.quote(migration.crosswalk().id()));
      }
      if (!migration.from().framework().equals(instrument.framework())) {
        throw new MnrException(
            migration.from().reference()
                + " rests on framework "
                + Messages.quote(migration.from().framework().id())
                + " and "
                + instrument.reference()
                + " on "
                + Messages.quote(instrument.framework().id())
                + ": their capabilities cannot be counted together (migrate the responses first:"
                + " mnr migrate)");
      }
    }
    return new InstrumentSet(instrument, others);
  }

  /** The instrument whose questions are counted. */
  Instrument instrument() {
    return instrument;
  }

  /** The migrations from the others to it. */
  List<Migration> others() {
    return others;
  }

  /**
   * The set that counts a question: this one if its instrument asks it; otherwise the set led by
   * the other instrument that does, the first read through the crosswalk backwards.
   */
  InstrumentSet counting(String questionId) {
    if (instrument.findQuestion(questionId).isPresent() || others.size() != 1) {
      return this;
    }
    Migration other = others.get(0);
    if (other.from().findQuestion(questionId).isEmpty()) {
      return this;
    }
    return new InstrumentSet(
        other.from(), List.of(Migration.of(other.crosswalk().inverse(), instrument, other.from())));
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
