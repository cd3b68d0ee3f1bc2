package io.github.mnr4j.scoring;

import io.github.mnr4j.internal.checks.Checks;
import org.immutables.value.Value;

/**
 * A level of a staged model: an id, an ordinal from 0 and a label.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Level {
  Level() {}

  /**
   * Returns the level's id, such as {@code established}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the level's position, from 0.
   *
   * @return the ordinal
   */
  public abstract int ordinal();

  /**
   * Returns the level's label, such as {@code Established}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Creates a level.
   *
   * @param id the id
   * @param ordinal the position, from 0
   * @param label the label
   * @return the level
   */
  public static Level of(String id, int ordinal, String label) {
    return ImmutableLevel.builder().id(id).ordinal(ordinal).label(label).build();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("level '" + id() + "'").id("id", id()).notBlank("label", label());
    if (ordinal() < 0) {
      checks.add("ordinal", "ordinal must be 0 or more, not " + ordinal());
    }
    checks.throwIfAny();
  }

  /** Renders the level as {@code established (3)}. */
  @Override
  public String toString() {
    return id() + " (" + ordinal() + ")";
  }
}
