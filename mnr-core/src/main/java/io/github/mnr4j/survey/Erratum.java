package io.github.mnr4j.survey;

import io.github.mnr4j.internal.checks.Checks;
import org.immutables.value.Value;

/**
 * A recorded defect of a printed instrument and how mnr4j's encoding handles it, such as E1: q33's
 * skip target printed as question 32.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Erratum {
  Erratum() {}

  /**
   * Returns the erratum's id, such as {@code E1}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what is wrong in print and what mnr4j does about it.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Creates an erratum.
   *
   * @param id the id, such as {@code E1}
   * @param description what is wrong and what mnr4j does about it
   * @return the erratum
   */
  public static Erratum of(String id, String description) {
    return ImmutableErratum.builder().id(id).description(description).build();
  }

  @Value.Check
  void check() {
    Checks.of("erratum '" + id() + "'")
        .id("id", id())
        .notBlank("description", description())
        .throwIfAny();
  }

  @Override
  public String toString() {
    return id() + ": " + description();
  }
}
