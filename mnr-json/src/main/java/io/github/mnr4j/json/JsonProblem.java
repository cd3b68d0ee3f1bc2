package io.github.mnr4j.json;

import java.util.Objects;

/**
 * One problem found in a JSON document: what is wrong, and where: the JSON Pointer of the offending
 * value (RFC 6901; the empty string is the document itself) and its line and column (from 1).
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonProblem {
  private final String message;
  private final String pointer;
  private final int line;
  private final int column;

  private JsonProblem(String message, String pointer, int line, int column) {
    this.message = Objects.requireNonNull(message);
    this.pointer = Objects.requireNonNull(pointer);
    this.line = line;
    this.column = column;
  }

  static JsonProblem of(String message, String pointer, int line, int column) {
    return new JsonProblem(message, pointer, line, column);
  }

  /**
   * Returns what is wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns the JSON Pointer of the offending value, such as {@code /capabilities/3/domainId}.
   *
   * @return the pointer; empty for the document itself
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the offending value.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the offending value.
   *
   * @return the column, from 1
   */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JsonProblem that)) {
      return false;
    }

    return message.equals(that.message)
        && pointer.equals(that.pointer)
        && line == that.line
        && column == that.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, pointer, line, column);
  }

  /** Renders the problem as {@code message at /pointer (line L, column C)}. */
  @Override
  public String toString() {
    return message
        + " at "
        + (pointer.isEmpty() ? "the document root" : pointer)
        + " (line "
        + line
        + ", column "
        + column
        + ")";
  }
}
