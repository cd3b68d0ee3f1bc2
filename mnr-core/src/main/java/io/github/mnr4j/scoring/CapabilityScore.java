package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.assessment.CapabilityStatus;
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
  public abstract ImmutableList<CriterionResult> reached();

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
  public abstract ImmutableList<CriterionResult> nextCriteria();

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
    return new Builder();
  }

  @Override
  public String toString() {
    return capabilityId() + ": " + status().id() + ", "
        + level().map(Level::id).orElse("no level") + ", "
        + (value().isPresent() ? String.format(Locale.ROOT, "%.3f", value().getAsDouble())
            : "no value");
  }

  /** Builds a {@link CapabilityScore}. */
  public static final class Builder extends ImmutableCapabilityScore.Builder {
    Builder() {}
  }
}
