package io.github.mnr4j.scoring;

import io.github.mnr4j.internal.checks.Checks;
import org.immutables.value.Value;

/**
 * A criterion of a scoring model: a description for people and the condition, over the capability's
 * evidence and the answers, that decides whether it is met.
 *
 * <pre>{@code
 * Criterion.of("checklist coverage of at least one half, where there is a checklist",
 *     EvidenceCondition.any(EvidenceCondition.not(EvidenceCondition.holds(EvidenceCondition.Fact.HAS_CHECKLIST)),
 *         EvidenceCondition.coverageAtLeast(0.5)));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Criterion {
  Criterion() {}

  /**
   * Returns what the criterion asks, for people.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the condition that decides whether it is met.
   *
   * @return the condition
   */
  public abstract EvidenceCondition when();

  /**
   * Creates a criterion.
   *
   * @param description what it asks
   * @param when the condition that decides it
   * @return the criterion
   */
  public static Criterion of(String description, EvidenceCondition when) {
    return ImmutableCriterion.builder().description(description).when(when).build();
  }

  @Value.Check
  void check() {
    Checks.of("criterion").notBlank("description", description()).throwIfAny();
  }

  @Override
  public String toString() {
    return description() + " [" + when() + "]";
  }
}
