package io.github.mnr4j.scoring;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import java.util.function.Function;

/**
 * A {@link ScoringModel} prepared for the assessments of one framework ({@link
 * ScoringModel#compile(Framework)}). Keep it to score many assessments: it is an immutable value,
 * and scoring with it gives the same scorecards as the model itself.
 *
 * <pre>{@code
 * CompiledModel staged = ScoringModels.staged().compile(Frameworks.mnr());
 * for (Assessment assessment : assessments) {
 *   Scorecard card = staged.score(assessment);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CompiledModel {
  private final ScoringModel model;
  private final Framework framework;
  private final Function<Assessment, Scorecard> scoring;

  CompiledModel(ScoringModel model, Framework framework, Function<Assessment, Scorecard> scoring) {
    this.model = model;
    this.framework = framework;
    this.scoring = scoring;
  }

  /**
   * Scores an assessment of the framework.
   *
   * @param assessment the assessment
   * @return the scorecard
   * @throws MnrException if the assessment is of another framework
   */
  public Scorecard score(Assessment assessment) {
    if (!assessment.framework().equals(framework)) {
      throw new MnrException(
          "model '"
              + model.id()
              + "' is compiled for framework '"
              + framework.id()
              + "', but the assessment of "
              + assessment.jurisdiction()
              + " is of framework '"
              + assessment.framework().id()
              + "'");
    }
    return scoring.apply(assessment);
  }

  @Override
  public String toString() {
    return "CompiledModel[" + model.id() + ", framework " + framework.id() + "]";
  }
}
