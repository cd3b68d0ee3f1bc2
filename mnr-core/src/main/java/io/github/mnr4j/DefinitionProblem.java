package io.github.mnr4j;

import com.google.common.base.Joiner;
import java.util.Objects;

/**
 * One broken invariant in a definition (a framework, an instrument, a scoring model), located by a
 * JSON Pointer from the definition's root: the same pointer as in the definition's JSON document,
 * whose field names are the accessor names.
 *
 * <p>Example: {@code /capabilities/3/domainId: unknown domain 'victims'}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DefinitionProblem {
  private final String pointer;
  private final String message;

  private DefinitionProblem(String pointer, String message) {
    this.pointer = pointer;
    this.message = message;
  }

  /**
   * Creates a problem.
   *
   * @param path accessor names and list indexes from the root, such as {@code ["capabilities", "3",
   *     "domainId"]}; empty for the root itself
   * @param message what is wrong, quoting the value
   * @return the problem
   */
  public static DefinitionProblem of(Iterable<String> path, String message) {
    StringBuilder pointer = new StringBuilder();
    for (String segment : path) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return new DefinitionProblem(pointer.toString(), Objects.requireNonNull(message));
  }

  /**
   * Returns where the problem is: a JSON Pointer (RFC 6901) from the definition's root.
   *
   * @return such as {@code /capabilities/3/domainId}; {@code ""} for the root
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong.
   *
   * @return a message that quotes the offending value
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DefinitionProblem that
        && that.pointer.equals(pointer)
        && that.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, message);
  }

  /**
   * Renders the problem as {@code /capabilities/3/domainId: message}, or {@code /: } at the root.
   */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }

  static String describeAll(String subject, Iterable<DefinitionProblem> problems) {
    return subject + ":\n  " + Joiner.on("\n  ").join(problems);
  }
}
