package io.github.mnr4j;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a definition (a framework or one of its parts) breaks its invariants. It lists every
 * broken invariant at once, each located by a path, so that a user can fix them all in one go.
 *
 * <p>Example message:
 *
 * <pre>
 * invalid framework 'my-mnr' (2 problems):
 *   capabilities[4].number: duplicate capability number 3 (also capabilities[2])
 *   enablers[0].domainIds[1]: unknown domain 'victims'
 * </pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public class InvalidDefinitionException extends MnrException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<DefinitionProblem> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was being defined, such as {@code framework 'my-mnr'}
   * @param problems every broken invariant; not empty
   */
  public InvalidDefinitionException(String subject, Iterable<DefinitionProblem> problems) {
    this(subject, ImmutableList.copyOf(problems));
  }

  private InvalidDefinitionException(String subject, ImmutableList<DefinitionProblem> problems) {
    super(
        DefinitionProblem.describeAll(
            "invalid "
                + subject
                + " ("
                + problems.size()
                + (problems.size() == 1 ? " problem)" : " problems)"),
            problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidDefinitionException needs a problem");
    }
    this.problems = problems;
  }

  /**
   * Returns every broken invariant, in a stable order: rule by rule, each in the order the
   * definition lists its parts.
   *
   * @return the problems, an immutable list; never empty
   */
  public List<DefinitionProblem> problems() {
    return problems;
  }
}
