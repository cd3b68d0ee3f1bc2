package io.github.mnr4j.survey;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The result of validating a response: every finding, in a stable order (the response as a
 * whole, then question by question in the instrument's order, then answers to unknown
 * questions). {@link Validator#enablement(Response)} tells which questions the findings
 * took as enabled.
 *
 * <pre>{@code
 * ValidationReport report = Validator.of(survey).validate(response);
 * if (!report.isValid()) {
 *   report.errors().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class ValidationReport {
  ValidationReport() {}

  /**
   * Returns the reference of the instrument the response was validated against.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  public abstract String instrument();

  /**
   * Returns the id of the jurisdiction whose response this is.
   *
   * @return the jurisdiction's id
   */
  public abstract String jurisdictionId();

  /**
   * Returns a builder, for readers of stored reports; {@link Validator} makes them.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every finding, in the stable order described above.
   *
   * @return the findings; empty for a clean response
   */
  public abstract ImmutableList<ValidationFinding> findings();

  /**
   * Tells whether the response has no finding of severity error.
   *
   * @return true when valid (warnings allowed)
   */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * Returns the findings of severity error.
   *
   * @return the errors, in order
   */
  public ImmutableList<ValidationFinding> errors() {
    return findings().stream().filter(f -> f.severity() == Severity.ERROR)
        .collect(toImmutableList());
  }

  /**
   * Returns the findings of severity warning.
   *
   * @return the warnings, in order
   */
  public ImmutableList<ValidationFinding> warnings() {
    return findings().stream().filter(f -> f.severity() == Severity.WARNING)
        .collect(toImmutableList());
  }

  /**
   * Returns the findings about one question.
   *
   * @param questionId the question's id
   * @return its findings, in order
   */
  public ImmutableList<ValidationFinding> findingsFor(String questionId) {
    return findings().stream().filter(f -> f.questionId().filter(questionId::equals).isPresent())
        .collect(toImmutableList());
  }

  @Override
  public String toString() {
    return "ValidationReport[" + jurisdictionId() + ", " + instrument() + ": "
        + (isValid() ? "valid" : "invalid") + ", " + errors().size() + " errors, "
        + warnings().size() + " warnings]";
  }

  /** Builds a {@link ValidationReport}. */
  public static final class Builder extends ImmutableValidationReport.Builder {
    Builder() {}
  }
}
