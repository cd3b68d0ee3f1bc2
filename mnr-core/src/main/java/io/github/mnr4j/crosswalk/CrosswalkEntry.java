package io.github.mnr4j.crosswalk;

import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.internal.checks.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One mapping of a {@link Crosswalk}: source elements, target elements and how they relate. An
 * element is a domain, capability or enabler id at a framework end, and a question id or {@code
 * question/option} at an instrument end.
 *
 * <pre>{@code
 * // capability 15 of the 2022 framework is split in two by its next edition
 * CrosswalkEntry.of(List.of("offender-support-systems"),
 *     List.of("offender-support-systems", "harmful-sexual-behaviour-support"),
 *     Relationship.EQUIVALENT)
 *     .withRationale("The call to action separates support for young people ...");
 * CrosswalkEntry.removed("q77");  // q77 removed
 * CrosswalkEntry.added("q82");    // added q82
 * }</pre>
 *
 * <p>A split is one entry with one source and several targets, a merge one with several sources and
 * one target; {@link Relationship#EQUIVALENT} then says that the parts cover the whole.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class CrosswalkEntry {
  CrosswalkEntry() {}

  /**
   * Returns the elements at the source end; empty for an {@link Relationship#ADDED} entry.
   *
   * @return element ids, in the order given
   */
  public abstract List<String> sources();

  /**
   * Returns the elements at the target end; empty for a {@link Relationship#REMOVED} entry.
   *
   * @return element ids, in the order given
   */
  public abstract List<String> targets();

  /**
   * Returns how the sources, together, relate to the targets, together.
   *
   * @return the relationship
   */
  public abstract Relationship relationship();

  /**
   * Returns why the elements relate so.
   *
   * @return the rationale, or empty
   */
  public abstract Optional<String> rationale();

  /**
   * Returns who made this entry, when and on what authority, where that differs from the
   * crosswalk's own {@link Crosswalk#provenance()}.
   *
   * @return the entry's provenance, or empty for the crosswalk's
   */
  public abstract Optional<Provenance> provenance();

  /**
   * Creates an entry.
   *
   * @param sources source element ids
   * @param targets target element ids
   * @param relationship how they relate
   * @return the entry, without rationale or provenance of its own
   * @throws io.github.mnr4j.InvalidDefinitionException if an id is invalid or repeated, or the
   *     sides do not fit the relationship
   */
  public static CrosswalkEntry of(
      List<String> sources, List<String> targets, Relationship relationship) {
    return ImmutableCrosswalkEntry.builder()
        .addAllSources(sources)
        .addAllTargets(targets)
        .relationship(relationship)
        .build();
  }

  /**
   * Creates an entry from one element to one element.
   *
   * @param source the source element id
   * @param target the target element id
   * @param relationship how they relate; not removed or added
   * @return the entry
   */
  public static CrosswalkEntry of(String source, String target, Relationship relationship) {
    return of(List.of(source), List.of(target), relationship);
  }

  /**
   * Declares source elements that have no counterpart at the target end.
   *
   * @param sources the source element ids
   * @return a {@link Relationship#REMOVED} entry
   */
  public static CrosswalkEntry removed(String... sources) {
    return of(List.of(sources), List.of(), Relationship.REMOVED);
  }

  /**
   * Declares target elements that have no counterpart at the source end.
   *
   * @param targets the target element ids
   * @return an {@link Relationship#ADDED} entry
   */
  public static CrosswalkEntry added(String... targets) {
    return of(List.of(), List.of(targets), Relationship.ADDED);
  }

  /**
   * Returns a copy with a rationale.
   *
   * @param rationale why the elements relate so, not blank
   * @return the entry with the rationale
   */
  public CrosswalkEntry withRationale(String rationale) {
    return copy(Optional.of(rationale), provenance());
  }

  /**
   * Returns a copy with a provenance of its own.
   *
   * @param provenance who made the entry, when and on what authority
   * @return the entry with the provenance
   */
  public CrosswalkEntry withProvenance(Provenance provenance) {
    return copy(rationale(), Optional.of(provenance));
  }

  private CrosswalkEntry copy(Optional<String> rationale, Optional<Provenance> provenance) {
    return ImmutableCrosswalkEntry.builder()
        .addAllSources(sources())
        .addAllTargets(targets())
        .relationship(relationship())
        .rationale(rationale)
        .provenance(provenance)
        .build();
  }

  /**
   * Returns the entry read backwards: targets as sources, the relationship inverted.
   *
   * @return the inverse entry, with the same rationale and provenance
   */
  public CrosswalkEntry inverse() {
    return ImmutableCrosswalkEntry.builder()
        .addAllSources(targets())
        .addAllTargets(sources())
        .relationship(relationship().inverse())
        .rationale(rationale())
        .provenance(provenance())
        .build();
  }

  /** Tells whether a string names an element: an id, or {@code question/option}. */
  static boolean isElement(String element) {
    int slash = element.indexOf('/');
    return slash < 0
        ? Checks.isId(element)
        : Checks.isId(element.substring(0, slash)) && Checks.isId(element.substring(slash + 1));
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("crosswalk entry");
    side(checks, "sources", sources());
    side(checks, "targets", targets());
    Relationship relationship = relationship();
    if (relationship == Relationship.ADDED != sources().isEmpty()) {
      checks.add(
          "sources",
          relationship == Relationship.ADDED
              ? "an added entry has no sources"
              : relationship.id() + " needs at least one source");
    }
    if (relationship == Relationship.REMOVED != targets().isEmpty()) {
      checks.add(
          "targets",
          relationship == Relationship.REMOVED
              ? "a removed entry has no targets"
              : relationship.id() + " needs at least one target");
    }
    rationale().ifPresent(r -> checks.notBlank("rationale", r));
    checks.throwIfAny();
  }

  private static void side(Checks checks, String field, List<String> elements) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      String element = elements.get(i);
      if (!isElement(element)) {
        checks.add(
            List.of(field, String.valueOf(i)),
            Messages.quote(element)
                + " is not an element: an id, or question/option at an instrument end");
      } else if (!seen.add(element)) {
        checks.add(List.of(field, String.valueOf(i)), Messages.quote(element) + " is listed twice");
      }
    }
  }

  @Override
  public String toString() {
    return String.join(" + ", sources())
        + (sources().isEmpty() ? "" : " ")
        + relationship().id()
        + (targets().isEmpty() ? "" : " ")
        + String.join(" + ", targets());
  }
}
