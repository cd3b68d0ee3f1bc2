package io.github.mnr4j.survey;

import io.github.mnr4j.Identified;
import java.util.Optional;

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

  /**
   * Finds a status by id.
   *
   * @param id {@code completed} or {@code in-progress}
   * @return the status, or empty
   */
  public static Optional<ResponseStatus> find(String id) {
    return Identified.find(ResponseStatus.class, id);
  }
}
