package io.github.mnr4j.scoring;

import io.github.mnr4j.assessment.Assessment;

/**
 * A way of scoring an assessment into a scorecard. The built-ins come from
 * {@link ScoringModels}; a model of one's own can be data ({@link StagedModel},
 * {@link PointsModel}, {@link IndexModel}) or a class implementing this interface:
 *
 * <pre>{@code
 * ScoringModel helplinesFirst = new ScoringModel() {
 *   public String id() { return "helplines-first"; }
 *   public String title() { return "Helplines first"; }
 *   public Scorecard score(Assessment assessment) { ... }
 * };
 * }</pre>
 *
 * <p>Implementations must be immutable, thread-safe and deterministic: the same assessment gives
 * the same scorecard.
 */
public interface ScoringModel {
  /**
   * Returns the model's id, such as {@code staged}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the model's title, for people.
   *
   * @return the title
   */
  String title();

  /**
   * Scores an assessment.
   *
   * @param assessment the evidence for every capability
   * @return the scorecard, every value explained
   */
  Scorecard score(Assessment assessment);
}
