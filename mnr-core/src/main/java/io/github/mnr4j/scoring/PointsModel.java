package io.github.mnr4j.scoring;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.checks.Checks;
import io.github.mnr4j.survey.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A points model as data: criteria that earn points when met, summed per capability and capped, in
 * the way OWASP SAMM sums partial credit. A capability's value is its points (at most the cap) over
 * the cap; an unknown status has no value. There are no levels.
 *
 * <pre>{@code
 * PointsModel.builder().id("credit").title("Partial credit").description("An example").cap(4)
 *     .addCriterion(PointsModel.PointsCriterion.of(
 *         Criterion.of("in place", EvidenceCondition.statusIs(CapabilityStatus.IN_PLACE)), 2))
 *     .addCriterion(PointsModel.PointsCriterion.of(
 *         Criterion.of("plans", EvidenceCondition.holds(EvidenceCondition.Fact.PLANS_DESCRIBED)), 1))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class PointsModel implements ScoringModel {
  PointsModel() {}

  @Override
  public abstract String id();

  @Override
  public abstract String title();

  /**
   * Returns what the model is and where it comes from.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the most points a capability can count.
   *
   * @return the cap, 1 or more
   */
  public abstract int cap();

  /**
   * Returns the criteria and their points.
   *
   * @return the criteria
   */
  public abstract List<PointsCriterion> criteria();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutablePointsModel.builder();
  }

  @Override
  public Scorecard score(Assessment assessment) {
    return compile(assessment.framework()).score(assessment);
  }

  /**
   * Prepares the model for a framework: each capability's criteria by dense index.
   *
   * @param framework the framework
   * @return the compiled model
   */
  @Override
  public CompiledModel compile(Framework framework) {
    CompiledRule rule = AggregationRule.defaults().compile(framework);
    PointsCriterion[][] criteria =
        framework.capabilities().stream()
            .map(
                capability ->
                    criteria().stream()
                        .filter(c -> c.capabilityId().map(capability.id()::equals).orElse(true))
                        .toArray(PointsCriterion[]::new))
            .toArray(PointsCriterion[][]::new);
    return new CompiledModel(
        this,
        framework,
        assessment -> {
          CapabilityScore.Explainer explainer =
              (score, c) ->
                  explain(assessment.capabilities().get(c), criteria[c], assessment.answers());
          return rule.card(
              id(),
              assessment,
              (c, scored) ->
                  score(c, scored.capabilities().get(c), criteria[c], scored.answers(), explainer));
        });
  }

  /** Scores one capability; the explainer works out the explanation when it is asked. */
  private CapabilityScore score(
      int capability,
      CapabilityEvidence evidence,
      PointsCriterion[] criteria,
      Map<String, Answer> answers,
      CapabilityScore.Explainer explainer) {
    if (evidence.status() == CapabilityStatus.UNKNOWN) {
      return CapabilityScore.withoutValue(evidence, null, explainer, capability);
    }
    long points = 0;
    for (PointsCriterion criterion : criteria) {
      if (criterion.criterion().when().test(evidence, answers)) {
        points += criterion.points();
      }
    }
    return CapabilityScore.of(
        evidence.capabilityId(),
        evidence.status(),
        null,
        null,
        (double) Math.min(points, cap()) / cap(),
        null,
        explainer,
        capability);
  }

  /** The explanation of a score made by {@link #score}: the criteria met and not, read again. */
  private CapabilityScore.Explanation explain(
      CapabilityEvidence evidence, PointsCriterion[] criteria, Map<String, Answer> answers) {
    if (evidence.status() == CapabilityStatus.UNKNOWN) {
      return CapabilityScore.because(
          "no value: the status is unknown (" + String.join("; ", evidence.readings()) + ")");
    }
    List<CriterionResult> met = new ArrayList<>();
    List<CriterionResult> unmet = new ArrayList<>();
    long total = 0;
    for (PointsCriterion criterion : criteria) {
      CriterionResult result = Readings.evaluate(criterion.criterion(), answers, evidence);
      (result.isMet() ? met : unmet).add(result);
      total += result.isMet() ? criterion.points() : 0;
    }
    return new CapabilityScore.Explanation(
        met,
        unmet,
        total + " points" + (total > cap() ? ", capped at " + cap() : "") + " of " + cap());
  }

  @Value.Check
  void check() {
    Checks checks =
        Checks.of("points model '" + id() + "'")
            .id("id", id())
            .notBlank("title", title())
            .positive("cap", cap());
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "PointsModel "
        + id()
        + " ("
        + title()
        + "): "
        + criteria().size()
        + " criteria, cap "
        + cap();
  }

  /** Builds a {@link PointsModel}. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the title.
     *
     * @param title for people
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets what the model is and where it comes from.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets the most points a capability can count.
     *
     * @param cap 1 or more
     * @return this builder
     */
    Builder cap(int cap);

    /**
     * Adds a criterion.
     *
     * @param criterion the criterion and its points
     * @return this builder
     */
    Builder addCriterion(PointsCriterion criterion);

    /**
     * Adds criteria.
     *
     * @param criteria the criteria and their points
     * @return this builder
     */
    Builder addAllCriteria(Iterable<? extends PointsCriterion> criteria);

    /**
     * Builds the model.
     *
     * @return the model
     * @throws io.github.mnr4j.InvalidDefinitionException listing every problem
     */
    PointsModel build();
  }

  /**
   * A criterion of a points model: what it earns, and for which capability (every one when none is
   * named).
   */
  @Value.Immutable
  public abstract static class PointsCriterion {
    PointsCriterion() {}

    /**
     * Returns the capability the criterion is for.
     *
     * @return a capability id, or empty for every capability
     */
    public abstract Optional<String> capabilityId();

    /**
     * Returns the criterion.
     *
     * @return the criterion
     */
    public abstract Criterion criterion();

    /**
     * Returns the points it earns when met.
     *
     * @return points, 1 or more
     */
    public abstract int points();

    /**
     * Creates a criterion for every capability.
     *
     * @param criterion the criterion
     * @param points the points it earns
     * @return the points criterion
     */
    public static PointsCriterion of(Criterion criterion, int points) {
      return ImmutablePointsCriterion.builder().criterion(criterion).points(points).build();
    }

    /**
     * Creates a criterion for one capability.
     *
     * @param capabilityId the capability
     * @param criterion the criterion
     * @param points the points it earns
     * @return the points criterion
     */
    public static PointsCriterion of(String capabilityId, Criterion criterion, int points) {
      return ImmutablePointsCriterion.builder()
          .capabilityId(capabilityId)
          .criterion(criterion)
          .points(points)
          .build();
    }

    @Value.Check
    void check() {
      Checks.of("points criterion").positive("points", points()).throwIfAny();
    }
  }
}
