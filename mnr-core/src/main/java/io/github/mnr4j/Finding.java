package io.github.mnr4j;

/**
 * One thing a check found in a document: what kind of thing it is (a stable code), how serious,
 * where it is (a JSON Pointer into the checked document) and what is wrong, for people. The
 * findings of a validated response and of a checked instrument have this shape; {@link Report}
 * holds them.
 *
 * <pre>{@code
 * // error required-unanswered /answers/q7: q7 is required but unanswered
 * }</pre>
 */
public interface Finding {
  /**
   * Returns what kind of finding this is.
   *
   * @return the code, whose id is stable across versions
   */
  Identified code();

  /**
   * Returns how serious the finding is.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * Returns where the finding is: a JSON Pointer (RFC 6901) into the checked document, such as
   * {@code /answers/q17/choices/2}; {@code ""} for the document as a whole.
   *
   * @return the pointer
   */
  String pointer();

  /**
   * Returns what is wrong, for people, quoting the value and the rule it breaks.
   *
   * @return the message
   */
  String message();
}
