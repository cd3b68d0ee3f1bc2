package io.github.mnr4j.scoring;

import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.List;
import java.util.Map;

/**
 * What every table of a cohort's scores says of the responses behind it: their validation errors,
 * made-up jurisdictions, and instruments mixed.
 */
final class CohortNotes {
  private CohortNotes() {}

  /**
   * Adds the notes that apply.
   *
   * @param notes the table's notes so far
   * @param done what was done with the responses, such as {@code Ranked}
   * @param invalid the responses' validation errors
   * @param synthetic how many jurisdictions are synthetic
   * @param count how many jurisdictions there are
   * @param instruments how many answer each instrument
   */
  static void add(
      List<String> notes,
      String done,
      InvalidResponses invalid,
      int synthetic,
      int count,
      Map<String, Integer> instruments) {
    if (!invalid.isEmpty()) {
      notes.add(done + " as far as their answers go: " + invalid.summary() + ".");
    }
    if (synthetic > 0) {
      notes.add(Jurisdiction.syntheticNote(synthetic, count, "jurisdictions"));
    }
    Messages.mixedScores(instruments).ifPresent(notes::add);
  }
}
