package io.github.mnr4j.survey;

import io.github.mnr4j.Report;
import io.github.mnr4j.internal.Messages;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of checking an instrument ({@link InstrumentChecks#check(Instrument)}): the
 * instrument's reference and every finding, check by check.
 *
 * <pre>{@code
 * InstrumentCheckReport report = InstrumentChecks.check(instrument);
 * if (report.hasErrors()) {
 *   report.errors().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class InstrumentCheckReport implements Report<InstrumentFinding> {
  InstrumentCheckReport() {}

  /**
   * Returns the reference of the instrument checked.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  public abstract String instrumentReference();

  /**
   * Returns every finding: check by check, each in the instrument's order.
   *
   * @return the findings; empty for a clean instrument
   */
  @Override
  public abstract List<InstrumentFinding> findings();

  static InstrumentCheckReport of(String instrument, List<InstrumentFinding> findings) {
    return ImmutableInstrumentCheckReport.builder()
        .instrumentReference(instrument)
        .addAllFindings(findings)
        .build();
  }

  @Override
  public String toString() {
    return "InstrumentCheckReport["
        + Messages.clip(instrumentReference())
        + ": "
        + errors().size()
        + " errors, "
        + warnings().size()
        + " warnings]";
  }
}
