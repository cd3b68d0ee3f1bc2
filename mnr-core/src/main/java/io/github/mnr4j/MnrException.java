package io.github.mnr4j;

/**
 * The root of every exception that mnr4j throws: catch this one type to handle them all.
 *
 * <p>Messages quote the offending value and the rule it breaks, for example {@code unknown
 * capability 'leadrship' in framework 'wpga-mnr'}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class MnrException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the offending value.
   *
   * @param message what is wrong, quoting the value and where it is
   */
  public MnrException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the exception that caused it.
   *
   * @param message what is wrong, quoting the value and where it is
   * @param cause the underlying failure
   */
  public MnrException(String message, Throwable cause) {
    super(message, cause);
  }
}
