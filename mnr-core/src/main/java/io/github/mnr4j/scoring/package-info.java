/**
 * The pluggable maturity-scoring engine: a {@link ScoringModel} turns an {@link
 * io.github.mnr4j.assessment.Assessment} into a {@link Scorecard} whose every number explains
 * itself.
 *
 * <p>Built-ins come from {@link ScoringModels}: {@code presence} (the report's Figure 1: 1 in
 * place, 0 not), {@code staged} (mnr4j's illustrative five-level model, the default) and {@code
 * index} (a weighted composite index, 0 to 100). Models are data: a {@link StagedModel} is ordered
 * {@link LevelDefinition levels} whose {@link Criterion criteria} are {@link EvidenceCondition}s
 * over a capability's evidence and the answers; a {@link PointsModel} sums points for criteria met,
 * capped; an {@link IndexModel} weights and aggregates another model's values by an {@link
 * AggregationRule}. Any other scoring is a class implementing {@link ScoringModel}, which finishes
 * its card with {@link Scorecard#aggregate Scorecard.aggregate}. To score many assessments, keep
 * the {@link CompiledModel} that {@link ScoringModel#compile} returns.
 *
 * <pre>{@code
 * Scorecard card = ScoringModels.staged().score(assessment);
 * card.capability("legislation").level();    // Optional[established (3)]
 * // why, and what the next level needs
 * card.capability("legislation").reason();
 * // mean of the domain values
 * card.overall().value();
 * }</pre>
 *
 * <p>The workbench for a model's designer: the choices they are unsure of are {@link
 * UncertainParameter}s of an {@link UncertainModel}; {@link LevelStability} gives how sure each
 * level and score is ({@link Stability}, for a cohort or on one card through {@link
 * LevelStability#score}), {@link SensitivityAnalysis} which choice moves the cohort's results
 * ({@link Sensitivity}), and {@link ModelComparison} where two candidate models disagree, and by
 * which criterion. {@link Ranker} ranks by an index of one's own, and its {@link Ranking} says what
 * such a ranking is not.
 */
@NullMarked
@MnrStyle
package io.github.mnr4j.scoring;

import io.github.mnr4j.internal.MnrStyle;
import org.jspecify.annotations.NullMarked;
