package io.github.mnr4j.framework;

import io.github.mnr4j.internal.checks.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An enabler: a cross-cutting condition that capabilities rest on, such as "Sufficient financial
 * and human resources". Enablers are not capabilities; a framework links each to one or more
 * domains, and a domain can have several.
 *
 * <pre>{@code
 * Enabler e = Frameworks.mnr().enabler("aware-supportive-public");
 * e.domainIds();  // [victim, societal]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Enabler {
  Enabler() {}

  /**
   * Returns the enabler's identifier, such as {@code sufficient-resources}.
   *
   * @return the id, unique among the framework's enablers
   */
  public abstract String id();

  /**
   * Returns the enabler's text as the framework prints it.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Returns the ids of the domains the enabler is linked to, in the framework's domain order.
   *
   * @return domain ids, without repeats
   */
  public abstract List<String> domainIds();

  /**
   * Returns a note on the enabler's source, where the sources differ.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Creates an enabler without a note; {@link #withNote(String)} adds one.
   *
   * @param id identifier
   * @param text the enabler's text, not blank
   * @param domainIds the ids of the domains it is linked to
   * @return the enabler
   * @throws io.github.mnr4j.InvalidDefinitionException if a field is invalid
   */
  public static Enabler of(String id, String text, Iterable<String> domainIds) {
    return ImmutableEnabler.builder().id(id).text(text).addAllDomainIds(domainIds).build();
  }

  /**
   * Returns a copy with a note on the enabler's source.
   *
   * @param note the note, not blank
   * @return the annotated enabler
   * @throws io.github.mnr4j.InvalidDefinitionException if the note is blank
   */
  public Enabler withNote(String note) {
    return ImmutableEnabler.builder()
        .id(id())
        .text(text())
        .addAllDomainIds(domainIds())
        .note(note)
        .build();
  }

  /**
   * Returns a copy with other domain links, keeping the note.
   *
   * @param domainIds the ids of the domains it is linked to
   * @return the relinked enabler
   */
  Enabler withDomainIds(Iterable<String> domainIds) {
    Enabler relinked = of(id(), text(), domainIds);
    return note().map(relinked::withNote).orElse(relinked);
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("enabler '" + id() + "'").id("id", id()).notBlank("text", text());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < domainIds().size(); i++) {
      String domainId = domainIds().get(i);
      if (!seen.add(domainId)) {
        checks.add(
            List.of("domainIds", String.valueOf(i)), "domain '" + domainId + "' is listed twice");
      }
    }
    note().ifPresent(n -> checks.notBlank("note", n));
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "Enabler " + id() + " " + domainIds();
  }
}
