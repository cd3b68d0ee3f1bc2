package io.github.mnr4j;

/**
 * How serious a finding is.
 *
 * <p>Immutable and thread-safe.
 */
public enum Severity implements Identified {
  /** The response or instrument is not acceptable as it is. */
  ERROR("error"),
  /** Worth a look, but acceptable: a draft's unanswered required question, for example. */
  WARNING("warning");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  /**
   * Returns the id used in JSON documents and output: {@code error} or {@code warning}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }
}
