package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Whether one criterion was met for one capability, and the answers it read.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class CriterionResult {
  CriterionResult() {}

  /**
   * Returns the criterion's description.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the criterion's condition, as an expression.
   *
   * @return such as {@code coverage >= 0.5}
   */
  public abstract String condition();

  /**
   * Tells whether the criterion is met.
   *
   * @return true if met
   */
  public abstract boolean met();

  /**
   * Returns the answers the criterion read, such as {@code q17: 7 of 11 options}.
   *
   * @return readings
   */
  public abstract ImmutableList<String> readings();

  /**
   * Creates a result.
   *
   * @param description the criterion's description
   * @param condition the condition, as an expression
   * @param met whether it is met
   * @param readings the answers read
   * @return the result
   */
  public static CriterionResult of(String description, String condition, boolean met,
      Iterable<String> readings) {
    return ImmutableCriterionResult.builder().description(description).condition(condition)
        .met(met).readings(readings).build();
  }

  @Override
  public String toString() {
    return (met() ? "met: " : "not met: ") + description();
  }
}
