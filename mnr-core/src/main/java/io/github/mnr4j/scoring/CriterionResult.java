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
  @Value.Parameter
  public abstract String description();

  /**
   * Returns the criterion's condition, as an expression.
   *
   * @return such as {@code coverage >= 0.5}
   */
  @Value.Parameter
  public abstract String condition();

  /**
   * Tells whether the criterion is met.
   *
   * @return true if met
   */
  @Value.Parameter
  public abstract boolean isMet();

  /**
   * Returns the answers the criterion read, such as {@code q17: 7 of 11 options}.
   *
   * @return readings
   */
  @Value.Parameter
  public abstract List<String> readings();

  /**
   * Creates a result, for readers of stored scorecards and models of one's own; mnr4j's models make
   * results as they score.
   *
   * @param description what the criterion asks, in words
   * @param condition the condition, as an expression
   * @param met whether it held
   * @param readings the answers and evidence it read
   * @return the result
   */
  public static CriterionResult of(
      String description, String condition, boolean met, List<String> readings) {
    return ImmutableCriterionResult.of(description, condition, met, readings);
  }

  @Override
  public String toString() {
    return (isMet() ? "met: " : "not met: ") + description();
  }
}
