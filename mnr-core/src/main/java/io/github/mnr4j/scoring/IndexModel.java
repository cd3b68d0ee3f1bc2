package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableMap;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A composite index over any capability model: it takes the base model's capability values,
 * combines them into domain values and the domains into the overall value with weights
 * (equal unless given), an aggregation rule and a policy for unknown values, and reports domains
 * and overall on a scale of 0 to 100.
 *
 * <pre>{@code
 * IndexModel.builder().id("index-geo").title("Geometric index").description("...")
 *     .base(ScoringModels.staged())
 *     .aggregation(Aggregation.GEOMETRIC).missing(MissingValues.ZERO)
 *     .putDomainWeights("criminal-justice", 2.0)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class IndexModel implements ScoringModel {
  /** The scale of an index's domain and overall values. */
  public static final double SCALE = 100;

  /** The aggregation compiled for the last framework the index scored. */
  @SuppressWarnings("immutables:incompat") // a cache, not state: not part of the value
  private final PerFramework<Aggregator> compiled = new PerFramework<>();

  IndexModel() {}

  @Override
  public abstract String id();

  @Override
  public abstract String title();

  /**
   * Returns what the index is.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the model whose capability values the index combines.
   *
   * @return the base model
   */
  public abstract ScoringModel base();

  /**
   * Returns the weights of capabilities within their domains; 1 for those not given.
   *
   * @return weights by capability id, each 0 or more
   */
  public abstract ImmutableMap<String, Double> capabilityWeights();

  /**
   * Returns the weights of domains in the overall value; 1 for those not given.
   *
   * @return weights by domain id, each 0 or more
   */
  public abstract ImmutableMap<String, Double> domainWeights();

  /**
   * Returns how values combine.
   *
   * @return the aggregation; arithmetic by default
   */
  @Value.Default
  public Aggregation aggregation() {
    return Aggregation.ARITHMETIC;
  }

  /**
   * Returns what unknown values count as.
   *
   * @return the policy; left out by default
   */
  @Value.Default
  public MissingValues missing() {
    return MissingValues.LEAVE_OUT;
  }

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
    Scorecard base = base().score(assessment);
    Aggregator aggregator = compiled.get(assessment.framework(), framework -> new Aggregator(
        framework, aggregation(), missing(), capabilityWeights(), domainWeights(), SCALE));
    return aggregator.card(id(), assessment, base.capabilities());
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("index model '" + id() + "'").id("id", id())
        .notBlank("title", title());
    capabilityWeights().forEach((id, weight) -> {
      if (!(weight >= 0) || weight.isInfinite()) {
        checks.add(List.of("capabilityWeights", id), "weight of '" + id
            + "' must be 0 or more, not " + weight);
      }
    });
    domainWeights().forEach((id, weight) -> {
      if (!(weight >= 0) || weight.isInfinite()) {
        checks.add(List.of("domainWeights", id), "weight of '" + id
            + "' must be 0 or more, not " + weight);
      }
    });
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "IndexModel " + id() + " (" + title() + ") over " + base().id() + ": "
        + aggregation().id() + ", " + missing().id();
  }

  /** Builds an {@link IndexModel}. */
  public static final class Builder extends ImmutableIndexModel.Builder {
    Builder() {}
  }
}
