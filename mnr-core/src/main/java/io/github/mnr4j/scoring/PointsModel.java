package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A points model as data: criteria that earn points when met, summed per capability and capped,
 * in the way OWASP SAMM sums partial credit. A capability's value is its points (at most the
 * cap) over the cap; an unknown status has no value. There are no levels.
 *
 * <pre>{@code
 * PointsModel.builder().id("credit").title("Partial credit").description("...").cap(4)
 *     .addCriteria(PointsCriterion.of(Criterion.of("in place", Condition.status("in-place")), 2))
 *     .addCriteria(PointsCriterion.of(Criterion.of("plans", Condition.plansDescribed()), 1))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class PointsModel implements ScoringModel {
  /** The model compiled for the last framework it scored. */
  @SuppressWarnings("immutables:incompat") // a cache, not state: not part of the value
  private final PerFramework<Compiled> compiled = new PerFramework<>();

  PointsModel() {}

  /** Each capability's criteria, and the aggregation, by dense index. */
  private static final class Compiled {
    final Aggregator aggregator;
    final PointsCriterion[][] criteria;

    Compiled(PointsModel model, Framework framework) {
      this.aggregator = new Aggregator(framework, Aggregation.ARITHMETIC,
          MissingValues.LEAVE_OUT, Map.of(), Map.of(), 1);
      this.criteria = framework.capabilities().stream()
          .map(capability -> model.criteria().stream()
              .filter(c -> c.capabilityId().map(capability.id()::equals).orElse(true))
              .toArray(PointsCriterion[]::new))
          .toArray(PointsCriterion[][]::new);
    }
  }


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
  public abstract ImmutableList<PointsCriterion> criteria();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Scorecard score(Assessment assessment) {
    Compiled model = compiled.get(assessment.framework(), f -> new Compiled(this, f));
    List<CapabilityEvidence> capabilities = assessment.capabilities();
    List<CapabilityScore> scores = new ArrayList<>(capabilities.size());
    for (int c = 0; c < capabilities.size(); c++) {
      CapabilityEvidence evidence = capabilities.get(c);
      CapabilityScore.Builder score = CapabilityScore.builder()
          .capabilityId(evidence.capabilityId()).status(evidence.status());
      if (evidence.status() == CapabilityStatus.UNKNOWN) {
        scores.add(score.reason("no value: the status is unknown (" + String.join("; ",
            evidence.readings()) + ")").build());
        continue;
      }
      int points = 0;
      for (PointsCriterion criterion : model.criteria[c]) {
        CriterionResult result = Readings.evaluate(criterion.criterion(), assessment.answers(),
            evidence);
        if (result.met()) {
          points += criterion.points();
          score.addReached(result);
        } else {
          score.addNextCriteria(result);
        }
      }
      int counted = Math.min(points, cap());
      scores.add(score.value(OptionalDouble.of((double) counted / cap()))
          .reason(points + " points" + (points > cap() ? ", capped at " + cap() : "") + " of "
              + cap()).build());
    }
    return model.aggregator.card(id(), assessment, scores);
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("points model '" + id() + "'").id("id", id())
        .notBlank("title", title()).positive("cap", cap());
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "PointsModel " + id() + " (" + title() + "): " + criteria().size()
        + " criteria, cap " + cap();
  }

  /** Builds a {@link PointsModel}. */
  public static final class Builder extends ImmutablePointsModel.Builder {
    Builder() {}
  }

  /**
   * A criterion of a points model: what it earns, and for which capability (every one when
   * none is named).
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
      return ImmutablePointsCriterion.builder().capabilityId(capabilityId).criterion(criterion)
          .points(points).build();
    }

    @Value.Check
    void check() {
      Checks.of("points criterion").positive("points", points()).throwIfAny();
    }
  }
}
