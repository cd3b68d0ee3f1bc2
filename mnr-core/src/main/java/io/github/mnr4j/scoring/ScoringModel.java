package io.github.mnr4j.scoring;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;

/**
 * A way of scoring an assessment into a scorecard. The built-ins come from {@link ScoringModels}; a
 * model of one's own can be data ({@link StagedModel}, {@link PointsModel}, {@link IndexModel}) or
 * a class implementing this interface, such as {@code WeakestLinkModel} in mnr4j's examples:
 *
 * <pre>{@code
 * ScoringModel presenceOnly = new ScoringModel() {
 *   public String id() { return "presence-only"; }
 *   public String title() { return "In place or not"; }
 *   public Scorecard score(Assessment assessment) {
 *     return ScoringModels.presence().score(assessment);
 *   }
 * };
 * }</pre>
 *
 * <p>To score many assessments of one framework, compile the model once and keep the {@link
 * CompiledModel}: the data models resolve their criteria and weights for the framework then, rather
 * than on every call.
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

  /**
   * Prepares the model for the assessments of one framework. The default scores through {@link
   * #score(Assessment)}; the data models resolve their criteria and weights here once.
   *
   * @param framework the framework of the assessments to score
   * @return the compiled model
   */
  default CompiledModel compile(Framework framework) {
    return new CompiledModel(this, framework, this::score);
  }
}
