package io.github.mnr4j.scoring;

import io.github.mnr4j.internal.checks.Checks;
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
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the value, on the scorecard's scale.
   *
   * @return the value, or empty when too few capabilities below have one (the rule's minimum
   *     coverage)
   */
  @Value.Parameter
  public abstract OptionalDouble value();

  /**
   * Returns how many capabilities below (in the domain; in the framework, for the overall value)
   * have a value.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int knownCount();

  /**
   * Returns how many capabilities there are below.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int partCount();

  /**
   * Returns the aggregation rule, such as {@code arithmetic mean of known capability values}.
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * Creates a score with a value, for readers of stored scorecards; rules make scores as they
   * aggregate.
   *
   * @param id the domain's id, or {@code overall}
   * @param value the value, finite
   * @param knownCount how many of the parts have a value
   * @param partCount how many parts there are
   * @param rule how the parts combine, in words
   * @return the score
   * @throws io.github.mnr4j.InvalidDefinitionException if the value is not finite
   */
  public static AggregateScore of(
      String id, double value, int knownCount, int partCount, String rule) {
    return ImmutableAggregateScore.of(id, OptionalDouble.of(value), knownCount, partCount, rule);
  }

  /**
   * Creates a score without a value: too few of its parts were known.
   *
   * @param id the domain's id, or {@code overall}
   * @param knownCount how many of the parts have a value
   * @param partCount how many parts there are
   * @param rule how the parts combine, in words
   * @return the score
   */
  public static AggregateScore of(String id, int knownCount, int partCount, String rule) {
    return ImmutableAggregateScore.of(id, OptionalDouble.empty(), knownCount, partCount, rule);
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
        + knownCount()
        + " of "
        + partCount()
        + " known; "
        + rule()
        + ")";
  }
}
