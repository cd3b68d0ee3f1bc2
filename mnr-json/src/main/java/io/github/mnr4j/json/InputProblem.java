package io.github.mnr4j.json;

import io.github.mnr4j.internal.Messages;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A response that {@link MnrJson#readAll} could not read or use, or an input it could not read at
 * all: the input's name, the response's index in it and its jurisdiction's id when known, and each
 * problem's JSON Pointer, line and column in the input.
 *
 * <pre>
 * round.jsonl: response 41 (J000042): unknown field 'choise'; known here: choice, ... at /answers/q7/choise (line 42, column 60)
 * round.json: no such file
 * </pre>
 *
 * <p>No message quotes a respondent's personal data. Immutable and thread-safe.
 */
public final class InputProblem {
  private final String input;
  private final long index;
  private final @Nullable String jurisdictionId;
  private final List<JsonProblem> problems;
  private final String detail;

  InputProblem(
      String input,
      long index,
      @Nullable String jurisdictionId,
      List<JsonProblem> problems,
      String detail) {
    this.input = Objects.requireNonNull(input);
    this.index = index;
    this.jurisdictionId = jurisdictionId;
    this.problems = List.copyOf(problems);
    this.detail = Objects.requireNonNull(detail);
  }

  /** A problem of the input as a whole, such as a missing file. */
  static InputProblem ofInput(String input, String detail) {
    return new InputProblem(input, -1, null, List.of(), detail);
  }

  /**
   * Returns the name of the input.
   *
   * @return such as a file's path
   */
  public String input() {
    return input;
  }

  /**
   * Returns the response's index in the input.
   *
   * @return the index, from 0, counting every response, good or bad; empty for a problem of the
   *     input as a whole
   */
  public OptionalLong index() {
    return index < 0 ? OptionalLong.empty() : OptionalLong.of(index);
  }

  /**
   * Returns the id of the response's jurisdiction, if it was read.
   *
   * @return the id, or empty
   */
  public Optional<String> jurisdictionId() {
    return Optional.ofNullable(jurisdictionId);
  }

  /**
   * Returns the problems with their places in the input.
   *
   * @return the problems; empty when the problem is not about JSON content (a file that cannot be
   *     read, a response that does not answer the expected instrument)
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the whole message: the input's name, which response, and what is wrong where.
   *
   * @return the message, on one line for one problem
   */
  public String message() {
    String which =
        index < 0
            ? ""
            : "response "
                + index
                + (jurisdictionId == null ? "" : " (" + Messages.clip(jurisdictionId) + ")")
                + ": ";
    String what =
        problems.isEmpty()
            ? detail
            : problems.size() == 1
                ? problems.get(0).toString()
                : problems.size()
                    + " problems:\n  "
                    + problems.stream()
                        .map(JsonProblem::toString)
                        .collect(Collectors.joining("\n  "));
    return input + ": " + which + what;
  }

  @Override
  public String toString() {
    return message();
  }
}
