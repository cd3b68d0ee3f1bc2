package io.github.mnr4j.json;

import io.github.mnr4j.internal.Messages;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a {@link ResponseReader} for one response it cannot read: it says which response (its
 * index in the input, from 0, and its jurisdiction's id when that was read before the problem) and,
 * like every {@link MnrJsonException}, each problem's JSON Pointer, line and column in the input.
 * The responses before it were read, and reading can go on with the next.
 *
 * <pre>
 * response 17 (J000017): unknown field 'choise'; known here: choice, ... at /responses/17/answers/q7/choise (line 523, column 9)
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ResponseReadException extends MnrJsonException {
  private static final long serialVersionUID = 1L;

  private final int index;
  private final @Nullable String jurisdictionId;

  ResponseReadException(int index, @Nullable String jurisdictionId, List<JsonProblem> problems) {
    super(
        problems,
        "response "
            + index
            + (jurisdictionId == null ? "" : " (" + Messages.clip(jurisdictionId) + ")")
            + ": ");
    this.index = index;
    this.jurisdictionId = jurisdictionId;
  }

  /**
   * Returns the response's position in the input, as {@link InputProblem#index()} does.
   *
   * @return the index, from 0, counting every response, good or bad; always present
   */
  public OptionalLong index() {
    return OptionalLong.of(index);
  }

  /**
   * Returns the id of the response's jurisdiction, if it was read before the problem.
   *
   * @return the id, or empty
   */
  public Optional<String> jurisdictionId() {
    return Optional.ofNullable(jurisdictionId);
  }
}
