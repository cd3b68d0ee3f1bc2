package io.github.mnr4j;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a check found, finding by finding, in a stable order: the report of validating a response
 * and of checking an instrument have this shape, so that code reading one reads the other.
 *
 * <pre>{@code
 * ValidationReport report = Validator.of(survey).validate(response);
 * if (report.hasErrors()) {
 *   report.errors().forEach(System.out::println);
 * }
 * }</pre>
 *
 * @param <F> the kind of finding
 */
public interface Report<F extends Finding> {
  /**
   * Returns every finding, in the report's stable order.
   *
   * @return the findings, an immutable list; empty when nothing was found
   */
  List<F> findings();

  /**
   * Tells whether a finding is of severity error: the checked document is not acceptable as it is.
   *
   * @return true if there is an error (warnings alone do not count)
   */
  default boolean hasErrors() {
    return findings().stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
  }

  /**
   * Returns the findings of severity error.
   *
   * @return the errors, in order, an immutable list
   */
  default List<F> errors() {
    return findings().stream()
        .filter(finding -> finding.severity() == Severity.ERROR)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the findings of severity warning.
   *
   * @return the warnings, in order, an immutable list
   */
  default List<F> warnings() {
    return findings().stream()
        .filter(finding -> finding.severity() == Severity.WARNING)
        .collect(Collectors.toUnmodifiableList());
  }
}
