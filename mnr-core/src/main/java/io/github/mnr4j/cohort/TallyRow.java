package io.github.mnr4j.cohort;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One row of a tally: how many jurisdictions have the row's capabilities in place (yes), not in
 * place (no), or gave no answer (unanswered). As in the report, a jurisdiction that did not answer
 * is left out of the row's denominator ("of 41"). Percentages are whole numbers, halves rounded up;
 * the exact fraction is {@link #yesCount()} over {@link #denominator()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class TallyRow {
  TallyRow() {}

  /**
   * Returns the row's label.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Returns the capabilities the row counts.
   *
   * @return capability ids
   */
  public abstract List<String> capabilityIds();

  /**
   * Returns how many jurisdictions have the capabilities in place.
   *
   * @return the yes count
   */
  public abstract int yesCount();

  /**
   * Returns how many do not.
   *
   * @return the no count
   */
  public abstract int noCount();

  /**
   * Returns how many gave no answer (or an answer that is neither yes nor no).
   *
   * @return the unanswered count
   */
  public abstract int unansweredCount();

  /**
   * Returns why the report did not publish this row, if it did not (the view's {@link
   * TallyView.Row#notPublished()}): its numbers are computed all the same, and are mnr4j's, not the
   * report's.
   *
   * @return the reason, or empty
   */
  public abstract Optional<String> notPublished();

  /**
   * Returns what mnr4j assumes to count this row (the view's {@link TallyView.Row#assumption()}).
   *
   * @return the assumption, or empty
   */
  public abstract Optional<String> assumption();

  /**
   * Returns the denominator: yes plus no.
   *
   * @return the jurisdictions that answered
   */
  public int denominator() {
    return yesCount() + noCount();
  }

  /**
   * Returns the share of yes in percent, rounded to a whole number, halves up.
   *
   * @return the percentage, or empty when nobody answered
   */
  public OptionalInt percentYes() {
    return percent(yesCount(), denominator());
  }

  /**
   * Returns the share of no in percent, rounded to a whole number, halves up.
   *
   * @return the percentage, or empty when nobody answered
   */
  public OptionalInt percentNo() {
    return percent(noCount(), denominator());
  }

  /** Rounds {@code count / of} to a whole percentage, halves up, in integer arithmetic. */
  static OptionalInt percent(int count, int of) {
    return of == 0 ? OptionalInt.empty() : OptionalInt.of((int) ((200L * count + of) / (2L * of)));
  }

  static TallyRow of(TallyView.Row row, int yes, int no, int unanswered) {
    return ImmutableTallyRow.builder()
        .label(row.label())
        .addAllCapabilityIds(row.capabilityIds())
        .yesCount(yes)
        .noCount(no)
        .unansweredCount(unanswered)
        .notPublished(row.notPublished())
        .assumption(row.assumption())
        .build();
  }

  @Override
  public String toString() {
    return label()
        + ": "
        + yesCount()
        + " of "
        + denominator()
        + (percentYes().isPresent() ? " (" + percentYes().getAsInt() + "%)" : "");
  }
}
