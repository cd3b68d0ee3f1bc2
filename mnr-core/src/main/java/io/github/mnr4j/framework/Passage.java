package io.github.mnr4j.framework;

import io.github.mnr4j.internal.checks.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A passage of a source document, verbatim and with an id, that a framework or an instrument
 * carries as data: the report's aims and call to action, Box 1's links to the Sustainable
 * Development Goals and treaties, the survey's overview and the documentation it asks for, and the
 * errata of the report's own text.
 *
 * <pre>{@code
 * Frameworks.mnr().passage("aim-4").text();
 * // "Inform the development of a possible future maturity model or similar framework, ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Passage {
  Passage() {}

  /**
   * Returns the passage's id, such as {@code aim-1} or {@code priority-1-examples}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns where the passage stands in its source, such as {@code Aims} or {@code Call to action,
   * priority 1}.
   *
   * @return the place, for citing
   */
  public abstract String place();

  /**
   * Returns the heading the source prints over the passage, if any.
   *
   * @return the heading, verbatim, or empty
   */
  public abstract Optional<String> heading();

  /**
   * Returns the passage's text, verbatim; paragraphs are separated by a blank line.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns the domains the passage is about, when it is about some in particular.
   *
   * @return domain ids; empty for a passage about the whole
   */
  public abstract List<String> domainIds();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutablePassage.builder();
  }

  /**
   * Creates a passage without a heading or domains.
   *
   * @param id the id
   * @param place where it stands in its source
   * @param text the text, verbatim
   * @return the passage
   */
  public static Passage of(String id, String place, String text) {
    return builder().id(id).place(place).text(text).build();
  }

  @Value.Check
  void check() {
    Checks checks =
        Checks.of("passage '" + id() + "'")
            .id("id", id())
            .notBlank("place", place())
            .notBlank("text", text());
    heading().ifPresent(heading -> checks.notBlank("heading", heading));
    domainIds().forEach(domainId -> checks.id("domainIds", domainId));
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return id() + " (" + place() + ")";
  }

  /** Builds a {@link Passage}. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id such as {@code aim-1}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets where the passage stands in its source.
     *
     * @param place such as {@code Aims}
     * @return this builder
     */
    Builder place(String place);

    /**
     * Sets the heading printed over the passage.
     *
     * @param heading the heading, verbatim
     * @return this builder
     */
    Builder heading(String heading);

    /**
     * Sets the text.
     *
     * @param text the text, verbatim
     * @return this builder
     */
    Builder text(String text);

    /**
     * Adds a domain the passage is about.
     *
     * @param domainId a domain id
     * @return this builder
     */
    Builder addDomainId(String domainId);

    /**
     * Adds domains the passage is about.
     *
     * @param domainIds domain ids
     * @return this builder
     */
    Builder addAllDomainIds(Iterable<String> domainIds);

    /**
     * Builds the passage.
     *
     * @return the passage
     * @throws io.github.mnr4j.InvalidDefinitionException listing every broken invariant
     */
    Passage build();
  }
}
