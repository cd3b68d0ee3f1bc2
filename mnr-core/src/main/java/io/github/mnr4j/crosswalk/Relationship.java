package io.github.mnr4j.crosswalk;

import io.github.mnr4j.Identified;

/**
 * How the source elements of a {@link CrosswalkEntry} relate to its target elements, taken
 * together: the union of the sources against the union of the targets. One closed vocabulary; the
 * module documentation maps OSCAL's and FHIR ConceptMap's words to it.
 *
 * <pre>{@code
 * Relationship.SOURCE_BROADER.inverse();  // SOURCE_NARROWER
 * Relationship.REMOVED.inverse();         // ADDED
 * }</pre>
 */
public enum Relationship implements Identified {
  /**
   * The sources mean what the targets mean (OSCAL {@code equivalent-to}, FHIR {@code equivalent}).
   */
  EQUIVALENT("equivalent"),
  /**
   * The sources mean part of what the targets mean: an answer to them says less than the targets
   * ask (OSCAL {@code subset-of}, FHIR {@code source-is-narrower-than-target}).
   */
  SOURCE_NARROWER("source-narrower"),
  /**
   * The sources mean more than the targets: the targets keep part of them (OSCAL {@code
   * superset-of}, FHIR {@code source-is-broader-than-target}).
   */
  SOURCE_BROADER("source-broader"),
  /**
   * The sources and targets share some meaning, and each has some of its own (OSCAL {@code
   * intersects-with}, FHIR {@code related-to}).
   */
  OVERLAPPING("overlapping"),
  /** The sources have no counterpart at the target end; an entry of this kind has no targets. */
  REMOVED("removed"),
  /** The targets have no counterpart at the source end; an entry of this kind has no sources. */
  ADDED("added");

  private final String id;

  Relationship(String id) {
    this.id = id;
  }

  /**
   * Returns the relationship's id, such as {@code source-narrower}.
   *
   * @return the id used in JSON documents
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the relationship read backwards, from the targets to the sources.
   *
   * @return narrower for broader and the reverse, added for removed and the reverse, itself
   *     otherwise
   */
  public Relationship inverse() {
    return switch (this) {
      case SOURCE_NARROWER -> SOURCE_BROADER;
      case SOURCE_BROADER -> SOURCE_NARROWER;
      case REMOVED -> ADDED;
      case ADDED -> REMOVED;
      default -> this;
    };
  }

  /** Whether all of the sources' meaning reaches the targets. */
  boolean coversSources() {
    return this == EQUIVALENT || this == SOURCE_NARROWER;
  }

  /** Whether all of the targets' meaning comes from the sources. */
  boolean coversTargets() {
    return this == EQUIVALENT || this == SOURCE_BROADER;
  }

  /** Whether the entry has sources and targets both. */
  boolean maps() {
    return this != REMOVED && this != ADDED;
  }
}
