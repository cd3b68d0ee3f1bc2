package io.github.mnr4j.survey;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.Report;
import io.github.mnr4j.internal.Messages;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of validating a response: every finding, in a stable order (the response as a whole,
 * then question by question in the instrument's order, then answers to unknown questions). {@link
 * Validator#enablement(Response)} tells which questions the findings took as enabled.
 *
 * <pre>{@code
 * ValidationReport report = Validator.of(survey).validate(response);
 * if (report.hasErrors()) {
 *   report.errors().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class ValidationReport implements Report<ValidationFinding> {
  ValidationReport() {}

  /**
   * Returns the reference of the instrument the response was validated against.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  @Value.Parameter
  public abstract String instrumentReference();

  /**
   * Returns the id of the jurisdiction whose response this is.
   *
   * @return the jurisdiction's id
   */
  @Value.Parameter
  public abstract String jurisdictionId();

  /**
   * Creates a report, for readers of stored reports; {@link Validator} makes them.
   *
   * @param instrumentReference the reference of the instrument validated against
   * @param jurisdictionId the id of the jurisdiction whose response it is
   * @param findings every finding, in the stable order described above
   * @return the report
   */
  public static ValidationReport of(
      String instrumentReference, String jurisdictionId, List<ValidationFinding> findings) {
    return ImmutableValidationReport.of(instrumentReference, jurisdictionId, findings);
  }

  /**
   * Returns every finding, in the stable order described above.
   *
   * @return the findings; empty for a clean response
   */
  @Override
  @Value.Parameter
  public abstract List<ValidationFinding> findings();

  /**
   * Tells whether the response is of a {@linkplain Jurisdiction#isSynthetic() synthetic}
   * jurisdiction: made up, as the example cohort's are. The report's document says so.
   *
   * @return true for made-up data
   */
  @Value.Default
  public boolean isSynthetic() {
    return false;
  }

  /**
   * Returns a report like this one, of a synthetic jurisdiction's response or not.
   *
   * @param synthetic whether the jurisdiction is synthetic
   * @return the report
   */
  public ValidationReport withSynthetic(boolean synthetic) {
    return synthetic == isSynthetic()
        ? this
        : ImmutableValidationReport.builder()
            .instrumentReference(instrumentReference())
            .jurisdictionId(jurisdictionId())
            .addAllFindings(findings())
            .synthetic(synthetic)
            .build();
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
        + Messages.clip(instrumentReference())
        + ": "
        + (hasErrors() ? "invalid" : "valid")
        + ", "
        + errors().size()
        + " errors, "
        + warnings().size()
        + " warnings]";
  }
}
