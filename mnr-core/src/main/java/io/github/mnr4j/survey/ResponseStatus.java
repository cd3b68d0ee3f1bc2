package io.github.mnr4j.survey;

import io.github.mnr4j.Identified;

/**
 * Whether a response is finished.
 *
 * <p>Immutable and thread-safe.
 */
public enum ResponseStatus implements Identified {
  /** Submitted as complete: every enabled required question must be answered. */
  COMPLETED("completed"),
  /** A draft: unanswered required questions are warnings, not errors. */
  IN_PROGRESS("in-progress");

  private final String id;

  ResponseStatus(String id) {
    this.id = id;
  }

  /**
   * Returns the id used in JSON documents: {@code completed} or {@code in-progress}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }
}
