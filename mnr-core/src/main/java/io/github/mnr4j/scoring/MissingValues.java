package io.github.mnr4j.scoring;

import io.github.mnr4j.Identified;

/**
 * What an index does with a capability (or domain) whose value is unknown.
 *
 * <p>Immutable and thread-safe.
 */
public enum MissingValues implements Identified {
  /** Leave it out and share its weight among the known parts. */
  LEAVE_OUT("leave-out", "unknown values left out and the weights of the rest rescaled"),
  /** Count it as zero: no evidence is taken as no capability. */
  ZERO("zero", "unknown values counted as zero");

  private final String id;
  private final String description;

  MissingValues(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /**
   * Returns the id used in model documents.
   *
   * @return {@code leave-out} or {@code zero}
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the policy in words, for explanations.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
