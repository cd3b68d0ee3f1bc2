package io.github.mnr4j.assessment;

import io.github.mnr4j.Identified;

/**
 * Whether a capability is in place, as its primary gate question says (the report's Figure 1
 * semantics).
 *
 * <p>Immutable and thread-safe.
 */
public enum CapabilityStatus implements Identified {
  /** The primary gate is answered yes (or coded yes). */
  IN_PLACE("in-place"),
  /** The primary gate is answered no (or coded no). */
  NOT_IN_PLACE("not-in-place"),
  /** The primary gate is unanswered, disabled, or answered with neither yes nor no. */
  UNKNOWN("unknown");

  private final String id;

  CapabilityStatus(String id) {
    this.id = id;
  }

  /**
   * Returns the id used in documents: {@code in-place}, {@code not-in-place}, {@code unknown}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }
}
