package io.github.mnr4j.json;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.MnrException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a JSON document cannot be read: malformed JSON, a value of the wrong type, an unknown
 * or missing field, a wrong {@code format} or unsupported {@code version}, or content that breaks
 * the rules of the type it describes (duplicate ids, dangling references). Its message names each
 * problem with the JSON Pointer, line and column of the offending value:
 *
 * <pre>
 * unknown domain 'victims' for capability 'child-helpline' at /capabilities/10/domainId (line 74, column 19)
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public class MnrJsonException extends MnrException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<JsonProblem> problems;

  MnrJsonException(Iterable<JsonProblem> problems) {
    this(ImmutableList.copyOf(problems), "");
  }

  /** An exception whose message starts with a prefix that says where in a larger input. */
  MnrJsonException(Iterable<JsonProblem> problems, String prefix) {
    this(ImmutableList.copyOf(problems), prefix);
  }

  private MnrJsonException(ImmutableList<JsonProblem> problems, String prefix) {
    super(
        prefix
            + (problems.size() == 1
                ? problems.get(0).toString()
                : problems.size()
                    + " problems:\n  "
                    + problems.stream()
                        .map(JsonProblem::toString)
                        .collect(Collectors.joining("\n  "))));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an MnrJsonException needs a problem");
    }
    this.problems = problems;
  }

  /**
   * Returns every problem found, in document order where there are several.
   *
   * @return the problems, an immutable list; never empty
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** The first problem's pointer. */
  String pointer() {
    return problems.get(0).pointer();
  }

  /** The first problem's line. */
  int line() {
    return problems.get(0).line();
  }

  /** The first problem's column. */
  int column() {
    return problems.get(0).column();
  }
}
