package io.github.mnr4j.crosswalk;

import io.github.mnr4j.internal.checks.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Who made a crosswalk or one of its entries, when, and on what authority: the record a reader
 * needs before trusting a mapping.
 *
 * <pre>{@code
 * Provenance.of("mnr4j maintainers", LocalDate.of(2026, 12, 6),
 *     "Derived from the change record of framework 'wpga-mnr-hsb'");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Provenance {
  Provenance() {}

  /**
   * Returns who made the mapping: a person, a team or a tool.
   *
   * @return the author, never blank
   */
  public abstract String author();

  /**
   * Returns when the mapping was made.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns on what authority: the document, decision or derivation the mapping rests on.
   *
   * @return the authority, never blank
   */
  public abstract String authority();

  /**
   * Creates a provenance.
   *
   * @param author who made the mapping, not blank
   * @param date when
   * @param authority what it rests on, not blank
   * @return the provenance
   * @throws io.github.mnr4j.InvalidDefinitionException if a text is blank
   */
  public static Provenance of(String author, LocalDate date, String authority) {
    return ImmutableProvenance.builder().author(author).date(date).authority(authority).build();
  }

  @Value.Check
  void check() {
    Checks.of("provenance")
        .notBlank("author", author())
        .notBlank("authority", authority())
        .throwIfAny();
  }

  @Override
  public String toString() {
    return author() + ", " + date() + ": " + authority();
  }
}
