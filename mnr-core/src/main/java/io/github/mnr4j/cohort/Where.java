package io.github.mnr4j.cohort;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.internal.Messages;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A filter on one attribute of the jurisdictions, the attributes a {@link Breakdown} groups by:
 * {@code incomeGroup}, {@code region}, {@code instrument}, {@code status}, {@code received} (a
 * month, {@code 2021-05}) or any further attribute. The report counts some figures on part of the
 * cohort: Figure 4 on "the 15 surveyed high-income countries", {@code incomeGroup=high}.
 *
 * <pre>{@code
 * Where high = Where.parse("incomeGroup=high");
 * OptionTally figure4 = analysis.where(high).options("q17");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param attribute the attribute, such as {@code incomeGroup}
 * @param value the value a jurisdiction must have, such as {@code high}
 */
public record Where(String attribute, String value) implements Predicate<Assessment> {
  /**
   * Creates the filter.
   *
   * @param attribute the attribute, not blank
   * @param value the value, not blank
   * @throws MnrException if either is blank
   */
  public Where {
    if (attribute.isBlank() || value.isBlank()) {
      throw new MnrException(
          "a filter needs an attribute and a value, not '"
              + Messages.clip(attribute)
              + "="
              + Messages.clip(value)
              + "'");
    }
  }

  /**
   * Reads a filter written {@code attribute=value}, as the command line takes it.
   *
   * @param text such as {@code incomeGroup=high}
   * @return the filter
   * @throws MnrException naming the text if it is not of that form
   */
  public static Where parse(String text) {
    int equals = text.indexOf('=');
    if (equals <= 0 || equals == text.length() - 1) {
      throw new MnrException(
          "a filter is written ATTRIBUTE=VALUE, such as incomeGroup=high,"
              + " not '"
              + Messages.clip(text)
              + "'");
    }
    return new Where(text.substring(0, equals), text.substring(equals + 1));
  }

  /**
   * Tells whether an assessed jurisdiction has the value.
   *
   * @param assessment the assessment
   * @return true if its attribute has the value; false if it has another, or none
   */
  @Override
  public boolean test(Assessment assessment) {
    return matcher().test(assessment);
  }

  /**
   * The same test with the attribute's reader looked up once: for accumulators, which test every
   * assessment they are given.
   */
  Predicate<Assessment> matcher() {
    Function<Assessment, Optional<String>> key = Breakdown.key(attribute);
    return assessment -> key.apply(assessment).filter(value::equals).isPresent();
  }

  /** Renders the filter as it is written: {@code incomeGroup=high}. */
  @Override
  public String toString() {
    return attribute + "=" + value;
  }
}
