package io.github.mnr4j.cohort;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tally of a cohort under a view: one {@link TallyRow} per row of the view, in its order.
 *
 * <pre>{@code
 * Tally figure1 = analysis.tally(TallyView.figure1());
 * figure1.row("Child helpline").yes();   // 40
 * System.out.print(figure1.figure().text());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Tally {
  Tally() {}

  /**
   * Returns the view's id.
   *
   * @return such as {@code figure1}
   */
  public abstract String view();

  /**
   * Returns how many jurisdictions were tallied.
   *
   * @return the cohort's size
   */
  public abstract int jurisdictions();

  /**
   * Returns the rows.
   *
   * @return the rows, in the view's order
   */
  public abstract List<TallyRow> rows();

  /**
   * Returns the row with a label.
   *
   * @param label the row's label
   * @return the row
   * @throws MnrException naming the label and the known labels if there is no such row
   */
  public TallyRow row(String label) {
    return findRow(label).orElseThrow(() -> Messages.unknown("row", label,
        "view '" + view() + "'", rows().stream().map(TallyRow::label)
            .collect(toUnmodifiableList())));
  }

  /**
   * Looks up the row with a label.
   *
   * @param label the row's label
   * @return the row, or empty
   */
  public Optional<TallyRow> findRow(String label) {
    return rows().stream().filter(r -> r.label().equals(label)).findFirst();
  }

  /**
   * Returns the tally as a table with the columns {@code row, capabilities, yes, no,
   * unanswered, denominator, percent_yes} (capabilities joined by {@code +}).
   *
   * @return the table
   */
  public TextTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (TallyRow row : rows()) {
      rows.add(cells(row));
    }
    return TextTable.of(HEADER, rows);
  }

  /**
   * Returns the tally as the report prints Figure 1: row, yes, of, percent.
   *
   * @return the table
   */
  public TextTable figure() {
    List<List<String>> rows = new ArrayList<>();
    for (TallyRow row : rows()) {
      rows.add(List.of(row.label(), String.valueOf(row.yes()),
          String.valueOf(row.denominator()),
          row.percentYes().isPresent() ? String.valueOf(row.percentYes().getAsInt()) : "-"));
    }
    return TextTable.of(List.of("row", "yes", "of", "% yes"), rows);
  }

  /** The columns of {@link #table()}. */
  static final List<String> HEADER = List.of("row", "capabilities", "yes", "no", "unanswered",
      "denominator", "percent_yes");

  static List<String> cells(TallyRow row) {
    return List.of(row.label(), String.join("+", row.capabilityIds()),
        String.valueOf(row.yes()), String.valueOf(row.no()), String.valueOf(row.unanswered()),
        String.valueOf(row.denominator()),
        row.percentYes().isPresent() ? String.valueOf(row.percentYes().getAsInt()) : "");
  }

  @Override
  public String toString() {
    return "Tally[" + view() + ", " + jurisdictions() + " jurisdictions, " + rows().size()
        + " rows]";
  }
}
