package io.github.mnr4j.scoring;

import io.github.mnr4j.internal.Checks;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A domain's score, or the overall score: the value aggregated from the parts below and the rule
 * that aggregated it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class AggregateScore {
  AggregateScore() {}

  /**
   * Returns what is scored: a domain id, or {@code overall}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the value, on the scorecard's scale.
   *
   * @return the value, or empty when too few capabilities below have one (the rule's minimum
   *     coverage)
   */
  public abstract OptionalDouble value();

  /**
   * Returns how many capabilities below (in the domain; in the framework, for the overall value)
   * have a value.
   *
   * @return the count
   */
  public abstract int known();

  /**
   * Returns how many capabilities there are below.
   *
   * @return the count
   */
  public abstract int parts();

  /**
   * Returns the aggregation rule, such as {@code arithmetic mean of known capability values}.
   *
   * @return the rule
   */
  public abstract String rule();

  /**
   * Returns a builder, for readers of stored scorecards; models make scores as they score.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableAggregateScore.builder();
  }

  @Value.Check
  void check() {
    if (value().isPresent() && !Double.isFinite(value().getAsDouble())) {
      Checks.of("score of '" + id() + "'")
          .add("value", "a value must be finite, not " + value().getAsDouble())
          .throwIfAny();
    }
  }

  @Override
  public String toString() {
    return id()
        + ": "
        + (value().isPresent()
            ? String.format(Locale.ROOT, "%.3f", value().getAsDouble())
            : "no value")
        + " ("
        + known()
        + " of "
        + parts()
        + " known; "
        + rule()
        + ")";
  }

  /** Builds an {@link AggregateScore}. */
  public interface Builder {
    /**
     * Sets what is scored.
     *
     * @param id a domain id, or {@code overall}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the value; leave it unset when no part below has one.
     *
     * @param value the value, finite
     * @return this builder
     */
    Builder value(double value);

    /**
     * Sets how many parts below had a value.
     *
     * @param known the count
     * @return this builder
     */
    Builder known(int known);

    /**
     * Sets how many parts there are below.
     *
     * @param parts the count
     * @return this builder
     */
    Builder parts(int parts);

    /**
     * Sets the aggregation rule, in words.
     *
     * @param rule such as {@code weighted arithmetic mean ...}
     * @return this builder
     */
    Builder rule(String rule);

    /**
     * Builds the score.
     *
     * @return the score
     */
    AggregateScore build();
  }
}
