package io.github.mnr4j.framework;

import io.github.mnr4j.internal.checks.Checks;
import org.immutables.value.Value;

/**
 * A capability of a framework: something a country needs in place, such as a child helpline. The
 * MNR numbers its 21 capabilities from 1 ({@code leadership}) to 21 ({@code universal-terminology})
 * across its domains.
 *
 * <pre>{@code
 * Capability c = Frameworks.mnr().capability(11);
 * c.id();        // "child-helpline"
 * c.domainId();  // "victim"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Capability {
  Capability() {}

  /**
   * Returns the capability's identifier, such as {@code child-helpline}.
   *
   * @return the id, unique among the framework's domains and capabilities
   */
  public abstract String id();

  /**
   * Returns the capability's number, unique in its framework.
   *
   * @return the number, from 1
   */
  public abstract int number();

  /**
   * Returns the capability's name, such as {@code Child Helpline}.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Returns what the capability means, as the framework describes it.
   *
   * @return the description, never blank
   */
  public abstract String description();

  /**
   * Returns the id of the domain that holds the capability.
   *
   * @return a domain id of the same framework
   */
  public abstract String domainId();

  /**
   * Creates a capability.
   *
   * @param id identifier, such as {@code child-helpline}
   * @param number number from 1
   * @param name display name, not blank
   * @param description what it means, not blank
   * @param domainId the id of the domain that holds it
   * @return the capability
   * @throws io.github.mnr4j.InvalidDefinitionException if a field is invalid
   */
  public static Capability of(
      String id, int number, String name, String description, String domainId) {
    return ImmutableCapability.builder()
        .id(id)
        .number(number)
        .name(name)
        .description(description)
        .domainId(domainId)
        .build();
  }

  /**
   * Returns a copy with another name.
   *
   * @param name the new name, not blank
   * @return the renamed capability
   */
  Capability withName(String name) {
    return of(id(), number(), name, description(), domainId());
  }

  /**
   * Returns a copy with another description.
   *
   * @param description the new description, not blank
   * @return the redescribed capability
   */
  Capability withDescription(String description) {
    return of(id(), number(), name(), description, domainId());
  }

  /**
   * Returns a copy with another number.
   *
   * @param number the new number, from 1
   * @return the renumbered capability
   */
  Capability withNumber(int number) {
    return of(id(), number, name(), description(), domainId());
  }

  /**
   * Returns a copy held by another domain.
   *
   * @param domainId the id of the new domain
   * @return the moved capability
   */
  Capability withDomainId(String domainId) {
    return of(id(), number(), name(), description(), domainId);
  }

  @Value.Check
  void check() {
    Checks.of("capability '" + id() + "'")
        .id("id", id())
        .positive("number", number())
        .notBlank("name", name())
        .notBlank("description", description())
        .id("domainId", domainId())
        .throwIfAny();
  }

  @Override
  public String toString() {
    return "Capability " + number() + " " + id() + " (" + name() + ", in " + domainId() + ")";
  }
}
