package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.mnr4j.survey.Condition;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A level of a {@link StagedModel} and what reaching it takes: criteria for every capability,
 * further criteria for particular capabilities, and optionally a condition on the capability's
 * evidence that says whether the level applies to it at all (mnr4j's {@code comprehensive}
 * applies only to capabilities with a checklist or a secondary gate).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class LevelDefinition {
  LevelDefinition() {}

  /**
   * Returns the level.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * Returns what the level means, for people.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the condition under which the level applies to a capability.
   *
   * @return the condition, or empty when the level applies to every capability
   */
  public abstract Optional<Condition> appliesWhen();

  /**
   * Returns the criteria every capability must meet to reach the level.
   *
   * @return the criteria
   */
  public abstract ImmutableList<Criterion> criteria();

  /**
   * Returns further criteria for particular capabilities, by capability id.
   *
   * @return the criteria
   */
  public abstract ImmutableListMultimap<String, Criterion> capabilityCriteria();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "LevelDefinition[" + level() + ", " + criteria().size() + " criteria]";
  }

  /** Builds a {@link LevelDefinition}. */
  public static final class Builder extends ImmutableLevelDefinition.Builder {
    Builder() {}
  }
}
