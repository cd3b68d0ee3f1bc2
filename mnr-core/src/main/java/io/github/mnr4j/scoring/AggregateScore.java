package io.github.mnr4j.scoring;

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
   * @return the value, or empty when no part below has one
   */
  public abstract OptionalDouble value();

  /**
   * Returns how many parts below had a value.
   *
   * @return the count
   */
  public abstract int known();

  /**
   * Returns how many parts there are below.
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
   * Creates a score.
   *
   * @param id a domain id, or {@code overall}
   * @param value the value, or empty
   * @param known how many parts had a value
   * @param parts how many parts there are
   * @param rule the aggregation rule
   * @return the score
   */
  public static AggregateScore of(String id, OptionalDouble value, int known, int parts,
      String rule) {
    return ImmutableAggregateScore.builder().id(id).value(value).known(known).parts(parts)
        .rule(rule).build();
  }

  @Override
  public String toString() {
    return id() + ": " + (value().isPresent()
        ? String.format(Locale.ROOT, "%.3f", value().getAsDouble()) : "no value")
        + " (" + known() + " of " + parts() + " known; " + rule() + ")";
  }
}
