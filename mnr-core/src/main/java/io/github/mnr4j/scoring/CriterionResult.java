package io.github.mnr4j.scoring;

import java.util.List;
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
  public abstract List<String> readings();

  /**
   * Returns a builder, for readers of stored scorecards; models make results as they score.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableCriterionResult.builder();
  }

  @Override
  public String toString() {
    return (met() ? "met: " : "not met: ") + description();
  }

  /** Builds a {@link CriterionResult}. */
  public interface Builder {
    /**
     * Sets the criterion's description.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets the criterion's condition, as an expression.
     *
     * @param condition such as {@code coverage >= 0.5}
     * @return this builder
     */
    Builder condition(String condition);

    /**
     * Says whether the criterion is met.
     *
     * @param met true if met
     * @return this builder
     */
    Builder met(boolean met);

    /**
     * Adds the answers read.
     *
     * @param readings such as {@code q10 = yes}
     * @return this builder
     */
    Builder addAllReadings(Iterable<String> readings);

    /**
     * Builds the result.
     *
     * @return the result
     */
    CriterionResult build();
  }
}
