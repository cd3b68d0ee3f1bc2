package io.github.mnr4j.cohort;

import io.github.mnr4j.MnrException;

/**
 * Thrown when a {@link DisclosurePolicy} refuses an output: a count of too few jurisdictions, a
 * filter that leaves out too few, or an output that shows jurisdictions one by one without the
 * opt-in. The message says which set is too small and how large it is, never an answer.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DisclosureException extends MnrException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the policy refuses and why
   */
  public DisclosureException(String message) {
    super(message);
  }
}
