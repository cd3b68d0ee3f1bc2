package io.github.mnr4j;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One broken invariant in a definition (a framework, a capability, a domain), located by a path of
 * accessor names and list indexes from the definition's root.
 *
 * <p>Example: {@code capabilities[3].domainId: unknown domain 'victims'} has the path {@code
 * ["capabilities", "3", "domainId"]}. The JSON module turns the same path into a JSON Pointer
 * ({@code /capabilities/3/domainId}), since its field names are the accessor names.
 *
 * <p>Immutable and thread-safe.
 */
public final class DefinitionProblem {
  private final ImmutableList<String> path;
  private final String message;

  private DefinitionProblem(ImmutableList<String> path, String message) {
    this.path = path;
    this.message = message;
  }

  /**
   * Creates a problem.
   *
   * @param path accessor names and list indexes from the root; empty for the root itself
   * @param message what is wrong, quoting the value
   * @return the problem
   */
  public static DefinitionProblem of(Iterable<String> path, String message) {
    return new DefinitionProblem(ImmutableList.copyOf(path), Objects.requireNonNull(message));
  }

  /**
   * Creates a problem at the root of a definition.
   *
   * @param message what is wrong, quoting the value
   * @return the problem
   */
  public static DefinitionProblem atRoot(String message) {
    return of(ImmutableList.of(), message);
  }

  /**
   * Returns the same problem, located below a parent: {@code ["id"]} under {@code ("capabilities",
   * "3")} becomes {@code ["capabilities", "3", "id"]}.
   *
   * @param parent path segments to put in front
   * @return the relocated problem
   */
  public DefinitionProblem under(String... parent) {
    return new DefinitionProblem(
        ImmutableList.<String>builder().add(parent).addAll(path).build(), message);
  }

  /**
   * Returns the path from the definition's root.
   *
   * @return accessor names and list indexes, an immutable list; empty for the root
   */
  public List<String> path() {
    return path;
  }

  /**
   * Returns what is wrong.
   *
   * @return a message that quotes the offending value
   */
  public String message() {
    return message;
  }

  /**
   * Returns the path in the dotted form used in messages, such as {@code capabilities[3].id}.
   *
   * @return the dotted path, or {@code (root)} for the root
   */
  public String location() {
    if (path.isEmpty()) {
      return "(root)";
    }
    StringBuilder out = new StringBuilder();
    for (String segment : path) {
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        out.append('[').append(segment).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(segment);
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DefinitionProblem
        && ((DefinitionProblem) other).path.equals(path)
        && ((DefinitionProblem) other).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message);
  }

  @Override
  public String toString() {
    return location() + ": " + message;
  }

  static String describeAll(String subject, Iterable<DefinitionProblem> problems) {
    return subject + ":\n  " + Joiner.on("\n  ").join(problems);
  }
}
