package io.github.mnr4j.scoring;

import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One capability's score: its status, the level reached (none when the status is unknown, or
 * when a model has no levels), a value in [0, 1] (none when unknown), and the explanation: the
 * criteria of the level reached and of the next level, each met or not, with the answers read.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class CapabilityScore {
  CapabilityScore() {}

  /**
   * Returns the capability's id.
   *
   * @return the id
   */
  public abstract String capabilityId();

  /**
   * Returns the capability's status.
   *
   * @return the status
   */
  public abstract CapabilityStatus status();

  /**
   * Returns the level reached.
   *
   * @return the level, or empty
   */
  public abstract Optional<Level> level();

  /**
   * Returns the highest level the capability can reach under the model.
   *
   * @return the level, or empty for a model without levels
   */
  public abstract Optional<Level> highest();

  /**
   * Returns the score.
   *
   * @return a value in [0, 1], or empty when the status is unknown
   */
  public abstract OptionalDouble value();

  /**
   * Returns the criteria of the level reached (or, for a points model, the criteria met).
   *
   * @return the results
   */
  public abstract List<CriterionResult> reached();

  /**
   * Returns the next level, if there is one above the level reached.
   *
   * @return the next level, or empty
   */
  public abstract Optional<Level> next();

  /**
   * Returns the criteria of the next level (or, for a points model, the criteria not met).
   *
   * @return the results
   */
  public abstract List<CriterionResult> nextCriteria();

  /**
   * Returns the explanation in one line, such as
   * {@code established (3 of 4); next comprehensive needs: full checklist coverage ...}.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Returns a builder, for models of one's own.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableCapabilityScore.builder();
  }

  @Value.Check
  void check() {
    if (value().isPresent() && !(value().getAsDouble() >= 0 && value().getAsDouble() <= 1)) {
      Checks.of("score of '" + capabilityId() + "'").add("value", "a capability's value lies"
          + " in [0, 1], not " + value().getAsDouble()).throwIfAny();
    }
  }

  @Override
  public String toString() {
    return capabilityId() + ": " + status().id() + ", "
        + level().map(Level::id).orElse("no level") + ", "
        + (value().isPresent() ? String.format(Locale.ROOT, "%.3f", value().getAsDouble())
            : "no value");
  }

  /** Builds a {@link CapabilityScore}. */
  public interface Builder {
    /**
     * Sets the capability.
     *
     * @param capabilityId its id
     * @return this builder
     */
    Builder capabilityId(String capabilityId);

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    Builder status(CapabilityStatus status);

    /**
     * Sets the level reached; leave it unset for none.
     *
     * @param level the level
     * @return this builder
     */
    Builder level(Level level);

    /**
     * Sets the highest level the capability can reach; leave it unset for a model without
     * levels.
     *
     * @param highest the level
     * @return this builder
     */
    Builder highest(Level highest);

    /**
     * Sets the value; leave it unset when the status is unknown.
     *
     * @param value in [0, 1]
     * @return this builder
     */
    Builder value(double value);

    /**
     * Adds a result of the level reached (or, for a points model, a criterion met).
     *
     * @param result the result
     * @return this builder
     */
    Builder addReached(CriterionResult result);

    /**
     * Adds results of the level reached.
     *
     * @param results the results
     * @return this builder
     */
    Builder addAllReached(Iterable<? extends CriterionResult> results);

    /**
     * Sets the next level; leave it unset at the highest.
     *
     * @param next the level
     * @return this builder
     */
    Builder next(Level next);

    /**
     * Adds a result of the next level (or, for a points model, a criterion not met).
     *
     * @param result the result
     * @return this builder
     */
    Builder addNextCriterion(CriterionResult result);

    /**
     * Adds results of the next level.
     *
     * @param results the results
     * @return this builder
     */
    Builder addAllNextCriteria(Iterable<? extends CriterionResult> results);

    /**
     * Sets the explanation in one line.
     *
     * @param reason the reason
     * @return this builder
     */
    Builder reason(String reason);

    /**
     * Builds the score.
     *
     * @return the score
     * @throws io.github.mnr4j.InvalidDefinitionException if the value is outside [0, 1]
     */
    CapabilityScore build();
  }
}
