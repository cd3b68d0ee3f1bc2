package io.github.mnr4j.survey;

import static java.util.stream.Collectors.toUnmodifiableList;

import java.util.List;
import org.immutables.value.Value;

/**
 * The result of validating a response: every finding, in a stable order (the response as a whole,
 * then question by question in the instrument's order, then answers to unknown questions). {@link
 * Validator#enablement(Response)} tells which questions the findings took as enabled.
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
  @Value.Parameter
  public abstract String instrument();

  /**
   * Returns the id of the jurisdiction whose response this is.
   *
   * @return the jurisdiction's id
   */
  @Value.Parameter
  public abstract String jurisdictionId();

  /**
   * Returns a builder, for readers of stored reports; {@link Validator} makes them.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableValidationReport.builder();
  }

  /**
   * Returns every finding, in the stable order described above.
   *
   * @return the findings; empty for a clean response
   */
  @Value.Parameter
  public abstract List<ValidationFinding> findings();

  /**
   * Tells whether the response has no finding of severity error.
   *
   * @return true when valid (warnings allowed)
   */
  public boolean isValid() {
    for (ValidationFinding finding : findings()) {
      if (finding.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the findings of severity error.
   *
   * @return the errors, in order
   */
  public List<ValidationFinding> errors() {
    return findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .collect(toUnmodifiableList());
  }

  /**
   * Returns the findings of severity warning.
   *
   * @return the warnings, in order
   */
  public List<ValidationFinding> warnings() {
    return findings().stream()
        .filter(f -> f.severity() == Severity.WARNING)
        .collect(toUnmodifiableList());
  }

  /**
   * Returns the findings about one question.
   *
   * @param questionId the question's id
   * @return its findings, in order
   */
  public List<ValidationFinding> findingsFor(String questionId) {
    return findings().stream()
        .filter(f -> f.questionId().filter(questionId::equals).isPresent())
        .collect(toUnmodifiableList());
  }

  @Override
  public String toString() {
    return "ValidationReport["
        + jurisdictionId()
        + ", "
        + instrument()
        + ": "
        + (isValid() ? "valid" : "invalid")
        + ", "
        + errors().size()
        + " errors, "
        + warnings().size()
        + " warnings]";
  }

  /** Builds a {@link ValidationReport}, for readers of stored reports. */
  public interface Builder {
    /**
     * Sets the instrument's reference.
     *
     * @param instrument such as {@code wpga-mnr-survey@2021}
     * @return this builder
     */
    Builder instrument(String instrument);

    /**
     * Sets the jurisdiction's id.
     *
     * @param jurisdictionId the id
     * @return this builder
     */
    Builder jurisdictionId(String jurisdictionId);

    /**
     * Adds a finding.
     *
     * @param finding the finding
     * @return this builder
     */
    Builder addFinding(ValidationFinding finding);

    /**
     * Adds findings, in order.
     *
     * @param findings the findings
     * @return this builder
     */
    Builder addAllFindings(Iterable<? extends ValidationFinding> findings);

    /**
     * Builds the report.
     *
     * @return the report
     */
    ValidationReport build();
  }
}
