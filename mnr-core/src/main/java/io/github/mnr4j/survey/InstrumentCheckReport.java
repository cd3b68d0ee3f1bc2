package io.github.mnr4j.survey;

import static java.util.stream.Collectors.toUnmodifiableList;

import java.util.List;
import org.immutables.value.Value;

/**
 * The result of checking an instrument ({@link InstrumentChecks#check(Instrument)}): the
 * instrument's reference and every finding, check by check.
 *
 * <pre>{@code
 * InstrumentCheckReport report = InstrumentChecks.check(instrument);
 * if (!report.isClean()) {
 *   report.errors().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class InstrumentCheckReport {
  InstrumentCheckReport() {}

  /**
   * Returns the reference of the instrument checked.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  public abstract String instrument();

  /**
   * Returns every finding: check by check, each in the instrument's order.
   *
   * @return the findings; empty for a clean instrument
   */
  public abstract List<InstrumentFinding> findings();

  /**
   * Tells whether the instrument has no finding of severity error.
   *
   * @return true when clean (warnings allowed)
   */
  public boolean isClean() {
    return errors().isEmpty();
  }

  /**
   * Returns the findings of severity error.
   *
   * @return the errors, in order
   */
  public List<InstrumentFinding> errors() {
    return findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .collect(toUnmodifiableList());
  }

  /**
   * Returns the findings of severity warning.
   *
   * @return the warnings, in order
   */
  public List<InstrumentFinding> warnings() {
    return findings().stream()
        .filter(f -> f.severity() == Severity.WARNING)
        .collect(toUnmodifiableList());
  }

  static InstrumentCheckReport of(String instrument, List<InstrumentFinding> findings) {
    return ImmutableInstrumentCheckReport.builder()
        .instrument(instrument)
        .addAllFindings(findings)
        .build();
  }

  @Override
  public String toString() {
    return "InstrumentCheckReport["
        + instrument()
        + ": "
        + errors().size()
        + " errors, "
        + warnings().size()
        + " warnings]";
  }
}
