package io.github.mnr4j.framework;

import io.github.mnr4j.internal.checks.Checks;
import org.immutables.value.Value;

/**
 * A domain of a framework: a numbered group of capabilities that serves one outcome. The MNR has
 * six, from 1 {@code policy-governance} to 6 {@code media-communications}.
 *
 * <p>A domain does not hold its capabilities: ask the framework, {@code
 * framework.capabilitiesOf(domain)}, so that one capability value can be shared by tailored
 * variants.
 *
 * <pre>{@code
 * Domain d = Domain.of("victim", 3, "Victim", Outcome.of("...", "..."));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Domain {
  Domain() {}

  /**
   * Returns the domain's identifier, such as {@code criminal-justice}.
   *
   * @return the id, unique among the framework's domains and capabilities
   */
  public abstract String id();

  /**
   * Returns the domain's number, from 1, in the framework's order.
   *
   * @return the number, unique among the framework's domains
   */
  public abstract int number();

  /**
   * Returns the domain's name, such as {@code Criminal Justice}.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Returns the outcome the domain serves.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * Creates a domain.
   *
   * @param id identifier, such as {@code victim}
   * @param number position from 1
   * @param name display name, not blank
   * @param outcome the outcome it serves
   * @return the domain
   * @throws io.github.mnr4j.InvalidDefinitionException if the id, number or name is invalid
   */
  public static Domain of(String id, int number, String name, Outcome outcome) {
    return ImmutableDomain.builder().id(id).number(number).name(name).outcome(outcome).build();
  }

  @Value.Check
  void check() {
    Checks.of("domain '" + id() + "'")
        .id("id", id())
        .positive("number", number())
        .notBlank("name", name())
        .throwIfAny();
  }

  @Override
  public String toString() {
    return "Domain " + number() + " " + id() + " (" + name() + ")";
  }
}
