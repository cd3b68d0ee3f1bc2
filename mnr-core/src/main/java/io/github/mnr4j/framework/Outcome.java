package io.github.mnr4j.framework;

import io.github.mnr4j.internal.checks.Checks;
import org.immutables.value.Value;

/**
 * The outcome a domain serves: a headline and a description, as the MNR prints them.
 *
 * <pre>{@code
 * Outcome o = Frameworks.mnr().domain("industry").outcome();
 * o.headline();  // "Industry engaged in developing solutions to prevent and tackle CSEA"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Outcome {
  Outcome() {}

  /**
   * Returns the outcome's headline.
   *
   * @return a short statement, never blank
   */
  public abstract String headline();

  /**
   * Returns the outcome's description.
   *
   * @return the longer statement, never blank
   */
  public abstract String description();

  /**
   * Creates an outcome.
   *
   * @param headline a short statement, not blank
   * @param description the longer statement, not blank
   * @return the outcome
   * @throws io.github.mnr4j.InvalidDefinitionException if either text is blank
   */
  public static Outcome of(String headline, String description) {
    return ImmutableOutcome.builder().headline(headline).description(description).build();
  }

  @Value.Check
  void check() {
    Checks.of("outcome")
        .notBlank("headline", headline())
        .notBlank("description", description())
        .throwIfAny();
  }

  @Override
  public String toString() {
    return "Outcome[" + headline() + "]";
  }
}
