package io.github.mnr4j.framework;

import io.github.mnr4j.Identified;
import io.github.mnr4j.internal.checks.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change between two frameworks: what kind of change, to which domain, capability or enabler
 * (the subject), and the value before and after.
 *
 * <pre>{@code
 * FrameworkChange.builder().kind(FrameworkChange.Kind.CAPABILITY_RENUMBERED)
 *     .subject("offender-support-systems").before("15").after("16").build();  // capability-renumbered offender-support-systems: '15' -> '16'
 * FrameworkChange.builder().kind(FrameworkChange.Kind.CAPABILITY_ADDED).subject("hsb-support")
 *     .after("Support for young people displaying harmful sexual behaviour").build();  // capability-added hsb-support: (none) -> 'Support for young people ...'
 * }</pre>
 *
 * <p>What {@link #before()} and {@link #after()} hold depends on the {@link Kind}: the name of an
 * added or removed domain, capability or enabler (text for an enabler); the old and new value of a
 * renamed, renumbered, redescribed or retexted one; the old and new domain id of a moved
 * capability; the domain id of an enabler link made or broken; the outcome as {@code "headline:
 * description"}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class FrameworkChange {
  FrameworkChange() {}

  /** The kinds of change, each with the id that JSON documents use. */
  public enum Kind implements Identified {
    /** A domain the later framework adds; after: its name. */
    DOMAIN_ADDED("domain-added", false, true),
    /** A domain the later framework drops; before: its name. */
    DOMAIN_REMOVED("domain-removed", true, false),
    /** A domain with another name. */
    DOMAIN_RENAMED("domain-renamed", true, true),
    /** A domain with another number. */
    DOMAIN_RENUMBERED("domain-renumbered", true, true),
    /** A domain with another outcome. */
    DOMAIN_OUTCOME_CHANGED("domain-outcome-changed", true, true),
    /** A capability the later framework adds; after: its name. */
    CAPABILITY_ADDED("capability-added", false, true),
    /** A capability the later framework drops; before: its name. */
    CAPABILITY_REMOVED("capability-removed", true, false),
    /** A capability with another name. */
    CAPABILITY_RENAMED("capability-renamed", true, true),
    /** A capability with another description. */
    CAPABILITY_REDESCRIBED("capability-redescribed", true, true),
    /** A capability with another number. */
    CAPABILITY_RENUMBERED("capability-renumbered", true, true),
    /** A capability held by another domain; before and after: domain ids. */
    CAPABILITY_MOVED("capability-moved", true, true),
    /** An enabler the later framework adds; after: its text. */
    ENABLER_ADDED("enabler-added", false, true),
    /** An enabler the later framework drops; before: its text. */
    ENABLER_REMOVED("enabler-removed", true, false),
    /** An enabler with another text. */
    ENABLER_RETEXTED("enabler-retexted", true, true),
    /** An enabler whose note was added, changed or removed; either side may be empty. */
    ENABLER_NOTE_CHANGED("enabler-note-changed", false, false),
    /** An enabler linked to one more domain; after: the domain id. */
    ENABLER_LINKED("enabler-linked", false, true),
    /** An enabler no longer linked to a domain; before: the domain id. */
    ENABLER_UNLINKED("enabler-unlinked", true, false);

    private final String id;
    private final boolean needsBefore;
    private final boolean needsAfter;

    Kind(String id, boolean needsBefore, boolean needsAfter) {
      this.id = id;
      this.needsBefore = needsBefore;
      this.needsAfter = needsAfter;
    }

    /**
     * Returns the kind's id, such as {@code capability-added}.
     *
     * @return the id used in JSON documents
     */
    @Override
    public String id() {
      return id;
    }
  }

  /**
   * Returns the kind of change.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the id of the domain, capability or enabler that changed.
   *
   * @return the subject's id
   */
  public abstract String subject();

  /**
   * Returns the value before the change, where the kind has one.
   *
   * @return the earlier value, or empty
   */
  public abstract Optional<String> before();

  /**
   * Returns the value after the change, where the kind has one.
   *
   * @return the later value, or empty
   */
  public abstract Optional<String> after();

  /**
   * Returns a builder, for changes with a value on one side only (an addition, a removal).
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableFrameworkChange.builder();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("framework change '" + kind().id() + "'").id("subject", subject());
    boolean optional = kind() == Kind.ENABLER_NOTE_CHANGED;
    if (!optional && before().isPresent() != kind().needsBefore) {
      checks.add(
          "before",
          kind().id() + (kind().needsBefore ? " needs" : " has no") + " value before the change");
    }
    if (!optional && after().isPresent() != kind().needsAfter) {
      checks.add(
          "after",
          kind().id() + (kind().needsAfter ? " needs" : " has no") + " value after the change");
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return kind().id()
        + " "
        + subject()
        + ": "
        + before().map(b -> "'" + b + "'").orElse("(none)")
        + " -> "
        + after().map(a -> "'" + a + "'").orElse("(none)");
  }

  /** Builds a {@link FrameworkChange}; {@link #build()} checks the values against the kind. */
  public interface Builder {
    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    Builder kind(Kind kind);

    /**
     * Sets the id of what changed.
     *
     * @param subject a domain, capability or enabler id
     * @return this builder
     */
    Builder subject(String subject);

    /**
     * Sets the value before the change; leave it unset where the kind has none.
     *
     * @param before the earlier value
     * @return this builder
     */
    Builder before(String before);

    /**
     * Sets the value after the change; leave it unset where the kind has none.
     *
     * @param after the later value
     * @return this builder
     */
    Builder after(String after);

    /**
     * Builds the change.
     *
     * @return the change
     * @throws io.github.mnr4j.InvalidDefinitionException if a value the kind needs is missing or
     *     one it cannot have is present
     */
    FrameworkChange build();
  }
}
