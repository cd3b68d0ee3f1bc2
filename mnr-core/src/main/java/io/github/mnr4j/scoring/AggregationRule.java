package io.github.mnr4j.scoring;

import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.checks.Checks;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How capability values combine into domain values, and domain values into the overall value: an
 * {@link Aggregation} (arithmetic or geometric mean, or the minimum), what unknown values count as
 * ({@link MissingValues}), weights of capabilities within their domains and of domains overall (1
 * unless given), and the scale of domain and overall values (1, or 100 for an index).
 *
 * <pre>{@code
 * AggregationRule weakestLink = AggregationRule.builder()
 *     .aggregation(Aggregation.MINIMUM).missing(MissingValues.ZERO).build();
 * Scorecard card = Scorecard.aggregate("my-model", assessment, capabilityScores, weakestLink);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class AggregationRule {
  private static final AggregationRule DEFAULTS = builder().build();

  AggregationRule() {}

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
   * Returns the weights of capabilities within their domains; 1 for those not given.
   *
   * @return weights by capability id, each finite and 0 or more
   */
  public abstract Map<String, Double> capabilityWeights();

  /**
   * Returns the weights of domains in the overall value; 1 for those not given.
   *
   * @return weights by domain id, each finite and 0 or more
   */
  public abstract Map<String, Double> domainWeights();

  /**
   * Returns the largest value domains and overall can take.
   *
   * @return the scale; 1 by default
   */
  @Value.Default
  public double scale() {
    return 1;
  }

  /**
   * Returns the least share of a domain's capabilities (of all capabilities, for the overall value)
   * that must have a value for the domain (or overall) to have one: below it the aggregate says
   * "insufficient evidence" rather than a number that a few answers made. A rule that counts
   * unknown values as zero has a value everywhere.
   *
   * @return a share in [0, 1]; one half by default, 0 to aggregate whatever is known
   */
  @Value.Default
  public double minimumCoverage() {
    return 0.5;
  }

  /**
   * Returns the default rule: arithmetic means, unknown values left out, equal weights, scale 1, a
   * value only where at least half the capabilities below have one.
   *
   * @return the rule
   */
  static AggregationRule defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder.
   *
   * @return a builder of the default rule
   */
  public static Builder builder() {
    return ImmutableAggregationRule.builder();
  }

  /**
   * Prepares the rule for one framework: its structure and the weights resolved once, so that
   * combining a jurisdiction's values reads no id.
   *
   * @param framework the framework whose capabilities the values are of
   * @return the compiled rule
   */
  CompiledRule compile(Framework framework) {
    return new CompiledRule(this, framework);
  }

  /**
   * Describes the rule in words, for explanations.
   *
   * @return such as {@code weighted arithmetic mean (unknown values left out ...)}
   */
  public String description() {
    return aggregation().description() + " (" + missing().description() + ")";
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("aggregation rule");
    capabilityWeights().forEach((id, weight) -> weight(checks, "capabilityWeights", id, weight));
    domainWeights().forEach((id, weight) -> weight(checks, "domainWeights", id, weight));
    if (!(minimumCoverage() >= 0) || !(minimumCoverage() <= 1)) {
      checks.add(
          "minimumCoverage",
          "the minimum coverage is a share from 0 to 1, not " + minimumCoverage());
    }
    if (!(scale() > 0) || !(scale() <= MAX)) {
      checks.add(
          "scale", "the scale must be above 0 and at most " + (long) MAX + ", not " + scale());
    }
    checks.throwIfAny();
  }

  /**
   * The largest weight or scale: sums of weighted values then stay far from overflow and exact to
   * many more digits than any table shows.
   */
  static final double MAX = 1e6;

  private static void weight(Checks checks, String field, String id, double weight) {
    if (!(weight >= 0) || !(weight <= MAX)) {
      checks.add(
          List.of(field, id),
          "weight of '" + id + "' must be from 0 to " + (long) MAX + ", not " + weight);
    }
  }

  @Override
  public String toString() {
    return "AggregationRule[" + description() + ", scale " + scale() + "]";
  }

  /** Builds an {@link AggregationRule}. */
  public interface Builder {
    /**
     * Sets how values combine; by default arithmetic means.
     *
     * @param aggregation the aggregation
     * @return this builder
     */
    Builder aggregation(Aggregation aggregation);

    /**
     * Sets what unknown values count as; by default they are left out.
     *
     * @param missing the policy
     * @return this builder
     */
    Builder missing(MissingValues missing);

    /**
     * Sets a capability's weight within its domain.
     *
     * @param capabilityId the capability's id
     * @param weight finite, 0 or more
     * @return this builder
     */
    Builder putCapabilityWeight(String capabilityId, double weight);

    /**
     * Sets capabilities' weights within their domains.
     *
     * @param weights weights by capability id
     * @return this builder
     */
    Builder putAllCapabilityWeights(Map<String, ? extends Double> weights);

    /**
     * Sets a domain's weight in the overall value.
     *
     * @param domainId the domain's id
     * @param weight finite, 0 or more
     * @return this builder
     */
    Builder putDomainWeight(String domainId, double weight);

    /**
     * Sets domains' weights in the overall value.
     *
     * @param weights weights by domain id
     * @return this builder
     */
    Builder putAllDomainWeights(Map<String, ? extends Double> weights);

    /**
     * Sets the scale of domain and overall values; by default 1.
     *
     * @param scale above 0
     * @return this builder
     */
    Builder scale(double scale);

    /**
     * Sets the least share of capabilities below an aggregate that must have a value for it to have
     * one; by default one half.
     *
     * @param share from 0 to 1; 0 aggregates whatever is known
     * @return this builder
     */
    Builder minimumCoverage(double share);

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws io.github.mnr4j.InvalidDefinitionException if a weight is negative or not finite
     */
    AggregationRule build();
  }
}
