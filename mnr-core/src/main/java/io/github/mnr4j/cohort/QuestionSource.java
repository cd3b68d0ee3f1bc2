package io.github.mnr4j.cohort;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the answers to one question of an instrument from assessments of that instrument and,
 * through their crosswalks to it, of other instruments: the answers a migration carries, and
 * nothing where it carries none.
 */
final class QuestionSource {
  /** What an assessment says about the question. */
  record Read(@Nullable Answer answer, boolean asked) {}

  private static final Read UNANSWERED = new Read(null, true);
  private static final Read NOT_CARRIED = new Read(null, false);

  private final String instrument;
  private final String questionId;
  private final Map<String, Migration> migrations = new HashMap<>();
  private final Map<String, List<String>> sources = new HashMap<>();

  QuestionSource(Instrument instrument, String questionId, List<Migration> others) {
    Migration.requireInto(instrument, others);
    this.instrument = instrument.reference();
    this.questionId = questionId;
    for (Migration migration : others) {
      migrations.put(migration.from().reference(), migration);
      sources.put(migration.from().reference(), migration.sourcesOf(questionId));
    }
  }

  /**
   * Reads the question from an assessment.
   *
   * @throws MnrException if the assessment answers an instrument with no crosswalk here
   */
  Read read(Assessment assessment) {
    String reference = assessment.instrumentReference();
    if (reference.equals(instrument)) {
      Answer answer = assessment.answers().get(questionId);
      return answer == null ? UNANSWERED : new Read(answer, true);
    }
    Migration migration = migrations.get(reference);
    if (migration == null) {
      throw new MnrException(
          "counting the options of '"
              + questionId
              + "' of '"
              + instrument
              + "', but "
              + assessment.jurisdiction()
              + " answers '"
              + Messages.clip(reference)
              + "'"
              + (migrations.isEmpty()
                  ? ""
                  : ", and no crosswalk leads from it (crosswalks lead from "
                      + String.join(", ", migrations.keySet().stream().sorted().toList())
                      + ")"));
    }
    List<String> from = sources.getOrDefault(reference, List.of());
    if (from.isEmpty()) {
      return NOT_CARRIED;
    }
    if (from.stream().noneMatch(assessment.answers()::containsKey)) {
      return UNANSWERED;
    }
    Response enabled =
        Response.builder()
            .instrumentReference(reference)
            .jurisdiction(assessment.jurisdiction())
            .status(assessment.responseStatus())
            .putAllAnswers(assessment.answers())
            .build();
    Answer carried = migration.migrate(enabled).response().answers().get(questionId);
    return carried == null ? NOT_CARRIED : new Read(carried, true);
  }
}
