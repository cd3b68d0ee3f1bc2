package io.github.mnr4j.scoring;

import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.checks.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A composite index over any capability model: it takes the base model's capability values,
 * combines them into domain values and the domains into the overall value by an {@link
 * AggregationRule} (weights, equal unless given; arithmetic or geometric means, or the minimum; a
 * policy for unknown values), and reports domains and overall on a scale of 0 to 100.
 *
 * <pre>{@code
 * IndexModel.builder().id("index-geo").title("Geometric index").description("An example")
 *     .base(ScoringModels.staged())
 *     .aggregation(Aggregation.GEOMETRIC).missing(MissingValues.ZERO)
 *     .putDomainWeight("criminal-justice", 2.0)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class IndexModel implements ScoringModel {
  /** The scale of an index's domain and overall values. */
  private static final double SCALE = 100;

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
   * Returns the least share of capabilities below a domain (or overall) that must have a value for
   * the index to give that domain (or the jurisdiction) a value.
   *
   * @return a share in [0, 1]; one half by default
   * @see AggregationRule#minimumCoverage()
   */
  @Value.Default
  public double minimumCoverage() {
    return AggregationRule.defaults().minimumCoverage();
  }

  /**
   * Returns the index's rule: its weights, aggregation, policy for unknown values and minimum
   * coverage, on a scale of 0 to 100.
   *
   * @return the rule
   */
  @Value.Lazy
  AggregationRule rule() {
    return AggregationRule.builder()
        .aggregation(aggregation())
        .missing(missing())
        .putAllCapabilityWeights(capabilityWeights())
        .putAllDomainWeights(domainWeights())
        .minimumCoverage(minimumCoverage())
        .scale(SCALE)
        .build();
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableIndexModel.builder();
  }

  @Override
  public Scorecard score(Assessment assessment) {
    return compile(assessment.framework()).score(assessment);
  }

  /**
   * Prepares the index for a framework: its base model and its rule, once.
   *
   * @param framework the framework
   * @return the compiled model
   */
  @Override
  public CompiledModel compile(Framework framework) {
    CompiledModel base = base().compile(framework);
    CompiledRule rule = rule().compile(framework);
    return new CompiledModel(
        this,
        framework,
        assessment -> rule.card(id(), assessment, base.score(assessment).capabilities()));
  }

  @Value.Check
  void check() {
    Checks checks =
        Checks.of("index model '" + id() + "'").id("id", id()).notBlank("title", title());
    try {
      rule();
    } catch (InvalidDefinitionException e) {
      e.problems().forEach(checks::add);
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "IndexModel "
        + id()
        + " ("
        + title()
        + ") over "
        + base().id()
        + ": "
        + aggregation().id()
        + ", "
        + missing().id();
  }

  /** Builds an {@link IndexModel}. */
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
     * Sets what the index is.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets the model whose capability values the index combines.
     *
     * @param base the base model
     * @return this builder
     */
    Builder base(ScoringModel base);

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
     * Sets the least share of capabilities below an aggregate that must have a value for it to have
     * one; by default one half.
     *
     * @param share from 0 to 1; 0 gives a value wherever one capability has one
     * @return this builder
     */
    Builder minimumCoverage(double share);

    /**
     * Builds the index.
     *
     * @return the index
     * @throws io.github.mnr4j.InvalidDefinitionException if a weight is negative or not finite
     */
    IndexModel build();
  }
}
